import { meets, type Threshold } from '../reading/operation';
import { listed, plural } from './format';

const SAID = { more: 'above', less: 'below', at_least: 'at least', at_most: 'at most', exactly: 'exactly' } as const;

interface Scored {
  employee_id: string;
  employee_name: string;
  final_score: number;
}

/** "Who scored over 80 in both Q2 and Q3": those whose score passes in every quarter named, with each quarter's score. */
export function inEachQuarter(lists: readonly Scored[][], t: Threshold, quarters: readonly string[], where: string): string {
  const passing = lists.map((list) => new Map(list.filter((i) => meets(i.final_score, t.comparison, t.value)).map((i) => [i.employee_id, i])));
  const [first, ...rest] = passing;
  const hit = [...first!.values()].filter((i) => rest.every((quarter) => quarter.has(i.employee_id)));
  const named = quarters.length === 2 ? `both ${quarters[0]} and ${quarters[1]}` : `each of ${quarters.join(', ')}`;
  if (hit.length === 0) return `Nobody${where} scored ${SAID[t.comparison]} ${t.value} in ${named}: none.`;
  const line = (i: Scored) => `${i.employee_name} (${i.employee_id}) ${passing.map((quarter) => quarter.get(i.employee_id)!.final_score).join(' and ')}`;
  return `${plural(hit.length, 'person', 'people')}${where} scored ${SAID[t.comparison]} ${t.value} in ${named}: ${listed(hit, line)}.`;
}
