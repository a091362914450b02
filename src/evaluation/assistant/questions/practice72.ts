/*
 * The seventy-second practice set: the HR admin's quarterly review. The admin — and now and then a manager about their
 * own team, or an employee about themselves — prepares a review: score statistics by team, level and position (the
 * mean, median, lowest, highest and spread, the top and bottom n, the biggest rise and fall between two quarters, who
 * moved up or down, a share above a line), attendance over months and quarters by team and level, thresholds ("who was
 * absent more than n days in Q3", "teams under 90 %"), hires and leavers in a period and tenure (the longest-serving,
 * who has passed n years), the headcount on a past day, leave taken by kind over a quarter, and comparisons asked as
 * yes or no or which is more ("did QA score better than DEV in Q2?", "is the company rate up on last quarter?"). Then
 * the edges: people, teams and the company outside the caller's scope, a first name two people share, names and ids
 * nobody has, and what the assistant refuses (periods ranked against each other, correlations, predictions, advice,
 * orders, breakdowns by job title or weekday, pay, reasons, a period without edges, SQL).
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001), and the employees Aisha
 * Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004). Long and short, polite and
 * curt, typos, lowercase and shorthand.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed from
 * the data set by code: oracle/practice72-periods.ts derives each relative period from the data set's "today" (checked
 * against the ISO dates the question files write beside it); oracle/practice72-attendance.ts computes attendance on the
 * shared absence rule and attendance-figures.ts; oracle/practice72-scores.ts scores on score-figures.ts;
 * oracle/practice72-people.ts hires, leavers, headcounts, tenure, leave and names on people-figures.ts,
 * tenure-since.ts and leave-figures.ts. A question two readings would answer differently throws and is not asked: a
 * count or list over a period reaching today that today changes, a manager's "my team" figure or list that the
 * manager's own record changes, a list or ranking holding a leaver or tied at its cut, a score figure of a level
 * holding a leaver's score (the level's people then, or the active ones now), a rate within 0.1 point of its
 * line or a score on its line, two sides of a comparison too close to call, a past day on which someone joined or left,
 * "more than n years" with someone at exactly n whole years.
 */
import type { Question } from '../expectation';
import { EMPLOYEES } from './practice72/employees';
import { JUDGEMENTS } from './practice72/judgements';
import { LEAVE } from './practice72/leave';
import { MANAGERS } from './practice72/managers';
import { PEOPLE } from './practice72/people';
import { RANKINGS } from './practice72/rankings';
import { REFUSALS } from './practice72/refusals';
import { STATS } from './practice72/stats';
import { THRESHOLDS } from './practice72/thresholds';
import { TRENDS } from './practice72/trends';

export const PRACTICE72: readonly Question[] = [
  ...STATS,
  ...RANKINGS,
  ...TRENDS,
  ...THRESHOLDS,
  ...PEOPLE,
  ...LEAVE,
  ...JUDGEMENTS,
  ...MANAGERS,
  ...EMPLOYEES,
  ...REFUSALS,
];
