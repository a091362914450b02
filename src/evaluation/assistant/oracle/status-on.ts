/* What one person's day was, as a word an answer would use: their record's status, else leave, holiday, a day off, or absent. Added for practice7. */
import { person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import { halvesOff, workDayFor } from './absence';
import { recordOf } from './attendance-figures';

export function statusOn(id: string, day: Day): string {
  const r = recordOf(id, day);
  if (r) return r.status === 'half-day' ? 'half' : r.status;
  const p = person(id);
  if (!workDayFor(p, day)) return 'not';
  const off = halvesOff(p, day);
  if (off.am === 'leave' || off.pm === 'leave') return 'leave';
  if (off.am === 'holiday' || off.pm === 'holiday') return 'holiday';
  return 'absent';
}
