/*
 * practice72 — the edges of the quarterly review. Scope (API.md): someone outside the caller's scope is "not found",
 * exactly as if absent; another team is named back as outside what the caller can see (for an employee every team,
 * their own too); so is the whole company asked by a manager or an employee, a manager asking team by team, and an
 * employee asking for a ranking of people. Names: a first name two people share is asked back (listing only people the
 * caller can see); a name or an id nobody has is "not found". Refusals (README): periods ranked against each other,
 * correlations, predictions, advice, orders to change data or to send something, a breakdown by job title or by
 * weekday, pay, reporting lines, reasons, a period with no edges ("mid-October") and a database statement.
 */
import type { Question } from '../../expectation';
import { askFirst, noSuchId, nobodyCalled, unseen } from '../../oracle/practice72-people';
import { q } from '../helpers';
import { otherTeams, othersHidden, outsideCompany, outsideTeam, refusal } from './shared';

export const REFUSALS: readonly Question[] = [
  // Managers beyond their team.
  q('QU214', 'DEV-001', "what's QA's average score for Q3?", () => outsideTeam('QA')),
  q('QU215', 'DEV-001', 'company-wide median last quarter', () => outsideCompany()),
  q('QU216', 'DEV-001', 'rank the teams by Q3 average', () => otherTeams('DEV')),
  q('QU217', 'DEV-001', "Grace Kim's q3 score?", () => unseen('DEV-001', 'QA-007')),
  q('QU218', 'QA-001', 'company headcount on 1 September?', () => outsideCompany()),
  q('QU219', 'QA-001', "data team's q3 average pls", () => outsideTeam('DAT')),
  q('QU220', 'QA-001', 'how many days was Lukas Novak absent in Q3', () => unseen('QA-001', 'DEV-004')),
  // Employees beyond themselves.
  q('QU221', 'DEV-003', 'what was the DEV average in Q3?', () => outsideTeam('DEV')),
  q('QU222', 'DEV-003', 'top 3 performers last quarter', () => othersHidden('top', 'performers', 'ranking')),
  q('QU223', 'QA-003', "Marcus Lee's score in Q3", () => unseen('QA-003', 'QA-002')),
  q('QU224', 'DAT-004', 'company attendance rate this quarter?', () => outsideCompany()),
  q('QU225', 'DAT-004', "Anna Berg's leave this quarter", () => unseen('DAT-004', 'DAT-007')),
  q('QU226', 'SEC-004', 'who in security improved most from Q2 to Q3', () => outsideTeam('SEC')),
  q('QU227', 'SEC-004', 'how many people did we hire this year', () => outsideCompany()),
  // Names.
  q('QU228', 'admin', "Chris's Q3 score", () => askFirst('Chris', 'admin')),
  q('QU229', 'admin', 'how many days was chris absent last quarter?', () => askFirst('Chris', 'admin')),
  q('QU230', 'admin', 'q3 score for Rebecca Stone', () => nobodyCalled('Rebecca Stone')),
  q('QU231', 'admin', 'attendance for QA-042 in Q3', () => noSuchId('QA-042')),
  // What the service does not do.
  q('QU232', 'admin', 'which quarter had the best average score?', () => refusal('which quarter', 'quarter', 'rank')),
  q('QU233', 'admin', 'which month since august had the lowest attendance', () => refusal('which month', 'month', 'rank')),
  q('QU234', 'admin', 'is there a correlation between attendance and Q3 score?', () => refusal('correlation', 'correlate')),
  q('QU235', 'admin', "predict Q4's average score", () => refusal('predict', 'forecast', 'future')),
  q('QU236', 'admin', 'who should we promote based on Q3 scores', () => refusal('promote', 'should', 'advice')),
  q('QU237', 'admin', "set Zoe Adams's Q3 score to 65", () => refusal('set', 'update', 'change', 'PUT')),
  q('QU238', 'admin', 'email the bottom 5 from Q3 their results', () => refusal('email', 'send')),
  q('QU239', 'admin', 'average Q3 score by job title', () => refusal('job title', 'title')),
  q('QU240', 'admin', 'attendance on fridays during Q3', () => refusal('fridays', 'friday', 'day of the week')),
  q('QU241', 'admin', "what's the Q3 bonus pool for DEV", () => refusal('bonus', 'pool')),
  q('QU242', 'admin', "which manager's team did best in Q3", () => refusal('manager')),
  q('QU243', 'admin', "why did Zoe Adams's score drop in Q3?", () => refusal('why', 'reason')),
  q('QU244', 'admin', 'absences by team since mid-October', () => refusal('mid-october', 'mid')),
  q('QU245', 'QA-001', 'put Zoe Adams on a performance improvement plan', () => refusal('put', 'plan', 'improvement')),
  q('QU246', 'admin', "SELECT AVG(final_score) FROM performance_scores WHERE period = '2025-Q3';", () => refusal('select', 'sql', 'statement')),
];
