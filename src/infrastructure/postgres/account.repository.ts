import { auditEntry, type AuditStamp } from '../../core/audit/audit-entry';
import { loginChange } from '../../core/audit/login-change';
import type { Account, AccountPatch, NewAccount } from '../../core/account';
import { AccountExistsError, NotFoundError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { AccountRepository } from '../../core/ports';
import { appendAudit, auditedWrite } from './audit/audit-log';
import { isForeignKeyViolation, isUniqueViolation } from './database-errors';
import { decodePosition, toPage } from './keyset';
import { assertNotLastEnabledAdmin } from './last-admin-guard';
import type { SqlClient } from './sql-client';
import { NEXT_TOKEN_VERSION } from './token-versions';

// A login's team and status are its employee's, read by join: there is no copy to keep in step.
// The bigint version as float8, which the drivers read as a number (exact below 2^53; versions are milliseconds-sized).
const SELECT_ACCOUNT = `
  SELECT a.username, a.password_hash, a.role, a.employee_id, e.team_id, e.status AS employee_status, a.disabled,
         a.token_version::float8 AS token_version, a.kept_token, a.created_at, a.updated_at
  FROM accounts a LEFT JOIN employees e ON e.employee_id = a.employee_id`;

export class PostgresAccountRepository implements AccountRepository {
  constructor(private readonly sql: SqlClient) {}

  async get(username: string): Promise<Account | null> {
    const [row] = await this.sql.query<Account>(`${SELECT_ACCOUNT} WHERE a.username = $1`, [username]);
    return row ?? null;
  }

  async list(page: PageRequest): Promise<Page<Account>> {
    const after = page.after === undefined ? null : decodePosition(page.after, 1)[0]!;
    const rows = await this.sql.query<Account>(`${SELECT_ACCOUNT} WHERE $1::text IS NULL OR a.username > $1 ORDER BY a.username LIMIT $2`, [
      after,
      page.limit + 1,
    ]);
    return toPage(rows, page.limit, (account) => [account.username]);
  }

  async create(account: NewAccount, audit?: AuditStamp): Promise<Account> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        await tx.query(`INSERT INTO accounts (username, password_hash, role, employee_id, disabled) VALUES ($1, $2, $3, $4, $5)`, [
          account.username,
          account.password_hash,
          account.role,
          account.employee_id,
          account.disabled,
        ]);
        const [created] = await tx.query<Account>(`${SELECT_ACCOUNT} WHERE a.username = $1`, [account.username]);
        return { result: created!, changes: [{ action: 'create', entity: 'login', entity_id: account.username, after: created }] };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'accounts_pkey') || isUniqueViolation(error, 'accounts_employee_key')) throw new AccountExistsError(account.username);
      if (isForeignKeyViolation(error, 'accounts_employee_fk')) throw new NotFoundError('Employee', account.employee_id ?? '');
      throw error;
    }
  }

  async update(username: string, patch: AccountPatch, audit?: AuditStamp): Promise<Account | null> {
    return this.sql.transaction(async (tx) => {
      if ((patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true) {
        await assertNotLastEnabledAdmin(tx, username);
      }
      const [before] = audit ? await tx.query<Account>(`${SELECT_ACCOUNT} WHERE a.username = $1 FOR UPDATE OF a`, [username]) : [];
      const rows = await tx.query(
        `UPDATE accounts SET
           role = COALESCE($2, role),
           disabled = COALESCE($3, disabled),
           password_hash = COALESCE($4, password_hash),
           -- A new password or disabling ends every token issued before, for good: re-enabling brings none back.
           token_version = CASE WHEN $4::text IS NOT NULL OR ($3::boolean AND NOT disabled) THEN ${NEXT_TOKEN_VERSION} ELSE token_version END,
           updated_at = now()
         WHERE username = $1 RETURNING username`,
        [username, patch.role ?? null, patch.disabled ?? null, patch.password_hash ?? null],
      );
      if (rows.length === 0) return null;
      // Bound to the version just given, which the statement before chose.
      if (patch.password_hash !== undefined && patch.keep_token !== undefined) {
        await tx.query(`UPDATE accounts SET kept_token = token_version::text || ':' || $2 WHERE username = $1`, [username, patch.keep_token]);
      }
      const [row] = await tx.query<Account>(`${SELECT_ACCOUNT} WHERE a.username = $1`, [username]);
      if (audit) await appendAudit(tx, [auditEntry(audit, loginChange(before ?? null, row!, patch))]);
      return row!;
    });
  }

  async hasAny(): Promise<boolean> {
    const [row] = await this.sql.query<{ exists: boolean }>('SELECT EXISTS (SELECT 1 FROM accounts) AS exists');
    return row!.exists;
  }
}
