/*
 * The thirty-eighth practice set: a line manager's week. The two team managers with logins — Priya Raman of DEV
 * and Elena Petrova of QA — and the admin covering for them ask about their own team: who is off, on leave,
 * absent, late or not in yet today, yesterday, on a weekday, this week and next; the pending leave requests and
 * corrections waiting for them (and which of them they may decide); missing check-outs; each member's attendance
 * rate, score and hours for a quarter or a week; the team against last week, last month and last quarter; lines
 * ("anyone late more than 3 times this month", someone sitting exactly on the line left out); and deliberate probes
 * past their scope (another team, the company, team by team, a colleague elsewhere) and past what the service keeps
 * (salary, an hourly rate, bonuses, working from home, maternity leave, reporting lines, predictions, advice,
 * orders). The four employees with logins (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) ask about
 * themselves. Short phone-typed questions ("tmrw", "wk", "q3", "ppl", "yday", "qtr", "hrs", no apostrophes) are
 * mixed with long multi-part ones with a lead-in sentence. Written code-blind from /work/shared/API.md,
 * docs/API.md and the README's assistant section, without reading or running the assistant; assembled from the
 * files of questions/practice38/, every figure, date and person computed by the oracle from the data set
 * (oracle/practice38-figures.ts for what is new). Where the contract left a reading open, a comment beside the
 * question says which reading an HR user would expect.
 */
import type { Question } from '../expectation';
import { COMPARE } from './practice38/compare';
import { DAYS } from './practice38/days';
import { QUEUE } from './practice38/queue';
import { REPORTS } from './practice38/reports';
import { SCOPE } from './practice38/scope';
import { SELF } from './practice38/self';
import { THRESHOLDS } from './practice38/thresholds';

export const PRACTICE38: readonly Question[] = [...DAYS, ...QUEUE, ...REPORTS, ...COMPARE, ...THRESHOLDS, ...SELF, ...SCOPE];
