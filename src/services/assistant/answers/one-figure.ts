import { meets } from '../reading/operation';
import { COMPARED, percent, plural } from './format';
import type { Question } from './plan';

/** A person's attendance figures, as employee_attendance gives them. */
export type Days = {
  late: number;
  absent: number;
  half_day: number;
  on_leave_days: number;
  missing_check_out: number;
  hours_worked: number;
  rate: number | null;
};

/** The one figure of a person's attendance a threshold is about, and its words. */
const ONE_FIGURE: Record<string, [string, string, (d: Days) => number] | undefined> = {
  late: ['time late', 'times late', (d) => d.late],
  absent: ['day absent', 'days absent', (d) => d.absent],
  half_day: ['half day', 'half days', (d) => d.half_day],
  on_leave: ['day on leave', 'days on leave', (d) => d.on_leave_days],
  missing_check_out: ['missing check-out', 'missing check-outs', (d) => d.missing_check_out],
  hours: ['hour', 'hours', (d) => d.hours_worked],
};
const RATES = new Set(['attendance_rate', 'attendance']);

/**
 * "Was Leo late more than 3 times", "was my attendance above 95%": for one person, the sentence saying whether
 * their figure passes the line; null when no line is asked; undefined when one is asked that a person's figures
 * cannot answer (a line over several people, or a rate against a count).
 */
export function lineVerdict(q: Question, measure: string, people: number): ((d: Days) => string) | null | undefined {
  const t = q.reading.threshold;
  if (q.reading.operation !== 'threshold' || t === null) return null;
  if (people !== 1) return undefined;
  if (RATES.has(measure) && t.percent)
    return (d) =>
      d.rate === null
        ? ' No rate to set against the line.'
        : ` So ${meets(d.rate, t.comparison, t.value) ? 'yes' : 'no'}: ${percent(d.rate)}, against ${COMPARED[t.comparison]} ${percent(t.value)}.`;
  const figure = ONE_FIGURE[measure];
  if (figure === undefined || t.percent) return undefined;
  return (d) =>
    ` So ${meets(figure[2](d), t.comparison, t.value) ? 'yes' : 'no'}: ${plural(figure[2](d), figure[0], figure[1])}, against ${COMPARED[t.comparison]} ${t.value}.`;
}
