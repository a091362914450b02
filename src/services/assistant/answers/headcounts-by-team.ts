import { plural } from './format';
import type { Step } from './plan';

/** The job title the tool filtered by: as asked, or the held title it misspelt. */
export const titleOf = (result: unknown) => (result as { filters?: { job_title?: string } } | undefined)?.filters?.job_title;

/** Each team's headcount, one call a team, phrased from the counts in the teams' order. */
export function countsByTeam(
  teams: string[],
  base: Record<string, string>,
  operation: string,
  phrase: (counts: { team: string; count: number }[], title: string | undefined) => string,
): Step {
  return {
    intent: 'employee_count',
    measure: 'headcount',
    operation,
    calls: teams.map((team_id) => ({ name: 'list_employees', input: { ...base, team_id } })),
    phrase: (results) =>
      phrase(
        teams.map((team, i) => ({ team, count: (results[i] as { count: number }).count })),
        titleOf(results[0]),
      ),
  };
}

/** "Which team is the largest", "the smallest team": one end of the teams' headcounts. */
const LARGEST = /\b(?:largest|biggest|most people|most employees|most staff|smallest|fewest people|fewest employees|least people)\b/;

/** The team (or those tied) at the end the question asks for, from the counts sorted that way; null when it asks no end. */
export function largestTeams(said: string, sorted: readonly { team: string; count: number }[]): string | null {
  const end = LARGEST.exec(said)?.[0];
  if (end === undefined || sorted.length === 0) return null;
  const top = sorted.filter((c) => c.count === sorted[0]!.count);
  return `${/^(?:small|few|least)/.test(end) ? 'Smallest' : 'Largest'}: ${top.map((c) => c.team).join(' and ')} (${plural(top[0]!.count, 'employee')}).`;
}
