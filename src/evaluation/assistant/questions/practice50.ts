/*
 * The fiftieth practice set: people picked out by filters and descriptions. HR people rarely name everyone: they ask
 * about the seniors in QA, the juniors, the leads and the managers, the mid level ML engineers and the security
 * analysts, the current staff and the people who left, the new starters of a month, a quarter or a year, the newest
 * hire and the longest-serving person, the QA manager and the DAT lead (groups of one), people with at least N years
 * of service, people who scored above or below a line, and the people hired this year. The HR desk (the admin login),
 * the managers Priya Raman of DEV and Elena Petrova of QA about their own team, and the employees Aisha Khan, Fatima
 * Zahra, Kevin O'Brien and Emma Clarke about themselves ask headcounts, rosters, attendance, lateness, absences,
 * hours, scores, leave and tenure for such groups over days, weeks, months, quarters and years. Levels, statuses and
 * arrangements the data set does not have (interns, trainees, graduates, directors, contractors, probation, remote,
 * part-time) and the hire filter used beyond a list are refused naming them; descriptions across a login's scope are
 * "not found" or named back as outside; "chris" is ambiguous for the admin. Whoever wrote it read only
 * /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the assistant's code, and did
 * not run the assistant: it is written code-blind. Every figure, person, team and date is computed by the oracle from
 * the data set (oracle/practice50-figures.ts and oracle/practice50-people.ts for what is new), never typed in; where a
 * description could be read two honest ways (leavers in the group or not, a manager with or without themselves, a
 * period to today with or without today, tenure on the calendar or in whole years), both are computed and must agree.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice50/attendance';
import { HEADCOUNTS } from './practice50/headcounts';
import { HOURS } from './practice50/hours';
import { JOINERS } from './practice50/joiners';
import { LEAVE } from './practice50/leave';
import { REFUSALS } from './practice50/refusals';
import { ROSTERS } from './practice50/rosters';
import { SCOPE } from './practice50/scope';
import { SCORES } from './practice50/scores';

export const PRACTICE50: readonly Question[] = [...HEADCOUNTS, ...ROSTERS, ...JOINERS, ...ATTENDANCE, ...HOURS, ...SCORES, ...LEAVE, ...SCOPE, ...REFUSALS];
