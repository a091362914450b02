/*
 * The fifty-sixth practice set: an outside tester who reads the README's assistant section and API.md's assistant
 * section line by line and, for each capability they promise, asks it three ways — the plain wording (API.md's ten
 * examples as written, the rest in the tester's own words), a casual wording with a typo or an abbreviation ("avg scor",
 * "att rate wk 44", "hw many ppl in qa atm", "nxt hol 4 me", "whos on PTO today"), and a wording that adds one more
 * constraint (a team, a level, a period, a threshold, a top N) — checking that no constraint is ever dropped. It covers
 * every measure the documents list (headcount, profile facts, tenure, hires and leavers, attendance and absence rates,
 * late arrivals, absences, half days, people on leave, missing check-outs, people not in yet, a share of the people,
 * hours, check-in and check-out times, the last time something happened, score statistics, changes, KPI, rankings,
 * bands, leave balances, leave taken, requests, who is off, when someone is back, holidays, working days, corrections)
 * and every kind of period (today, this morning, yesterday, a weekday alone, a date written day first, a holiday as the
 * day and the day after it, a week ago today, the Friday before last, last, this and next week, the week before, an ISO
 * week, since the 10th, the past two weeks, a range of days, a named month, this and last month, month by month, this
 * and last quarter, this year, H1, this time last year, December and the rest of the year ahead). Some questions cross
 * the caller's scope (not found, or named back as outside), "chris" is two people for the admin, and some must be
 * refused naming what cannot be done (salary, orders, predictions, a fortnight, a day-of-week breakdown, a time of day,
 * parental leave, a password, reporting lines, a department that does not exist, why someone left).
 *
 * Who asks: the HR admin; the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team; the
 * employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) about
 * themselves. Written code-blind: whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the
 * evaluation harness), never the assistant's code, and did not run the assistant. Every figure, person, team and date
 * is computed from the data set by the oracle (oracle/practice56-figures.ts for what is new, with the earlier oracles),
 * never typed in as an answer.
 */
import type { Question } from '../expectation';
import { ABSENCES } from './practice56/absences';
import { EXAMPLES } from './practice56/examples';
import { HOURS_AND_TIMES } from './practice56/hours-times';
import { LEAVE_AND_CALENDAR } from './practice56/leave-calendar';
import { PEOPLE } from './practice56/people';
import { RATES } from './practice56/rates';
import { REFUSALS } from './practice56/refusals';
import { SCOPE } from './practice56/scope';
import { SCORES } from './practice56/scores';

export const PRACTICE56: readonly Question[] = [
  ...EXAMPLES,
  ...PEOPLE,
  ...RATES,
  ...ABSENCES,
  ...HOURS_AND_TIMES,
  ...SCORES,
  ...LEAVE_AND_CALENDAR,
  ...SCOPE,
  ...REFUSALS,
];
