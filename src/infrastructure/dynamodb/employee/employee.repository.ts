import {
  employeeBrief,
  idsNeededPerTeam,
  numberCreates,
  type Employee,
  type EmployeeBrief,
  type EmployeeFilter,
  type EmployeePatch,
  type NewEmployee,
} from '../../../core/employee';
import { AccountExistsError, EmployeeExistsError } from '../../../core/errors';
import { allPages, type Page, type PageRequest } from '../../../core/page';
import type { EmployeeRepository, NewEmployeeLogin } from '../../../core/ports';
import { accountItem } from '../account.repository';
import { adminCountStep, isEnabledAdmin } from '../admin-count';
import type { AuditStamp } from '../../../core/audit/audit-entry';
import { auditSteps } from '../audit/audit-items';
import { STALE, type TableClient, type TransactStep } from '../table-client';
import { employeeItem, listQuery, toEmployee } from './employee-items';
import { claimEmail, loginCopy, teamReferences } from './employee-steps';
import type { EmployeeCascades } from '../cross-repository';
import { asPeriod, nextPeriods, periodWrites, readPeriods } from '../team-periods/period-items';
import { membershipsBetween } from '../team-periods/memberships-between';
import type { Membership, TeamPeriod } from '../../../core/work-calendar/team-period';
import { keys } from '../key-design';
import { claimTokenVersion } from '../token-version';
import { deleteEmployeeAndLogin } from './employee-delete';
import { claimId, claimIdBlocks } from './employee-ids';

/** An automatically numbered id turned out to be taken (by a supplied one): take the next number. */
class IdTakenError extends Error {}

export class DynamoEmployeeRepository implements EmployeeRepository {
  constructor(
    private readonly table: TableClient,
    private readonly cascades: EmployeeCascades,
  ) {}

  async create(input: NewEmployee, login?: NewEmployeeLogin, audit?: AuditStamp): Promise<Employee> {
    for (;;) {
      const employeeId = await claimId(this.table, input);
      try {
        return await this.write(input, employeeId, login, audit);
      } catch (error) {
        if (!(error instanceof IdTakenError)) throw error;
      }
    }
  }

  private async write(input: NewEmployee, employeeId: string, login: NewEmployeeLogin | undefined, audit: AuditStamp | undefined): Promise<Employee> {
    const now = this.table.now();
    const { employee_id: _given, ...fields } = input;
    const employee: Employee = { ...fields, employee_id: employeeId, created_at: now, updated_at: now };
    const steps: TransactStep[] = [
      {
        write: { Put: { TableName: this.table.name, Item: employeeItem(employee, 1), ConditionExpression: 'attribute_not_exists(PK)' } },
        onConditionFailed: () => (input.employee_id === undefined ? new IdTakenError() : new EmployeeExistsError(employeeId)),
      },
      claimEmail(this.table, employee.email, employeeId),
    ];
    const periods = periodWrites(this.table, [], nextPeriods([], employee, employee.hire_date));
    // The employee and its first period each refer to the team.
    steps.push(...periods.steps, ...teamReferences(this.table, new Map([[employee.team_id, 2]])));
    if (login) {
      const account = {
        username: employeeId,
        password_hash: login.password_hash,
        role: login.role,
        employee_id: employeeId,
        team_id: employee.team_id,
        employee_status: employee.status,
        disabled: false,
        token_version: await claimTokenVersion(this.table),
        kept_token: null,
        created_at: now,
        updated_at: now,
      };
      steps.push(
        {
          write: { Put: { TableName: this.table.name, Item: accountItem(account), ConditionExpression: 'attribute_not_exists(PK)' } },
          onConditionFailed: () => new AccountExistsError(employeeId),
        },
        ...adminCountStep(this.table.name, false, isEnabledAdmin(login.role, false, employee.status)),
      );
    }
    const after = { ...employee, ...(login && { login: { username: employeeId, role: login.role } }) };
    steps.push(...auditSteps(this.table.name, audit, { action: 'create', entity: 'employee', entity_id: employeeId, after }));
    await this.table.transact(steps);
    return employee;
  }

  async get(employeeId: string): Promise<Employee | null> {
    const item = await this.table.get(keys.employee(employeeId));
    return item ? toEmployee(item) : null;
  }

  async getMany(employeeIds: string[]): Promise<Employee[]> {
    return (await this.table.batchGet(employeeIds.map((id) => keys.employee(id)))).map(toEmployee);
  }

  async findManyByEmail(emails: string[]): Promise<Employee[]> {
    const claims = await this.table.batchGet(emails.map((email) => keys.email(email)));
    return this.getMany(claims.map((claim) => claim.employee_id as string));
  }

