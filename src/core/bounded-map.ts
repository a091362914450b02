/**
 * Stores `value` as the newest entry of `map`, first letting the oldest go
 * when the map already holds `maxEntries`: a bound on memory for the
 * process-local caches. Maps iterate in insertion order, so the first key is
 * the one stored longest ago.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, maxEntries: number): void {
  map.delete(key);
  if (map.size >= maxEntries) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}
