import type { Repositories } from '../core/ports';

/** An open database: its repositories, a liveness probe, and how to let go of it. */
export interface Database {
  /** What runs underneath, for logs and the start-up banner. */
  readonly description: string;
  readonly repositories: Repositories;
  /** Resolves when the database answers; rejects with DatabaseUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
