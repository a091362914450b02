/*
 * The fifty-third practice set: a manager's and an HR generalist's working week. The HR generalist (admin), the
 * managers Priya Raman of DEV and Elena Petrova of QA about their own team, and the employees Aisha Khan, Fatima Zahra,
 * Kevin O'Brien and Emma Clarke about themselves run the Monday-morning check on the data set's open day (who has
 * checked in, who was late this morning, who is not in yet, who is on leave today, who forgot to check out or was
 * absent yesterday, who was late on Monday), compare two periods (this month against last, last week against the
 * week before, Q2 against Q3) and two teams, follow trends month by month, week by week and quarter by quarter, rank
 * people and teams (top and bottom N, "the most" naming everyone tied, cuts inside a tie going by name as API.md
 * says), narrow lists by level, job title and status, count against thresholds (more than N days absent, attendance
 * below a rate, hours over a line, teams past a count), open messages with a sentence of context ("I'm the DEV
 * manager. …", "Quick one for payroll: …") and send two asks at once. Typos, slang, short and long messages. Some
 * questions must be refused (salary, a fortnight, a prediction, an order, a breakdown by weekday, hour or job title,
 * advice, a department the organisation does not have); some cross the caller's scope (not found, or
 * named back as outside); "chris" is ambiguous for the admin. Whoever wrote it read only /work/shared/API.md,
 * docs/API.md and the README (and the evaluation harness), never the assistant's code, and did not run the assistant:
 * it is written code-blind. Every figure, person, team and date is computed from the data set by the oracle
 * (oracle/practice53-figures.ts, practice53-people.ts and practice53-rankings.ts for what is new), never typed in.
 */
import type { Question } from '../expectation';
import { CONTEXT } from './practice53/context';
import { FILTERS } from './practice53/filters';
import { MINE } from './practice53/mine';
import { MONDAY_CHECK } from './practice53/monday';
import { PERIODS } from './practice53/periods';
import { RANKINGS } from './practice53/rankings';
import { REFUSALS } from './practice53/refusals';
import { SCOPE } from './practice53/scope';
import { TEAMS_SIDE_BY_SIDE } from './practice53/teams';
import { THRESHOLDS } from './practice53/thresholds';
import { TRENDS } from './practice53/trends';
import { TWO_ASKS } from './practice53/two-asks';

export const PRACTICE53: readonly Question[] = [
  ...MONDAY_CHECK,
  ...PERIODS,
  ...TRENDS,
  ...TEAMS_SIDE_BY_SIDE,
  ...RANKINGS,
  ...FILTERS,
  ...THRESHOLDS,
  ...CONTEXT,
  ...TWO_ASKS,
  ...MINE,
  ...SCOPE,
  ...REFUSALS,
];
