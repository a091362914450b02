import { listed } from './format';
import { personFacts } from './people-answers';
import { isPlan, type Plan, type Question, type Step } from './plan';

/** Facts each person has one of, by date: who joined or left first is read from them. */
const DATED: Record<string, 'hire_date' | 'end_date'> = { hire_date: 'hire_date', tenure: 'hire_date', end_date: 'end_date' };
/** "Who joined first", "who has been here longer": the earliest date; "who joined last", "more recently": the latest. */
const EARLIEST = /\b(?:first|earli(?:er|est)|sooner|longer|longest|before)\b/;
const LATEST = /\b(?:last|later|latest|most recently|more recently|newer|newest)\b/;

/**
 * "When did Aisha Khan and Tom Becker join", "who has been here longer, Aisha or Tom": each person's fact, and when
 * the question orders them, who comes first. Null for one person, or for a fact that is not one of theirs.
 */
export function peopleFactsCompared(q: Question, measure: string): Step | null {
  if (q.people.length < 2) return null;
  const each = q.people.map((person) => personFacts({ ...q, people: [person] }, measure));
  if (!each.every((step): step is Plan => step !== null && isPlan(step))) return null;
  const field = DATED[measure];
  const order = field === undefined ? null : EARLIEST.test(q.reading.said) ? 'earliest' : LATEST.test(q.reading.said) ? 'latest' : null;
  return {
    intent: 'employee_lookup',
    measure,
    calls: each.flatMap((step) => step.calls),
    phrase: (results) => {
      const lines = each.map((step, i) => step.phrase(results.slice(i, i + 1))).join(' ');
      if (order === null || field === undefined) return lines;
      const dated = q.people.filter((p) => p[field] !== null);
      if (dated.length < 2) return lines;
      const days = dated.map((p) => p[field]!).sort();
      const day = order === 'earliest' ? days[0]! : days.at(-1)!;
      const first = dated.filter((p) => p[field] === day);
      const verb = field === 'hire_date' ? 'joined' : 'left';
      const who = listed(first, (p) => `${p.name} (${p.employee_id})`);
      // "Did Sofia join before Mei": whether the first named is the one who came first.
      const verdict = q.reading.yesNo ? `${first.some((p) => p.employee_id === q.people[0]!.employee_id) ? 'Yes' : 'No'}: ` : '';
      return `${verdict}${who} ${verb} ${order === 'earliest' ? 'first' : 'last'}${first.length > 1 ? ', on the same day' : ''} (${day}). ${lines}`;
    },
  };
}
