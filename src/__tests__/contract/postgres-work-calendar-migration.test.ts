import { migrations } from '../../infrastructure/postgres/migrations';
import { migrate } from '../../infrastructure/postgres/migrator';
import { PgliteClient } from '../../infrastructure/postgres/pglite.client';
import { postgresDatabase } from '../../infrastructure/postgres/postgres.database';

/**
 * Migration 007 on a database that already holds employees and records: the
 * backfill the work calendar relies on (brief point 8). Only PostgreSQL has a
 * migration to run; DynamoDB upgrades items lazily, tested with its adapter.
 */
describe('PostgreSQL migration 007 (work calendar) on existing data', () => {
  let client: PgliteClient;

  beforeAll(async () => {
    client = await PgliteClient.open('memory://');
    const before = migrations.findIndex((m) => m.id === '007-work-calendar');
    await migrate(client, migrations.slice(0, before));
    await client.query(`INSERT INTO teams (team_id, team_name) VALUES ('DEV', 'Development'), ('QA', 'Quality')`);
    await client.query(
      `INSERT INTO employees (employee_id, name, email, team_id, position, job_title, status, hire_date, updated_at) VALUES
         ('DEV-001', 'Stayer', 'stayer@example.com', 'DEV', 'Mid', NULL, 'active', '2024-01-10', '2025-06-30 12:00+00'),
         ('QA-001', 'Left after records', 'records@example.com', 'QA', 'Mid', NULL, 'inactive', '2024-02-01', '2025-08-01 12:00+00'),
         ('QA-002', 'Left without records', 'norecords@example.com', 'QA', 'Mid', NULL, 'inactive', '2024-02-01', '2025-06-30 23:30-02'),
         ('DEV-002', 'Left before starting', 'never@example.com', 'DEV', 'Mid', NULL, 'inactive', '2025-09-01', '2025-07-01 12:00+00')`,
    );
    await client.query(
      `INSERT INTO attendance (employee_id, attendance_date, team_id, status, check_in_time) VALUES
         ('QA-001', '2025-03-13', 'QA', 'present', '09:00'), ('QA-001', '2025-03-14', 'QA', 'late', '09:40'), ('DEV-001', '2025-07-01', 'DEV', 'present', '09:00')`,
    );
    // 007 and every later one, in order.
    expect(await migrate(client)).toEqual(migrations.slice(before).map((m) => m.id));
  });

  afterAll(() => client.close());

  const repos = () => postgresDatabase(client, 'PGlite (migration test)').repositories;

  it('gives a leaver the date of their last record, else the UTC day they were last updated, never before their hire date; nobody else an end date', async () => {
    const endDates = Object.fromEntries((await repos().employees.getMany(['DEV-001', 'QA-001', 'QA-002', 'DEV-002'])).map((e) => [e.employee_id, e.end_date]));
    expect(endDates).toEqual({ 'DEV-001': null, 'QA-001': '2025-03-14', 'QA-002': '2025-07-01', 'DEV-002': '2025-09-01' });
  });

  it('gives everyone one open period from their hire date in their team', async () => {
    expect(await repos().employees.teamPeriods('DEV-001')).toEqual([{ team_id: 'DEV', from: '2024-01-10', to: null }]);
    expect(await repos().employees.teamPeriods('QA-002')).toEqual([{ team_id: 'QA', from: '2024-02-01', to: null }]);
    expect(await repos().employees.teamPeriods('DEV-002')).toEqual([{ team_id: 'DEV', from: '2025-09-01', to: null }]);
  });

  it('keeps what the migration guarantees from then on: no end date before the hire date', async () => {
    await expect(repos().employees.update('DEV-001', { end_date: '2023-12-31' }, '2025-07-02')).rejects.toMatchObject({
      code: '23514',
      constraint: 'employees_end_after_hire',
    });
    expect((await repos().employees.get('DEV-001'))?.end_date).toBeNull();
  });
});
