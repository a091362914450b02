import type { Question } from './plan';

interface Listed {
  employees?: { employee_id: string; position: string }[];
}

/**
 * "Am I a senior?", "is Aisha Khan a lead?": whether the one person asked about holds the level, read from the
 * people the answer found (for "am I", the people of that level the caller can see, the caller among them or not).
 */
export function positionVerdict(q: Question, results: readonly unknown[]): boolean | null {
  const level = q.reading.filters.position;
  const found = (results[0] as Listed | undefined)?.employees;
  if (level === undefined || found === undefined) return null;
  const me = q.reading.me && q.people.length === 0 ? q.context.employee_id : null;
  if (me !== null) return found.some((e) => e.employee_id === me && e.position === level);
  if (q.people.length !== 1 || found.length !== 1) return null;
  return found[0]!.employee_id === q.people[0]!.employee_id && found[0]!.position === level;
}
