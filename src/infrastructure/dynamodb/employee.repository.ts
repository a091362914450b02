import { UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { formatEmployeeId, parseEmployeeId, type Employee, type EmployeeFilter, type EmployeePatch, type NewEmployee } from '../../core/employee';
import { AccountExistsError, DuplicateEmailError, EmployeeExistsError, ValidationError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { EmployeeRepository, NewEmployeeLogin } from '../../core/ports';
import { accountItem, toAccount } from './account.repository';
import { adminCountStep, isEnabledAdmin } from './admin-count';
import { isConditionalCheckFailed } from './database-errors';
import { STALE, type DynamoTable, type Item, type TransactStep } from './dynamo-table';
import { GSI1, GSI2, collections, keys } from './table';
import { claimTokenVersion } from './token-version';

const FIELDS = ['employee_id', 'name', 'email', 'team_id', 'position', 'job_title', 'status', 'hire_date', 'created_at', 'updated_at'] as const;

function toEmployee(item: Item): Employee {
  return Object.fromEntries(FIELDS.map((field) => [field, item[field] ?? null])) as unknown as Employee;
}

/** The stored item: the employee, its index keys, a lower-cased name for search, and a version guarding read-then-write. */
function employeeItem(employee: Employee, version: number): Item {
  return {
    ...keys.employee(employee.employee_id),
    GSI1PK: collections.employees,
    GSI1SK: employee.employee_id,
    GSI2PK: collections.teamEmployees(employee.team_id),
    GSI2SK: employee.employee_id,
    ...employee,
    name_lower: employee.name.toLowerCase(),
    version,
  };
}

const unknownTeam = (teamId: string) => ValidationError.field('team_id', `Team ${teamId} does not exist`);

/** An automatically numbered id turned out to be taken (by a supplied one): take the next number. */
class IdTakenError extends Error {}

/** The Query that selects a filter's employees: the narrowest key serves it, the remaining criteria filter it. */
function listQuery(filter: EmployeeFilter): { input: Omit<QueryCommandInput, 'TableName'>; index: 'table' | typeof GSI1 | typeof GSI2 } {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const match = (attribute: string, value: string) => {
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
    conditions.push(`#${attribute} = :${attribute}`);
  };
  if (filter.position !== undefined) match('position', filter.position);
  if (filter.status !== undefined) match('status', filter.status);
  if (filter.q !== undefined) {
    values[':q'] = filter.q.toLowerCase();
    values[':id_prefix'] = filter.q.toUpperCase();
    conditions.push('(contains(name_lower, :q) OR begins_with(employee_id, :id_prefix))');
  }
  let key: { expression: string; values: Record<string, unknown>; index: 'table' | typeof GSI1 | typeof GSI2 };
  if (filter.employee_id !== undefined) {
    if (filter.team_id !== undefined) match('team_id', filter.team_id);
    const { PK, SK } = keys.employee(filter.employee_id);
    key = { expression: 'PK = :pk AND SK = :sk', values: { ':pk': PK, ':sk': SK }, index: 'table' };
  } else if (filter.team_id !== undefined) {
    key = { expression: 'GSI2PK = :collection', values: { ':collection': collections.teamEmployees(filter.team_id) }, index: GSI2 };
  } else {
    key = { expression: 'GSI1PK = :collection', values: { ':collection': collections.employees }, index: GSI1 };
  }
  return {
    input: {
      KeyConditionExpression: key.expression,
      ...(conditions.length > 0 && { FilterExpression: conditions.join(' AND ') }),
      ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
      ExpressionAttributeValues: { ...key.values, ...values },
    },
    index: key.index,
  };
}

export class DynamoEmployeeRepository implements EmployeeRepository {
  constructor(
    private readonly table: DynamoTable,
    private readonly attendance: { purgeEmployee(employeeId: string): Promise<void> },
    private readonly scores: { purgeEmployee(employeeId: string): Promise<void>; propagateEmployee(employeeId: string): Promise<void> },
  ) {}

  async create(input: NewEmployee, login?: NewEmployeeLogin): Promise<Employee> {
    for (;;) {
      const employeeId = await this.claimId(input);
      try {
        return await this.write(input, employeeId, login);
      } catch (error) {
        if (!(error instanceof IdTakenError)) throw error;
      }
    }
  }

  private async write(input: NewEmployee, employeeId: string, login?: NewEmployeeLogin): Promise<Employee> {
    const now = new Date().toISOString();
    const { employee_id: _given, ...fields } = input;
    const employee: Employee = { ...fields, employee_id: employeeId, created_at: now, updated_at: now };
    const steps: TransactStep[] = [
      {
        write: { Put: { TableName: this.table.name, Item: employeeItem(employee, 1), ConditionExpression: 'attribute_not_exists(PK)' } },
        onConditionFailed: () => (input.employee_id === undefined ? new IdTakenError() : new EmployeeExistsError(employeeId)),
      },
      this.claimEmail(employee.email, employeeId),
      this.teamReference(employee.team_id, +1),
    ];
    if (login) {
      const account = { username: employeeId, password_hash: login.password_hash, role: login.role, employee_id: employeeId, team_id: employee.team_id, employee_status: employee.status, disabled: false, token_version: await claimTokenVersion(this.table), created_at: now, updated_at: now };
      steps.push(
        {
          write: { Put: { TableName: this.table.name, Item: accountItem(account), ConditionExpression: 'attribute_not_exists(PK)' } },
          onConditionFailed: () => new AccountExistsError(employeeId),
        },
        ...adminCountStep(this.table.name, false, isEnabledAdmin(login.role, false, employee.status)),
      );
    }
    await this.table.transact(steps);
    return employee;
  }

  /** The next number of the team, or the given id after moving the counter past it. Numbers are never handed out twice. */
  private async claimId(input: NewEmployee): Promise<string> {
    if (input.employee_id !== undefined) {
      const parsed = parseEmployeeId(input.employee_id);
      if (!parsed) throw ValidationError.field('employee_id', 'must look like DEV-001');
      try {
        await this.table.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: keys.counter(input.team_id),
            UpdateExpression: 'SET last_number = :n',
            ConditionExpression: 'attribute_not_exists(last_number) OR last_number < :n',
            ExpressionAttributeValues: { ':n': parsed.number },
          }),
        );
      } catch (error) {
        // Already past it: nothing to move.
        if (!isConditionalCheckFailed(error)) throw error;
      }
      return input.employee_id;
    }
    const output = await this.table.send<{ Attributes?: Item }>(
      new UpdateCommand({
        TableName: this.table.name,
        Key: keys.counter(input.team_id),
        UpdateExpression: 'ADD last_number :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return formatEmployeeId(input.team_id, output.Attributes!.last_number as number);
  }

  private claimEmail(email: string, employeeId: string): TransactStep {
    return {
      write: { Put: { TableName: this.table.name, Item: { ...keys.email(email), employee_id: employeeId }, ConditionExpression: 'attribute_not_exists(PK)' } },
      onConditionFailed: () => new DuplicateEmailError(email),
    };
  }

  /** Employees count on their team item, so a team is deleted only when nothing refers to it. */
  private teamReference(teamId: string, delta: 1 | -1): TransactStep {
    return {
      write: {
        Update: {
          TableName: this.table.name,
          Key: keys.team(teamId),
          UpdateExpression: 'ADD ref_count :delta',
          ...(delta > 0 && { ConditionExpression: 'attribute_exists(PK)' }),
          ExpressionAttributeValues: { ':delta': delta },
        },
      },
      onConditionFailed: () => unknownTeam(teamId),
    };
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
  async importMany(creates: NewEmployee[], updates: { employee_id: string; patch: EmployeePatch }[]): Promise<void> {
    // Counters move past the given ids, then numbers are claimed a block per team, so ids
    // follow the rows' order however the writes interleave (as on PostgreSQL).
    for (const c of creates) if (c.employee_id !== undefined) await this.claimId(c);
    const perTeam = new Map<string, number>();
    for (const c of creates) if (c.employee_id === undefined) perTeam.set(c.team_id, (perTeam.get(c.team_id) ?? 0) + 1);
    const next = new Map<string, number>();
    for (const [team, count] of perTeam) {
      const output = await this.table.send<{ Attributes?: Item }>(
        new UpdateCommand({ TableName: this.table.name, Key: keys.counter(team), UpdateExpression: 'ADD last_number :n', ExpressionAttributeValues: { ':n': count }, ReturnValues: 'UPDATED_NEW' }),
      );
      next.set(team, (output.Attributes!.last_number as number) - count + 1);
    }
    const numbered = creates.map((c) => {
      if (c.employee_id !== undefined) return c;
      const number = next.get(c.team_id)!;
      next.set(c.team_id, number + 1);
      return { ...c, employee_id: formatEmployeeId(c.team_id, number) };
    });
    const writes: (() => Promise<unknown>)[] = [...numbered.map((c) => () => this.create(c)), ...updates.map((u) => () => this.update(u.employee_id, u.patch))];
    return this.table.writeEach(writes, (write) => write());
  }

  async findByEmail(email: string): Promise<Employee | null> {
    const claim = await this.table.get(keys.email(email));
    return claim ? this.get(claim.employee_id as string) : null;
  }

  list(filter: EmployeeFilter, page: PageRequest): Promise<Page<Employee>> {
    const { input, index } = listQuery(filter);
    return this.table.queryPage(input, index, page, toEmployee);
  }

  count(filter: EmployeeFilter): Promise<number> {
    const { input, index } = listQuery(filter);
    return this.table.count({ ...input, ...(index !== 'table' && { IndexName: index }) });
  }

  /**
   * The employee (and the copies on their login) in one transaction; then the copies
   * on their scores, in batches. A repeated update finishes an interrupted one.
   */
  async update(employeeId: string, patch: EmployeePatch): Promise<Employee | null> {
    const updated = await this.updateEmployee(employeeId, patch);
    if (updated && (patch.name !== undefined || patch.team_id !== undefined)) await this.scores.propagateEmployee(employeeId);
    return updated;
  }

  private updateEmployee(employeeId: string, patch: EmployeePatch): Promise<Employee | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.employee(employeeId));
      if (!item) return null;
      const current = toEmployee(item);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const updated: Employee = { ...current, ...defined, updated_at: new Date().toISOString() };
      const steps: TransactStep[] = [this.replace(updated, item.version as number)];
      if (updated.email.toLowerCase() !== current.email.toLowerCase()) {
        steps.push({ write: { Delete: { TableName: this.table.name, Key: keys.email(current.email) } } }, this.claimEmail(updated.email, employeeId));
      }
      if (updated.team_id !== current.team_id) steps.push(this.teamReference(current.team_id, -1), this.teamReference(updated.team_id, +1));
      if (updated.team_id !== current.team_id || updated.status !== current.status) steps.push(...(await this.loginCopy(updated)));
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
   * Rewrites the team and status copies on the employee's login, or checks
   * there still is none. A leaver's admin login stops counting as an enabled
   * admin (and a returner's counts again), guarded by the role and disabled flag read.
   */
  private async loginCopy(employee: Employee): Promise<TransactStep[]> {
    const key = keys.account(employee.employee_id);
    const item = await this.table.get(key);
    if (!item) return [{ write: { ConditionCheck: { TableName: this.table.name, Key: key, ConditionExpression: 'attribute_not_exists(PK)' } }, onConditionFailed: () => STALE }];
    const login = toAccount(item);
    return [
      {
        write: {
          Update: {
            TableName: this.table.name,
            Key: key,
            UpdateExpression: 'SET team_id = :team, employee_status = :status',
            ConditionExpression: 'attribute_exists(PK) AND #role = :role AND disabled = :disabled',
            ExpressionAttributeNames: { '#role': 'role' },
            ExpressionAttributeValues: { ':team': employee.team_id, ':status': employee.status, ':role': login.role, ':disabled': login.disabled },
          },
        },
        onConditionFailed: () => STALE,
      },
      ...adminCountStep(this.table.name, isEnabledAdmin(login.role, login.disabled, login.employee_status), isEnabledAdmin(login.role, login.disabled, employee.status)),
    ];
  }

  /**
   * The employee and login go first, atomically; then their records, in
   * idempotent batches. Deleting an absent employee still finishes a purge
   * that an interruption left undone.
   */
  async delete(employeeId: string): Promise<boolean> {
    const deleted = await this.deleteEmployeeAndLogin(employeeId);
    await Promise.all([this.attendance.purgeEmployee(employeeId), this.scores.purgeEmployee(employeeId)]);
    return deleted;
  }

  private deleteEmployeeAndLogin(employeeId: string): Promise<boolean> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.employee(employeeId));
      if (!item) return false;
      const employee = toEmployee(item);
      const loginItem = await this.table.get(keys.account(employeeId));
      const login = loginItem && toAccount(loginItem);
      const steps: TransactStep[] = [
        {
          write: { Delete: { TableName: this.table.name, Key: keys.employee(employeeId), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': item.version } } },
          onConditionFailed: () => STALE,
        },
        { write: { Delete: { TableName: this.table.name, Key: keys.email(employee.email) } } },
        this.teamReference(employee.team_id, -1),
      ];
      if (login) {
        steps.push(
          {
            write: {
              Delete: {
                TableName: this.table.name,
                Key: keys.account(employeeId),
                ConditionExpression: '#role = :role AND disabled = :disabled',
                ExpressionAttributeNames: { '#role': 'role' },
                ExpressionAttributeValues: { ':role': login.role, ':disabled': login.disabled },
              },
            },
            onConditionFailed: () => STALE,
          },
          ...adminCountStep(this.table.name, isEnabledAdmin(login.role, login.disabled, login.employee_status), false),
        );
      } else {
        steps.push({ write: { ConditionCheck: { TableName: this.table.name, Key: keys.account(employeeId), ConditionExpression: 'attribute_not_exists(PK)' } }, onConditionFailed: () => STALE });
      }
      await this.table.transact(steps);
      return true;
    });
  }
}
