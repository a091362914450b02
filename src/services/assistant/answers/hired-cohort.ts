import { cannot, isPlan, type Question, type Step } from './plan';

/** The answers that list people, which a cohort by hire date narrows. */
const PEOPLE_LISTS = new Set(['late_or_absent', 'attendance_by_person']);

interface Hired {
  employee_id: string;
  hire_date: string;
}

/**
 * "Who was late in October among the people hired this year": the answer's list of people narrowed to those hired
 * then (their hire dates read beside it); any other answer is refused naming the cohort, never given for everyone.
 */
export function withinCohort(q: Question, step: Step): Step {
  const cohort = q.reading.filters.hired;
  if (cohort === undefined || step.intent === 'unsupported') return step;
  if (!isPlan(step) || !PEOPLE_LISTS.has(step.intent) || step.calls.length !== 1)
    return cannot(step.measure, `I pick people by when they were hired (${cohort.said}) only in a list of who was late, absent or on leave; not for this.`);
  const team = q.reading.teams[0];
  return {
    ...step,
    filters: { ...step.filters, hired: `${cohort.from} to ${cohort.to}` },
    calls: [...step.calls, { name: 'employment_dates', input: { status: 'any', ...(team && { team_id: team }) } }],
    phrase: ([answer, dates]) => {
      const hired = new Set(
        (dates as { people: Hired[] }).people.filter((p) => p.hire_date >= cohort.from && p.hire_date <= cohort.to).map((p) => p.employee_id),
      );
      const listed = answer as { people: { employee_id: string }[] };
      const text = step.phrase([{ ...listed, people: listed.people.filter((p) => hired.has(p.employee_id)) }]);
      return `Of the people hired from ${cohort.from} to ${cohort.to}: ${text}`;
    },
  };
}
