import type { Employee } from '../../core/employee';
import type { ScoreInputs } from '../../core/performance';

function quarterOf(date: string): { year: number; quarter: number } {
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}

/** The `count` quarters before the one `today` falls in, oldest first. */
export function previousQuarters(today: string, count: number): string[] {
  let { year, quarter } = quarterOf(today);
  const periods: string[] = [];
  for (let i = 0; i < count; i++) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    periods.unshift(`${year}-Q${quarter}`);
  }
  return periods;
}

/** Stable, plausible inputs (55–98, a little better each quarter) for a person and a period. */
export function demoScoreInputs(employee: Employee, period: string, index: number): ScoreInputs {
  let hash = 2166136261;
  for (const char of `${employee.employee_id}|${period}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  const base = 60 + (hash % 30) + index;
  const spread = (salt: number) => Math.min(98, Math.max(55, base + (((hash >>> salt) % 11) - 5)));
  return { kpi: spread(3), completed_task: spread(9), feedback_360: spread(17) };
}
