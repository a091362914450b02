/*
 * The sixtieth practice set: a new HR generalist's first week with the assistant. Every promise of the README's
 * assistant section and API.md's assistant section is asked in the asker's own words, never an example copied: who
 * works here (a person, profile facts several at once, headcounts today and on a past day, by team, level and job
 * title, teams left out, hires, leavers, tenure), attendance on a day and over weeks, months and quarters (rates and
 * absence rates, late, absent, half days, missing check-outs, not checked in yet, hours, series, rankings, thresholds,
 * who did not, teams under the alert line), scores (mean, median, spread, top and bottom, moves, trends, KPI), leave
 * (balances, requests, who is off, leave by kind) and the calendar (holidays, working days), most of them with
 * realistic follow-on detail in the same message — two asks joined by "and", "also", "+" or a second sentence — and
 * days written every way people write them ("31/10", "Oct 31st", "31st October", "2025-10-31", "the 14th", "last
 * Friday", "a week ago Monday", "Monday", "the Friday before last", "26th of November"). Typos, lowercase, shorthand,
 * long and short, polite and curt. Some questions cross the caller's scope ("not found", or a refusal naming the
 * scope) and some must be refused, naming what the assistant cannot do.
 *
 * Every role asks: the HR generalist (admin), the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about
 * their own team, and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma
 * Clarke (SEC-004) about themselves.
 *
 * Written code-blind: whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the evaluation
 * harness), never the assistant's code, and did not run the assistant. Every figure, person, team and date is
 * computed from the data set by the oracle (oracle/practice60-figures.ts for what is new — a day read from the words
 * the question writes it in — with the earlier oracles), never typed in; a question that two readings would answer
 * differently throws and is not asked.
 */
import type { Question } from '../expectation';
import { DAYS } from './practice60/days';
import { EMPLOYEES } from './practice60/employees';
import { LEAVE } from './practice60/leave';
import { MANAGERS } from './practice60/managers';
import { PERIODS } from './practice60/periods';
import { REFUSALS } from './practice60/refusals';
import { SCOPE } from './practice60/scope';
import { SCORES } from './practice60/scores';
import { WHO } from './practice60/who';

export const PRACTICE60: readonly Question[] = [...WHO, ...DAYS, ...PERIODS, ...SCORES, ...LEAVE, ...MANAGERS, ...EMPLOYEES, ...SCOPE, ...REFUSALS];
