import { MemoryStore, type Options, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { RedisConnection } from './redis-connection';

/**
 * Counts in Redis, so a limit holds across instances. While Redis is down it
 * counts in this process instead: a limit per instance is weaker, but failed
 * logins must never go uncounted. RedisStore loads its Lua scripts once, at
 * start; after a failure they are loaded afresh, so counting moves back to
 * Redis as soon as it answers.
 *
 * The class is made on first use rather than when the module loads, so that
 * the Lambda bundle, which loads rate-limit-redis only on first use
 * (build-lambda.ts), does not load it when no Redis is configured.
 */
function defineRedisOrMemoryStore() {
  return class RedisOrMemoryStore extends RedisStore {
    private readonly fallback = new MemoryStore();

    override async init(options: Options): Promise<void> {
      this.fallback.init(options);
      try {
        await super.init(options);
      } catch {
        // Redis is not reachable yet: counting starts here, and the first request to fail over retries the scripts.
      }
    }

    override increment(key: string) {
      return this.redisOr(
        () => super.increment(key),
        () => this.fallback.increment(key),
      );
    }

    override get(key: string) {
      return this.redisOr(
        () => super.get(key),
        () => this.fallback.get(key),
      );
    }

    override async decrement(key: string): Promise<void> {
      await Promise.all([super.decrement(key).catch(() => undefined), this.fallback.decrement(key)]);
    }

    override async resetKey(key: string): Promise<void> {
      await Promise.all([super.resetKey(key).catch(() => undefined), this.fallback.resetKey(key)]);
    }

    private async redisOr<T>(fromRedis: () => Promise<T>, fromMemory: () => Promise<T>): Promise<T> {
      try {
        return await fromRedis();
      } catch {
        this.reloadScripts();
        return fromMemory();
      }
    }

    private reloadScripts(): void {
      this.incrementScriptSha = this.loadIncrementScript();
      this.getScriptSha = this.loadGetScript();
      // Whoever next awaits them sees a failure; until then it is no one's to report.
      this.incrementScriptSha.catch(() => undefined);
      this.getScriptSha.catch(() => undefined);
    }
  };
}

let RedisOrMemoryStore: ReturnType<typeof defineRedisOrMemoryStore> | undefined;

/** Counters every instance shares, one key space per limiter. */
export function redisRateLimitStore(redis: RedisConnection, prefix: string, limiter: string): Store {
  RedisOrMemoryStore ??= defineRedisOrMemoryStore();
  return new RedisOrMemoryStore({
    prefix: `${prefix}rl:${limiter}:`,
    sendCommand: (...args: string[]) => redis.client.sendCommand(args),
  });
}
