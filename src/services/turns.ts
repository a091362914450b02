/**
 * For loops over every row of an import: awaited once per row, it gives
 * other requests a turn of the event loop every `every` rows, so a 50,000-row
 * import does not hold them up while it checks and prepares its rows.
 */
export function turns(every = 1000): () => Promise<void> {
  let count = 0;
  return () => (++count % every === 0 ? new Promise((resolve) => setImmediate(resolve)) : Promise.resolve());
}
