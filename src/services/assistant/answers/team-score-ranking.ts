import { plural } from './format';
import { cannot, type Question, type Step } from './plan';

interface TeamStats {
  team_id: string;
  count: number;
  mean: number;
}

/**
 * "Which team scored highest on average", "the weakest department": teams
 * ranked by their average final score in one quarter (the latest when none is
 * named), from the same summary the comparison of teams reads.
 */
export function teamsByAverageScore(q: Question, quarters: string[]): Step {
  const { teams, order, limit } = q.reading;
  if (quarters.length > 1) return cannot('score', 'I rank teams by one quarter at a time: for example "which team scored highest in 2025-Q3".');
  const period = quarters[0];
  return {
    intent: 'score_comparison',
    measure: 'score_mean',
    operation: 'rank',
    calls: [{ name: 'score_summary', input: { ...(period && { period }), ...(teams.length > 1 && { team_ids: teams }) } }],
    phrase: ([r]) => {
      const latest = (r as { periods: { period: string; teams: TeamStats[] }[] }).periods.at(-1);
      if (latest === undefined || latest.teams.length === 0) return `There are no scores${period ? ` for ${period}` : ''} that you can see: none.`;
      const ranked = [...latest.teams]
        .sort((a, b) => (order === 'bottom' ? a.mean - b.mean : b.mean - a.mean) || a.team_id.localeCompare(b.team_id))
        .slice(0, limit ?? latest.teams.length);
      const line = ranked.map((t, n) => `${n + 1}. ${t.team_id} ${t.mean} (${plural(t.count, 'score')})`).join(', ');
      return `Teams by average final score in ${latest.period}, ${order === 'bottom' ? 'lowest' : 'highest'} first: ${line}.`;
    },
  };
}
