import { meets } from '../reading/operation';
import { COMPARED, inTheFuture, plural, when } from './format';
import { lastMonth } from './default-periods';
import { cannot, type Question, type Step } from './plan';
import { MEASURE_STATUS, STATUS_TOTAL } from './status-words';
import type { Totals } from './totals-line';

const DAYS_OF: Record<string, string> = { late: 'days late', absent: 'days absent', half_day: 'half days', missing_check_out: 'missing check-outs' };

/**
 * "Which teams had more than 15 late arrivals in October": each team's days of the state over the period, from the
 * range summary, against the line. Null unless teams are what is asked and the line is a count of days.
 */
export function teamsAgainstCountLine(q: Question, measure: string): Step | null {
  const t = q.reading.threshold;
  const status = MEASURE_STATUS[measure as keyof typeof MEASURE_STATUS];
  const total = status === undefined ? undefined : STATUS_TOTAL[status];
  if (q.reading.unit !== 'team' || t === null || t.percent || total === undefined || total === 'on_leave' || q.reading.teams.length === 1) return null;
  const range = q.reading.range ?? lastMonth(q.context.today);
  if (range.from > q.context.today) return cannot(measure, inTheFuture(range.label, q.context.today));
  const to = range.to > q.context.today ? q.context.today : range.to;
  return {
    intent: 'attendance_summary',
    measure,
    operation: 'threshold',
    period: { from: range.from, to },
    calls: [{ name: 'attendance_rate', input: { from: range.from, to } }],
    phrase: ([r]) => {
      const teams = (r as { teams: { team_id: string; totals: Totals }[] }).teams.filter(
        (x) => q.reading.teams.length === 0 || q.reading.teams.includes(x.team_id),
      );
      const figure = (x: { totals: Totals }) => x.totals[total as keyof Totals] as number;
      const hit = teams.filter((x) => meets(figure(x), t.comparison, t.value)).sort((a, b) => figure(b) - figure(a) || a.team_id.localeCompare(b.team_id));
      const line = `${COMPARED[t.comparison]} ${t.value} ${DAYS_OF[total]}`;
      const span = when({ ...range, to });
      if (hit.length === 0) return `No team had ${line} ${span}: none.`;
      return `${plural(hit.length, 'team')} had ${line} ${span}: ${hit.map((x) => `${x.team_id} ${figure(x)} ${DAYS_OF[total]}`).join(', ')}.`;
    },
  };
}
