/** What a statement unanswered for the whole budget fails with; its wording is pg's own, which database-errors.ts reads as a lost server. */
export const READ_TIMEOUT_MESSAGE = 'Query read timeout';

interface Waiting {
  deadline: number;
  fail: (error: Error) => void;
}

/**
 * Fails any statement unanswered for `timeoutMs`, with one timer for all of
 * them that runs only while some statement is waiting, instead of one timer
 * per statement (pg's query_timeout, which also held memory: see
 * PgPoolClient.run). A statement fails within a tick — a quarter of the
 * budget, at most a second — after its deadline.
 */
export class QueryWatchdog {
  private readonly waiting = new Set<Waiting>();
  private timer: NodeJS.Timeout | undefined;
  private readonly tickMs: number;

  constructor(private readonly timeoutMs: number) {
    this.tickMs = Math.max(10, Math.min(1000, Math.floor(timeoutMs / 4)));
  }

  /** The statement's answer, or READ_TIMEOUT_MESSAGE's error once the budget is spent (the caller then throws the connection away). */
  watch<T>(statement: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = { deadline: Date.now() + this.timeoutMs, fail: reject };
      this.waiting.add(entry);
      this.timer ??= setInterval(() => this.expire(), this.tickMs).unref();
      const settle = () => {
        this.waiting.delete(entry);
        if (this.waiting.size === 0) this.stop();
      };
      statement.then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: Error) => {
          settle();
          reject(error);
        },
      );
    });
  }

  private expire(): void {
    const now = Date.now();
    for (const entry of this.waiting) {
      if (entry.deadline > now) continue;
      this.waiting.delete(entry);
      entry.fail(new Error(READ_TIMEOUT_MESSAGE));
    }
    if (this.waiting.size === 0) this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
