import { MONTH_NAMES } from '../reading/month-words';
import type { DateRange } from '../time-expression.parser';
import { absence, everyoneSeen, percent, periodFigure } from './format';
import { cannot, type Question, type Step } from './plan';

/** The month named beside the period read, in the year of that period. */
export function monthBeside(range: DateRange, month: string): DateRange {
  const year = Number(range.from.slice(0, 4));
  const n = MONTH_NAMES.indexOf(month) + 1;
  const last = new Date(Date.UTC(year, n, 0)).getUTCDate();
  const mm = String(n).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}`, label: month };
}

export type RateMeasure = 'attendance_rate' | 'absence_rate';

/** "How much did attendance change from Q3 to this quarter": the way and size of the move, from the earlier period to the later. */
function changed(q: Question, spans: DateRange[], results: unknown[], measure: RateMeasure): string {
  const asked = q.reading.statistic === 'change' || q.reading.statistic === 'mean_change';
  if (!asked || spans.length !== 2 || q.reading.filters.position || q.reading.teams.length > 1) return '';
  const [a, b] = results.map((r) => (r as { totals: { average_rate: number | null } }).totals.average_rate);
  if (a === null || b === null || a === undefined || b === undefined) return '';
  const [from, to] = (spans[0]!.from <= spans[1]!.from ? [a, b] : [b, a]).map((r) => (measure === 'absence_rate' ? absence(r)! : r));
  const points = Math.round((to! - from!) * 10_000) / 100;
  return points === 0 ? '; no change' : `; ${points > 0 ? 'up' : 'down'} ${Math.abs(points)} percentage points`;
}

/** "Attendance in august and september", "better in september or october": each period's rate (or its absence rate), side by side. */
export function ratesOverPeriods(q: Question, periods: DateRange[], measure: RateMeasure = 'attendance_rate'): Step {
  const today = q.context.today;
  const teams = q.reading.teams;
  const spans = periods.map((p) => ({ ...p, to: p.to > today ? today : p.to }));
  // "The AI juniors this month vs last month": a level's rate is its people's, pooled, in each period.
  const position = q.reading.filters.position;
  if (position && teams.length > 1)
    return cannot(
      measure,
      `I give the ${position} employees' ${measure === 'absence_rate' ? 'absence' : 'attendance'} rate over several periods for one team at a time, or for everyone you can see.`,
    );
  const team = teams.length === 1 ? { team_id: teams[0] } : {};
  return {
    intent: 'attendance_summary',
    measure,
    operation: 'compare',
    period: {
      from: spans.map((p) => p.from).sort()[0]!,
      to: spans
        .map((p) => p.to)
        .sort()
        .at(-1)!,
    },
    calls: spans.map((p) =>
      position
        ? { name: 'attendance_rates_by_person', input: { from: p.from, to: p.to, ...team, position } }
        : { name: 'attendance_rate', input: { from: p.from, to: p.to, ...team } },
    ),
    phrase: (results) => {
      const said = (rate: number | null) => percent(measure === 'absence_rate' ? absence(rate) : rate);
      const where = `${position ? `${position} employees in ` : ''}${teams.length === 1 ? `team ${teams[0]}` : everyoneSeen(q.context.role)}`;
      const rates = spans.map((p, i) => {
        if (position) {
          const rate = (results[i] as { totals: { rate: number | null } }).totals.rate;
          return { text: periodFigure(p, said(rate)), none: rate === null };
        }
        const d = results[i] as { totals: { average_rate: number | null }; teams: { team_id: string; totals: { average_rate: number | null } }[] };
        const shown =
          teams.length > 1
            ? d.teams
                .filter((t) => teams.includes(t.team_id))
                .map((t) => `${t.team_id} ${said(t.totals.average_rate)}`)
                .join(', ')
            : said(d.totals.average_rate);
        return { text: periodFigure(p, shown), none: teams.length <= 1 && d.totals.average_rate === null };
      });
      // A series starting before anyone was expected ("by month this year" when tracking began in August) says so once.
      const empty = spans.length > 2 ? rates.findIndex((r) => !r.none) : 0;
      const lead = empty > 1 ? [`from ${spans[0]!.from} to ${spans[empty - 1]!.to}: no rate (no day with anyone expected)`] : [];
      return `${measure === 'absence_rate' ? 'Absence' : 'Attendance'} rate for ${where}, ${[...lead, ...rates.slice(lead.length > 0 ? empty : 0).map((r) => r.text)].join('; ')}${changed(q, spans, results, measure)}.`;
    },
  };
}
