import type { Cache } from '../../core/ports';
import { setNewest } from '../../core/bounded-map';

/** The cache of one process: right for one server, and what each instance keeps for itself without Redis. */
export class MemoryCache implements Cache {
  private readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Bounds memory: the oldest entries go first. */
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): Promise<string | null> {
    const entry = this.entries.get(key);
    if (entry && entry.expires <= this.now()) this.entries.delete(key);
    return Promise.resolve(entry && entry.expires > this.now() ? entry.value : null);
  }

  set(key: string, value: string, ttlSeconds: number): Promise<void> {
    setNewest(this.entries, key, { value, expires: this.now() + ttlSeconds * 1000 }, this.maxEntries);
    return Promise.resolve();
  }

  increment(key: string): Promise<void> {
    const current = this.entries.get(key);
    const next = (current ? Number(current.value) : 0) + 1;
    // Counters outlive cached values: they are what makes those values stale.
    this.entries.delete(key);
    this.entries.set(key, { value: String(next), expires: Number.POSITIVE_INFINITY });
    return Promise.resolve();
  }
}
