import { names, plural } from './format';
import type { Person, Question, Step } from './plan';
import { excludedWords } from '../reading/exclusions';
import { leavingOut } from './unapplied';
import { scores } from './score-answers';

interface Listed {
  count: number;
  employees: Person[];
  not_listed: number;
}

/** The measures whose answer is a group of people, which list_employees counts and names. */
const OF_PEOPLE = new Set(['headcount', 'profile']);

/**
 * A group with teams or levels left out ("headcount for everyone except QA", "non-seniors in DEV", "everyone in QA
 * apart from the juniors"): its count, and its people when all are listed, as the whole group less each part left
 * out, through list_employees. Any other figure is refused naming what was left out.
 */
export function excluding(q: Question, measure: string | null): Step {
  const { reading, context } = q;
  const excluded = reading.excluded!;
  const asked = reading.operation === 'count' || reading.operation === 'list' || reading.operation === 'lookup';
  // Several teams, or a team beside teams left out, make no one group to take parts from.
  if (reading.teams.length > 1 || (reading.teams.length === 1 && excluded.teams.length > 0)) return leavingOut(excluded.said);
  // Scores are read person by person: those left out are taken off the list (score-answers' fromLists).
  if (measure === 'score') return scores(q, false);
  if ((measure !== null && !OF_PEOPLE.has(measure)) || !asked || reading.perPosition || q.people.length > 0) return leavingOut(excluded.said);
  const status = reading.filters.status ?? 'active';
  const base = {
    ...(status !== 'any' && { status }),
    ...(reading.filters.job_title && { job_title: reading.filters.job_title }),
    ...(reading.filters.position && { position: reading.filters.position }),
    ...(reading.teams[0] && { team_id: reading.teams[0] }),
  };
  // A team the caller cannot see has nobody in their figures to leave out.
  const seen = new Set(context.role === 'admin' ? context.teams.map((t) => t.team_id) : context.team_id ? [context.team_id] : []);
  const parts = [
    ...excluded.teams.filter((team) => seen.has(team)).map((team_id) => ({ label: team_id, input: { ...base, team_id } })),
    ...(reading.filters.position ? [] : excluded.positions.map((position) => ({ label: `${position.toLowerCase()}s`, input: { ...base, position } }))),
  ];
  const what = `${status === 'active' ? 'active ' : status === 'inactive' ? 'inactive ' : ''}${reading.filters.position ? `${reading.filters.position.toLowerCase()}s` : 'employees'}`;
  const where = reading.teams[0] ? `in ${reading.teams[0]}` : 'that you can see';
  const counted = reading.operation === 'count' || /\b(?:headcount|hc|how many|number|size|total)\b/.test(reading.said);
  return {
    intent: counted ? 'employee_count' : 'employee_list',
    measure: 'headcount',
    operation: reading.operation,
    calls: [{ name: 'list_employees', input: base }, ...parts.map((p) => ({ name: 'list_employees', input: p.input }))],
    phrase: (results) => {
      const [whole, ...less] = results as Listed[];
      const count = whole!.count - less.reduce((sum, l) => sum + l.count, 0);
      const group = `${plural(count, what.replace(/s$/, ''), what)} ${where}, leaving out ${excludedWords(excluded)}`;
      const sum = `${whole!.count} in all, less ${less.map((l, i) => `${l.count} ${parts[i]!.label}`).join(' and ') || 'none'}`;
      const gone = new Set(less.flatMap((l) => l.employees.map((e) => e.employee_id)));
      const complete = [whole!, ...less].every((l) => l.not_listed === 0);
      if (counted || !complete) return `There ${count === 1 ? 'is' : 'are'} ${group} (${sum}).`;
      if (count === 0) return `There are no ${what} ${where} once ${excludedWords(excluded)} are left out: nobody.`;
      return `${group}: ${names(whole!.employees.filter((e) => !gone.has(e.employee_id)))}.`;
    },
  };
}
