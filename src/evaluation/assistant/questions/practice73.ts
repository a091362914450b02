/*
 * The seventy-third practice set: typed in a hurry. Every role and every capability the README's assistant section and
 * API.md's /chat section list, asked as busy people type into a chat box: terse fragments ("aisha late days oct"),
 * typos and missing letters, no punctuation or all caps, chat-speak ("hw many ppl off tmrw", "whos late yday"), a
 * greeting or a thank-you around the question, a question wrapped in context ("i am doing payroll and need to know
 * …"), an afterthought after a dash ("QA team - how many late this week?"), and names written loosely (a first name
 * only one person has, a surname only, lowercase, a letter wrong — each checked by the oracle to point at one person).
 * Then the near-misses the README says it refuses, asks back or answers "not found".
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team,
 * and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * about themselves; some questions cross the caller's scope.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed from
 * the data set by code: oracle/practice73-periods.ts derives each relative period from the data set's "today" (checked
 * against the ISO dates the question files write beside it); oracle/practice73-figures.ts computes attendance on the
 * shared absence rule and attendance-figures.ts; oracle/practice73-people.ts people, names and scores on
 * people-figures.ts, score-figures.ts and tenure-since.ts; oracle/practice73-calendar.ts leave, holidays and working
 * days on leave-figures.ts and absence.ts. A question two readings would answer differently throws and is not asked: a
 * count or list over a period reaching today that today changes, a manager's "my team" figure or list that the
 * manager's own record changes, a list or ranking holding a leaver or tied at its cut, "how many late" where late
 * arrivals and people late differ, "who is off" with a pending request in the period, a tenure line someone sits on,
 * a person's working days over a span holding their own leave, a loosely written name near two people.
 */
import type { Question } from '../expectation';
import { CALENDAR } from './practice73/calendar';
import { DAILY } from './practice73/daily';
import { LEAVE } from './practice73/leave';
import { PEOPLE } from './practice73/people';
import { RATES } from './practice73/rates';
import { REFUSALS } from './practice73/refusals';
import { SCOPE } from './practice73/scope';
import { SCORES } from './practice73/scores';

export const PRACTICE73: readonly Question[] = [...PEOPLE, ...RATES, ...DAILY, ...SCORES, ...LEAVE, ...CALENDAR, ...SCOPE, ...REFUSALS];
