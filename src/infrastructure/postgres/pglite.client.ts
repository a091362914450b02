import { PGlite, types } from '@electric-sql/pglite';
import { translateDatabaseError } from './database-errors';
import type { SqlClient, SqlExecutor, SqlParam } from './sql-client';
import { isoInstant } from './timestamps';

// Same wire format as the pg client: dates stay YYYY-MM-DD strings, instants become ISO 8601 text.
const parsers = { [types.DATE]: (value: string) => value, [types.TIMESTAMPTZ]: isoInstant };

type Queryable = Pick<PGlite, 'query' | 'exec'>;

function executor(db: Queryable): SqlExecutor {
  return {
    async query<Row>(text: string, params: readonly SqlParam[] = []): Promise<Row[]> {
      try {
        // A prepared statement holds one command; scripts (migrations) go through exec.
        if (params.length === 0) {
          const results = await db.exec(text, { parsers });
          return (results[results.length - 1]?.rows ?? []) as Row[];
        }
        const result = await db.query<Row>(text, params as unknown[], { parsers });
        return result.rows;
      } catch (error) {
        throw translateDatabaseError(error);
      }
    },
  };
}

/** Embedded PostgreSQL (WASM). Queries run one at a time, in process. */
export class PgliteClient implements SqlClient {
  private readonly root: SqlExecutor;

  private constructor(private readonly db: PGlite) {
    this.root = executor(db);
  }

  /** dataDir: a folder, or `memory://` for nothing on disk. */
  static async open(dataDir: string): Promise<PgliteClient> {
    return new PgliteClient(await PGlite.create(dataDir));
  }

  /** From a `dumpDataDir` snapshot: much faster than migrating a new database. */
  static async fromSnapshot(snapshot: Blob): Promise<PgliteClient> {
    return new PgliteClient(await PGlite.create({ loadDataDir: snapshot }));
  }

  query<Row>(text: string, params?: readonly SqlParam[]): Promise<Row[]> {
    return this.root.query<Row>(text, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction((tx) => fn(executor(tx)));
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  snapshot(): Promise<Blob> {
    return this.db.dumpDataDir('none');
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
