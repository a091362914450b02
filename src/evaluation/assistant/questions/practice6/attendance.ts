/* Practice6 — attendance: README/API.md examples and paraphrases (late, absent, rate, issues, hours, missing check-outs, half days). */
import { TODAY } from '../../dataset/calendar';
import { count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { checkedInToday, measureOf, mostOf, notCheckedInToday, peopleWhere, teamsWhere, totals } from '../../oracle/attendance-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const late = (from: string, to: string, team?: string) => peopleWhere({ team }, 'late', from, to);

export const ATTENDANCE: Question[] = [
  // "Who was late yesterday?"
  q('U001', 'admin', 'Who was late yesterday?', () => people(late(YESTERDAY, YESTERDAY))),
  q('U002', 'admin', 'anyone late yesterday', () => people(late(YESTERDAY, YESTERDAY))),
  q('U003', 'admin', 'which employees came in late on 2025-11-18', () => people(late(YESTERDAY, YESTERDAY))),
  q('U004', 'admin', 'who was late on 12 November 2025', () => people(late('2025-11-12', '2025-11-12'))),
  q('U005', 'admin', 'late arrivals on 2025-10-15?', () => people(late('2025-10-15', '2025-10-15'))),
  q('U006', 'admin', 'who in QA was late on 2025-11-04', () => people(late('2025-11-04', '2025-11-04', 'QA'))),
  q('U007', 'admin', 'who was late in the data team last week', () => people(late(...LAST_WEEK, 'DAT'))),
  q('U008', 'admin', 'who was absent yesterday', () => people(peopleWhere({}, 'absent', YESTERDAY, YESTERDAY))),
  q('U009', 'admin', 'who was absent on 2025-10-22', () => people(peopleWhere({}, 'absent', '2025-10-22', '2025-10-22'))),
  q('U010', 'admin', 'who missed work in Security on 2025-09-10', () => people(peopleWhere({ team: 'SEC' }, 'absent', '2025-09-10', '2025-09-10'))),
  // "What was the attendance rate last week?"
  q('U011', 'admin', 'What was the attendance rate last week?', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('U012', 'admin', 'attendance % last week', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('U013', 'admin', "what was last week's attendance rate for DEV", () => figures(rate(totals({ team: 'DEV' }, ...LAST_WEEK).rate))),
  q('U014', 'admin', 'attendance rate for QA in october', () => figures(rate(totals({ team: 'QA' }, ...OCTOBER).rate))),
  q('U015', 'admin', 'How was attendance in the AI team in September?', () => figures(rate(totals({ team: 'AI' }, ...SEPTEMBER).rate))),
  q('U016', 'admin', 'overall attendance rate in october 2025', () => figures(rate(totals({}, ...OCTOBER).rate))),
  q('U017', 'admin', 'attendance rate of the security team this month', () => figures(rate(totals({ team: 'SEC' }, ...THIS_MONTH).rate))),
  q('U018', 'admin', 'what was the attendance rate on 2025-11-14', () => figures(rate(totals({}, '2025-11-14', '2025-11-14').rate))),
  q('U019', 'admin', 'attendance rate from 2025-09-01 to 2025-09-15', () => figures(rate(totals({}, '2025-09-01', '2025-09-15').rate))),
  // "Show me departments with attendance issues last month"
  q('U020', 'admin', 'Show me departments with attendance issues last month', () => ({ kind: 'answer', teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('U021', 'admin', 'which teams had attendance problems in october', () => ({ kind: 'answer', teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('U022', 'admin', 'teams with attendance below 95% in october', () => ({ kind: 'answer', teams: teamsWhere(...OCTOBER, (r) => r < 0.95) })),
  q('U023', 'admin', 'which teams were under 96 % attendance in September', () => ({ kind: 'answer', teams: teamsWhere(...SEPTEMBER, (r) => r < 0.96) })),
  // Absent more than N days
  q('U024', 'admin', 'who was absent more than 3 days in october in DEV', () => people(peopleWhere({ team: 'DEV' }, 'absent', ...OCTOBER, (v) => v > 3))),
  q('U025', 'admin', 'DEV people absent over 3 days in October', () => people(peopleWhere({ team: 'DEV' }, 'absent', ...OCTOBER, (v) => v > 3))),
  q('U026', 'admin', 'who was absent more than 2 days in september', () => people(peopleWhere({}, 'absent', ...SEPTEMBER, (v) => v > 2))),
  q('U027', 'admin', 'anyone in QA absent more than 4 days in october?', () => people(peopleWhere({ team: 'QA' }, 'absent', ...OCTOBER, (v) => v > 4))),
  q('U028', 'admin', 'who in the AI team missed more than 1 day last month', () => people(peopleWhere({ team: 'AI' }, 'absent', ...OCTOBER, (v) => v > 1))),
  q('U029', 'admin', 'who was late more than 4 times in october', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v > 4))),
  q('U030', 'admin', 'people late at least 6 times in september', () => people(peopleWhere({}, 'late', ...SEPTEMBER, (v) => v >= 6))),
  // Most / counts for one person
  q('U031', 'admin', 'who was late the most in october', () => people(mostOf({}, 'late', ...OCTOBER))),
  q('U032', 'admin', 'who in QA was late most often in October', () => people(mostOf({ team: 'QA' }, 'late', ...OCTOBER))),
  q('U033', 'admin', 'who had the most absences in september', () => people(mostOf({}, 'absent', ...SEPTEMBER))),
  q('U034', 'admin', 'how many times was Lukas Novak late in october', () => figures(count(measureOf('DEV-004', 'late', ...OCTOBER)))),
  q('U035', 'admin', 'how many days was Chris Morgan absent in september', () => figures(days(measureOf('DEV-006', 'absent', ...SEPTEMBER)))),
  q('U036', 'admin', 'what is the attendance rate of Julia Fischer in october', () => figures(rate(totals({ ids: ['DAT-003'] }, ...OCTOBER).rate))),
  q('U037', 'admin', "Marcus Lee's attendance last month", () => figures(rate(totals({ ids: ['QA-002'] }, ...OCTOBER).rate))),
  q('U038', 'admin', 'how often was SEC-003 late in september', () => figures(count(measureOf('SEC-003', 'late', ...SEPTEMBER)))),
  // Hours
  q('U039', 'admin', 'hours worked by QA in october', () => figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours))),
  q('U040', 'admin', 'total hours the DEV team worked in september', () => figures(hours(totals({ team: 'DEV' }, ...SEPTEMBER).hours))),
  q('U041', 'admin', 'how many hours did Ahmed Ali work last week', () => figures(hours(totals({ ids: ['DAT-002'] }, ...LAST_WEEK).hours))),
  q('U042', 'admin', 'hours logged by the security team last week', () => figures(hours(totals({ team: 'SEC' }, ...LAST_WEEK).hours))),
  q('U043', 'admin', 'how many hours did Grace Kim put in during october', () => figures(hours(totals({ ids: ['QA-007'] }, ...OCTOBER).hours))),
  // Missing check-outs, half days
  q('U044', 'admin', 'who forgot to check out last week', () => people(peopleWhere({}, 'missingCheckOut', ...LAST_WEEK))),
  q('U045', 'admin', 'missing check-outs in october', () => people(peopleWhere({}, 'missingCheckOut', ...OCTOBER))),
  q('U046', 'admin', 'who did not clock out yesterday', () => people(peopleWhere({}, 'missingCheckOut', YESTERDAY, YESTERDAY))),
  q('U047', 'admin', 'any missing check outs in the QA team this month', () => people(peopleWhere({ team: 'QA' }, 'missingCheckOut', ...THIS_MONTH))),
  q('U048', 'admin', 'who worked a half day last week', () => people(peopleWhere({}, 'halfDay', ...LAST_WEEK))),
  q('U049', 'admin', 'half days in the AI team in october', () => people(peopleWhere({ team: 'AI' }, 'halfDay', ...OCTOBER))),
  // Today, this week
  q('U050', 'admin', "who hasn't checked in yet today", () => people(notCheckedInToday({}))),
  q('U051', 'admin', 'who from DEV is not in yet', () => people(notCheckedInToday({ team: 'DEV' }))),
  q('U052', 'admin', 'who has checked in in QA today', () => people(checkedInToday({ team: 'QA' }))),
  q('U053', 'admin', 'who was late this week', () => people(late(...THIS_WEEK))),
  q('U054', 'admin', 'attendance rate this week', () => figures(rate(totals({}, THIS_WEEK[0], TODAY).rate))),
];
