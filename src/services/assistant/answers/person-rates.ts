import { lastWeek } from './default-periods';
import { meets } from '../reading/operation';
import { inTheFuture, listed, percent, plural, RATE_SAID, round2, when } from './format';
import { cannot, type Question, type Step } from './plan';

interface Rated {
  employee_id: string;
  name: string;
  team_id: string;
  expected: number;
  absent: number;
  rate: number | null;
}

/** People tied with the one ranking first, named up to this many when no number is asked; more are counted. */
const TIES_NAMED = 5;

/** The highest and the lowest rate, with the people at each (the first five named, the rest counted). */
function bothEnds(rated: Rated[], who: string, span: string, line: (p: Rated) => string): string {
  const rates = rated.map((p) => p.rate!);
  const at = (rate: number) => {
    const held = rated.filter((p) => p.rate === rate);
    return `${held.slice(0, 5).map(line).join(', ')}${held.length > 5 ? ` (and ${held.length - 5} more at ${percent(rate)})` : ''}`;
  };
  return `Highest attendance rate of ${who} ${span}: ${at(Math.max(...rates))}; lowest: ${at(Math.min(...rates))}.`;
}

/** A rate on its own reads as a word of the question's level ("Senior employees"), or everyone in scope. */
function whoseWords(q: Question): string {
  const { position } = q.reading.filters;
  const team = q.reading.teams[0];
  return `${position ? `${position} employees` : 'people'}${team ? ` in ${team}` : ''}`;
}

/**
 * Attendance rates person by person, through attendance_rates_by_person
 * (each person's days by the absence rule): a position's pooled rate ("the
 * seniors' rate"), people over or under a rate ("who had 100 %"), or ranked by
 * it ("the 5 lowest"). Teams' rates stay with attendance_rate.
 */
export function personRates(q: Question, measure: string): Step {
  const { operation, threshold, order, limit, teams, filters } = q.reading;
  const today = q.context.today;
  const range = q.reading.range ?? lastWeek(today);
  if (range.from > today) return cannot(measure, inTheFuture(range.label, today));
  if (teams.length > 1) return cannot(measure, "I give people's attendance rates for one team at a time, or for everyone you can see.");
  const to = range.to > today ? today : range.to;
  const ranked = operation === 'rank';
  // A ranking without a number is its first few (one when a single person is asked for); "rank people by attendance" is all of them.
  const few = ranked && (limit !== null || order !== null) ? (limit ?? 5) : undefined;
  const input = {
    from: range.from,
    to,
    ...(teams[0] && { team_id: teams[0] }),
    ...(filters.position && { position: filters.position }),
    ...(order === 'bottom' && { order: 'lowest' }),
  };
  return {
    intent: 'attendance_by_rate',
    measure: 'attendance_rate',
    operation,
    period: { from: range.from, to },
    calls: [{ name: 'attendance_rates_by_person', input }],
    phrase: ([r]) => {
      const d = r as { count: number; totals: { expected: number; absent: number; rate: number | null }; people: Rated[] };
      const span = when({ ...range, to });
      const line = (p: Rated) => `${p.name} (${p.employee_id}) ${percent(p.rate)}`;
      const who = whoseWords(q);
      if (threshold) {
        const t = threshold;
        const hit = d.people.filter((p) => p.rate !== null && meets(p.rate, t.comparison, t.value));
        const said = `${RATE_SAID[t.comparison]} ${percent(t.value)}`;
        if (hit.length === 0) return `Nobody (0 ${who}) had an attendance rate ${said} ${span}: none of the ${plural(d.count, 'person', 'people')} rated.`;
        return `${plural(hit.length, 'person', 'people')}${filters.position ? ` (${filters.position})` : ''}${teams[0] ? ` in ${teams[0]}` : ''} had an attendance rate ${said} ${span}: ${listed(hit, line)}.`;
      }
      if (ranked) {
        const rated = d.people.filter((p) => p.rate !== null);
        if (rated.length === 0) return `Nobody (${who}) had an attendance rate ${span}: none.`;
        // "The highest and lowest attendance": both ends, each with everyone at it.
        if (q.reading.statistic === 'minmax') return bothEnds(rated, who, span, line);
        const first = rated.slice(0, few);
        const last = first.at(-1)!.rate;
        const tied = rated.slice(first.length).filter((p) => p.rate === last);
        // A number asked for is kept ("bottom 3"), ties at its end counted; "the best", the first alone, is named with those tied.
        const named = first.length === 1 && tied.length <= TIES_NAMED;
        const shown = named ? [...first, ...tied] : first;
        const more = tied.length === 0 ? '' : named ? ' (tied)' : ` (and ${tied.length} more at ${percent(last)})`;
        return `${order === 'bottom' ? 'Lowest' : 'Highest'} attendance rates of ${who} ${span}: ${shown.map(line).join(', ')}${more}.`;
      }
      if (operation === 'list' || operation === 'count' || filters.position === undefined) {
        if (d.people.length === 0) return `Nobody (${who}) was expected ${span}: none.`;
        return `Attendance rates of ${plural(d.count, 'person', 'people')} (${who}) ${span}: ${listed(d.people, line)}.`;
      }
      return `Attendance rate for ${who}: ${percent(d.totals.rate)} ${span}, over ${plural(d.count, 'person', 'people')} (${plural(round2(d.totals.expected), 'expected day')}, ${plural(round2(d.totals.absent), 'day')} absent).`;
    },
  };
}
