import type { AttendanceRecord } from '../../../core/attendance';
import { auditEntry, type AuditStamp } from '../../../core/audit/audit-entry';
import type { AttendanceCorrection, CorrectionDecision, CorrectionFilter } from '../../../core/corrections/correction';
import type { CorrectionRepository } from '../../../core/corrections/correction-repository';
import { CorrectionStateError, NotFoundError } from '../../../core/errors';
import type { Page, PageRequest } from '../../../core/page';
import { COLUMNS, READ_COLUMNS, toRecord, type AttendanceRow } from '../attendance-rows';
import { appendAudit, auditedWrite } from '../audit/audit-log';
import { isForeignKeyViolation } from '../database-errors';
import { decodePosition, toPage } from '../keyset';
import { PLAN_EACH_TIME, type SqlClient, type SqlExecutor } from '../sql-client';
import { sqlParams } from '../sql-params';
import { CORRECTION_COLUMNS, changeOf, correctionFromRow, type CorrectionRow } from './correction-rows';

function notPending(correction: AttendanceCorrection): CorrectionStateError {
  return new CorrectionStateError('NOT_PENDING', `Correction ${correction.correction_id} is ${correction.state}, not pending`);
}

export class PostgresCorrectionRepository implements CorrectionRepository {
  constructor(private readonly sql: SqlClient) {}

