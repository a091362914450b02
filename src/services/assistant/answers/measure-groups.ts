import type { Measure } from '../reading/measure';
import type { Reading } from '../reading/reading';
import type { Question, Step } from './plan';

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

/** "How many people joined in 2024, and how many in 2023": the people are the hires or leavers counted, not a headcount beside them. */
export const countedPeople = (measures: readonly Measure[]): Measure[] =>
  measures.some((m) => m === 'hires' || m === 'leavers') ? measures.filter((m) => m !== 'headcount') : [...measures];

/** A percentage line on people over days, with no figure named: the attendance rate is the only percentage kept by day. */
export const percentOfDays = (reading: Reading) =>
  reading.threshold?.percent === true &&
  reading.range !== null &&
  reading.quarters.length === 0 &&
  reading.measures.every((m) => m === 'headcount' || m === 'profile');

/** Figures a subject's attendance totals hold side by side: days present, late, half, absent, on leave. */
const IN_TOTALS: ReadonlySet<Measure> = new Set<Measure>(['present', 'late', 'half_day', 'absent', 'on_leave', 'missing_check_out']);

/**
 * "DEV in October: days absent vs days on leave", "Sana in October: days worked, on leave, absent": two or more of
 * one subject's totals, answered by the totals that hold them all rather than by the first named alone.
 */
export const severalTotals = (reading: Reading) =>
  reading.measures.filter((m) => IN_TOTALS.has(m)).length > 1 &&
  reading.measures.every((m) => ATTENDANCE.has(m)) &&
  ['lookup', 'count', 'compare'].includes(reading.operation) &&
  reading.unit !== 'person' &&
  reading.threshold === null &&
  // "Off" is read as both absent and on leave until its dates say which: one figure asked, not two.
  !reading.off;

/** "Days absent vs days on leave" of one team or person: not two things compared, but both of its totals. */
export const totalsSideBySide = (q: Question, compose: (q: Question) => Step): Step | null =>
  severalTotals({ ...q.reading, operation: 'lookup' }) &&
  q.reading.operation === 'compare' &&
  q.reading.teams.length <= 1 &&
  q.people.length <= 1 &&
  q.reading.ends === null
    ? compose({ ...q, reading: { ...q.reading, operation: 'lookup' } })
    : null;
