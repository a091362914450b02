import type { AccountState } from '../core/account';
import type { Clock } from '../core/ports';
import { setNewest } from '../core/bounded-map';

interface Entry {
  state: AccountState | null;
  expiresAt: number;
}

/**
 * Per-instance cache of the login state that decides what a token may do.
 * Changes made here are invalidated at once; changes made by another instance
 * reach this one when the entry expires (the TTL bounds that delay).
 */
export class AccountStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly load: (username: string) => Promise<AccountState | null>,
    private readonly ttlMs: number,
    private readonly clock: Clock,
    private readonly maxEntries = 10_000,
  ) {}

  async get(username: string): Promise<AccountState | null> {
    const now = this.clock.now().getTime();
    const entry = this.entries.get(username);
    if (entry && entry.expiresAt > now) return entry.state;
    const state = await this.load(username);
    setNewest(this.entries, username, { state, expiresAt: now + this.ttlMs }, this.maxEntries);
    return state;
  }

  invalidate(username: string): void {
    this.entries.delete(username);
  }
}
