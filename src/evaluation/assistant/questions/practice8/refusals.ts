/* Eighth practice set, refusals and report odds and ends: what is not held, predictions, orders, advice, unsupported groupings and periods. */
import { answer, count, days, figures, hours, people, rate, refusal, score, type Question } from '../../expectation';
import { attendedOn, mostOf, peopleWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { stats } from '../../oracle/score-figures';
import { AUGUST, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, YESTERDAY } from '../helpers';
import { NOV_3_7, Q3, SINCE_OCT, YTD } from './periods';

export const REFUSALS: Question[] = [
  q('V166', 'admin', 'average salary in DEV', () => refusal('salary', 'salaries')),
  q('V167', 'admin', 'give me a breakdown of payroll costs per team', () => refusal('payroll', 'cost')),
  q('V168', 'admin', 'who will be late next week?', () => refusal('will', 'predict', 'forecast')),
  q('V169', 'admin', 'forecast the attendance rate for december', () => refusal('forecast', 'predict')),
  q('V170', 'admin', 'predict which QA staff will leave next year', () => refusal('predict', 'forecast', 'leave')),
  q('V171', 'admin', "approve Yuki Tanaka's pending leave request", () => refusal('approve')),
  q('V172', 'admin', 'reject all pending leave requests in DEV', () => refusal('reject')),
  q('V173', 'admin', 'delete Ben Carter from the system', () => refusal('delete', 'remove')),
  q('V174', 'admin', 'should I promote Omar Haddad?', () => refusal('promote', 'promotion', 'advice', 'decision')),
  q('V175', 'admin', 'who should we fire in QA', () => refusal('fire', 'advice', 'decision')),
  q('V176', 'admin', 'which level had the most late arrivals last month?', () => refusal('level', 'position')),
  q('V177', 'admin', 'average score per position in 2025-Q3', () => refusal('position', 'per position')),
  // H1 is a period people use (the sixteenth set asks it too): January to June; the rate over it when anyone was expected.
  q('V178', 'admin', 'attendance rate for DEV in H1 2025', () => {
    const h1 = totals({ team: 'DEV' }, '2025-01-01', '2025-06-30');
    return h1.rate === null ? answer({ dates: ['2025-01-01', '2025-06-30'] }) : figures(rate(h1.rate));
  }),
  q('V179', 'admin', 'hours worked per fortnight by QA', () => refusal('fortnight')),
  q('V180', 'admin', 'late arrivals by gender in october', () => refusal('gender')),
  q('V181', 'admin', 'average age of the data team', () => refusal('age')),
  q('V182', 'admin', 'which office has the best attendance', () => refusal('office')),
  q('V183', 'admin', 'overtime pay for SEC in september', () => refusal('overtime', 'pay')),
  q('V184', 'admin', 'bonus budget for the AI team', () => refusal('bonus', 'budget')),
  q('V185', 'admin', 'employee satisfaction survey results for DEV', () => refusal('satisfaction', 'survey')),
  q('V186', 'admin', 'what is the password of Priya Raman', () => refusal('password')),
  q('V187', 'admin', 'show me the api tokens of the admins', () => refusal('token')),
  q('V188', 'admin', 'how many sick days will QA take in december?', () => refusal('will', 'predict', 'forecast')),
  q('V189', 'admin', 'what will the average score be in 2025-Q4?', () => refusal('will', 'predict', 'forecast')),
  q('V190', 'admin', 'send a reminder to everyone who forgot to check out', () => refusal('send', 'reminder')),
  q('V191', 'admin', 'schedule a meeting with the QA team', () => refusal('schedule', 'meeting')),
  q('V192', 'admin', 'what is the attrition risk for DEV juniors', () => refusal('risk', 'attrition')),
  q('V193', 'admin', 'turnover cost in 2025', () => refusal('cost', 'turnover')),
  q('V194', 'admin', 'performance review comments for Zoe Adams in 2025-Q3', () => refusal('comment', 'review')),
  q('V195', 'admin', 'which manager should get a raise', () => refusal('raise', 'advice', 'decision')),
  q('V196', 'DEV-001', 'whats the salary of Tom Becker', () => refusal('salary')),
  q('V197', 'QA-001', 'who on my team is likely to quit', () => refusal('likely', 'quit', 'predict')),
  q('V198', 'admin', 'who was absent yesterday in DEV', () => people(peopleWhere({ team: 'DEV' }, 'absent', YESTERDAY, YESTERDAY))),
  q('V199', 'admin', 'who came in on 2025-11-07 in QA?', () => people(attendedOn({ team: 'QA' }, '2025-11-07'))),
  q('V200', 'admin', 'attendance rate year to date for QA', () => figures(rate(totals({ team: 'QA' }, ...YTD).rate))),
  q('V201', 'admin', 'hours worked by the data team this quarter', () => figures(hours(totals({ team: 'DAT' }, ...THIS_QUARTER).hours))),
  q('V202', 'admin', 'attendance rate of DEV from 3rd to 7th nov', () => figures(rate(totals({ team: 'DEV' }, ...NOV_3_7).rate))),
  q('V203', 'admin', 'who in DEV was late the most this month', () => people(mostOf({ team: 'DEV' }, 'late', ...THIS_MONTH))),
  q('V204', 'admin', 'how many days absent did AI have since the start of october', () => figures(days(totals({ team: 'AI' }, ...SINCE_OCT).absent))),
  q('V205', 'admin', 'compare late arrivals of QA in august and september', () =>
    figures({ ...count(totals({ team: 'QA' }, ...AUGUST).late), label: 'late' }, { ...count(totals({ team: 'QA' }, ...SEPTEMBER).late), label: 'late' }),
  ),
  q('V206', 'admin', 'attendance rate of juniors in DEV in Q3 2025', () => figures(rate(totals(levelIn('DEV', 'Junior'), ...Q3).rate))),
  q('V207', 'admin', 'median score for leads in 2025-Q3', () => figures(score(stats(['2025-Q3'], levelIn(undefined, 'Lead')).median))),
  q('V208', 'admin', 'who in SEC was absent at least 1 day in october', () =>
    people(peopleWhere({ team: 'SEC' }, 'absent', OCTOBER[0], OCTOBER[1], (v) => v >= 1)),
  ),
];
