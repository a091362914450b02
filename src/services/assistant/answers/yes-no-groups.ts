/*
 * Yes or no, or which way, from two groups' figures answered side by side: two teams' headcounts ("does QA have more
 * people than AI?"), a group's average score over two quarters ("juniors' average Q2 vs Q3 - better or worse?").
 */
import type { Question } from './plan';

const MORE = /\b(?:more|bigger|larger)\b/;
const FEWER = /\b(?:fewer|less|smaller)\b/;

/** "Does QA have more people than AI": the first team's headcount against the second's, one call a team. */
export function headcountsCompared(q: Question, intent: string, results: unknown[]): boolean | null {
  const said = q.reading.said;
  if (intent !== 'employee_count' || q.reading.teams.length !== 2 || results.length !== 2 || MORE.test(said) === FEWER.test(said)) return null;
  const [a, b] = results.map((r) => (r as { count?: number }).count);
  if (a === undefined || b === undefined) return null;
  return MORE.test(said) ? a > b : a < b;
}

/** "Juniors' average Q2 vs Q3 - better or worse?": the later quarter's average against the earlier's, as the answer gives them. */
export function meansMove(q: Question, intent: string, text: string): 'up' | 'down' | 'neither up nor down' | null {
  if ((intent !== 'score_statistics' && intent !== 'score_summary') || q.reading.quarters.length !== 2) return null;
  const found = [...text.matchAll(/\bIn (\d{4}-Q[1-4]), the average final score\b[^.]*? is (-?\d+(?:\.\d+)?)/g)].map((m) => ({
    quarter: m[1]!,
    mean: Number(m[2]),
  }));
  if (found.length !== 2) return null;
  const [before, after] = found.sort((x, y) => x.quarter.localeCompare(y.quarter));
  return after!.mean > before!.mean ? 'up' : after!.mean < before!.mean ? 'down' : 'neither up nor down';
}

/** "Did anyone in QA score below 60": a list of the people (or teams) who did, or none. */
export function anyoneListed(q: Question, text: string): boolean | null {
  if (!/\bany(?:one|body)\b|\bany (?:people|staff|employees|teams?)\b/.test(q.reading.said)) return null;
  if (/^\d+ (?:people|person|teams?)\b/.test(text)) return !/^0 /.test(text);
  return /^(?:Nobody|No one|No team|None|There (?:are|were|is|was) no)\b/.test(text) ? false : null;
}
