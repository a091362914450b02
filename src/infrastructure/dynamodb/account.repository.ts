import { keptToken, type Account, type AccountPatch, type NewAccount, type Role } from '../../core/account';
import type { EmployeeStatus } from '../../core/employee';
import { AccountExistsError, NotFoundError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { AccountRepository } from '../../core/ports';
import type { AuditStamp } from '../../core/audit/audit-entry';
import { loginChange } from '../../core/audit/login-change';
import { auditSteps } from './audit/audit-items';
import { adminCountStep, isEnabledAdmin } from './admin-count';
import { STALE, type TableClient, type Item, type TransactStep } from './table-client';
import { setAttributes } from './expressions';
import { claimTokenVersion } from './token-version';
import { GSI1, collections, keys } from './key-design';

export function toAccount(item: Item): Account {
  return {
    username: item.username as string,
    password_hash: item.password_hash as string,
    role: item.role as Role,
    employee_id: (item.employee_id as string | null) ?? null,
    team_id: (item.team_id as string | null) ?? null,
    employee_status: (item.employee_status as EmployeeStatus | null) ?? null,
    disabled: item.disabled as boolean,
    token_version: item.token_version as number,
    kept_token: (item.kept_token as string | undefined) ?? null,
    created_at: item.created_at as string,
    updated_at: item.updated_at as string,
  };
}

/** The login item; its team_id and employee_status are copies of its employee's, kept in step by employee updates. */
export function accountItem(account: Account): Item {
  return { ...keys.account(account.username), GSI1PK: collections.accounts, GSI1SK: account.username, ...account };
}

export class DynamoAccountRepository implements AccountRepository {
  constructor(private readonly table: TableClient) {}

  async get(username: string): Promise<Account | null> {
    const item = await this.table.get(keys.account(username));
    if (!item) return null;
    const account = toAccount(item);
    // A login written before the status copy existed has none: its employee's own status decides, so a leaver is refused on old data too.
    if (account.employee_id !== null && item.employee_status === undefined) {
      const employee = await this.table.get(keys.employee(account.employee_id));
      return { ...account, employee_status: (employee?.status as EmployeeStatus | undefined) ?? null };
    }
    return account;
  }

  list(page: PageRequest): Promise<Page<Account>> {
    return this.table.queryPage(
      { KeyConditionExpression: 'GSI1PK = :collection', ExpressionAttributeValues: { ':collection': collections.accounts } },
      GSI1,
      page,
      toAccount,
    );
  }

  create(input: NewAccount, audit?: AuditStamp): Promise<Account> {
    return this.table.withFreshReads(async () => {
      const now = this.table.now();
      const steps: TransactStep[] = [];
      let copied: Pick<Account, 'team_id' | 'employee_status'> = { team_id: null, employee_status: null };
      if (input.employee_id !== null) {
        const employee = await this.table.get(keys.employee(input.employee_id));
        if (!employee) throw new NotFoundError('Employee', input.employee_id);
        copied = { team_id: employee.team_id as string, employee_status: employee.status as EmployeeStatus };
        // The copies must still be the employee's when the login is written.
        steps.push({
          write: {
            ConditionCheck: {
              TableName: this.table.name,
              Key: keys.employee(input.employee_id),
              ConditionExpression: 'attribute_exists(PK) AND team_id = :team AND #status = :status',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':team': copied.team_id, ':status': copied.employee_status },
            },
          },
          onConditionFailed: () => STALE,
        });
      }
      const account: Account = { ...input, ...copied, token_version: await claimTokenVersion(this.table), kept_token: null, created_at: now, updated_at: now };
      await this.table.transact([
        {
          write: { Put: { TableName: this.table.name, Item: accountItem(account), ConditionExpression: 'attribute_not_exists(PK)' } },
          onConditionFailed: () => new AccountExistsError(input.username),
        },
        ...steps,
        ...adminCountStep(this.table.name, false, isEnabledAdmin(input.role, input.disabled, copied.employee_status)),
        ...auditSteps(this.table.name, audit, { action: 'create', entity: 'login', entity_id: account.username, after: account }),
      ]);
      return account;
    });
  }

  update(username: string, patch: AccountPatch, audit?: AuditStamp): Promise<Account | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.account(username));
      if (!item) return null;
      const current = toAccount(item);
      // A new password or disabling ends every token issued before, for good: re-enabling brings none back.
      const endsTokens = patch.password_hash !== undefined || (patch.disabled === true && !current.disabled);
      const tokenVersion = endsTokens ? await claimTokenVersion(this.table) : current.token_version;
      const updated: Account = {
        ...current,
        role: patch.role ?? current.role,
        disabled: patch.disabled ?? current.disabled,
        password_hash: patch.password_hash ?? current.password_hash,
        token_version: tokenVersion,
        kept_token: endsTokens && patch.keep_token !== undefined ? keptToken(tokenVersion, patch.keep_token) : current.kept_token,
        updated_at: this.table.now(),
      };
      // A login whose copy of its employee's status is known (older logins and the bootstrap admin's have none).
      const employed = current.employee_status !== null;
      const set = setAttributes(
        {
          role: updated.role,
          disabled: updated.disabled,
          password_hash: updated.password_hash,
          token_version: updated.token_version,
          kept_token: updated.kept_token,
          updated_at: updated.updated_at,
        },
        {
          names: { '#was_role': 'role', '#was_disabled': 'disabled', '#was_version': 'token_version', ...(employed && { '#was_status': 'employee_status' }) },
          values: {
            ':was_role': current.role,
            ':was_disabled': current.disabled,
            ':was_version': current.token_version,
            ...(employed && { ':was_status': current.employee_status }),
          },
        },
      );
      await this.table.transact([
        {
          write: {
            Update: {
              TableName: this.table.name,
              Key: keys.account(username),
              ...set,
              // Guards the read: a concurrent change makes us read again rather than overwrite it.
              // The employee's status too, which decides with these whether the login counts as an enabled admin.
              ConditionExpression: `attribute_exists(PK) AND #was_role = :was_role AND #was_disabled = :was_disabled AND #was_version = :was_version${employed ? ' AND #was_status = :was_status' : ''}`,
            },
          },
          onConditionFailed: () => STALE,
        },
        ...adminCountStep(
          this.table.name,
          isEnabledAdmin(current.role, current.disabled, current.employee_status),
          isEnabledAdmin(updated.role, updated.disabled, current.employee_status),
        ),
        ...auditSteps(this.table.name, audit, loginChange(current, updated, patch)),
      ]);
      return updated;
    });
  }

  async hasAny(): Promise<boolean> {
    return (await this.list({ limit: 1 })).items.length > 0;
  }
}
