import type { Measure } from '../reading/measure';

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
