/*
 * The sixty-ninth practice set: the newcomer who has just read the README. Every capability the README's assistant
 * section and API.md's /chat section say the assistant understands is asked in the user's own words, two to four times
 * with different wording, period, person or team, role and spelling: who someone is (by id in any case, full name,
 * misspelling, a first name only one person has), profile facts and tenure, headcounts (by team code, name,
 * misspelling and nickname, position, job title, including leavers, on a past day, the whole less a part) and lists;
 * attendance rates (company, team, level, person; defaults; trends; side by side; against the company or a line;
 * attendance issues; person by person); late, absent, half days, on leave, missing check-outs, not checked in yet,
 * check-in and check-out times and hours; scores (mean, median, lowest, highest, spread, trend, comparisons, rankings,
 * moves, a band, a share, KPI, one's own); leave (balances, allowances, taken, requests by state, who is off, when
 * someone is back, what a request costs, by kind); the calendar (next holiday, a holiday by name, working day or not,
 * holidays left, working days), hires and leavers, tenure and corrections. Then the near-misses the README says it
 * refuses or asks back: a first name two people share, names and ids nobody has, people, teams and the company outside
 * the caller's scope, things the service does not keep, orders to change data, advice, how-to, SQL and secrets.
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team,
 * and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * about themselves; some questions cross the caller's scope. Long and short, polite and curt, typos, lowercase and
 * shorthand; the README's own examples are varied, not copied.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed from
 * the data set by code: oracle/practice69-periods.ts derives each relative period from the data set's "today" (checked
 * against the ISO dates the question files write beside it); oracle/practice69-figures.ts computes attendance on the
 * shared absence rule and attendance-figures.ts; oracle/practice69-people.ts people and scores on people-figures.ts,
 * score-figures.ts and tenure-since.ts; oracle/practice69-calendar.ts leave, holidays and working days on
 * leave-figures.ts and absence.ts. A question two readings would answer differently throws and is not asked: a count
 * over a period reaching today that today changes, a manager's "my team" figure or list that the manager's own days
 * change, a list or ranking holding a leaver or tied at its cut, "who is off" with a pending request in the period, a
 * tenure line someone sits on in whole years, a person's working days over a span holding their own leave.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice69/attendance';
import { CALENDAR } from './practice69/calendar';
import { DAILY } from './practice69/daily';
import { LEAVE } from './practice69/leave';
import { PEOPLE } from './practice69/people';
import { REFUSALS } from './practice69/refusals';
import { SCOPE } from './practice69/scope';
import { SCORES } from './practice69/scores';

export const PRACTICE69: readonly Question[] = [...PEOPLE, ...ATTENDANCE, ...DAILY, ...SCORES, ...LEAVE, ...CALENDAR, ...SCOPE, ...REFUSALS];
