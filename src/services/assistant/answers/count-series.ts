import { everyoneSeen, periodFigure, plural } from './format';
import { cannot, type Question, type Step } from './plan';
import { seriesPeriods, seriesUnit, type SeriesUnit } from './rate-series';
import { MEASURE_STATUS, PERSON_TOTAL, STATUS_TOTAL } from './status-words';

/** How each counted day's state is said in a series (its total is the range summary's, STATUS_TOTAL). */
const COUNTED: Record<keyof typeof MEASURE_STATUS, { said: string; each: (n: number) => string }> = {
  late: { said: 'Days late', each: (n) => `${plural(n, 'day')} late` },
  absent: { said: 'Days absent', each: (n) => `${plural(n, 'day')} absent` },
  half_day: { said: 'Half days', each: (n) => plural(n, 'half day') },
  missing_check_out: { said: 'Missing check-outs', each: (n) => plural(n, 'missing check-out') },
  on_leave: { said: 'Days on leave', each: (n) => `${plural(n, 'day')} on leave` },
};

export const countsInSeries = (measure: string): measure is keyof typeof MEASURE_STATUS => measure in MEASURE_STATUS;

/**
 * "Late arrivals by month since august", "is lateness getting worse": each period's count for a team or the
 * teams the caller sees, from the same range summary as one period's count, never one total over the span.
 */
export function countSeries(q: Question, unit: SeriesUnit, measure: keyof typeof MEASURE_STATUS): Step {
  const counted = COUNTED[measure];
  const total = STATUS_TOTAL[MEASURE_STATUS[measure]];
  const periods = seriesPeriods(q, unit);
  if (typeof periods === 'string') return cannot(measure, periods);
  const team = q.reading.teams[0];
  // One person's ("Lukas Novak's late arrivals month by month", "my absences by month"): their own figures each period.
  const person = q.people.length === 1 ? q.people[0]! : q.reading.me && q.people.length === 0 ? null : undefined;
  const whose =
    person === undefined ? (team ? `team ${team}` : everyoneSeen(q.context.role)) : person === null ? 'you' : `${person.name} (${person.employee_id})`;
  return {
    intent: person === undefined ? 'attendance_summary' : person === null ? 'my_attendance' : 'employee_attendance',
    measure,
    operation: 'trend',
    period: { from: periods[0]!.from, to: periods.at(-1)!.to },
    calls: periods.map((p) =>
      person === undefined
        ? { name: 'attendance_rate', input: { from: p.from, to: p.to, ...(team && { team_id: team }) } }
        : { name: 'employee_attendance', input: { from: p.from, to: p.to, ...(person && { employee_id: person.employee_id }) } },
    ),
    phrase: (results) => {
      const figureOf = (r: unknown) =>
        person === undefined ? (r as { totals: Record<string, number> }).totals[total]! : (r as Record<string, number>)[PERSON_TOTAL[measure]]!;
      // A person not yet expected at work then (before their records begin) has no figure, not nought.
      const expected = (r: unknown) => person === undefined || (r as { expected_days?: number }).expected_days !== 0;
      const figures = periods.map((p, i) => periodFigure(p, expected(results[i]) ? counted.each(figureOf(results[i])) : 'no day expected at work'));
      return `${counted.said} for ${whose}, ${unit} by ${unit}: ${figures.join('; ')}.`;
    },
  };
}

/** "Lukas Novak's late arrivals month by month", "my absences by month": one person's count each period. */
export function ownCountSeries(q: Question): Step | null {
  const { reading } = q;
  const [counted] = reading.measures;
  const one = q.people.length === 1 || (reading.me && q.people.length === 0);
  if (reading.operation !== 'trend' || !one || reading.measures.length !== 1 || counted === undefined || !countsInSeries(counted) || reading.threshold !== null)
    return null;
  return countSeries(q, seriesUnit(reading.said), counted);
}