  /**
   * Every invariant of an employee write spans items (email claim, id
   * counter, team references, score copies), so each row is its own
   * transaction, a few at a time; creates first, then updates.
   */
  async importMany(creates: NewEmployee[], updates: { employee_id: string; patch: EmployeePatch }[], today: string, audit?: AuditStamp): Promise<void> {
    // Counters move past the given ids, then numbers are claimed a block per team, so ids
    // follow the rows' order however the writes interleave (as on PostgreSQL).
    for (const c of creates) if (c.employee_id !== undefined) await claimId(this.table, c);
    const numbered = numberCreates(creates, await claimIdBlocks(this.table, idsNeededPerTeam(creates)));
    const writes: (() => Promise<unknown>)[] = [
      ...numbered.map((c) => () => this.create(c, undefined, audit)),
      ...updates.map((u) => () => this.update(u.employee_id, u.patch, today, audit)),
    ];
    return this.table.writeEach(writes, (write) => write());
  }

  async teamPeriods(employeeId: string): Promise<TeamPeriod[]> {
    const stored = await readPeriods(this.table, employeeId);
    return stored.map(asPeriod);
  }

  membershipsBetween(from: string, to: string, teamIds: string[] | null): Promise<Membership[]> {
    return membershipsBetween(this.table, from, to, teamIds);
  }

  async findByEmail(email: string): Promise<Employee | null> {
    const claim = await this.table.get(keys.email(email));
    return claim ? this.get(claim.employee_id as string) : null;
  }

  list(filter: EmployeeFilter, page: PageRequest): Promise<Page<Employee>> {
    const { input, index } = listQuery(filter);
    return this.table.queryPage(input, index, page, toEmployee);
  }

  async briefs(filter: EmployeeFilter): Promise<EmployeeBrief[]> {
    const { input, index } = listQuery(filter);
    return (await allPages((page) => this.table.queryPage(input, index, page, toEmployee))).map(employeeBrief);
  }

  count(filter: EmployeeFilter): Promise<number> {
    const { input, index } = listQuery(filter);
    return this.table.count({ ...input, ...(index !== 'table' && { IndexName: index }) });
  }

  /**
   * The employee (and the copies on their login) in one transaction; then the copies
   * on their scores, in batches, and their pending leave to a new team. A repeated
   * update finishes an interrupted one.
   */
  async update(employeeId: string, patch: EmployeePatch, today: string, audit?: AuditStamp): Promise<Employee | null> {
    const updated = await this.updateEmployee(employeeId, patch, today, audit);
    if (updated && (patch.name !== undefined || patch.team_id !== undefined)) await this.cascades.scores.propagateEmployee(employeeId);
    if (updated && patch.team_id !== undefined) await this.cascades.leave.carryPending(employeeId);
    return updated;
  }

  /** The employee, its login copies and its membership periods in one transaction, guarded by the employee's version. */
  private updateEmployee(employeeId: string, patch: EmployeePatch, today: string, audit: AuditStamp | undefined): Promise<Employee | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.employee(employeeId));
      if (!item) return null;
      const current = toEmployee(item);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const updated: Employee = { ...current, ...defined, ...(patch.end_date === null && { end_date: null }), updated_at: this.table.now() };
      const steps: TransactStep[] = [this.replace(updated, item.version as number)];
      if (updated.email.toLowerCase() !== current.email.toLowerCase()) {
        steps.push({ write: { Delete: { TableName: this.table.name, Key: keys.email(current.email) } } }, claimEmail(this.table, updated.email, employeeId));
      }
      const stored = await readPeriods(this.table, employeeId);
      const periods = periodWrites(this.table, stored, nextPeriods(stored.length > 0 ? stored : nextPeriods([], current, today), updated, today));
      const deltas = periods.teamDeltas;
      if (updated.team_id !== current.team_id) {
        deltas.set(current.team_id, (deltas.get(current.team_id) ?? 0) - 1);
        deltas.set(updated.team_id, (deltas.get(updated.team_id) ?? 0) + 1);
      }
      steps.push(...periods.steps, ...teamReferences(this.table, deltas));
      if (updated.team_id !== current.team_id || updated.status !== current.status) steps.push(...(await loginCopy(this.table, updated)));
      steps.push(...auditSteps(this.table.name, audit, { action: 'update', entity: 'employee', entity_id: employeeId, before: current, after: updated }));
      await this.table.transact(steps);
      return updated;
    });
  }

  /** The whole item, written only if nobody changed it since we read it. */
  private replace(employee: Employee, readVersion: number): TransactStep {
    return {
      write: {
        Put: {
          TableName: this.table.name,
          Item: employeeItem(employee, readVersion + 1),
          ConditionExpression: 'version = :read_version',
          ExpressionAttributeValues: { ':read_version': readVersion },
        },
      },
      onConditionFailed: () => STALE,
    };
  }

  /**
   * The employee and login go first, atomically; then their records, scores,
   * leave and corrections, in idempotent batches. Deleting an absent employee still
   * finishes a purge that an interruption left undone.
   */
  async delete(employeeId: string, audit?: AuditStamp): Promise<boolean> {
    const deleted = await deleteEmployeeAndLogin(this.table, employeeId, audit);
    const { attendance, scores, leave, corrections } = this.cascades;
    await Promise.all([
      attendance.purgeEmployee(employeeId),
      scores.purgeEmployee(employeeId),
      leave.purgeEmployee(employeeId),
      corrections.purgeEmployee(employeeId),
    ]);
    return deleted;
  }
}
