import type { Clock } from '../../core/ports';

/**
 * A value read at most once per `ms` of the clock, shared by every question in between: the tracking start is a
 * database read, and asking it on every question cost the chat route a round trip each. It only ever moves back,
 * when older records are written, so an answer may name it up to `ms` late; a failed read is not kept.
 */
export function freshFor<T>(ms: number, clock: Clock, read: () => Promise<T>): () => Promise<T> {
  let kept: { value: Promise<T>; at: number } | null = null;
  return () => {
    const now = clock.now().getTime();
    if (kept === null || now - kept.at >= ms || now < kept.at) {
      const entry = { value: read(), at: now };
      entry.value.catch(() => {
        if (kept === entry) kept = null;
      });
      kept = entry;
    }
    return kept.value;
  };
}
