/*
 * practice50 — descriptions the service cannot apply, each refused naming what it cannot do (API.md: every
 * constraint is used or named back; README: what it refuses). Levels the organisation does not have (API.md's
 * positions are Junior, Mid, Senior, Lead and Manager: no interns, trainees, graduates, directors or apprentices),
 * statuses it does not keep (contractors, probation, suspended, a performance plan, remote, part-time), people picked
 * by when they were hired used for anything but a list of who was late, absent or on leave (a rate, a score, hours),
 * reporting lines, what it does not hold (gender, pay, age, why someone left), a breakdown by job title, predictions,
 * a department the organisation does not have, people left out of a rate, a time of day, weekdays in the plural, and
 * orders. Whether the answer refuses or says there is no such group, it gives no figure.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Levels the organisation does not have.
  q('PY213', 'admin', 'how many interns do we have?', () => refusal('intern')),
  q('PY214', 'admin', 'list the trainees in DEV', () => refusal('trainee')),
  q('PY215', 'admin', 'attendance rate for the graduates last month', () => refusal('graduate')),
  q('PY216', 'admin', 'how many directors are there', () => refusal('director')),
  q('PY217', 'DEV-001', 'which of my apprentices were late last week', () => refusal('apprentice')),

  // Statuses and arrangements it does not keep.
  q('PY218', 'admin', 'number of contractors in QA', () => refusal('contractor', 'contract')),
  q('PY219', 'admin', 'who is still on probation', () => refusal('probation')),
  q('PY220', 'admin', 'list the suspended employees', () => refusal('suspended', 'suspen')),
  q('PY221', 'QA-001', 'is anyone on my team on a PIP', () => refusal('pip', 'performance improvement')),
  q('PY222', 'admin', 'list our remote workers', () => refusal('remote')),
  q('PY223', 'admin', 'part-time juniors in AI?', () => refusal('part-time', 'part time')),

  // People picked by when they were hired, for anything but a list of who was late, absent or on leave.
  q('PY224', 'admin', 'attendance rate in October for the people hired this year', () => refusal('hired')),
  q('PY225', 'admin', "average Q3 score of this year's new hires", () => refusal('hire', 'new hires')),
  q('PY226', 'admin', 'hours worked last week by the people hired in 2024', () => refusal('hired')),

  // Reporting lines, and what it does not hold.
  q('PY227', 'admin', 'who reports to Priya Raman', () => refusal('report')),
  q('PY228', 'DEV-001', 'who is my manager', () => refusal('manager', 'reporting')),
  q('PY229', 'admin', 'how many women work in security', () => refusal('women', 'gender')),
  q('PY230', 'admin', 'highest paid junior', () => refusal('paid', 'salary', 'pay')),
  q('PY231', 'admin', 'which seniors are over 40 years old', () => refusal('age', 'old', 'years old')),
  q('PY232', 'admin', 'which of the leavers were fired', () => refusal('fired', 'why')),
  q('PY233', 'SEC-004', 'do I earn more than the other analysts', () => refusal('earn', 'salary', 'pay')),

  // Breakdowns, predictions and constraints it cannot apply.
  q('PY234', 'admin', 'average score by job title in Q3', () => refusal('job title', 'title')),
  q('PY235', 'admin', "who's likely to get promoted to senior next year", () => refusal('promot', 'predict', 'likely')),
  q('PY236', 'admin', 'how many seniors are in the sales department', () => refusal('sales')),
  q('PY237', 'admin', 'attendance rate excluding the juniors last month', () => refusal('excluding', 'juniors')),
  q('PY238', 'admin', 'which juniors checked in before 9 yesterday', () => refusal('before 9', 'time of day', 'before')),
  q('PY239', 'admin', 'attendance of the seniors on fridays', () => refusal('fridays', 'day of the week', 'weekday')),

  // Orders.
  q('PY240', 'DEV-001', 'promote Omar Haddad to mid level', () => refusal('promote', 'PUT /employees')),
];
