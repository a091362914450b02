/*
 * The eleventh practice set: HR generalists, payroll clerks, team managers and staff who are busy and
 * imprecise and write the way they talk on Slack — run-on sentences, "pls", British and American spelling,
 * dates written many ways, first names and nicknames, teams as descriptions ("the security folks", "data
 * ppl"), comparisons, thresholds, top/bottom N, trends, "so far this year", questions about themselves, and
 * managers straying outside their team. About a quarter should be refused (data the service does not keep,
 * orders to change data, advice, predictions, breakdowns it does not make), each listing the words a good
 * refusal would name.
 *
 * Written code-blind, from docs/API.md, the contract (API.md) and the README's assistant section only:
 * nobody who wrote it read the assistant's code, its tests or the other question sets. Every expected figure
 * is computed by the oracle (src/evaluation/assistant/oracle) from the fixed data set, never typed by hand.
 */
import type { Question } from '../expectation';
import { ATTENDANCE_QUESTIONS } from './practice11/attendance';
import { LEAVE_QUESTIONS } from './practice11/leave-and-holidays';
import { PEOPLE_QUESTIONS } from './practice11/people';
import { ACTION_REFUSALS } from './practice11/refusals-actions';
import { DATA_REFUSALS } from './practice11/refusals-data';
import { SCORE_QUESTIONS } from './practice11/scores';
import { TEAM_AND_ME_QUESTIONS } from './practice11/team-and-me';

export const PRACTICE11: readonly Question[] = [
  ...PEOPLE_QUESTIONS,
  ...ATTENDANCE_QUESTIONS,
  ...TEAM_AND_ME_QUESTIONS,
  ...SCORE_QUESTIONS,
  ...LEAVE_QUESTIONS,
  ...DATA_REFUSALS,
  ...ACTION_REFUSALS,
];
