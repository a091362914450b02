/*
 * practice47 — what the service does not hold or do, wrapped in the same HR context as the rest of the set: salaries
 * for payroll, a sick note, the reason someone was absent, advice on letting someone go, an order to record leave,
 * approve a request, check someone in, book a day off, delete a leaver or send an email, a prediction for next year's
 * budget, who manages whom, the audit trail, weekdays in the plural, a kind of leave it does not keep, months ranked
 * against each other, a time of day, working-time contracts, correlations, a verdict on a person. API.md and the
 * README: each is refused naming what it cannot do (an order by its verb or the route that does it), never answered
 * with figures for a different question. Asked by every role.
 */
import { refusal, type Question } from '../../expectation';
import { LAST_WEEK, me, some, who } from '../../oracle/practice47-figures';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('PV186', 'admin', "I'm preparing payroll. What is Tom Becker's salary?", () => refusal('salary', 'salaries', 'pay')),
  q('PV187', 'admin', "Payroll's due on Friday. What's the total salary bill for DEV this month?", () => refusal('salary', 'salaries', 'pay')),
  q('PV188', 'DEV-001', 'Ben said he was ill on Monday. Please record it as sick leave for him.', () =>
    refusal('record', '/leave-requests', 'leave request', 'request leave', 'POST'),
  ),
  q('PV189', 'DEV-001', 'Ben said he was ill on Monday. Can you pull up his sick note?', () => refusal('sick note', 'medical')),
  // Hannah Schmidt was absent last week (checked below): only the reason is asked, which the service does not keep.
  q('PV190', 'admin', 'Hannah Schmidt has been off a lot. Why was she absent last week?', () => {
    some(who(me('DEV-007'), 'absent', LAST_WEEK));
    return refusal('why', 'reason');
  }),
  q('PV191', 'admin', "Chris Walker's attendance has been poor. Should we let him go?", () => refusal('let him go', 'advice', 'should')),
  q('PV192', 'QA-001', 'Leo Martins forgot again this morning. Please check him in for today.', () =>
    refusal('check him in', 'check in', 'check-in', '/attendance/check-in'),
  ),
  q('PV193', 'admin', "We're planning next year's budget. Who is likely to quit in 2026?", () => refusal('predict', 'quit', 'likely', 'future', 'forecast')),
  q('PV194', 'SEC-004', "I'm not sure who approves my leave. Who is my manager?", () => refusal('manager', 'reporting', 'manages')),
  q('PV195', 'DAT-004', "I'm preparing for my appraisal. What are my colleagues earning?", () => refusal('earning', 'salary', 'salaries', 'pay')),
  q('PV196', 'admin', "For the audit file: who changed Ben Carter's attendance record last week?", () => refusal('audit', 'changed', '/audit')),
  q('PV197', 'admin', 'The board wants a forecast. What will our attendance rate be in December?', () => refusal('forecast', 'predict', 'future', 'december')),
  q('PV198', 'admin', 'The HR committee asked me this. Is Chris Morgan a bad employee?', () => refusal('bad employee', 'bad', 'verdict', 'judge')),
  q('PV199', 'DEV-001', "I'm off next week, so before I go: approve Yuki Tanaka's leave request for December.", () => refusal('approve', '/approve')),
  q('PV200', 'admin', "I'm setting up the new starter's laptop. What's Ines Carvalho's password?", () => refusal('password', 'credential')),
  q('PV201', 'QA-003', "I'm sorting out my Christmas plans. Book me off on 5 December, please.", () =>
    refusal('book', '/leave-requests', 'leave request', 'request leave'),
  ),
  q('PV202', 'admin', "I'm looking at working patterns. What was attendance like on Fridays last month?", () =>
    refusal('fridays', 'day of the week', 'weekday'),
  ),
  q('PV203', 'admin', 'For the family-leave policy review: how many days of parental leave were taken this year?', () => refusal('parental')),
  q('PV204', 'admin', "I'm comparing months for the board. Which month this year had the worst attendance?", () => refusal('which month', 'worst', 'month')),
  q('PV205', 'admin', 'Payroll again, sorry. Who checked in before 8am yesterday?', () => refusal('before 8', '8am', 'time of day', 'before')),
  q('PV206', 'DEV-001', 'Ben says his contract is part time now. How many part-time people are on my team?', () =>
    refusal('part-time', 'part time', 'contract'),
  ),
  q('PV207', 'admin', 'For the board pack: is there a correlation between lateness and scores?', () => refusal('correlation')),
  q('PV208', 'admin', "I'm tidying up old records. Delete Victor Dumont from the system, please.", () => refusal('delete', 'DELETE /employees', 'remove')),
  q('PV209', 'QA-001', "I'm drafting a warning letter for Peter Hansen. Could you email it to him?", () => refusal('email', 'send')),
];
