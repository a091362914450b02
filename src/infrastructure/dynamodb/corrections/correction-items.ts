/** Corrections as stored on the table: the port's shape, its keys and index keys (key-design.ts). */
import type { AttendanceCorrection } from '../../../core/corrections/correction';
import type { Item } from '../table-client';
import { collections, keys } from '../key-design';

const FIELDS = [
  'correction_id',
  'employee_id',
  'team_id',
  'date',
  'reason',
  'state',
  'record_version',
  'requested_by',
  'decided_by',
  'decided_at',
  'decision_note',
  'created_at',
  'updated_at',
] as const;
/** The change asked for: absent means "keep the record's value", null means "clear it", so absence is kept as absence. */
const CHANGE_FIELDS = ['check_in_time', 'check_out_time', 'status'] as const;

export function toCorrection(item: Item): AttendanceCorrection {
  return {
    ...Object.fromEntries(FIELDS.map((field) => [field, item[field] ?? null])),
    ...Object.fromEntries(CHANGE_FIELDS.filter((field) => field in item).map((field) => [field, item[field]])),
  } as unknown as AttendanceCorrection;
}

/** The newest-first order of the lists: created_at, then correction_id (ISO instants sort as strings). */
export const correctionOrder = (correction: Pick<AttendanceCorrection, 'created_at' | 'correction_id'>) =>
  `${correction.created_at}#${correction.correction_id}`;

/** Under its employee (their delete finds it there), listed per state in everyone's and its team's collection. */
export function correctionItem(correction: AttendanceCorrection): Item {
  const order = correctionOrder(correction);
  return {
    ...keys.correction(correction.employee_id, correction.correction_id),
    GSI1PK: collections.corrections(correction.state),
    GSI1SK: order,
    GSI2PK: collections.teamCorrections(correction.team_id, correction.state),
    GSI2SK: order,
    ...correction,
  };
}

/** Where a correction id's item is: the ids are the service's, not derived from the employee. */
export function correctionPointer(correction: Pick<AttendanceCorrection, 'correction_id' | 'employee_id'>): Item {
  return { ...keys.correctionPointer(correction.correction_id), employee_id: correction.employee_id };
}
