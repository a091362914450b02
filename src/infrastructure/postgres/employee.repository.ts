import { auditEntry, type AuditedChange, type AuditStamp } from '../../core/audit/audit-entry';
import {
  formatEmployeeId,
  parseEmployeeId,
  type Employee,
  type EmployeeBrief,
  type EmployeeFilter,
  type EmployeePatch,
  type NewEmployee,
} from '../../core/employee';
import { DuplicateEmailError, EmployeeExistsError, ValidationError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { EmployeeRepository, NewEmployeeLogin } from '../../core/ports';
import { appendAudit } from './audit/audit-log';
import { isForeignKeyViolation, isUniqueViolation } from './database-errors';
import { writeEmployeeImport } from './employee-import';
import { decodePosition, toPage } from './keyset';
import { assertNotLastEnabledAdmin, keepingAnEnabledAdmin } from './last-admin-guard';
import { PLAN_EACH_TIME, type SqlClient, type SqlExecutor, type SqlParam } from './sql-client';
import { sqlParams } from './sql-params';
import { endLeaversTokens } from './token-versions';
import { membershipsBetween, moveFirstStarts, moveTeams, openFirstPeriods, teamPeriods } from './team-memberships';
import type { Membership, TeamPeriod } from '../../core/work-calendar/team-period';

const COLUMNS = 'employee_id, name, email, team_id, position, job_title, status, hire_date, end_date, created_at, updated_at';
const BRIEF_COLUMNS = 'employee_id, name, team_id, position, job_title, status, hire_date, end_date';

const UPDATABLE_COLUMNS = [
  'name',
  'email',
  'team_id',
  'position',
  'job_title',
  'status',
  'hire_date',
  'end_date',
] as const satisfies readonly (keyof EmployeePatch)[];

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The WHERE terms of a list filter, their values bound with `bind`. */
function filterConditions(filter: EmployeeFilter, bind: (value: SqlParam) => string): string[] {
  const where: string[] = [];
  if (filter.employee_id !== undefined) where.push(`employee_id = ${bind(filter.employee_id)}`);
  if (filter.team_id !== undefined) where.push(`team_id = ${bind(filter.team_id)}`);
  if (filter.position !== undefined) where.push(`position = ${bind(filter.position)}`);
  if (filter.status !== undefined) where.push(`status = ${bind(filter.status)}`);
  if (filter.q !== undefined) {
    const pattern = escapeLike(filter.q);
    where.push(`(lower(name) LIKE '%' || lower(${bind(pattern)}) || '%' OR employee_id LIKE upper(${bind(pattern)}) || '%')`);
  }
  return where;
}

function unknownTeam(teamId: string | undefined): ValidationError {
  return ValidationError.field('team_id', `Team ${teamId ?? ''} does not exist`);
}

export class PostgresEmployeeRepository implements EmployeeRepository {
  constructor(private readonly sql: SqlClient) {}

  async create(employee: NewEmployee, login?: NewEmployeeLogin, audit?: AuditStamp): Promise<Employee> {
    try {
      return await this.sql.transaction(async (tx) => {
        const employeeId = await this.claimId(tx, employee);
        const [row] = await tx.query<Employee>(
          `INSERT INTO employees (employee_id, name, email, team_id, position, job_title, status, hire_date, end_date)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
          [
            employeeId,
            employee.name,
            employee.email,
            employee.team_id,
            employee.position,
            employee.job_title,
            employee.status,
            employee.hire_date,
            employee.end_date,
          ],
        );
        await openFirstPeriods(tx, [row!]);
        if (login) {
          await tx.query(`INSERT INTO accounts (username, password_hash, role, employee_id) VALUES ($1, $2, $3, $1)`, [
            employeeId,
            login.password_hash,
            login.role,
          ]);
        }
        if (audit) {
          const after = { ...row!, ...(login && { login: { username: employeeId, role: login.role } }) };
          await appendAudit(tx, [auditEntry(audit, { action: 'create', entity: 'employee', entity_id: employeeId, after })]);
        }
        return row!;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'employees_pkey')) throw new EmployeeExistsError(employee.employee_id ?? '');
      if (isUniqueViolation(error, 'employees_email_key')) throw new DuplicateEmailError(employee.email);
      if (isForeignKeyViolation(error, 'employees_team_fk')) throw unknownTeam(employee.team_id);
      throw error;
    }
  }

  /**
   * The counter row's lock serialises concurrent creates in one team, so no
   * two get the same number; a given id moves the counter past itself.
   */
  private async claimId(tx: SqlExecutor, employee: NewEmployee): Promise<string> {
    if (employee.employee_id !== undefined) {
      const parsed = parseEmployeeId(employee.employee_id);
      if (!parsed) throw ValidationError.field('employee_id', 'must look like DEV-001');
      await tx.query(
        `INSERT INTO employee_id_counters (team_id, last_number) VALUES ($1, $2)
         ON CONFLICT (team_id) DO UPDATE SET last_number = GREATEST(employee_id_counters.last_number, EXCLUDED.last_number)`,
        [employee.team_id, parsed.number],
      );
      return employee.employee_id;
    }
    const [row] = await tx.query<{ last_number: string }>(
      `INSERT INTO employee_id_counters (team_id, last_number) VALUES ($1, 1)
       ON CONFLICT (team_id) DO UPDATE SET last_number = employee_id_counters.last_number + 1
       RETURNING last_number`,
      [employee.team_id],
    );
    return formatEmployeeId(employee.team_id, Number(row!.last_number));
  }

  async get(employeeId: string): Promise<Employee | null> {
    const [row] = await this.sql.query<Employee>(`SELECT ${COLUMNS} FROM employees WHERE employee_id = $1`, [employeeId]);
    return row ?? null;
  }

  async getMany(employeeIds: string[]): Promise<Employee[]> {
    return this.sql.query<Employee>(`SELECT ${COLUMNS} FROM employees WHERE employee_id = ANY ($1::text[])`, [employeeIds]);
  }

  async findManyByEmail(emails: string[]): Promise<Employee[]> {
    return this.sql.query<Employee>(`SELECT ${COLUMNS} FROM employees WHERE lower(email) = ANY ($1::text[])`, [emails.map((e) => e.toLowerCase())]);
  }

  /**
   * One transaction, a handful of set-based statements whatever the row count:
   * counters moved past given ids, numbers claimed per team for the rest,
   * one multi-row INSERT and one UPDATE … FROM unnest.
   */
  async importMany(creates: NewEmployee[], updates: { employee_id: string; patch: EmployeePatch }[], today: string, audit?: AuditStamp): Promise<void> {
    try {
      const leavers = updates.some((u) => u.patch.status === 'inactive');
      const write = async (tx: SqlExecutor) => {
        const ids = updates.map((u) => u.employee_id);
        const before =
          audit && ids.length > 0 ? await tx.query<Employee>(`SELECT ${COLUMNS} FROM employees WHERE employee_id = ANY ($1::text[]) FOR UPDATE`, [ids]) : [];
        const created = await writeEmployeeImport(tx, creates, updates);
        await endLeaversTokens(
          tx,
          updates.filter((u) => u.patch.status === 'inactive').map((u) => u.employee_id),
        );
        await this.writePeriods(tx, updates, today);
        if (audit) {
          const written = await tx.query<Employee>(`SELECT ${COLUMNS} FROM employees WHERE employee_id = ANY ($1::text[])`, [
            [...created.map((c) => c.employee_id), ...ids],
          ]);
          const after = new Map(written.map((e) => [e.employee_id, e]));
          const changes: AuditedChange[] = [
            ...created.map((c): AuditedChange => ({ action: 'create', entity: 'employee', entity_id: c.employee_id, after: after.get(c.employee_id) })),
            ...before.map((b): AuditedChange => ({
              action: 'update',
              entity: 'employee',
              entity_id: b.employee_id,
              before: b,
              after: after.get(b.employee_id),
            })),
          ];
          await appendAudit(
            tx,
            changes.map((change) => auditEntry(audit, change)),
          );
        }
      };
      await this.sql.transaction((tx) => (leavers ? keepingAnEnabledAdmin(tx, () => write(tx)) : write(tx)));
    } catch (error) {
      // Validation saw every key free; only a concurrent writer can take one since.
      if (isUniqueViolation(error, 'employees_email_key')) throw new DuplicateEmailError('in this import');
      if (isUniqueViolation(error, 'employees_pkey')) throw new EmployeeExistsError('in this import');
      throw error;
    }
  }

  /** The membership side of employee updates, in their transaction. */
  private async writePeriods(tx: SqlExecutor, updates: readonly { employee_id: string; patch: EmployeePatch }[], today: string): Promise<void> {
    await moveFirstStarts(
      tx,
      updates.flatMap(({ employee_id, patch }) => (patch.hire_date === undefined ? [] : [{ employee_id, hire_date: patch.hire_date }])),
    );
    await moveTeams(
      tx,
      updates.flatMap(({ employee_id, patch }) => (patch.team_id === undefined ? [] : [{ employee_id, team_id: patch.team_id }])),
      today,
    );
  }

  async findByEmail(email: string): Promise<Employee | null> {
    const [row] = await this.sql.query<Employee>(`SELECT ${COLUMNS} FROM employees WHERE lower(email) = lower($1)`, [email]);
    return row ?? null;
  }

  async list(filter: EmployeeFilter, page: PageRequest): Promise<Page<Employee>> {
    const { params, bind } = sqlParams();
    const where = filterConditions(filter, bind);
    if (page.after !== undefined) where.push(`employee_id > ${bind(decodePosition(page.after, 1)[0]!)}`);
    const rows = await this.sql.query<Employee>(
      `SELECT ${COLUMNS} FROM employees ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY employee_id LIMIT ${bind(page.limit + 1)}`,
      params,
      PLAN_EACH_TIME,
    );
    return toPage(rows, page.limit, (employee) => [employee.employee_id]);
  }

  async briefs(filter: EmployeeFilter): Promise<EmployeeBrief[]> {
    const { params, bind } = sqlParams();
    const where = filterConditions(filter, bind);
    return this.sql.query<EmployeeBrief>(
      `SELECT ${BRIEF_COLUMNS} FROM employees ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY employee_id`,
      params,
      PLAN_EACH_TIME,
    );
  }

  async count(filter: EmployeeFilter): Promise<number> {
    const { params, bind } = sqlParams();
    const where = filterConditions(filter, bind);
    const [row] = await this.sql.query<{ n: string }>(
      `SELECT count(*) AS n FROM employees ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
      PLAN_EACH_TIME,
    );
    return Number(row!.n);
  }

  async update(employeeId: string, patch: EmployeePatch, today: string, audit?: AuditStamp): Promise<Employee | null> {
    const { params, bind } = sqlParams(employeeId);
    const sets = UPDATABLE_COLUMNS.filter((column) => patch[column] !== undefined).map((column) => `${column} = ${bind(patch[column] ?? null)}`);
    sets.push('updated_at = now()');
    try {
      // The login's team and status are read through its employee, so a change needs no second write here (a leaver's token version aside).
      const write = async (sql: SqlExecutor) => {
        const [before] = audit ? await sql.query<Employee>(`SELECT ${COLUMNS} FROM employees WHERE employee_id = $1 FOR UPDATE`, [employeeId]) : [];
        const [row] = await sql.query<Employee>(`UPDATE employees SET ${sets.join(', ')} WHERE employee_id = $1 RETURNING ${COLUMNS}`, params);
        if (row) await this.writePeriods(sql, [{ employee_id: employeeId, patch }], today);
        if (row && patch.status === 'inactive') await endLeaversTokens(sql, [employeeId]);
        if (row && audit) await appendAudit(sql, [auditEntry(audit, { action: 'update', entity: 'employee', entity_id: employeeId, before, after: row })]);
        return row ?? null;
      };
      const periodsChange = patch.team_id !== undefined || patch.hire_date !== undefined;
      // Only a leaver can be the last admin who could sign in; anything else without a period change or an audit entry stays one statement.
      if (patch.status === 'inactive') return await this.sql.transaction((tx) => keepingAnEnabledAdmin(tx, () => write(tx)));
      if (periodsChange || audit) return await this.sql.transaction(write);
      return await write(this.sql);
    } catch (error) {
      if (isUniqueViolation(error, 'employees_email_key')) throw new DuplicateEmailError(patch.email ?? '');
      if (isForeignKeyViolation(error, 'employees_team_fk') || isForeignKeyViolation(error, 'team_memberships_team_fk')) throw unknownTeam(patch.team_id);
      throw error;
    }
  }

  teamPeriods(employeeId: string): Promise<TeamPeriod[]> {
    return teamPeriods(this.sql, employeeId);
  }

  membershipsBetween(from: string, to: string, teamIds: string[] | null): Promise<Membership[]> {
    return membershipsBetween(this.sql, from, to, teamIds);
  }

  async delete(employeeId: string, audit?: AuditStamp): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      const [login] = await tx.query<{ username: string }>('SELECT username FROM accounts WHERE employee_id = $1', [employeeId]);
      if (login) await assertNotLastEnabledAdmin(tx, login.username);
      // The login goes with it (ON DELETE CASCADE), in this same statement.
      const [row] = await tx.query<Employee>(`DELETE FROM employees WHERE employee_id = $1 RETURNING ${COLUMNS}`, [employeeId]);
      if (row && audit) {
        await appendAudit(tx, [
          auditEntry(audit, { action: 'delete', entity: 'employee', entity_id: employeeId, before: { ...row, login: login?.username ?? null } }),
        ]);
      }
      return row !== undefined;
    });
  }
}
