import { plural, when } from './format';
import { cannot, type Question, type Step } from './plan';
import { seriesPeriods, type SeriesUnit } from './rate-series';

/** The range summary's total each counted day's state adds up to, and how its days are said. */
const COUNTED: Record<string, { total: string; said: string; each: (n: number) => string }> = {
  late: { total: 'late', said: 'Days late', each: (n) => `${plural(n, 'day')} late` },
  absent: { total: 'absent', said: 'Days absent', each: (n) => `${plural(n, 'day')} absent` },
  half_day: { total: 'half_day', said: 'Half days', each: (n) => plural(n, 'half day') },
  missing_check_out: { total: 'missing_check_out', said: 'Missing check-outs', each: (n) => plural(n, 'missing check-out') },
  on_leave: { total: 'on_leave', said: 'Days on leave', each: (n) => `${plural(n, 'day')} on leave` },
};

export const countsInSeries = (measure: string): boolean => measure in COUNTED;

/**
 * "Late arrivals by month since august", "is lateness getting worse": each period's count for a team or the
 * teams the caller sees, from the same range summary as one period's count, never one total over the span.
 */
export function countSeries(q: Question, unit: SeriesUnit, measure: string): Step {
  const counted = COUNTED[measure]!;
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
      const figures = periods.map((p, i) => `${when(p)}: ${counted.each((results[i] as { totals: Record<string, number> }).totals[counted.total]!)}`);
      return `${counted.said} for ${team ? `team ${team}` : 'the teams you can see'}, ${unit} by ${unit}: ${figures.join('; ')}.`;
    },
  };
}
