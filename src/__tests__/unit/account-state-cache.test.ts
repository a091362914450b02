import type { AccountState } from '../../core/account';
import { AccountStateCache } from '../../services/account-state-cache';

const state = (disabled: boolean): AccountState => ({
  username: 'u',
  role: 'employee',
  employee_id: 'DEV-001',
  team_id: 'DEV',
  employee_status: 'active',
  disabled,
  token_version: 0,
  kept_token: null,
});

describe('account state cache', () => {
  let now = 0;
  const clock = { now: () => new Date(now) };
  let stored: AccountState | null;
  let loads: number;
  const cache = new AccountStateCache(
    async (username) => {
      loads += 1;
      return username === 'u' ? stored : null;
    },
    30_000,
    clock,
    2,
  );

  beforeEach(() => {
    now = 1_000_000;
    stored = state(false);
    loads = 0;
  });

  it('serves from memory within the TTL and reloads after it', async () => {
    await cache.get('u');
    stored = state(true);
    expect((await cache.get('u'))?.disabled).toBe(false);
    now += 30_001;
    expect((await cache.get('u'))?.disabled).toBe(true);
    expect(loads).toBe(2);
  });

  it('reloads at once after an invalidation', async () => {
    await cache.get('u');
    stored = state(true);
    cache.invalidate('u');
    expect((await cache.get('u'))?.disabled).toBe(true);
  });

  it('remembers absence too, and stays within its size bound', async () => {
    expect(await cache.get('x')).toBeNull();
    expect(await cache.get('y')).toBeNull();
    expect(await cache.get('z')).toBeNull();
    const before = loads;
    await cache.get('z');
    expect(loads).toBe(before);
    await cache.get('x');
    expect(loads).toBe(before + 1);
  });
});
