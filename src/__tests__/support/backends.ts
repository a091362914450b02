import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import type { Database } from '../../infrastructure/database';
import { createDocumentClient, ensureTable } from '../../infrastructure/dynamodb/client';
import { dynamoDatabase, upgradeDynamoData } from '../../infrastructure/dynamodb/dynamodb.database';
import { migrate } from '../../infrastructure/postgres/migrator';
import { PgPoolClient } from '../../infrastructure/postgres/pg-pool.client';
import { PgliteClient } from '../../infrastructure/postgres/pglite.client';
import { postgresDatabase } from '../../infrastructure/postgres/postgres.database';
import type { SqlClient, SqlExecutor } from '../../infrastructure/postgres/sql-client';

/** A real database for one test file: fresh, isolated, and gone afterwards. */
export interface OpenBackend {
  database: Database;
  /** Empties every table, for suites that need a known starting point. */
  reset(): Promise<void>;
  /** The SQL underneath, on PostgreSQL backends: for what only the engine can tell (its planner's statistics). */
  sql?: SqlExecutor;
  close(): Promise<void>;
}

export interface Backend {
  name: string;
  open(): Promise<OpenBackend>;
}

const TABLES = ['audit_log', 'performance_scores', 'attendance', 'accounts', 'employees', 'employee_id_counters', 'teams', 'settings'];

function sqlBackend(sql: SqlClient, description: string, drop: () => Promise<void> = async () => undefined): OpenBackend {
  const database = postgresDatabase(sql, description);
  return {
    database,
    sql,
    reset: async () => {
      await sql.query(`TRUNCATE ${TABLES.join(', ')} CASCADE`);
    },
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

const pglite: Backend = {
  name: 'PGlite',
  async open() {
    const file = process.env.TEST_PGLITE_SNAPSHOT;
    if (!file) throw new Error('TEST_PGLITE_SNAPSHOT is missing: run the tests through jest (globalSetup makes it)');
    const client = await PgliteClient.fromSnapshot(new Blob([readFileSync(file)]));
    return sqlBackend(client, 'PGlite (test)');
  },
};

/** Each test file gets its own schema on the shared server, so files run in parallel without meeting. */
function postgresServer(url: string): Backend {
  return {
    name: 'PostgreSQL server',
    async open() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const admin = new Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA ${schema}`);
      } finally {
        await admin.end();
      }
      const client = new PgPoolClient({ connectionString: url, max: 10, searchPath: schema });
      await migrate(client);
      return sqlBackend(client, `PostgreSQL schema ${schema}`, async () => {
        const cleanup = new Client({ connectionString: url });
        await cleanup.connect();
        try {
          await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
        } finally {
          await cleanup.end();
        }
      });
    },
  };
}

/** Each test file works in tables of its own on the one DynamoDB Local of the run. */
const dynamoLocal: Backend = {
  name: 'DynamoDB Local',
  async open() {
    const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
    if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is missing: run the tests through jest (globalSetup starts DynamoDB Local)');
    const doc = createDocumentClient({ region: 'us-east-1', endpoint });
    const tableName = `test_${randomBytes(6).toString('hex')}`;
    // As a start makes a table ready: created, then upgraded (the upgrades write the built-in leave types).
    const prepare = async () => {
      await ensureTable(doc, tableName);
      await upgradeDynamoData(doc, tableName);
    };
    await prepare();
    const database = dynamoDatabase(doc, tableName, `DynamoDB Local table ${tableName}`);
    const drop = () => doc.send(new DeleteTableCommand({ TableName: tableName }));
    return {
      database,
      // DynamoDB Local drops and creates a table in milliseconds: the cleanest way to empty one.
      reset: async () => {
        await drop();
        await prepare();
      },
      close: async () => {
        await drop();
        await database.close();
      },
    };
  },
};

/** PGlite always; the PostgreSQL server when TEST_DATABASE_URL is set (CI sets it). */
export function sqlBackends(): Backend[] {
  const url = process.env.TEST_DATABASE_URL;
  return [pglite, ...(url ? [postgresServer(url)] : [])];
}

export function dynamoBackends(): Backend[] {
  return [dynamoLocal];
}

/** Every backend the HTTP suites run on. */
export function allBackends(): Backend[] {
  return [...sqlBackends(), ...dynamoBackends()];
}

/** `describe.each` rows: [name, backend]. */
export const eachBackend = (backends: Backend[] = allBackends()) => backends.map((backend) => [backend.name, backend] as const);
