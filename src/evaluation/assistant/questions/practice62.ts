/*
 * The sixty-second practice set: a manager's Monday morning, in the managers' own words. Priya Raman (DEV-001) and
 * Elena Petrova (QA-001) ask about their team — "my team", "my lot", "my guys", "the testers", first names only, typos,
 * terse Slack shorthand — and the HR admin and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien
 * (DAT-004) and Emma Clarke (SEC-004) ask the same things for contrast. Today (who is in, who has not checked in yet, who
 * came in late, who is on leave), yesterday, last week, this week and this month (late arrivals, absences, half days,
 * missed check-outs, hours, rates, a period against the one before, a month-by-month series), thresholds ("late more
 * than twice this month", "under 90 %"), rankings within the team (worst and best attendance, the lowest N, the most
 * late or absent, the most hours), one member against another and against the team's figure; pending leave requests,
 * decided ones, who is off, the corrections queue; the team's scores last quarter and the one before and the change,
 * top and bottom, who moved most; working days and holidays on the team's calendar; a first name shared by two people
 * (asked which, by the admin only — each manager sees one Chris); managers probing other teams, other teams' people and
 * company-wide figures (not found, or a refusal naming the scope); and what the assistant must refuse (orders, advice,
 * verdicts, reasons, a time of day, weekdays in the plural, predictions, pay, reporting lines, medical notes).
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README only (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed from
 * the data set by the oracle — oracle/practice62-figures.ts lays out each person's day again from the absence rule and
 * checks the sums against the shared oracle; oracle/practice62-team.ts recomputes scores, leave costs and working days
 * and checks them against the earlier oracles — and a question whose readings would disagree (a period reaching today,
 * with and without today; a list with and without leavers or the manager; "this week" so far or whole) throws and is
 * not asked.
 */
import type { Question } from '../expectation';
import { CALENDAR } from './practice62/calendar';
import { LEAVE } from './practice62/leave';
import { MONTH } from './practice62/month';
import { NAMES } from './practice62/names';
import { RANKINGS } from './practice62/rankings';
import { REFUSALS } from './practice62/refusals';
import { SCOPE } from './practice62/scope';
import { SCORES } from './practice62/scores';
import { TODAY_QUESTIONS } from './practice62/today';
import { WEEKS } from './practice62/weeks';
import { YESTERDAY_QUESTIONS } from './practice62/yesterday';

export const PRACTICE62: readonly Question[] = [
  ...TODAY_QUESTIONS,
  ...YESTERDAY_QUESTIONS,
  ...WEEKS,
  ...MONTH,
  ...RANKINGS,
  ...SCORES,
  ...LEAVE,
  ...CALENDAR,
  ...NAMES,
  ...SCOPE,
  ...REFUSALS,
];
