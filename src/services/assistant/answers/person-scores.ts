import { mean } from './score-statistics';
import { round2 } from './format';
import type { Question, Step } from './plan';

export function quartersOf(q: Question): string[] {
  const { quarters, range } = q.reading;
  if (quarters.length > 0) return quarters;
  // "2025 so far": the year's quarters, of which only those ended have scores.
  const year = range === null ? undefined : /^(\d{4})(?: so far)?$/.exec(range.label)?.[1];
  if (year !== undefined) return [1, 2, 3, 4].map((n) => `${year}-Q${n}`);
  // "H1 2025": its two quarters; "this time last year": the quarter that held that day.
  const half = range === null ? null : /^H([12]) (\d{4})$/.exec(range.label);
  if (half) return half[1] === '1' ? [`${half[2]}-Q1`, `${half[2]}-Q2`] : [`${half[2]}-Q3`, `${half[2]}-Q4`];
  if (range?.label === 'this time last year') return [`${range.from.slice(0, 4)}-Q${Math.floor((Number(range.from.slice(5, 7)) - 1) / 3) + 1}`];
  return [];
}

const quarterBefore = (quarter: string) => {
  const [year, n] = [Number(quarter.slice(0, 4)), Number(quarter.slice(-1))];
  return n === 1 ? `${year - 1}-Q4` : `${year}-Q${n - 1}`;
};
export const moveOf = (change: number) => (change > 0 ? `+${change} (up)` : change < 0 ? `${change} (down)` : '0 (no change)');

/** "My best quarter": the quarter of the highest score (the lowest for "worst"), the first of any tied. */
function bestQuarter(items: readonly { period: string; final_score: number }[], bottom: boolean): string {
  const best = items.reduce((a, b) => (bottom ? (b.final_score < a.final_score ? b : a) : b.final_score > a.final_score ? b : a));
  return ` ${bottom ? 'Lowest' : 'Highest'}: ${best.period} (${best.final_score}).`;
}

/** One person's (or the caller's) scores; a change between two quarters when asked. */
export function personScores(q: Question, kpi: boolean): Step {
  const ids = q.reading.me && q.people.length === 0 ? [undefined] : q.people.map((p) => p.employee_id);
  const named = quartersOf(q);
  // "Did my score go up last quarter": from the quarter before it.
  const quarters = q.reading.statistic === 'change' && named.length === 1 ? [quarterBefore(named[0]!), named[0]!] : named;
  return {
    intent: q.reading.me ? 'my_scores' : 'employee_scores',
    measure: kpi ? 'kpi' : 'score',
    calls: ids.map((employee_id) => ({
      name: 'employee_scores',
      input: { ...(employee_id && { employee_id }), ...(quarters.length === 1 && { period: quarters[0] }) },
    })),
    phrase: (results) =>
      results
        .map((r) => {
          const d = r as {
            employee_id: string;
            name: string;
            items: { period: string; kpi: number; completed_task: number; feedback_360: number; final_score: number }[];
          };
          const whose = q.reading.me ? 'Your' : `${d.name} (${d.employee_id})'s`;
          const items = quarters.length === 0 ? d.items : d.items.filter((i) => quarters.includes(i.period));
          if (items.length === 0)
            return `${q.reading.me ? 'You have' : `${d.name} (${d.employee_id}) has`} no scores recorded${quarters.length > 0 ? ` for ${quarters.join(', ')}` : ''}: none.`;
          const line = items
            .map((i) =>
              kpi ? `${i.period} KPI ${i.kpi}` : `${i.period} ${i.final_score} (KPI ${i.kpi}, tasks ${i.completed_task}, 360 feedback ${i.feedback_360})`,
            )
            .join(', ');
          const change =
            // "Q3, and how does that compare with Q2", "last quarter vs the quarter before": the move between them too.
            (q.reading.statistic === 'change' && items.length >= 2) || ((q.reading.operation === 'compare' || q.reading.pair) && items.length === 2)
              ? ` Change from ${items[0]!.period} to ${items.at(-1)!.period}: ${moveOf(round2(items.at(-1)!.final_score - items[0]!.final_score))}.`
              : '';
          const avg = quarters.length > 1 && q.reading.statistic === 'mean' ? ` Average ${mean(items.map((i) => i.final_score))}.` : '';
          const ranked = q.reading.operation === 'rank' && !kpi && items.length > 1 ? bestQuarter(items, q.reading.order === 'bottom') : '';
          return `${whose} ${kpi ? 'KPI scores' : 'final scores'}: ${line}.${change}${avg}${ranked}`;
        })
        .join(' '),
  };
}
