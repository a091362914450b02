import { auditEntry, type AuditStamp } from '../../../core/audit/audit-entry';
import { namingAdjustments } from '../../../core/leave/leave-audit';
import { LeaveTypeExistsError, LeaveTypeInUseError, NotFoundError } from '../../../core/errors';
import type { LeaveBalance, LedgerEntry } from '../../../core/leave/ledger';
import type { LeaveBook, LeaveChange, LeaveRepository, LeaveScope, LedgerFilter } from '../../../core/leave/leave-repository';
import type { LeaveBriefFilter, LeaveRequest, LeaveRequestBrief, LeaveRequestFilter } from '../../../core/leave/leave-request';
import type { LeaveType, LeaveTypePatch, NewLeaveType } from '../../../core/leave/leave-type';
import type { Page, PageRequest } from '../../../core/page';
import { appendAudit, auditedWrite } from '../audit/audit-log';
import { isForeignKeyViolation, isUniqueViolation } from '../database-errors';
import { decodePosition, toPage } from '../keyset';
import { PLAN_EACH_TIME, type SqlClient, type SqlExecutor, type SqlParam } from '../sql-client';
import { sqlParams } from '../sql-params';
import {
  BALANCE_COLUMNS,
  BRIEF_COLUMNS,
  ENTRY_COLUMNS,
  REQUEST_COLUMNS,
  TYPE_COLUMNS,
  balanceFromRow,
  entryFromRow,
  requestFromRow,
  typeFromRow,
} from './leave-rows';
import { writeChange } from './leave-writes';

type TypeRow = Parameters<typeof typeFromRow>[0];

const IN_USE = ['leave_requests_type_fk', 'leave_ledger_type_fk', 'leave_balances_type_fk'];

export class PostgresLeaveRepository implements LeaveRepository {
  constructor(private readonly sql: SqlClient) {}

