/*
 * practice24 — what the HR director, the managers and the employees ask for a review or a board pack that
 * the service does not keep or do, to be refused naming it: salaries, promotions, performance review text,
 * predictions in any words, overtime pay, ratings of managers, exit interviews, "why" questions, free-text
 * sentiment, advice, reporting lines, breakdowns it does not make, and orders ("approve all", "send an
 * email", "remind"). Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant
 * section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const PROMOTION = ['promotion', 'promote', 'promoted'];
const REVIEW = ['review', 'comment', 'feedback', 'text', 'written'];
const PREDICT = ['predict', 'forecast', 'future', 'project', 'likely'];
const SENTIMENT = ['sentiment', 'morale', 'mood', 'feel', 'happy', 'engagement', 'satisf'];
const WHY = ['why', 'reason', 'cause'];
const MANAGER_RATING = ['manager', 'managers', 'rating', 'rate'];

export const REFUSALS: readonly Question[] = [
  // The HR director (admin).
  q('J210', 'admin', 'average salary by team for the board pack', () => refusal(...PAY)),
  q('J211', 'admin', 'who got promoted this year', () => refusal(...PROMOTION)),
  q('J212', 'admin', 'show me the written performance review for Lukas Novak', () => refusal(...REVIEW)),
  q('J213', 'admin', 'predict attrition for next quarter', () => refusal(...PREDICT, 'attrition')),
  q('J214', 'admin', 'overtime pay for DEV in october', () => refusal('overtime', ...PAY)),
  q('J215', 'admin', 'rate our managers from best to worst', () => refusal(...MANAGER_RATING)),
  q('J216', 'admin', 'summary of exit interviews this year', () => refusal('exit interview', 'exit', 'interview')),
  q('J217', 'admin', 'why is lateness up in october', () => refusal(...WHY)),
  q('J218', 'admin', 'what are people saying about the new office policy', () => refusal(...SENTIMENT, 'saying', 'office', 'policy')),
  q('J219', 'admin', 'approve all pending leave requests', () => refusal('approve', '/approve')),
  q('J220', 'admin', 'send an email to everyone with a missing check-out', () => refusal('send', 'email')),
  q('J221', 'admin', 'who is likely to quit next', () => refusal(...PREDICT, 'quit')),
  q('J222', 'admin', 'who is the manager of Sofia Rossi', () => refusal('manager', 'manages', 'reporting', 'org chart')),
  q('J223', 'admin', 'attendance by day of the week for october', () => refusal('day of the week', 'weekday', 'breakdown')),
  q('J224', 'admin', 'who should we promote in QA', () => refusal(...PROMOTION, 'should')),
  q('J225', 'admin', 'pay rise budget for 2026', () => refusal(...PAY, 'pay rise', 'raise', 'budget')),
  q('J226', 'admin', 'why did Laura Silva leave', () => refusal(...WHY, 'leave', 'left')),
  q('J227', 'admin', 'employee engagement score by team', () => refusal(...SENTIMENT)),
  q('J228', 'admin', 'remind DEV to submit their timesheets', () => refusal('remind', 'timesheet')),
  q('J229', 'admin', 'will DEV hit 95% attendance next month', () => refusal(...PREDICT, 'next month')),

  // The managers.
  q('J230', 'DEV-001', 'reject all december leave requests on my team', () => refusal('reject', '/reject')),
  q('J231', 'DEV-001', "what's my team's salary bill", () => refusal(...PAY, 'bill')),
  q('J232', 'DEV-001', 'why was chris absent so much in october', () => refusal(...WHY)),
  q('J233', 'QA-001', 'how does my team feel about me as a manager', () => refusal(...SENTIMENT, ...MANAGER_RATING)),
  q('J234', 'QA-001', 'who on my team is ready for promotion', () => refusal(...PROMOTION, 'ready')),

  // The employees.
  q('J235', 'DEV-003', 'what did my manager write in my last review', () => refusal(...REVIEW, 'write')),
  q('J236', 'QA-003', 'will i get promoted next year', () => refusal(...PROMOTION, ...PREDICT)),
  q('J237', 'DAT-004', 'how much overtime pay am i owed', () => refusal('overtime', ...PAY)),
  q('J238', 'SEC-004', 'rate my manager', () => refusal(...MANAGER_RATING)),
];
