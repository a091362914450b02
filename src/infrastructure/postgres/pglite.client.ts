import { PGlite, types } from '@electric-sql/pglite';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { translateDatabaseError } from './database-errors';
import type { SqlClient, SqlExecutor, SqlParam } from './sql-client';
import { isoInstant } from './timestamps';

// Same wire format as the pg client: dates stay YYYY-MM-DD strings, instants become ISO 8601 text.
const parsers = { [types.DATE]: (value: string) => value, [types.TIMESTAMPTZ]: isoInstant };

/**
 * PostgreSQL's 128 MB default buffer cache is all touched inside PGlite's
 * WASM memory (151 MB resident at start); 16 MB holds the demo data and
 * this schema's hot pages, and misses read the OS's page cache.
 */
const OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] };

/**
 * PGlite creates a new cluster with a second PGlite instance, a copy of its
 * heap and an initdb instance, and something keeps all three reachable after
 * create() returns (about 450 MB for the life of the process). A child
 * process gives all of it back when it ends.
 */
const INITDB = `require(process.argv[1]).PGlite.create(process.argv[2]).then((db) => db.close());`;

async function initialiseInChild(dataDir: string): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, ['-e', INITDB, require.resolve('@electric-sql/pglite'), dataDir]);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    const reason = stderr.split('\n').find((line) => /error/i.test(line)) ?? String(error);
    throw new Error(`PGlite could not make a database in ${dataDir}: ${reason.trim()}`);
  }
}

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
    const folder = !dataDir.includes('://');
    if (folder && !existsSync(join(dataDir, 'PG_VERSION'))) await initialiseInChild(dataDir);
    return new PgliteClient(await PGlite.create(dataDir, OPTIONS));
  }

  /** From a `dumpDataDir` snapshot: much faster than migrating a new database. */
  static async fromSnapshot(snapshot: Blob): Promise<PgliteClient> {
    return new PgliteClient(await PGlite.create({ ...OPTIONS, loadDataDir: snapshot }));
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
