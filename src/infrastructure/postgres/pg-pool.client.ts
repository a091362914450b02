import { Pool, types, type PoolClient, type PoolConfig, type QueryConfig, type QueryResultRow } from 'pg';
import { DatabaseUnavailableError } from '../../core/errors';
import { isPgError, translateDatabaseError } from './database-errors';
import type { QueryOptions, SqlClient, SqlExecutor, SqlParam } from './sql-client';
import { QueryWatchdog } from './query-watchdog';
import { isoInstant, TIMESTAMPTZ_OID } from './timestamps';

const DATE_OID = 1082;

/**
 * Dates travel as YYYY-MM-DD strings, exactly as the API speaks them, never
 * through a JS Date in the server's zone. Set when the first pool is made,
 * not when this module loads, so that the Lambda bundle, which loads pg on
 * first use (build-lambda.ts), does not load it on DynamoDB.
 */
function useApiTypeParsers(): void {
  types.setTypeParser(DATE_OID, (value) => value);
  types.setTypeParser(TIMESTAMPTZ_OID, isoInstant);
}

export interface PgPoolOptions {
  connectionString: string;
  max: number;
  /** Isolates a test's tables in their own schema. */
  searchPath?: string;
  /** A statement unanswered this long has lost its connection, though nobody said so; none when unset. */
  queryTimeoutMs?: number;
  /**
   * False behind a pooler that may run each transaction on a different server
   * connection (PgBouncer in transaction mode before 1.21): a statement
   * prepared on one would be missing on the next. True when unset.
   */
  preparedStatements?: boolean;
}

/** Pauses before each retry of work a lost connection interrupted: long enough for the pool to drop the dead client. */
const RETRY_DELAYS_MS = [20, 200];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const never = () => false;
/**
 * No connection within connectionTimeoutMillis (pg-pool's two wordings: no
 * free slot, or a new connection the server never answered), or no answer to
 * a statement within the query timeout: the caller has already waited the
 * whole budget, and each retry would make it wait that long again before the 503.
 */
const TIMED_OUT = /timeout exceeded when trying to connect|terminated due to connection timeout|Query read timeout/i;
const timedOut = (error: unknown) => error instanceof DatabaseUnavailableError && error.cause instanceof Error && TIMED_OUT.test(error.cause.message);
const lostConnection = (error: unknown) => error instanceof DatabaseUnavailableError && !(error instanceof CommitOutcomeUnknownError) && !timedOut(error);
/** A deadlock or serialization failure: the server rolled the transaction back and asks for it to be run again. */
const rolledBackByServer = (error: unknown) => isPgError(error) && (error.code === '40001' || error.code === '40P01');

/**
 * Statements are prepared once per connection under a name and then only
 * bound and run (unless the caller asks for planEachTime): parsing and
 * planning were most of the server's work for the service's short queries
 * (a bare primary-key lookup server went from 16,000 to 20,000 req/s). The
 * service's SQL texts are a bounded set, but past this many, texts run
 * unnamed rather than fill every connection's memory.
 */
const MAX_NAMED_STATEMENTS = 1000;

/** More than one statement: a semicolon with more text after it (one inside a literal only costs the preparing). */
const SCRIPT = /;\s*\S/;

/** A statement that changes nothing can be sent again whatever became of the first attempt. */
const READ_ONLY = /^\s*SELECT\b/i;

export class PgPoolClient implements SqlClient {
  private readonly pool: Pool;
  private readonly statementNames = new Map<string, string>();
  private readonly prepare: boolean;
  private readonly watchdog: QueryWatchdog | undefined;

