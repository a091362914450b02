import type { Question, Step } from './plan';

/** The best (or worst) of each team the caller may see. */
export function perTeamRanking(q: Question, period: string | undefined): Step {
  const teams = q.context.teams.map((t) => t.team_id);
  const order = q.reading.order ?? 'top';
  return {
    intent: order === 'bottom' ? 'bottom_performers' : 'top_performers',
    measure: 'score',
    operation: 'rank',
    calls: teams.map((team_id) => ({ name: 'rank_performers', input: { order, limit: q.reading.limit ?? 1, team_id, ...(period && { period }) } })),
    phrase: (results) => {
      const lines = results
        .map((r, i) => ({ team: teams[i]!, d: r as { period: string | null; items: { employee_name: string; employee_id: string; final_score: number }[] } }))
        .filter((x) => x.d.items.length > 0);
      if (lines.length === 0) return `There are no scores${period ? ` for ${period}` : ''} that you can see: none.`;
      return `${order === 'bottom' ? 'Bottom' : 'Top'} by team${period ? ` in ${period}` : ''}: ${lines.map((x) => `${x.team}: ${x.d.items.map((i) => `${i.employee_name} (${i.employee_id}) ${i.final_score}`).join(', ')}${period ? '' : ` (${x.d.period})`}`).join('; ')}.`;
    },
  };
}
