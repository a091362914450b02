import type { DateRange } from '../time-expression.parser';
import { percent, when } from './format';
import { cannot, type Question, type Step } from './plan';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month named beside the period read, in the year of that period. */
export function monthBeside(range: DateRange, month: string): DateRange {
  const year = Number(range.from.slice(0, 4));
  const n = MONTHS.indexOf(month) + 1;
  const last = new Date(Date.UTC(year, n, 0)).getUTCDate();
  const mm = String(n).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}`, label: month };
}

/** "Attendance in august and september", "better in september or october": each period's rate, side by side. */
export function ratesOverPeriods(q: Question, periods: DateRange[]): Step {
  const today = q.context.today;
  const teams = q.reading.teams;
  const spans = periods.map((p) => ({ ...p, to: p.to > today ? today : p.to }));
  // "The AI juniors this month vs last month": a level's rate is its people's, pooled, in each period.
  const position = q.reading.filters.position;
  if (position && teams.length > 1)
    return cannot(
      'attendance_rate',
      `I give the ${position} employees' attendance rate over several periods for one team at a time, or for everyone you can see.`,
    );
  const team = teams.length === 1 ? { team_id: teams[0] } : {};
  return {
    intent: 'attendance_summary',
    measure: 'attendance_rate',
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
      const where = `${position ? `${position} employees in ` : ''}${teams.length === 1 ? `team ${teams[0]}` : 'the teams you can see'}`;
      const rates = spans.map((p, i) => {
        if (position) {
          const rate = (results[i] as { totals: { rate: number | null } }).totals.rate;
          return { text: `${when(p)}: ${percent(rate)}`, none: rate === null };
        }
        const d = results[i] as { totals: { average_rate: number | null }; teams: { team_id: string; totals: { average_rate: number | null } }[] };
        const shown =
          teams.length > 1
            ? d.teams
                .filter((t) => teams.includes(t.team_id))
                .map((t) => `${t.team_id} ${percent(t.totals.average_rate)}`)
                .join(', ')
            : percent(d.totals.average_rate);
        return { text: `${when(p)}: ${shown}`, none: teams.length <= 1 && d.totals.average_rate === null };
      });
      // A series starting before anyone was expected ("by month this year" when tracking began in August) says so once.
      const empty = spans.length > 2 ? rates.findIndex((r) => !r.none) : 0;
      const lead = empty > 1 ? [`from ${spans[0]!.from} to ${spans[empty - 1]!.to}: no rate (no day with anyone expected)`] : [];
      return `Attendance rate for ${where}, ${[...lead, ...rates.slice(lead.length > 0 ? empty : 0).map((r) => r.text)].join('; ')}.`;
    },
  };
}
