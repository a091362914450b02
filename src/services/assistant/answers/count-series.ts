import { plural, when } from './format';
import { cannot, type Question, type Step } from './plan';
import { seriesPeriods, type SeriesUnit } from './rate-series';
import { MEASURE_STATUS, STATUS_TOTAL } from './status-words';

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
  return {
    intent: 'attendance_summary',
    measure,
    operation: 'trend',
    period: { from: periods[0]!.from, to: periods.at(-1)!.to },
    calls: periods.map((p) => ({ name: 'attendance_rate', input: { from: p.from, to: p.to, ...(team && { team_id: team }) } })),
    phrase: (results) => {
      const figures = periods.map((p, i) => `${when(p)}: ${counted.each((results[i] as { totals: Record<string, number> }).totals[total]!)}`);
      return `${counted.said} for ${team ? `team ${team}` : 'the teams you can see'}, ${unit} by ${unit}: ${figures.join('; ')}.`;
    },
  };
}
