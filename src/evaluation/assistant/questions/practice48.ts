/*
 * The forty-eighth practice set: numbers and lines. An HR team — the HR generalist (admin), the managers Priya Raman
 * of DEV and Elena Petrova of QA about their own team, and the employees Aisha Khan, Fatima Zahra, Kevin O'Brien and
 * Emma Clarke about themselves — asks whether figures are above, below, at least, at most, more than, fewer than,
 * exactly or between lines: attendance and absence rates (lines written 95%, 0.95, .9, 95 percent, 85pc, ninety-five
 * per cent), late arrivals, absences, half days, missing check-outs and people not checked in, hours, scores, means,
 * medians, spreads, KPIs and moves between quarters, headcounts, service, hires and leavers, working days and
 * holidays left, leave balances, leave taken and counts of requests, shares of people and of scores, and the top and
 * bottom N. Many questions sit exactly on their line (QA's attendance last week is exactly 90 %, QA's Q3 mean exactly
 * 67, Emma Clarke's Q3 score exactly 96, five pending requests), so that "below 90 %" must be no and "at least 90 %"
 * yes. Some questions are refused (lines over what the service does not keep or do), some cross the edge of a
 * login's scope (not found, or named back as outside), and "chris" is ambiguous for the admin. Whoever wrote it read
 * only /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the assistant's code, and
 * did not run the assistant: it is written code-blind. Every figure, person, team and date is computed by the oracle
 * from the data set (oracle/practice48-figures.ts and oracle/practice48-lines.ts for what is new), never typed in.
 */
import type { Question } from '../expectation';
import { COUNTS } from './practice48/counts';
import { HOURS } from './practice48/hours';
import { LEAVE_LINES } from './practice48/leave';
import { PEOPLE } from './practice48/people';
import { RANKINGS } from './practice48/rankings';
import { RATES } from './practice48/rates';
import { REFUSALS } from './practice48/refusals';
import { SCOPE } from './practice48/scope';
import { SCORES } from './practice48/scores';
import { SHARES } from './practice48/shares';

export const PRACTICE48: readonly Question[] = [
  ...RATES,
  ...COUNTS,
  ...HOURS,
  ...SCORES,
  ...SHARES,
  ...RANKINGS,
  ...PEOPLE,
  ...LEAVE_LINES,
  ...SCOPE,
  ...REFUSALS,
];
