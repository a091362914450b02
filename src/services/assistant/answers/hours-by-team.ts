import { lastWeek } from './default-periods';
import { listed, when } from './format';
import { cannot, type Question, type Step } from './plan';

/**
 * "Hours logged per team last week", "DEV vs QA hours": each team's total, through hours_worked once per team,
 * most first ("the fewest": least first). The teams are those named, or every team the caller may see.
 */
export function hoursByTeam(q: Question): Step {
  const { context, reading } = q;
  const range = reading.range ?? lastWeek(context.today);
  const teams =
    reading.teams.length > 1
      ? reading.teams
      : context.role === 'admin'
        ? context.teams.map((t) => t.team_id)
        : context.role === 'manager' && context.team_id !== null
          ? [context.team_id]
          : [];
  if (teams.length === 0) return cannot('hours', 'I give hours by team to admins and managers; ask for your own hours.');
  if (reading.filters.position !== undefined)
    return cannot('hours', 'I add up hours by team, or for one position in one team; not both by team and by position.');
  return {
    intent: 'hours',
    measure: 'hours',
    operation: reading.operation,
    period: range,
    calls: teams.map((team_id) => ({ name: 'hours_worked', input: { from: range.from, to: range.to, team_id } })),
    phrase: (results) => {
      const totals = results.map((r, i) => ({ team: teams[i]!, hours: (r as { total_hours: number }).total_hours }));
      const fewestFirst = reading.order === 'bottom';
      totals.sort((a, b) => (fewestFirst ? a.hours - b.hours : b.hours - a.hours) || a.team.localeCompare(b.team));
      const shown = reading.operation === 'rank' && reading.limit !== null ? totals.slice(0, reading.limit) : totals;
      const head = reading.operation === 'rank' ? `${fewestFirst ? 'Fewest' : 'Most'} hours worked` : 'Hours worked';
      return `${head} ${when(range)} by team: ${listed(shown, (t) => `${t.team} ${t.hours} hours`)}.`;
    },
  };
}
