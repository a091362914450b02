import type { Cache } from '../../core/ports';
import type { Logger } from '../../logger';
import type { RedisConnection } from './redis-connection';

/**
 * The cache every instance shares. Redis being down must not take the API
 * with it: reads miss and writes are dropped (logged once per outage), so
 * requests fall through to the database. Increments that fail are owed and
 * paid as soon as the connection is back, before anything is read from it.
 */
export class RedisCache implements Cache {
  private failing = false;
  private readonly owed = new Map<string, number>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly logger: Logger,
    private readonly prefix: string,
  ) {
    redis.client.on('ready', () => void this.payOwed());
  }

  async get(key: string): Promise<string | null> {
    if (this.owed.size > 0 && !(await this.payOwed())) return null;
    return this.guard(() => this.redis.client.get(this.prefix + key), null);
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.guard(async () => {
      await this.redis.client.set(this.prefix + key, value, { expiration: { type: 'EX', value: ttlSeconds } });
    }, undefined);
  }

  async increment(key: string): Promise<void> {
    this.owed.set(key, (this.owed.get(key) ?? 0) + 1);
    await this.payOwed();
  }

  /** True once nothing is owed. */
  private async payOwed(): Promise<boolean> {
    for (const [key, count] of [...this.owed]) {
      const paid = await this.guard(async () => {
        await this.redis.client.incrBy(this.prefix + key, count);
        return true;
      }, false);
      if (!paid) return false;
      const left = (this.owed.get(key) ?? count) - count;
      if (left > 0) this.owed.set(key, left);
      else this.owed.delete(key);
    }
    return true;
  }

  private async guard<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    try {
      const result = await operation();
      if (this.failing) this.logger.info('redis cache reachable again');
      this.failing = false;
      return result;
    } catch (error) {
      if (!this.failing) this.logger.warn('redis cache unavailable; reading through to the database', { error: (error as Error).message });
      this.failing = true;
      return fallback;
    }
  }
}
