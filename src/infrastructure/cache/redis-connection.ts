import { createClient } from 'redis';
import type { Logger } from '../../logger';

function redisClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
}

export type RedisClient = ReturnType<typeof redisClient>;

/**
 * One connection per process, shared by the cache and the rate limiters.
 * Commands fail at once while it is down (no offline queue), so a request
 * never waits on Redis; the client reconnects by itself with backoff.
 */
export class RedisConnection {
  private constructor(readonly client: RedisClient) {}

  /**
   * Waits a moment for the first connection, but a Redis that is not up yet
   * does not hold the API back: it carries on connecting in the background,
   * and until then the cache misses and the rate limiters let requests through.
   */
  static async open(url: string, logger: Logger, waitMs = 3000): Promise<RedisConnection> {
    const client = redisClient(url);
    client.on('error', (error: Error) => logger.debug('redis connection error', { error: error.message }));
    const connected = client.connect().then(
      () => true,
      (error: Error) => {
        logger.warn('redis did not connect', { error: error.message });
        return false;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
    if (!(await Promise.race([connected, waited]))) logger.warn('redis is not reachable yet; carrying on without it until it is', { url: redactedUrl(url) });
    clearTimeout(timer);
    return new RedisConnection(client);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}

function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an unparsable URL';
  }
}
