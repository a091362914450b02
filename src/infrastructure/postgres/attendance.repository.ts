import {
  checkInRefusal,
  type AttendanceFilter,
  type AttendanceRecord,
  type CheckInConditions,
  type CheckInEmployee,
  type PersonDayCodes,
  type PersonRecords,
  type PersonRecordsFilter,
} from '../../core/attendance';
import type { TeamDayFacts } from '../../core/work-calendar/absence-rule';
import { dailyFacts } from './attendance-day-facts';
import { dateSpan, earliestDate, recordsByPerson } from './attendance-by-person';
import { dayCodesByPerson } from './attendance-months';
import { AttendanceExistsError, ConflictError, NotFoundError, ValidationError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { AuditedChange, AuditStamp } from '../../core/audit/audit-entry';
import type { AttendanceRepository } from '../../core/ports';
import { COLUMNS, READ_COLUMNS, toRecord, type AttendanceRow } from './attendance-rows';
import { auditParam, auditedWrite, withAuditOf } from './audit/audit-log';
import { isForeignKeyViolation, isUniqueViolation } from './database-errors';
import { decodePosition, toPage } from './keyset';
import { PLAN_EACH_TIME, type SqlClient, type SqlExecutor, type SqlParam } from './sql-client';
import { sqlParams } from './sql-params';

const recordId = (r: Pick<AttendanceRecord, 'employee_id' | 'attendance_date'>) => `${r.employee_id}/${r.attendance_date}`;

function upsertChange(record: AttendanceRecord, replaced: AttendanceRecord | null): AuditedChange {
  return replaced
    ? { action: 'update', entity: 'attendance', entity_id: recordId(record), before: replaced, after: { ...record, version: replaced.version! + 1 } }
    : { action: 'create', entity: 'attendance', entity_id: recordId(record), after: { ...record, version: 1 } };
}

/** The stored records with these keys, locked until the transaction ends, by key. */
async function lockedRecords(
  tx: SqlExecutor,
  keys: readonly Pick<AttendanceRecord, 'employee_id' | 'attendance_date'>[],
): Promise<Map<string, AttendanceRecord>> {
  const rows = await tx.query<AttendanceRow>(
    `SELECT ${READ_COLUMNS} FROM attendance WHERE (employee_id, attendance_date) IN (SELECT * FROM unnest($1::text[], $2::date[])) FOR UPDATE`,
    [keys.map((k) => k.employee_id), keys.map((k) => k.attendance_date)],
  );
  return new Map(rows.map((row) => [recordId(row), toRecord(row)]));
}

const values = (r: AttendanceRecord): SqlParam[] => [
  r.employee_id,
  r.attendance_date,
  r.team_id,
  r.status,
  r.check_in_time,
  r.check_out_time,
  r.hours_worked,
  r.notes,
];

/** The database's refusals of a new record, in the port's terms. */
function translated(error: unknown, record: Pick<AttendanceRecord, 'employee_id' | 'attendance_date'> & { team_id?: string }): unknown {
  if (isUniqueViolation(error, 'attendance_pkey')) return new AttendanceExistsError(record.employee_id, record.attendance_date);
  if (isForeignKeyViolation(error, 'attendance_team_fk')) return ValidationError.field('team_id', `Team ${record.team_id ?? ''} does not exist`);
  return error;
}

/** Writes a check-in again this many times when its refusal could not be explained: the employee changed in between. */
const CHECK_IN_ATTEMPTS = 3;

/**
 * Reads a changed record again this many times before giving up. Every round
 * lets one of the racing writers through, so only a record rewritten without
 * pause, by more writers than this at once, gets there.
 */
const UPDATE_ATTEMPTS = 50;

export class PostgresAttendanceRepository implements AttendanceRepository {
  constructor(private readonly sql: SqlClient) {}

  async get(employeeId: string, date: string): Promise<AttendanceRecord | null> {
    const [row] = await this.sql.query<AttendanceRow>(`SELECT ${READ_COLUMNS} FROM attendance WHERE employee_id = $1 AND attendance_date = $2`, [
      employeeId,
      date,
    ]);
    return row ? toRecord(row) : null;
  }

  async create(record: AttendanceRecord, audit?: AuditStamp): Promise<AttendanceRecord> {
    try {
      const [row] = await this.sql.query<AttendanceRow>(
        withAuditOf(
          `INSERT INTO attendance (${COLUMNS}) SELECT $1, $2, $3, $4, $5, $6, $7, $8 FROM employees WHERE employee_id = $1 RETURNING ${READ_COLUMNS}`,
          audit,
          9,
        ),
        [...values(record), ...auditParam(audit, { action: 'create', entity: 'attendance', entity_id: recordId(record), after: { ...record, version: 1 } })],
      );
      if (!row) throw new NotFoundError('Employee', record.employee_id);
      return toRecord(row);
    } catch (error) {
      throw translated(error, record);
    }
  }

  /**
   * One statement: inserting from the employee row makes "exists, active,
   * employed that day, in the team and not on a whole-day holiday, right now"
   * part of the write, and copies the team as it is. Only when nothing was
   * written is the row read again, to say why.
   */
  async checkIn(entry: Omit<AttendanceRecord, 'team_id'>, conditions: CheckInConditions, audit?: AuditStamp): Promise<AttendanceRecord> {
    const insert = async () => {
      const [row] = await this.sql.query<AttendanceRow>(
        withAuditOf(
          `INSERT INTO attendance (${COLUMNS})
           SELECT $1, $2, team_id, $3, $4, $5, $6, $7 FROM employees
           WHERE employee_id = $1 AND status = 'active' AND ($8::text IS NULL OR team_id = $8)
             AND hire_date <= $2::date AND (end_date IS NULL OR end_date >= $2::date)
             AND $9::text[] IS NOT NULL AND NOT (team_id = ANY ($9::text[]))
           RETURNING ${READ_COLUMNS}`,
          audit,
          10,
          // The team is the employee's as the insert reads it.
          { afterColumn: 'team_id' },
        ),
        [
          entry.employee_id,
          entry.attendance_date,
          entry.status,
          entry.check_in_time,
          entry.check_out_time,
          entry.hours_worked,
          entry.notes,
          conditions.inTeam ?? null,
          conditions.offTeams,
          ...auditParam(audit, { action: 'create', entity: 'attendance', entity_id: recordId(entry), after: { ...entry, version: 1 } }),
        ],
      );
      return row;
    };
    try {
      for (let attempt = 1; ; attempt++) {
        const row = await insert();
        if (row) return toRecord(row);
        const [employee] = await this.sql.query<CheckInEmployee>('SELECT team_id, status, hire_date, end_date FROM employees WHERE employee_id = $1', [
          entry.employee_id,
        ]);
        // No reason now means the employee changed in between: try the write again.
        const refusal = checkInRefusal(entry.employee_id, employee ?? null, entry.attendance_date, conditions);
        if (refusal) throw refusal;
        if (attempt === CHECK_IN_ATTEMPTS) throw new ConflictError('EMPLOYEE_CHANGED', `${entry.employee_id} changed while checking in; try again`);
      }
    } catch (error) {
      throw translated(error, entry);
    }
  }

  /**
   * Optimistic: read, apply `change`, and write only if the record is still
   * the version read, else read again. Two statements and no row lock held
   * across a round trip, where SELECT FOR UPDATE inside a transaction took
   * four; the audit entry is part of the second.
   */
  async update(
    employeeId: string,
    date: string,
    change: (current: AttendanceRecord) => AttendanceRecord,
    audit?: AuditStamp,
  ): Promise<AttendanceRecord | null> {
    for (let attempt = 1; ; attempt++) {
      const [row] = await this.sql.query<AttendanceRow>(`SELECT ${READ_COLUMNS} FROM attendance WHERE employee_id = $1 AND attendance_date = $2`, [
        employeeId,
        date,
      ]);
      if (!row) return null;
      const read = toRecord(row);
      const next = { ...change(read), version: read.version! + 1 };
      const [updated] = await this.sql.query<AttendanceRow>(
        withAuditOf(
          `UPDATE attendance SET status = $3, check_in_time = $4, check_out_time = $5, hours_worked = $6, notes = $7, version = version + 1, updated_at = now()
           WHERE employee_id = $1 AND attendance_date = $2 AND version = $8
           RETURNING ${READ_COLUMNS}`,
          audit,
          9,
        ),
        [
          employeeId,
          date,
          next.status,
          next.check_in_time,
          next.check_out_time,
          next.hours_worked,
          next.notes,
          read.version!,
          ...auditParam(audit, { action: 'update', entity: 'attendance', entity_id: recordId(read), before: read, after: next }),
        ],
      );
      if (updated) return toRecord(updated);
      if (attempt === UPDATE_ATTEMPTS) throw new ConflictError('ATTENDANCE_CHANGED', `The attendance of ${employeeId} on ${date} kept changing; try again`);
    }
  }

  async getMany(keys: { employee_id: string; attendance_date: string }[]): Promise<AttendanceRecord[]> {
    const rows = await this.sql.query<AttendanceRow>(
      `SELECT ${READ_COLUMNS.split(', ')
        .map((c) => `a.${c}`)
        .join(', ')} FROM attendance a
       JOIN unnest($1::text[], $2::date[]) AS k(employee_id, attendance_date) ON a.employee_id = k.employee_id AND a.attendance_date = k.attendance_date`,
      [keys.map((k) => k.employee_id), keys.map((k) => k.attendance_date)],
    );
    return rows.map(toRecord);
  }

  async ofEmployees(employeeIds: readonly string[], from: string, to: string): Promise<AttendanceRecord[]> {
    const rows = await this.sql.query<AttendanceRow>(
      `SELECT ${READ_COLUMNS} FROM attendance WHERE employee_id = ANY ($1::text[]) AND attendance_date BETWEEN $2::date AND $3::date`,
      [employeeIds, from, to],
    );
    return rows.map(toRecord);
  }

  /**
   * One multi-row upsert: the records were computed, checked and made whole
   * beforehand. Audited, the records it replaces are locked and read first,
   * in the same transaction, for their entries' `before`.
   */
  async upsertMany(records: AttendanceRecord[], audit?: AuditStamp): Promise<void> {
    if (records.length === 0) return;
    const column = <K extends keyof AttendanceRecord>(key: K) => records.map((r) => r[key]);
    await auditedWrite(this.sql, audit, async (tx) => {
      const replaced = audit ? await lockedRecords(tx, records) : new Map<string, AttendanceRecord>();
      await tx.query(
        `INSERT INTO attendance (${COLUMNS})
         SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::time[], $6::time[], $7::numeric[], $8::text[])
         ON CONFLICT (employee_id, attendance_date) DO UPDATE SET
           status = EXCLUDED.status, check_in_time = EXCLUDED.check_in_time, check_out_time = EXCLUDED.check_out_time,
           hours_worked = EXCLUDED.hours_worked, notes = EXCLUDED.notes, version = attendance.version + 1, updated_at = now()`,
        [
          column('employee_id'),
          column('attendance_date'),
          column('team_id'),
          column('status'),
          column('check_in_time'),
          column('check_out_time'),
          column('hours_worked'),
          column('notes'),
        ],
      );
      return { result: undefined, changes: records.map((record) => upsertChange(record, replaced.get(recordId(record)) ?? null)) };
    });
  }

  async delete(employeeId: string, date: string, audit?: AuditStamp): Promise<boolean> {
    const [row] = await this.sql.query<AttendanceRow>(
      withAuditOf(`DELETE FROM attendance WHERE employee_id = $1 AND attendance_date = $2 RETURNING ${READ_COLUMNS}`, audit, 3, 'before'),
      [employeeId, date, ...auditParam(audit, { action: 'delete', entity: 'attendance', entity_id: `${employeeId}/${date}` })],
    );
    return row !== undefined;
  }

  async list(filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
    const { params, bind } = sqlParams();
    const where: string[] = [];
    if (filter.employee_id !== undefined) where.push(`employee_id = ${bind(filter.employee_id)}`);
    if (filter.team_id !== undefined) where.push(`team_id = ${bind(filter.team_id)}`);
    if (filter.status !== undefined) where.push(`status = ${bind(filter.status)}`);
    if (filter.from !== undefined) where.push(`attendance_date >= ${bind(filter.from)}::date`);
    if (filter.to !== undefined) where.push(`attendance_date <= ${bind(filter.to)}::date`);
    if (page.after !== undefined) {
      const [date, employeeId] = decodePosition(page.after, 2) as [string, string];
      // The plain `<=` bounds the index scan; the OR alone would make it filter every newer row.
      const day = bind(date);
      where.push(`attendance_date <= ${day}::date AND (attendance_date < ${day}::date OR employee_id > ${bind(employeeId)})`);
    }
    const rows = await this.sql.query<AttendanceRow>(
      `SELECT ${COLUMNS} FROM attendance ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY attendance_date DESC, employee_id LIMIT ${bind(page.limit + 1)}`,
      params,
      PLAN_EACH_TIME,
    );
    return toPage(rows.map(toRecord), page.limit, (r) => [r.attendance_date, r.employee_id]);
  }

  dailyFacts(from: string, to: string, teamIds: string[] | null): Promise<{ teamIds: string[]; facts: TeamDayFacts[] }> {
    return dailyFacts(this.sql, from, to, teamIds);
  }

  recordsByPerson(filter: PersonRecordsFilter): Promise<PersonRecords[]> {
    return recordsByPerson(this.sql, filter);
  }

  dayCodesByPerson(filter: PersonRecordsFilter): Promise<PersonDayCodes[]> {
    return dayCodesByPerson(this.sql, filter);
  }

  dateSpan(employeeId: string): Promise<{ first: string; last: string } | null> {
    return dateSpan(this.sql, employeeId);
  }

  earliestDate(): Promise<string | null> {
    return earliestDate(this.sql);
  }
}
