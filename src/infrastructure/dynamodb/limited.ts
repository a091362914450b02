/**
 * `work` over every item, at most `concurrency` at a time, the results in the
 * items' order: one Query per employee of a team stays inside what the SDK's
 * connection pool and DynamoDB Local answer before the request timeout
 * (a few hundred sent at once were left unanswered; see TableClient.batchGet).
 */
export async function mapLimited<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
