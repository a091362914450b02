import { daysBetween } from '../../../core/work-calendar/dates';
import { MAX_DAYS } from '../attendance-people-tools';
import { periodRange } from '../time-expression.parser';
import { ATTENDANCE } from './measure-groups';
import { cannot, isPlan, type Question, type Step } from './plan';

/** What attendance records hold (the attendance measures, a rate's complement, check times): none before tracking started. */
const RECORDED: ReadonlySet<string> = new Set<string>([...ATTENDANCE, 'absence_rate', 'check_times']);

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

/**
 * "Top 2 latecomers ytd": a person-by-person answer too long to give at once, over a period that starts before
 * attendance was first recorded, holds the same records from that first day: it is asked from there, saying so.
 */
export function fromTracking(q: Question, step: Step, compose: (q: Question) => Step): Step {
  const start = q.context.tracking_start;
  const range = q.reading.range;
  if (!isPlan(step) || start === undefined || range === null || range.from >= start || range.to < start) return step;
  const tooLong = step.calls.some((c) => c.name === 'attendance_by_person' && daysBetween(String(c.input.from), String(c.input.to)) > MAX_DAYS);
  if (!tooLong) return step;
  return compose({ ...q, reading: { ...q.reading, range: { ...range, from: start, label: `${range.label} (attendance is recorded from ${start})` } } });
}
