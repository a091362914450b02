import { periodRange } from '../time-expression.parser';
import { cannot, type Question, type Step } from './plan';

/** What attendance records hold: none of it exists before tracking started. */
const RECORDED = new Set([
  'attendance_rate',
  'attendance',
  'absence_rate',
  'present',
  'late',
  'half_day',
  'absent',
  'on_leave',
  'missing_check_out',
  'not_checked_in',
  'check_times',
  'hours',
]);

/**
 * "Who was late in H1?", "my attendance this time last year": a period that ends before attendance was first recorded
 * has no records, absences or rate. Said so, naming the period and the first day, never "nobody" or "0 hours" as if
 * they had been counted.
 */
export function beforeTracking(q: Question, step: Step): Step {
  const start = q.context.tracking_start;
  const range = q.reading.range;
  // "H1 compared with H2", "Q3 vs Q2": one period reaching tracking is answered, the other said to have no rate.
  const reaches = (q.reading.ends?.some((end) => end.to >= start!) ?? false) || q.reading.quarters.some((quarter) => periodRange(quarter).to >= start!);
  if (start === undefined || range === null || range.to >= start || reaches || !RECORDED.has(step.measure)) return step;
  return cannot(
    step.measure,
    `attendance is recorded from ${start}, and ${range.label} (${range.from} to ${range.to}) is before it: there are no records, absences or rates for it.`,
  );
}
