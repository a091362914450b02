import { meets, type Threshold } from '../reading/operation';
import { COMPARED, collated, plural } from './format';

/**
 * "Which teams hired more than one person this year": the people an answer found, counted team by team and held
 * against the line; every team's count said when none passes, so "none" can be checked.
 */
export function teamsPastLine(people: readonly { team_id: string }[], line: Threshold, word: string, span: string): string {
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.team_id, (counts.get(p.team_id) ?? 0) + 1);
  const all = [...counts].sort(([a, x], [b, y]) => y - x || collated(a, b));
  const past = all.filter(([, n]) => meets(n, line.comparison, line.value));
  const asked = `${COMPARED[line.comparison]} ${plural(line.value, word)}`;
  if (past.length === 0) return `No team had ${asked} ${span}: none${all.length > 0 ? ` (${all.map(([team, n]) => `${team} ${n}`).join(', ')})` : ''}.`;
  return `${plural(past.length, 'team')} had ${asked} ${span}: ${past.map(([team, n]) => `${team} (${n})`).join(', ')}.`;
}