  constructor(options: PgPoolOptions) {
    useApiTypeParsers();
    this.prepare = options.preparedStatements ?? true;
    this.watchdog = options.queryTimeoutMs === undefined ? undefined : new QueryWatchdog(options.queryTimeoutMs);
    const config: PoolConfig = {
      connectionString: options.connectionString,
      max: options.max,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    };
    // JIT compilation costs more than it saves on short OLTP queries: 140 ms against 44 ms
    // for the weekly summary at two million attendance rows on PostgreSQL 15.
    // Timestamps arrive in UTC whatever the server's own zone, the form isoInstant reads directly.
    config.options = ['-c jit=off', '-c TimeZone=UTC', ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : [])].join(' ');
    this.pool = new Pool(config);
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    // Nor may one killed mid-query: its query fails (and is retried or reported), and then the
    // socket's close arrives as an 'error' event on a client the pool has already let go of.
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  /**
   * A read that loses its connection (a backend terminated, a server
   * restarted) is retried on a fresh one. A write outside a transaction is
   * not: the server may have applied it before the connection went.
   */
  async query<Row>(text: string, params: readonly SqlParam[] = [], options: QueryOptions = {}): Promise<Row[]> {
    return this.retrying(READ_ONLY.test(text) ? lostConnection : never, async () => {
      const client = await this.connect();
      let broken = false;
      try {
        return (await this.run<Row>(client, this.statement(text, params, options))).rows;
      } catch (error) {
        const translated = translateDatabaseError(error);
        // A connection that failed or stopped answering is thrown away, never handed to the next caller.
        broken = translated instanceof DatabaseUnavailableError;
        throw translated;
      } finally {
        client.release(broken);
      }
    });
  }

  private async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  /**
   * One statement on a connection, failed by the watchdog if it goes
   * unanswered for the query timeout. pg is called with a callback: its own
   * promise form (and its per-statement query_timeout alike) made a month's
   * payroll export peak at 90-130 MB above idle against 26-31 MB this way
   * (docs/PERFORMANCE.md), the same rows read either way.
   */
  private run<Row>(client: PoolClient, statement: QueryConfig | string): Promise<{ rows: Row[] }> {
    const config: QueryConfig = typeof statement === 'string' ? { text: statement } : statement;
    const sent = new Promise<{ rows: Row[] }>((resolve, reject) => {
      client.query<Row & QueryResultRow>(config, (error, result) => (error ? reject(error) : resolve(result)));
    });
    return this.watchdog ? this.watchdog.watch(sent) : sent;
  }

  private statement(text: string, params: readonly SqlParam[], options: QueryOptions): QueryConfig {
    // A script of several statements (a migration) can only go by the simple protocol, which prepares nothing.
    if (!this.prepare || options.planEachTime || SCRIPT.test(text)) return { text, values: params as unknown[] };
    let name = this.statementNames.get(text);
    if (name === undefined && this.statementNames.size < MAX_NAMED_STATEMENTS) {
      name = `workforce_${this.statementNames.size}`;
      this.statementNames.set(text, name);
    }
    return { text, values: params as unknown[], ...(name !== undefined && { name }) };
  }

  /**
   * Retried whole when the connection is lost before COMMIT is sent: the
   * server then rolled everything back, so running fn again is the only way
   * the change happens once. A loss during COMMIT is not retried (it may have
   * committed), and answers 503.
   */
  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.retrying(
      (error) => lostConnection(error) || rolledBackByServer(error),
      () => this.transactionOnce(fn),
    );
  }

  private async retrying<T>(retryable: (error: unknown) => boolean, attempt: () => Promise<T>): Promise<T> {
    for (const delay of RETRY_DELAYS_MS) {
      try {
        return await attempt();
      } catch (error) {
        if (!retryable(error)) throw error;
        await sleep(delay);
      }
    }
    return attempt();
  }

  private async transactionOnce<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.connect();
    const tx: SqlExecutor = {
      query: async <Row>(text: string, params: readonly SqlParam[] = [], options: QueryOptions = {}): Promise<Row[]> => {
        try {
          return (await this.run<Row>(client, this.statement(text, params, options))).rows;
        } catch (error) {
          throw translateDatabaseError(error);
        }
      },
    };
    let broken = false;
    try {
      await this.run(client, 'BEGIN');
      const result = await fn(tx);
      try {
        await this.run(client, 'COMMIT');
      } catch (error) {
        const translated = translateDatabaseError(error);
        if (translated instanceof DatabaseUnavailableError) {
          broken = true;
          throw new CommitOutcomeUnknownError(error);
        }
        throw error;
      }
      return result;
    } catch (error) {
      if (error instanceof CommitOutcomeUnknownError) throw error;
      const translated = translateDatabaseError(error);
      // A connection that failed or stopped answering is thrown away, which rolls the transaction
      // back on the server; asking it to ROLLBACK would only wait out another timeout.
      if (translated instanceof DatabaseUnavailableError) broken = true;
      else {
        try {
          await this.run(client, 'ROLLBACK');
        } catch {
          broken = true;
        }
      }
      throw translated;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The connection went while COMMIT was on its way: the change may or may not be there. */
class CommitOutcomeUnknownError extends DatabaseUnavailableError {}
