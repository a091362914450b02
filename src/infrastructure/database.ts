import type { Repositories } from '../core/ports';

/** An open database: its repositories, a liveness probe, and how to let go of it. */
export interface Database {
  /** What runs underneath, for logs and the start-up banner. */
  readonly description: string;
  readonly repositories: Repositories;
  /** Resolves when the database answers; rejects with DatabaseUnavailableError otherwise. */
  ping(): Promise<void>;
  /**
   * After a bulk load. PostgreSQL plans from table statistics that only
   * autovacuum refreshes, later, and never where it is off or on PGlite,
   * which has none: with no statistics the planner took 800 rows of a team
   * for ten and sorted them instead of reading the index in order.
   */
  refreshStatistics(): Promise<void>;
  close(): Promise<void>;
}