  async create(correction: AttendanceCorrection, audit?: AuditStamp): Promise<AttendanceCorrection> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        const [row] = await tx.query<CorrectionRow>(
          `INSERT INTO attendance_corrections (correction_id, employee_id, team_id, date, change, reason, state, record_version, requested_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $10) RETURNING ${CORRECTION_COLUMNS}`,
          [
            correction.correction_id,
            correction.employee_id,
            correction.team_id,
            correction.date,
            changeOf(correction),
            correction.reason,
            correction.state,
            correction.record_version,
            correction.requested_by,
            correction.created_at,
          ],
        );
        const created = correctionFromRow(row!);
        return {
          result: created,
          changes: [{ action: 'create', entity: 'correction', entity_id: created.correction_id, after: created, reason: created.reason }],
        };
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('Employee', correction.employee_id);
      throw error;
    }
  }

  async get(correctionId: string): Promise<AttendanceCorrection | null> {
    const [row] = await this.sql.query<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM attendance_corrections WHERE correction_id = $1`, [correctionId]);
    return row ? correctionFromRow(row) : null;
  }

  async list(filter: CorrectionFilter, page: PageRequest): Promise<Page<AttendanceCorrection>> {
    const { params, bind } = sqlParams();
    const where: string[] = [];
    if (filter.employee_id !== undefined) where.push(`employee_id = ${bind(filter.employee_id)}`);
    if (filter.team_id !== undefined) where.push(`team_id = ${bind(filter.team_id)}`);
    if (filter.state !== undefined) where.push(`state = ${bind(filter.state)}`);
    if (filter.from !== undefined) where.push(`date >= ${bind(filter.from)}::date`);
    if (filter.to !== undefined) where.push(`date <= ${bind(filter.to)}::date`);
    if (page.after !== undefined) {
      const [createdAt, id] = decodePosition(page.after, 2) as [string, string];
      where.push(`(created_at, correction_id) < (${bind(createdAt)}::timestamptz, ${bind(id)})`);
    }
    const rows = await this.sql.query<CorrectionRow>(
      `SELECT ${CORRECTION_COLUMNS} FROM attendance_corrections ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY created_at DESC, correction_id DESC LIMIT ${bind(page.limit + 1)}`,
      params,
      PLAN_EACH_TIME,
    );
    return toPage(rows.map(correctionFromRow), page.limit, (c) => [c.created_at, c.correction_id]);
  }

  async close(correctionId: string, decision: CorrectionDecision, audit?: AuditStamp): Promise<AttendanceCorrection | null> {
    return this.sql.transaction(async (tx) => {
      const before = await this.locked(tx, correctionId);
      if (!before) return null;
      if (before.state !== 'pending') throw notPending(before);
      const after = await this.decide(tx, correctionId, decision);
      if (audit) {
        const action = decision.state === 'cancelled' ? 'cancel' : 'reject';
        await appendAudit(tx, [auditEntry(audit, { action, entity: 'correction', entity_id: correctionId, before, after, reason: decision.decision_note })]);
      }
      return after;
    });
  }

  async approve(
    correction: AttendanceCorrection,
    decision: CorrectionDecision,
    record: AttendanceRecord,
    audit?: AuditStamp,
  ): Promise<{ correction: AttendanceCorrection; record: AttendanceRecord }> {
    return this.sql.transaction(async (tx) => {
      const before = await this.locked(tx, correction.correction_id);
      if (!before) throw new NotFoundError('Correction', correction.correction_id);
      if (before.state !== 'pending') throw notPending(before);
      const [current] = await tx.query<AttendanceRow>(`SELECT ${READ_COLUMNS} FROM attendance WHERE employee_id = $1 AND attendance_date = $2 FOR UPDATE`, [
        correction.employee_id,
        correction.date,
      ]);
      if ((current?.version ?? null) !== before.record_version) {
        throw new CorrectionStateError(
          'RECORD_CHANGED',
          `The attendance of ${correction.employee_id} on ${correction.date} changed after this correction was asked for`,
        );
      }
      const written = current ? await this.replaceRecord(tx, record) : await this.insertRecord(tx, record);
      const after = await this.decide(tx, correction.correction_id, decision);
      if (audit) {
        await appendAudit(tx, [
          auditEntry(audit, {
            action: 'approve',
            entity: 'correction',
            entity_id: correction.correction_id,
            before: { ...before, record: current ? toRecord(current) : null },
            after: { ...after, record: written },
            reason: decision.decision_note,
          }),
        ]);
      }
      return { correction: after, record: written };
    });
  }

  private async locked(tx: SqlExecutor, correctionId: string): Promise<AttendanceCorrection | null> {
    const [row] = await tx.query<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM attendance_corrections WHERE correction_id = $1 FOR UPDATE`, [correctionId]);
    return row ? correctionFromRow(row) : null;
  }

  private async decide(tx: SqlExecutor, correctionId: string, decision: CorrectionDecision): Promise<AttendanceCorrection> {
    const [row] = await tx.query<CorrectionRow>(
      `UPDATE attendance_corrections SET state = $2, decided_by = $3, decided_at = $4, decision_note = $5, updated_at = $4
       WHERE correction_id = $1 RETURNING ${CORRECTION_COLUMNS}`,
      [correctionId, decision.state, decision.decided_by, decision.decided_at, decision.decision_note],
    );
    return correctionFromRow(row!);
  }

  private async insertRecord(tx: SqlExecutor, r: AttendanceRecord): Promise<AttendanceRecord> {
    const [row] = await tx.query<AttendanceRow>(
      `INSERT INTO attendance (${COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${READ_COLUMNS}`,
      [r.employee_id, r.attendance_date, r.team_id, r.status, r.check_in_time, r.check_out_time, r.hours_worked, r.notes],
    );
    return toRecord(row!);
  }

  private async replaceRecord(tx: SqlExecutor, r: AttendanceRecord): Promise<AttendanceRecord> {
    const [row] = await tx.query<AttendanceRow>(
      `UPDATE attendance SET status = $3, check_in_time = $4, check_out_time = $5, hours_worked = $6, notes = $7, version = version + 1, updated_at = now()
       WHERE employee_id = $1 AND attendance_date = $2 RETURNING ${READ_COLUMNS}`,
      [r.employee_id, r.attendance_date, r.status, r.check_in_time, r.check_out_time, r.hours_worked, r.notes],
    );
    return toRecord(row!);
  }
}
