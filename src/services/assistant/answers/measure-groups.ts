import type { Measure } from '../reading/measure';
import type { Reading } from '../reading/reading';

/** The measures kept by day in attendance records: answered through the attendance services, for people, teams or everyone. */
export const ATTENDANCE: ReadonlySet<Measure> = new Set<Measure>([
  'attendance_rate',
  'attendance',
  'present',
  'late',
  'half_day',
  'absent',
  'on_leave',
  'missing_check_out',
  'not_checked_in',
  'hours',
]);

/** A percentage line on people over days, with no figure named: the attendance rate is the only percentage kept by day. */
export const percentOfDays = (reading: Reading) =>
  reading.threshold?.percent === true &&
  reading.range !== null &&
  reading.quarters.length === 0 &&
  reading.measures.every((m) => m === 'headcount' || m === 'profile');
