import type { AttendanceRecord } from '../../../core/attendance';
import type { AuditStamp } from '../../../core/audit/audit-entry';
import type { CorrectionRepository } from '../../../core/corrections/correction-repository';
import type { AttendanceCorrection, CorrectionDecision, CorrectionFilter } from '../../../core/corrections/correction';
import { CorrectionStateError, NotFoundError } from '../../../core/errors';
import type { Page, PageRequest } from '../../../core/page';
import { toRecord } from '../attendance/attendance-items';
import { counterSteps, newRecordStep, replaceRecordStep } from '../attendance/attendance-steps';
import { auditSteps } from '../audit/audit-items';
import type { EmployeePurge } from '../cross-repository';
import { STALE, type TableClient, type Item, type TransactStep } from '../table-client';
import { PARTITION_PREFIXES, keys, partitions } from '../key-design';
import { correctionItem, correctionPointer, toCorrection } from './correction-items';
import { listCorrections } from './correction-list';

const notPending = (correction: Pick<AttendanceCorrection, 'correction_id'>) =>
  new CorrectionStateError('NOT_PENDING', `Correction ${correction.correction_id} is no longer pending`);
const recordChanged = (correction: Pick<AttendanceCorrection, 'employee_id' | 'date'>) =>
  new CorrectionStateError('RECORD_CHANGED', `The attendance of ${correction.employee_id} on ${correction.date} changed after the correction was asked for`);

/** A transaction holds 100 items: a correction and its pointer are two. */
const PURGE_BATCH = 50;

/**
 * Corrections under their employee, with a pointer by id. Every state change
 * is a whole Put conditional on the correction still being pending; an
 * approval writes the record, its counters, the correction and the entry in
 * one transaction, conditional on the record's version as the request saw it.
 */
export class DynamoCorrectionRepository implements CorrectionRepository, EmployeePurge {
  constructor(private readonly table: TableClient) {}

  async create(correction: AttendanceCorrection, audit?: AuditStamp): Promise<AttendanceCorrection> {
    await this.table.transact([
      { write: { Put: { TableName: this.table.name, Item: correctionItem(correction), ConditionExpression: 'attribute_not_exists(PK)' } } },
      { write: { Put: { TableName: this.table.name, Item: correctionPointer(correction), ConditionExpression: 'attribute_not_exists(PK)' } } },
      {
        write: { ConditionCheck: { TableName: this.table.name, Key: keys.employee(correction.employee_id), ConditionExpression: 'attribute_exists(PK)' } },
        onConditionFailed: () => new NotFoundError('Employee', correction.employee_id),
      },
      ...auditSteps(this.table.name, audit, {
        action: 'create',
        entity: 'correction',
        entity_id: correction.correction_id,
        after: correction,
        reason: correction.reason,
      }),
    ]);
    return correction;
  }

  async get(correctionId: string): Promise<AttendanceCorrection | null> {
    const item = await this.read(correctionId);
    return item ? toCorrection(item) : null;
  }

  private async read(correctionId: string): Promise<Item | undefined> {
    const pointer = await this.table.get(keys.correctionPointer(correctionId));
    return pointer ? this.table.get(keys.correction(pointer.employee_id as string, correctionId)) : undefined;
  }

  list(filter: CorrectionFilter, page: PageRequest): Promise<Page<AttendanceCorrection>> {
    return listCorrections(this.table, filter, page);
  }

  close(correctionId: string, decision: CorrectionDecision, audit?: AuditStamp): Promise<AttendanceCorrection | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.read(correctionId);
      if (!item) return null;
      const before = toCorrection(item);
      if (before.state !== 'pending') throw notPending(before);
      const after = decided(before, decision);
      await this.table.transact([
        // Decided meanwhile: read again, and refused as not pending.
        this.decisionStep(after, () => STALE),
        ...auditSteps(this.table.name, audit, {
          action: decision.state === 'cancelled' ? 'cancel' : 'reject',
          entity: 'correction',
          entity_id: correctionId,
          before,
          after,
          reason: decision.decision_note,
        }),
      ]);
      return after;
    });
  }

  async approve(
    correction: AttendanceCorrection,
    decision: CorrectionDecision,
    record: AttendanceRecord,
    audit?: AuditStamp,
  ): Promise<{ correction: AttendanceCorrection; record: AttendanceRecord }> {
    const [item, stored] = await Promise.all([this.read(correction.correction_id), this.table.get(keys.attendance(correction.employee_id, correction.date))]);
    if (!item) throw new NotFoundError('Correction', correction.correction_id);
    const before = toCorrection(item);
    if (before.state !== 'pending') throw notPending(before);
    const replaced = stored ? toRecord(stored) : null;
    // Known stale before writing; the transaction's conditions catch what changes after these reads.
    if ((replaced?.version ?? null) !== before.record_version) throw recordChanged(before);
    const written: AttendanceRecord = { ...record, version: replaced === null ? 1 : replaced.version! + 1 };
    const approved = decided(before, decision);
    await this.table.transact([
      this.decisionStep(approved, () => notPending(before)),
      replaced === null
        ? newRecordStep(this.table.name, written, () => recordChanged(before))
        : replaceRecordStep(this.table.name, written, replaced.version!, () => recordChanged(before)),
      ...counterSteps(this.table.name, replaced, written),
      ...auditSteps(this.table.name, audit, {
        action: 'approve',
        entity: 'correction',
        entity_id: before.correction_id,
        before: { ...before, record: replaced },
        after: { ...approved, record: written },
        reason: decision.decision_note,
      }),
    ]);
    return { correction: approved, record: written };
  }

  /** The correction rewritten whole, only while it is still pending. */
  private decisionStep(correction: AttendanceCorrection, onDecided: TransactStep['onConditionFailed']): TransactStep {
    return {
      write: {
        Put: {
          TableName: this.table.name,
          Item: correctionItem(correction),
          ConditionExpression: '#state = :pending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':pending': 'pending' },
        },
      },
      ...(onDecided && { onConditionFailed: onDecided }),
    };
  }

  /** After the employee's own delete: their corrections and pointers, pointers first (a rerun still finds the rest). */
  async purgeEmployee(employeeId: string): Promise<void> {
    const items = await this.table.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': partitions.employee(employeeId), ':prefix': PARTITION_PREFIXES.correction },
      ProjectionExpression: 'PK, SK, correction_id',
      ConsistentRead: true,
    });
    for (let i = 0; i < items.length; i += PURGE_BATCH) {
      const steps = items
        .slice(i, i + PURGE_BATCH)
        .flatMap((item) => [keys.correctionPointer(item.correction_id as string), { PK: item.PK, SK: item.SK }])
        .map((key): TransactStep => ({ write: { Delete: { TableName: this.table.name, Key: key } } }));
      await this.table.transact(steps);
    }
  }
}

function decided(correction: AttendanceCorrection, decision: CorrectionDecision): AttendanceCorrection {
  return { ...correction, ...decision, updated_at: decision.decided_at };
}
