/*
 * The forty-sixth practice set: non-native English speakers and very terse writers asking the assistant — broken
 * grammar, missing articles, wrong word order, British and American spellings, wrong capitalisation, misspelt names
 * of people, teams and months ("Jame Wilson", "Secuirty", "Developement", "septembre", "novembre"), words run
 * together ("lastweek"), no punctuation, one- or two-word questions ("my attendance", "pending leave requests"),
 * chat abbreviations ("hw", "ppl", "yday", "2day", "lst wk", "mth", "reqs", "pls") and an emoji now and then. Who asks:
 * the admin at HR; the managers Priya Raman (DEV-001, of DEV) and Elena Petrova (QA-001, of QA) about their own team;
 * the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) about
 * themselves. It covers every measure the README's assistant section lists (headcount, profile facts, hires, leavers
 * and tenure, attendance and absence rates, late, absent, half days, missing check-outs, not checked in yet, hours and
 * clock times, scores and their statistics, rankings and changes, leave balances, taken and requested, holidays and
 * working days), periods written loosely, scope probes for every role, a name that is ambiguous for the admin, and
 * refusals of what the service does not do or keep, each of which must name what it could not do.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README, without reading the assistant's code or
 * running it; assembled from the files of questions/practice46/, every figure, date, person and team computed by the
 * oracle from the data set (oracle/practice46-figures.ts for what is new), never typed in as an answer.
 */
import type { Question } from '../expectation';
import { ABSENCE } from './practice46/absence';
import { CALENDAR } from './practice46/calendar';
import { HOURS } from './practice46/hours';
import { LATENESS } from './practice46/lateness';
import { LEAVE } from './practice46/leave';
import { PEOPLE } from './practice46/people';
import { RATES } from './practice46/rates';
import { REFUSALS } from './practice46/refusals';
import { SCOPE } from './practice46/scope';
import { SCORES } from './practice46/scores';

export const PRACTICE46: readonly Question[] = [
  ...PEOPLE,
  ...RATES,
  ...LATENESS,
  ...ABSENCE,
  ...HOURS,
  ...SCORES,
  ...LEAVE,
  ...CALENDAR,
  ...SCOPE,
  ...REFUSALS,
];
