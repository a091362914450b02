import { z } from 'zod';
import { EMPLOYEE_STATUSES, POSITIONS, type EmployeeBrief } from '../../core/employee';
import type { EmployeeService } from '../employee.service';
import { DateArg, defineTool, TeamArg } from './assistant-tool';
import { editDistance } from './reading/edit-distance';

const FindPeopleInput = z
  .object({
    names: z.array(z.string().trim().min(2).max(100)).min(1).max(5).describe('Names as the question wrote them, possibly misspelt or a first name only'),
  })
  .strict();

const EmploymentInput = z
  .object({
    team_id: TeamArg.optional(),
    position: z.enum(POSITIONS).optional(),
    status: z.enum([...EMPLOYEE_STATUSES, 'any']).default('any'),
    hired_from: DateArg.optional(),
    hired_to: DateArg.optional(),
    left_from: DateArg.optional(),
    left_to: DateArg.optional(),
  })
  .strict();

const brief = (e: EmployeeBrief) => ({
  employee_id: e.employee_id,
  name: e.name,
  team_id: e.team_id,
  position: e.position,
  job_title: e.job_title,
  status: e.status,
  hire_date: e.hire_date,
  end_date: e.end_date,
});

/** Spellings that sound alike ("Feliks", "Felix"; "Stefan", "Stephan"), written one way before names are compared. */
const soundsAlike = (words: string) => words.toLowerCase().replace(/ks/g, 'x').replace(/ph/g, 'f').replace(/ck/g, 'k');

/** Each word of a name within its edit tolerance of a word of the person's name, in any order. */
export function nameDistance(said: string, name: string): number {
  const words = soundsAlike(name).split(/\s+/);
  const saidWords = soundsAlike(said).split(/\s+/);
  // Beside a longer word of the name spelt right, a three-letter one may be a letter off ("marcus lea"), a word of
  // four to six letters two ("lena hofman").
  const anchored = (word: string) => saidWords.some((other) => other !== word && other.length >= 4 && words.includes(other));
  let total = 0;
  for (const word of saidWords) {
    const max = word.length < 3 ? 0 : word.length < 4 ? (anchored(word) ? 1 : 0) : word.length < 7 ? (anchored(word) ? 2 : 1) : 2;
    const best = Math.min(...words.map((w) => editDistance(word, w, max)));
    // A short form of a first name ("Kev", "Mo") costs one edit, so a full spelling within tolerance still wins;
    // the start of a surname is not one ("John" is not Sarah Johnson).
    const short = word.length >= 2 && words[0]!.length > word.length && words[0]!.startsWith(word);
    if (best > max && !short) return Infinity;
    total += best > max ? 1 : best;
  }
  return total;
}

export function peopleTools(employees: EmployeeService) {
  return [
    defineTool({
      name: 'find_people',
      description:
        "Find people by name in the caller's scope, tolerating misspellings and first names only: for each name, the people it may mean (several: ask which).",
      input: FindPeopleInput,
      run: async (principal, input) => {
        const results = [];
        // Read once for every name of the question that needs it.
        let everyone: Promise<EmployeeBrief[]> | undefined;
        for (const said of input.names) {
          // By key first: the database's name search; only a misspelling falls back to reading the scope.
          let found = await employees.briefs(principal, { q: said });
          const whole = found.filter((e) =>
            e.name
              .toLowerCase()
              .split(/\s+/)
              .some((w) => said.toLowerCase().split(/\s+/).includes(w)),
          );
          // The search matches inside words: "john" finds Sarah Johnson, whom only the fuzzy reading below may offer.
          found = whole.length > 0 ? whole : found.filter((e) => nameDistance(said, e.name) !== Infinity);
          if (found.length === 0) {
            everyone ??= employees.briefs(principal, {});
            const scored = (await everyone).map((e) => ({ e, d: nameDistance(said, e.name) })).filter((x) => x.d !== Infinity);
            const best = Math.min(...scored.map((x) => x.d));
            found = scored.filter((x) => x.d === best).map((x) => x.e);
          }
          results.push({ name: said, people: found.map(brief) });
        }
        return { results };
      },
    }),
    defineTool({
      name: 'employment_dates',
      description:
        "The people in the caller's scope with their hire date and last day (end_date), by team, position and status, and optionally those hired or those who left within dates: for hires, leavers and tenure.",
      input: EmploymentInput,
      run: async (principal, input) => {
        const filter = {
          ...(input.team_id && { team_id: input.team_id }),
          ...(input.position && { position: input.position }),
          ...(input.status !== 'any' && { status: input.status }),
        };
        const everyone = await employees.briefs(principal, filter);
        const within = (date: string | null, from?: string, to?: string) =>
          date !== null && (from === undefined || date >= from) && (to === undefined || date <= to);
        const people = everyone.filter(
          (e) =>
            ((input.hired_from === undefined && input.hired_to === undefined) || within(e.hire_date, input.hired_from, input.hired_to)) &&
            ((input.left_from === undefined && input.left_to === undefined) || within(e.end_date, input.left_from, input.left_to)),
        );
        return { filters: input, count: people.length, people: people.map(brief) };
      },
    }),
  ];
}
