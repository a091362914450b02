/*
 * The fifty-second practice set: an outside tester writing held-out checks from the README's assistant section and
 * API.md's /chat section alone. For each capability those documents promise, several wordings — plain, typo'd, terse,
 * long, polite, slangy — spread over every role: the HR generalist (admin), the managers Priya Raman of DEV and Elena
 * Petrova of QA about their own team, and the employees Aisha Khan, Fatima Zahra, Kevin O'Brien and Emma Clarke about
 * themselves. It starts with the documents' own examples reworded (three times each), then attendance over relative
 * periods of every kind (today, yesterday, this week, last week, this month, last month, this quarter, last quarter,
 * this year, so far, a named month, a named date, a date range), leave (balances, requests, who is off, pending
 * approvals), public holidays (the next one, those in a month, working days in a period), corrections pending and
 * missing check-outs, hires and leavers, tenure and headcounts, hours worked, scores and their statistics, rankings;
 * then the edge of each login's scope (not found, an ambiguous first name, teams and the company named back) and the
 * refusals the documents say must name what they refuse (pay, a fortnight, predictions, orders, secrets, breakdowns
 * not made, advice, reasons). Whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the
 * evaluation harness), never the assistant's code, and did not run the assistant: it is written code-blind. Every
 * figure, person, team and date is computed from the data set by the oracle (oracle/practice52-figures.ts for what
 * is new, with every relative period computed from the data set's "today"), never typed in.
 */
import type { Question } from '../expectation';
import { CHECKOUTS } from './practice52/checkouts';
import { EXAMPLES } from './practice52/examples';
import { HOLIDAY_QUESTIONS } from './practice52/holidays';
import { HOURS } from './practice52/hours';
import { LEAVE } from './practice52/leave';
import { PEOPLE } from './practice52/people';
import { PERIODS } from './practice52/periods';
import { REFUSALS } from './practice52/refusals';
import { SCOPE } from './practice52/scope';
import { SCORES } from './practice52/scores';

export const PRACTICE52: readonly Question[] = [
  ...EXAMPLES,
  ...PERIODS,
  ...LEAVE,
  ...HOLIDAY_QUESTIONS,
  ...CHECKOUTS,
  ...PEOPLE,
  ...HOURS,
  ...SCORES,
  ...SCOPE,
  ...REFUSALS,
];
