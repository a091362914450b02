import { meets } from '../reading/operation';
import { TEAM_OR_TEAMS_SOUGHT } from '../reading/teams-sought';
import { collated, plural, round2, SCORED } from './format';
import { cannot, type Question, type Step } from './plan';
import { median } from './score-statistics';

interface TeamStats {
  team_id: string;
  count: number;
  mean: number;
}

/** "Which teams averaged over 76 in Q3": teams held against a line by their average, not their people by their scores. */
export function teamsAgainstScoreLine(q: Question): boolean {
  const { threshold, statistic, said } = q.reading;
  return (
    threshold !== null &&
    !threshold.percent &&
    threshold.upTo === undefined &&
    (statistic === 'mean' || /\baverag\w*|\bavg\b|\bmean\b/.test(said)) &&
    TEAM_OR_TEAMS_SOUGHT.test(said)
  );
}

/**
 * "Which team scored highest on average", "the weakest department": teams
 * ranked by their average final score in one quarter (the latest when none is
 * named), from the same summary the comparison of teams reads; "which teams
 * averaged over 76": those of them past the line.
 */
export function teamsByAverageScore(q: Question, quarters: string[]): Step {
  const { teams, order, limit, threshold } = q.reading;
  if (q.reading.statistic === 'median' && threshold === null) return teamsByMedianScore(q, quarters);
  if (quarters.length > 1) return cannot('score', 'I rank teams by one quarter at a time: for example "which team scored highest in 2025-Q3".');
  const period = quarters[0];
  return {
    intent: 'score_comparison',
    measure: 'score_mean',
    operation: teamsAgainstScoreLine(q) ? 'threshold' : 'rank',
    calls: [{ name: 'score_summary', input: { ...(period && { period }), ...(teams.length > 1 && { team_ids: teams }) } }],
    phrase: ([r]) => {
      const latest = (r as { periods: { period: string; teams: TeamStats[] }[] }).periods.at(-1);
      if (latest === undefined || latest.teams.length === 0) return `There are no scores${period ? ` for ${period}` : ''} that you can see: none.`;
      const line = threshold !== null && teamsAgainstScoreLine(q) ? threshold : null;
      const below = line !== null && (line.comparison === 'less' || line.comparison === 'at_most');
      const ranked = [...latest.teams]
        .filter((t) => line === null || meets(t.mean, line.comparison, line.value))
        .sort((a, b) => (order === 'bottom' || below ? a.mean - b.mean : b.mean - a.mean) || a.team_id.localeCompare(b.team_id))
        .slice(0, limit ?? latest.teams.length);
      if (line !== null) {
        const asked = `${SCORED[line.comparison]} ${line.value}`;
        const all = ranked.map((t) => `${t.team_id} ${t.mean}`).join(', ');
        return ranked.length === 0
          ? `No team averaged ${asked} in ${latest.period}: none (averages: ${latest.teams.map((t) => `${t.team_id} ${t.mean}`).join(', ')}).`
          : `${plural(ranked.length, 'team')} averaged ${asked} in ${latest.period}: ${all}.`;
      }
      const list = ranked.map((t, n) => `${n + 1}. ${t.team_id} ${t.mean} (${plural(t.count, 'score')})`).join(', ');
      return `Teams by average final score in ${latest.period}, ${order === 'bottom' ? 'lowest' : 'highest'} first: ${list}.`;
    },
  };
}

/** "Which team improved the most from Q2 to Q3": teams ranked by the move of their average final score between two quarters. */
export function teamsByScoreChange(q: Question, [first, last]: string[]): Step {
  const { teams, order, limit, tiesKept } = q.reading;
  const call = (period: string) => ({ name: 'score_summary', input: { period, ...(teams.length > 1 && { team_ids: teams }) } });
  return {
    intent: 'score_comparison',
    measure: 'score_mean',
    operation: 'rank',
    calls: [call(first!), call(last!)],
    phrase: (results) => {
      const [before, after] = results.map((r) => (r as { periods: { teams: TeamStats[] }[] }).periods.at(-1)?.teams ?? []);
      const moves = after!
        .flatMap((t) => {
          const was = before!.find((b) => b.team_id === t.team_id);
          return was === undefined ? [] : [{ team_id: t.team_id, change: round2(t.mean - was.mean), from: was.mean, to: t.mean }];
        })
        .sort((a, b) => (order === 'bottom' ? a.change - b.change : b.change - a.change) || collated(a.team_id, b.team_id));
      if (moves.length === 0) return `No team has scores in both ${first} and ${last} that you can see: none.`;
      const cut = moves.slice(0, limit ?? moves.length);
      // No number asked for: every team tied with the last one named is named too.
      const shown = tiesKept ? moves.filter((m) => cut.includes(m) || m.change === cut.at(-1)!.change) : cut;
      // Each move with the two averages it is between.
      const line = shown.map((m) => `${m.team_id} ${m.change > 0 ? '+' : ''}${m.change} (${m.from} to ${m.to})`).join(', ');
      return `Teams by change in average final score from ${first} to ${last}, ${order === 'bottom' ? 'biggest drop' : 'most improved'} first: ${line}.`;
    },
  };
}

/** "Which team had the lowest median in Q3": teams ranked by the median of their final scores in one quarter. */
function teamsByMedianScore(q: Question, quarters: string[]): Step {
  const { teams, order, limit } = q.reading;
  const period = quarters[0];
  if (quarters.length !== 1 || period === undefined)
    return cannot('score', 'I rank teams by one quarter at a time: for example "which team had the highest median in 2025-Q3".');
  return {
    intent: 'score_statistics',
    measure: 'score_median',
    operation: 'rank',
    calls: [{ name: 'score_list', input: { period } }],
    phrase: ([r]) => {
      const byTeam = new Map<string, number[]>();
      for (const item of (r as { items: { team_id: string; final_score: number }[] }).items)
        if (teams.length < 2 || teams.includes(item.team_id)) byTeam.set(item.team_id, [...(byTeam.get(item.team_id) ?? []), item.final_score]);
      if (byTeam.size === 0) return `There are no scores for ${period} that you can see: none.`;
      const ranked = [...byTeam]
        .map(([team_id, values]) => ({ team_id, median: median(values), count: values.length }))
        .sort((a, b) => (order === 'bottom' ? a.median - b.median : b.median - a.median) || collated(a.team_id, b.team_id))
        .slice(0, limit ?? byTeam.size);
      const list = ranked.map((t, n) => `${n + 1}. ${t.team_id} ${t.median} (${plural(t.count, 'score')})`).join(', ');
      return `Teams by median final score in ${period}, ${order === 'bottom' ? 'lowest' : 'highest'} first: ${list}.`;
    },
  };
}