  async createType(type: NewLeaveType, audit?: AuditStamp): Promise<LeaveType> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        const [row] = await tx.query<TypeRow>(
          `INSERT INTO leave_types (code, name, paid, annual_allowance_days, allow_half_day, allow_negative) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${TYPE_COLUMNS}`,
          [type.code, type.name, type.paid, type.annual_allowance_days, type.allow_half_day, type.allow_negative],
        );
        const created = typeFromRow(row!);
        return { result: created, changes: [{ action: 'create', entity: 'leave_type', entity_id: type.code, after: created }] };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'leave_types_pkey')) throw new LeaveTypeExistsError(type.code);
      throw error;
    }
  }

  async getType(code: string): Promise<LeaveType | null> {
    const [row] = await this.sql.query<TypeRow>(`SELECT ${TYPE_COLUMNS} FROM leave_types WHERE code = $1`, [code]);
    return row ? typeFromRow(row) : null;
  }

  async listTypes(): Promise<LeaveType[]> {
    return (await this.sql.query<TypeRow>(`SELECT ${TYPE_COLUMNS} FROM leave_types ORDER BY code`)).map(typeFromRow);
  }

  async updateType(code: string, patch: LeaveTypePatch, audit?: AuditStamp): Promise<LeaveType | null> {
    const { params, bind } = sqlParams(code);
    const sets = (['name', 'paid', 'annual_allowance_days', 'allow_half_day', 'allow_negative'] as const)
      .filter((column) => patch[column] !== undefined)
      .map((column) => `${column} = ${bind(patch[column]!)}`);
    sets.push('updated_at = now()');
    return auditedWrite(this.sql, audit, async (tx) => {
      const [before] = audit ? await tx.query<TypeRow>(`SELECT ${TYPE_COLUMNS} FROM leave_types WHERE code = $1 FOR UPDATE`, [code]) : [];
      const [row] = await tx.query<TypeRow>(`UPDATE leave_types SET ${sets.join(', ')} WHERE code = $1 RETURNING ${TYPE_COLUMNS}`, params);
      const after = row ? typeFromRow(row) : null;
      return {
        result: after,
        changes: after ? [{ action: 'update', entity: 'leave_type', entity_id: code, before: before && typeFromRow(before), after }] : [],
      };
    });
  }

  async deleteType(code: string, audit?: AuditStamp): Promise<boolean> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        const [row] = await tx.query<TypeRow>(`DELETE FROM leave_types WHERE code = $1 RETURNING ${TYPE_COLUMNS}`, [code]);
        return { result: row !== undefined, changes: row ? [{ action: 'delete', entity: 'leave_type', entity_id: code, before: typeFromRow(row) }] : [] };
      });
    } catch (error) {
      if (IN_USE.some((constraint) => isForeignKeyViolation(error, constraint))) throw new LeaveTypeInUseError(code);
      throw error;
    }
  }

  /**
   * One transaction that first locks the employees' rows (in id order, so two
   * changes never wait on each other): every leave write of an employee
   * passes here, so the book read under the lock stays true until the commit.
   * The lock does not block check-ins, which only share the key.
   */
  change(
    employeeIds: readonly string[],
    scope: LeaveScope,
    decide: (books: ReadonlyMap<string, LeaveBook>) => LeaveChange | Promise<LeaveChange>,
    audit?: AuditStamp,
  ): Promise<LeaveChange> {
    const ids = [...new Set(employeeIds)].sort();
    return this.sql.transaction(async (tx) => {
      const locked = await tx.query<{ employee_id: string }>(
        `SELECT employee_id FROM employees WHERE employee_id = ANY ($1::text[]) ORDER BY employee_id FOR NO KEY UPDATE`,
        [ids],
      );
      const missing = ids.find((id) => !locked.some((row) => row.employee_id === id));
      if (missing !== undefined) throw new NotFoundError('Employee', missing);
      const books = await readBooks(tx, ids, scope);
      const change = await decide(books);
      const adjustments = await writeChange(tx, change);
      if (audit)
        await appendAudit(
          tx,
          namingAdjustments(change.audited ?? [], adjustments).map((audited) => auditEntry(audit, audited)),
        );
      return change;
    });
  }

  async balances(employeeIds: readonly string[], years: readonly number[]): Promise<LeaveBalance[]> {
    if (employeeIds.length === 0 || years.length === 0) return [];
    const rows = await this.sql.query<Parameters<typeof balanceFromRow>[0]>(
      `SELECT ${BALANCE_COLUMNS} FROM leave_balances WHERE employee_id = ANY ($1::text[]) AND year = ANY ($2::int[]) ORDER BY employee_id, year, code`,
      [[...employeeIds], [...years]],
    );
    return rows.map(balanceFromRow);
  }

  async ledger(filter: LedgerFilter, page: PageRequest): Promise<Page<LedgerEntry>> {
    const { params, bind } = sqlParams(filter.employee_id);
    const where = ['employee_id = $1'];
    if (filter.year !== undefined) where.push(`year = ${bind(filter.year)}`);
    if (filter.code !== undefined) where.push(`code = ${bind(filter.code)}`);
    if (page.after !== undefined) where.push(`entry_id > ${bind(decodePosition(page.after, 1)[0]!)}::bigint`);
    const rows = await this.sql.query<Parameters<typeof entryFromRow>[0]>(
      `SELECT ${ENTRY_COLUMNS} FROM leave_ledger WHERE ${where.join(' AND ')} ORDER BY leave_ledger.entry_id LIMIT ${bind(page.limit + 1)}`,
      params,
    );
    return toPage(rows.map(entryFromRow), page.limit, (e) => [e.entry_id]);
  }

  async getRequest(requestId: string): Promise<LeaveRequest | null> {
    const [row] = await this.sql.query<Parameters<typeof requestFromRow>[0]>(`SELECT ${REQUEST_COLUMNS} FROM leave_requests WHERE request_id = $1`, [
      requestId,
    ]);
    return row ? requestFromRow(row) : null;
  }

  async listRequests(filter: LeaveRequestFilter, page: PageRequest): Promise<Page<LeaveRequest>> {
    const { params, bind } = sqlParams();
    const where = requestConditions(filter, bind);
    if (page.after !== undefined) {
      const [createdAt, id] = decodePosition(page.after, 2) as [string, string];
      where.push(`(created_at, request_id) < (${bind(createdAt)}::timestamptz, ${bind(id)})`);
    }
    const rows = await this.sql.query<Parameters<typeof requestFromRow>[0]>(
      `SELECT ${REQUEST_COLUMNS} FROM leave_requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, request_id DESC LIMIT ${bind(page.limit + 1)}`,
      params,
      PLAN_EACH_TIME,
    );
    return toPage(rows.map(requestFromRow), page.limit, (r) => [r.created_at, r.request_id]);
  }

  async requestBriefs(filter: LeaveBriefFilter, limit: number): Promise<{ briefs: LeaveRequestBrief[]; total: number }> {
    const { params, bind } = sqlParams();
    const where = requestConditions(filter, bind);
    if (filter.code !== undefined) where.push(`code = ${bind(filter.code)}`);
    const conditions = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const counted = [...params];
    const head = `SELECT ${BRIEF_COLUMNS} FROM leave_requests ${conditions} ORDER BY created_at DESC, request_id DESC LIMIT ${bind(limit)}`;
    const [briefs, [count]] = await Promise.all([
      this.sql.query<LeaveRequestBrief>(head, params, PLAN_EACH_TIME),
      this.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM leave_requests ${conditions}`, counted, PLAN_EACH_TIME),
    ]);
    return { briefs, total: count!.n };
  }

  async approvedBetween(from: string, to: string, who: { team_ids: readonly string[] | null } | { employee_id: string }): Promise<LeaveRequest[]> {
    const [column, value] = 'employee_id' in who ? ['employee_id', who.employee_id] : ['team_id', who.team_ids === null ? null : [...who.team_ids]];
    const match = column === 'employee_id' ? 'employee_id = $3' : '($3::text[] IS NULL OR team_id = ANY ($3::text[]))';
    const rows = await this.sql.query<Parameters<typeof requestFromRow>[0]>(
      // No request is longer than 366 days, so its last day is within a year after the dates: a bounded index range.
      `SELECT ${REQUEST_COLUMNS} FROM leave_requests
       WHERE status = 'approved' AND to_date BETWEEN $1::date AND $2::date + 366 AND from_date <= $2::date AND ${match} ORDER BY from_date, request_id`,
      [from, to, value],
      // One employee's is a lookup by key (every check-in asks): a generic plan serves it; a range over teams depends on its size.
      column === 'employee_id' ? {} : PLAN_EACH_TIME,
    );
    return rows.map(requestFromRow);
  }
}

function requestConditions(filter: LeaveRequestFilter, bind: (value: SqlParam) => string): string[] {
  const where: string[] = [];
  if (filter.employee_id !== undefined) where.push(`employee_id = ${bind(filter.employee_id)}`);
  if (filter.team_id !== undefined) where.push(`team_id = ${bind(filter.team_id)}`);
  if (filter.status !== undefined) where.push(`status = ${bind(filter.status)}`);
  if (filter.from !== undefined) where.push(`to_date >= ${bind(filter.from)}::date`);
  if (filter.to !== undefined) where.push(`from_date <= ${bind(filter.to)}::date`);
  return where;
}

async function readBooks(tx: SqlExecutor, ids: string[], scope: LeaveScope): Promise<Map<string, LeaveBook>> {
  const [balances, requests] = await Promise.all([
    scope.years.length === 0
      ? []
      : tx.query<Parameters<typeof balanceFromRow>[0]>(
          `SELECT ${BALANCE_COLUMNS} FROM leave_balances WHERE employee_id = ANY ($1::text[]) AND year = ANY ($2::int[]) ORDER BY employee_id, year, code`,
          [ids, scope.years],
        ),
    scope.from === undefined || scope.to === undefined
      ? []
      : tx.query<Parameters<typeof requestFromRow>[0]>(
          `SELECT ${REQUEST_COLUMNS} FROM leave_requests
           WHERE employee_id = ANY ($1::text[]) AND status IN ('pending', 'approved') AND from_date <= $3::date AND to_date >= $2::date ORDER BY from_date, request_id`,
          [ids, scope.from, scope.to],
        ),
  ]);
  const books = new Map<string, LeaveBook>(ids.map((id) => [id, { employee_id: id, balances: [], requests: [] }]));
  for (const row of balances) books.get(row.employee_id)!.balances.push(balanceFromRow(row));
  for (const row of requests) books.get(row.employee_id)!.requests.push(requestFromRow(row));
  return books;
}
