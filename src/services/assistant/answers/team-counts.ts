import type { DateRange } from '../time-expression.parser';
import { plural, when } from './format';
import type { Question, Step } from './plan';
import { STATUS_TOTAL as TOTAL, STATUS_WORD as WORD } from './status-words';

export type TeamCountStatus = keyof typeof TOTAL;

/** Whether the question asks a status's days team by team: "by team", "which team had the most", or two teams named. */
export function asksTeamCounts(q: Question, status: string): status is TeamCountStatus {
  return status in TOTAL && (q.reading.perTeam || q.reading.teamsRanked || q.reading.teams.length > 1);
}

/**
 * Each team's days under a status over a range, from the range summary (the
 * absence rule's figures, as GET /attendance/summary gives them): every team,
 * the teams named, or the first by rank with any tied at the cut.
 */
export function teamCounts(q: Question, status: TeamCountStatus, range: DateRange): Step {
  const today = q.context.today;
  const to = range.to > today ? today : range.to;
  const named = q.reading.teams;
  const { operation, order, limit } = q.reading;
  return {
    intent: 'attendance_summary',
    measure: status === 'half-day' ? 'half_day' : status,
    operation,
    period: { from: range.from, to },
    calls: [{ name: 'attendance_rate', input: { from: range.from, to, ...(named.length === 1 && { team_id: named[0] }) } }],
    phrase: ([r]) => {
      const d = r as { teams: { team_id: string; totals: Record<string, number> }[] };
      const figure = (t: (typeof d.teams)[number]) => t.totals[TOTAL[status]] ?? 0;
      const shown = d.teams.filter((t) => named.length < 2 || named.includes(t.team_id));
      const sorted = [...shown].sort((a, b) => (order === 'bottom' ? figure(a) - figure(b) : figure(b) - figure(a)) || a.team_id.localeCompare(b.team_id));
      const span = when({ ...range, to });
      const line = (t: (typeof d.teams)[number]) => `${t.team_id} ${plural(figure(t), `day ${WORD[status]}`, `days ${WORD[status]}`)}`;
      if (sorted.length === 0) return `No team you can see had days ${WORD[status]} ${span}.`;
      if (operation === 'rank') {
        const cut = sorted[Math.min(limit ?? 1, sorted.length) - 1]!;
        // Teams tied with the last one ranked are ranked with it.
        const few = sorted.filter((t, i) => i < (limit ?? 1) || figure(t) === figure(cut));
        return `${order === 'bottom' ? 'Fewest' : 'Most'} days ${WORD[status]} ${span}: ${few.map(line).join(', ')}${few.length > (limit ?? 1) ? ' (tied)' : ''}.`;
      }
      return `Days ${WORD[status]} ${span} by team: ${sorted.map(line).join(', ')}.`;
    },
  };
}
