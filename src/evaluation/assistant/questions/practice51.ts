/*
 * The fifty-first practice set: breakdowns and several asks in one message. An HR team — the HR generalist (admin),
 * the managers Priya Raman of DEV and Elena Petrova of QA about their own team, and the employees Aisha Khan, Fatima
 * Zahra, Kevin O'Brien and Emma Clarke about themselves — asks for figures broken down per team, by two levels side
 * by side, for each member of a team, month by month, week by week, quarter by quarter and on days asked apart, and
 * sends messages carrying two or three asks at once (joined by "and", "also", "plus", "then", a semicolon, or as
 * separate sentences: the headcount of QA and its attendance last month; my leave balance and the next holiday; who
 * was late yesterday, who hasn't checked in yet and who is on leave this week). Every ask of a message is expected
 * answered, with all its figures, people, teams and dates; measures of every kind (headcounts, attendance and
 * absence rates, late arrivals, absences, half days, missing check-outs, leave, hours, scores and their statistics,
 * hires and leavers, tenure, working days, holidays, requests). Some messages are refused, naming what the service
 * cannot do (breakdowns by job title, hour, weekday or fortnight, a series day by day, a breakdown over every level,
 * an order or a prediction after a question, what it does not keep); some cross the edge of a login's scope (not
 * found, or named back as outside); "chris" is ambiguous for the admin. Whoever wrote it read only
 * /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the assistant's code, and did
 * not run the assistant: it is written code-blind. Every figure, person, team and date is computed by the oracle from
 * the data set (oracle/practice51-figures.ts for what is new), never typed in.
 */
import type { Question } from '../expectation';
import { LEVELS } from './practice51/levels';
import { MANAGERS } from './practice51/managers';
import { MEMBERS } from './practice51/members';
import { MINE } from './practice51/mine';
import { MONTHS } from './practice51/months';
import { PER_TEAM } from './practice51/per-team';
import { REFUSALS } from './practice51/refusals';
import { SCOPE } from './practice51/scope';
import { THREE_ASKS } from './practice51/three-asks';
import { TWO_ASKS } from './practice51/two-asks';
import { WEEKS_QUARTERS } from './practice51/weeks-quarters';

export const PRACTICE51: readonly Question[] = [
  ...PER_TEAM,
  ...LEVELS,
  ...MONTHS,
  ...WEEKS_QUARTERS,
  ...MEMBERS,
  ...MINE,
  ...TWO_ASKS,
  ...THREE_ASKS,
  ...MANAGERS,
  ...SCOPE,
  ...REFUSALS,
];
