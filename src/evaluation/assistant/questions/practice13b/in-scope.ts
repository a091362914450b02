/* In scope: what the README's assistant section lists, in the words HR people, managers and employees type. Expected figures from the oracle. */
import { TODAY } from '../../dataset/calendar';
import { answer, ask, count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { notCheckedInToday, peopleByRate, peopleWhere, peopleWithRate, recordOf, mostOf, teamsWhere, totals } from '../../oracle/attendance-figures';
import { nextHoliday, holidaysBetween, datesOf } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { near, requestersOverlapping, teamsWithMost, TEAM_CODES } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { requesters } from '../../oracle/practice12-figures';
import { kpiOf, mostDeclined, mostImproved, rank, scoreOf, scoredAbove, stats, teamsByMean } from '../../oracle/score-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { person } from '../../dataset/dataset';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_WEEK, THIS_YEAR, YESTERDAY, q } from '../helpers';

const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const Q1 = '2025-Q1';
const SINCE_SEPTEMBER: [string, string] = ['2025-09-01', TODAY];
const CHRIS = ['DEV-006', 'QA-004'];
const hhmm = (id: string, day: string) => {
  const r = recordOf(id, day);
  if (!r || r.checkIn === null) throw new Error(`no check-in of ${id} on ${day}`);
  return r.checkIn.slice(0, 5);
};

export const IN_SCOPE: readonly Question[] = [
  // Headcounts by team, position, status.
  q('LB001', 'admin', 'Hi! Quick one — how many people do we have in the Security team at the moment?', () => figures(count(headcount({ team: 'SEC' })))),
  q('LB002', 'admin', 'hw many seniors r there across the company', () => figures(count(headcount({ position: 'Senior' })))),
  q('LB003', 'admin', 'headcount per team pls', () => figures(...TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team))))),
  q('LB004', 'admin', "I'm putting together the org overview for the board. How many juniors does the AI team have right now?", () =>
    figures(count(headcount({ team: 'AI', position: 'Junior' }))),
  ),
  q('LB005', 'admin', 'how many team leads do we have', () => figures(count(headcount({ position: 'Lead' })))),
  q('LB006', 'admin', "total headcount including people who've left", () => figures(count(headcount({ status: 'any' })))),
  q('LB007', 'admin', 'number of inactive employees?', () => figures(count(headcount({ status: 'inactive' })))),
  q('LB008', 'admin', 'list the mid-level people in QA', () => people(ids({ team: 'QA', position: 'Mid' }))),
  q('LB009', 'admin', 'who are the managers', () => people(ids({ position: 'Manager' }))),
  // Who was late, absent, on leave, missing a check-out.
  q('LB010', 'admin', 'who was late yesterday?', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('LB011', 'admin', 'Morning! Could you tell me who in the Data team was absent last week? Thanks in advance', () =>
    people(peopleWhere({ team: 'DAT' }, 'absent', ...LAST_WEEK)),
  ),
  q('LB012', 'admin', 'anyone on leave today?', () => people(offBetween({}, TODAY, TODAY))),
  q('LB013', 'admin', 'who forgot to check out on the 18th', () => people(peopleWhere({}, 'missingCheckOut', '2025-11-18', '2025-11-18'))),
  q('LB014', 'admin', 'missing check-outs this month so far', () => people(peopleWhere({}, 'missingCheckOut', ...THIS_MONTH))),
  q('LB015', 'admin', "who hasn't clocked in yet today?", () => people(notCheckedInToday({}))),
  q('LB016', 'admin', 'which devs were late more than twice in october', () => people(peopleWhere({ team: 'DEV' }, 'late', ...OCTOBER, (v) => v > 2))),
  q('LB017', 'admin', 'who was absent on 13 october', () => people(peopleWhere({}, 'absent', '2025-10-13', '2025-10-13'))),
  q('LB018', 'admin', 'who took sick leave in september?', () => people(onLeaveOfType('SICK', ...SEPTEMBER))),
  q('LB019', 'admin', "who's off next week", () => people(offBetween({}, ...NEXT_WEEK))),
  q('LB020', 'admin', 'who has been absent the most since september', () => people(mostOf({}, 'absent', ...SINCE_SEPTEMBER))),
  q('LB021', 'admin', 'who was late on monday', () => people(peopleWhere({}, 'late', '2025-11-17', '2025-11-17'))),
  q('LB022', 'admin', 'who was late in wk 45', () => people(peopleWhere({}, 'late', '2025-11-03', '2025-11-09'))),
  q('LB023', 'admin', 'which QA people were absent more than 3 days in october', () => people(peopleWhere({ team: 'QA' }, 'absent', ...OCTOBER, (v) => v > 3))),
  q('LB024', 'admin', 'who in AI is on annual leave in december', () => people(onLeaveOfType('ANNUAL', '2025-12-01', '2025-12-31', { team: 'AI' }))),
  // Attendance rates.
  q('LB025', 'admin', 'attendance rate for QA last month', () => figures(rate(totals({ team: 'QA' }, ...OCTOBER).rate))),
  q('LB026', 'admin', 'what was the company attendance rate in Q3', () => figures(rate(totals({}, '2025-07-01', '2025-09-30').rate))),
  q('LB027', 'admin', "Hi there, I'm preparing the monthly ops report. What's our overall attendance rate for this month so far?", () =>
    figures(rate(totals({}, ...THIS_MONTH).rate)),
  ),
  q('LB028', 'admin', 'att rate DEV vs SEC october', () =>
    figures(rate(totals({ team: 'DEV' }, ...OCTOBER).rate), rate(totals({ team: 'SEC' }, ...OCTOBER).rate)),
  ),
  q('LB029', 'admin', 'Which departments had attendance issues in October?', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('LB030', 'admin', 'attendance rate between 1 and 14 november', () => figures(rate(totals({}, '2025-11-01', '2025-11-14').rate))),
  q('LB031', 'admin', "what's Lukas Novak's attendance rate since august", () => figures(rate(totals({ ids: ['DEV-004'] }, '2025-08-01', TODAY).rate))),
  q('LB032', 'admin', 'lowest 3 attendance rates in october', () =>
    people(
      peopleByRate({}, ...OCTOBER, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  q('LB033', 'admin', 'anyone in security with 100% attendance last month?', () => people(peopleWithRate({ team: 'SEC' }, ...OCTOBER, (r) => r === 1))),
  q('LB034', 'admin', 'attendance rate of the seniors last week', () => figures(rate(totals(levelIn(undefined, 'Senior'), ...LAST_WEEK).rate))),
  q('LB035', 'admin', 'attendance by month since august', () =>
    figures(
      rate(totals({}, '2025-08-01', '2025-08-31').rate),
      rate(totals({}, ...SEPTEMBER).rate),
      rate(totals({}, ...OCTOBER).rate),
      rate(totals({}, ...THIS_MONTH).rate),
    ),
  ),
  q('LB036', 'admin', 'is QA attendance worse than DEV this month?', () =>
    figures(rate(totals({ team: 'QA' }, ...THIS_MONTH).rate), rate(totals({ team: 'DEV' }, ...THIS_MONTH).rate)),
  ),
  // Hours.
  q('LB037', 'admin', 'how many hours did the AI team put in last week', () => figures(hours(totals({ team: 'AI' }, ...LAST_WEEK).hours))),
  q('LB038', 'admin', 'total hrs worked by Sofia Rossi in october', () => figures(hours(totals({ ids: ['DEV-011'] }, ...OCTOBER).hours))),
  q('LB039', 'admin', 'hours worked by the data team in september', () => figures(hours(totals({ team: 'DAT' }, ...SEPTEMBER).hours))),
  // Scores.
  q('LB040', 'admin', 'average score in Q3', () => figures(score(stats([Q3]).mean))),
  q('LB041', 'admin', 'median score for the data team last quarter', () => figures(score(stats([Q3], { team: 'DAT' }).median))),
  q('LB042', 'admin', 'top 5 performers q3', () => people(rank(Q3, 5, 'top'))),
  q('LB043', 'admin', 'bottom 3 in QA last quarter', () => people(rank(Q3, 3, 'bottom', { team: 'QA' }))),
  q('LB044', 'admin', 'who improved the most between Q1 and Q2?', () => {
    const best = mostImproved(Q1, Q2);
    return people([best.id], score(best.change));
  }),
  q('LB045', 'admin', 'Hello, for our calibration meeting could you give me the highest and lowest final score in the security team for 2025-Q2?', () =>
    figures(score(stats([Q2], { team: 'SEC' }).max), score(stats([Q2], { team: 'SEC' }).min)),
  ),
  q('LB046', 'admin', 'who scored above 85 in Q3', () => people(scoredAbove(Q3, 85))),
  q('LB047', 'admin', 'what did Grace Kim score in Q1', () => figures(score(scoreOf('QA-007', Q1)))),
  q('LB048', 'admin', 'mean and median score for AI in Q3', () => figures(score(stats([Q3], { team: 'AI' }).mean), score(stats([Q3], { team: 'AI' }).median))),
  q('LB049', 'admin', 'which team scored highest on avg last quarter', () => answer({ teams: [teamsByMean(Q3)[0]!] })),
  q('LB050', 'admin', 'KPI of Omar Haddad in Q3?', () => figures(score(kpiOf('DEV-010', Q3)))),
  q('LB051', 'admin', 'did the average score go up or down from Q1 to Q2', () => figures(score(stats([Q1]).mean), score(stats([Q2]).mean))),
  q('LB052', 'admin', 'seniors vs juniors avg score in Q3', () =>
    figures(score(stats([Q3], levelIn(undefined, 'Senior')).mean), score(stats([Q3], levelIn(undefined, 'Junior')).mean)),
  ),
  q('LB053', 'admin', 'who dropped the most from Q2 to Q3 in DEV', () => people([mostDeclined(Q2, Q3, { team: 'DEV' }).id])),
  q('LB054', 'admin', 'Scores for Julia Fischer over the last 4 quarters', () => figures(...['2024-Q4', Q1, Q2, Q3].map((p) => score(scoreOf('DAT-003', p))))),
  // Leave balances and requests.
  q('LB055', 'DEV-003', 'how much annual leave do I have left', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('LB056', 'admin', "what's Maria Gonzalez's annual leave balance?", () => figures(days(balance('DEV-005', 'ANNUAL').available))),
  q('LB057', 'admin', 'pending leave requests', () => people(requesters('pending'))),
  q('LB058', 'admin', 'any leave requests waiting for approval in DEV?', () => people(requesters('pending', { team: 'DEV' }))),
  q('LB059', 'admin', 'how many days of sick leave has DAT-005 taken this year', () => figures(days(leaveDays('DAT-005', ...THIS_YEAR, 'SICK')))),
  q('LB060', 'admin', 'whose leave got rejected?', () => people(requesters('rejected'))),
  q('LB061', 'admin', 'approved leave in december', () => people(requestersOverlapping(['approved'], '2025-12-01', '2025-12-31'))),
  q('LB062', 'QA-003', 'my sick leave balance?', () => figures(days(balance('QA-003', 'SICK').available))),
  q('LB063', 'admin', 'how many days of annual leave has Sana Qureshi taken this year', () => figures(days(leaveDays('AI-004', ...THIS_YEAR, 'ANNUAL')))),
  // Holidays.
  q('LB064', 'admin', 'next public holiday?', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('LB065', 'admin', 'what holidays are left this year', () => answer({ dates: datesOf(holidaysBetween('2025-11-20', '2025-12-31')) })),
  q('LB066', 'SEC-004', 'are we off on 1 December?', () => answer({ mentions: ['Security Team Day'] })),
  q('LB067', 'admin', 'was 31 october a half day', () => answer({ mentions: ['Autumn Half Day'] })),
  q('LB068', 'admin', 'when is the DEV recharge day', () => answer({ dates: ['2025-11-07'] })),
  // Hires, leavers, tenure.
  q('LB069', 'admin', 'who joined since september', () => people(hiredBetween(...SINCE_SEPTEMBER))),
  q('LB070', 'admin', 'hires and leavers in 2025', () =>
    figures(near(count(hiredBetween(...THIS_YEAR).length), 'hire|join|new'), near(count(leftBetween(...THIS_YEAR).length), 'leaver|left|leav')),
  ),
  q('LB071', 'admin', 'who left the company this year', () => people(leftBetween(...THIS_YEAR))),
  q('LB072', 'admin', "who's the longest-serving person in Security", () => people(longestServing(1, { team: 'SEC' }))),
  q('LB073', 'admin', 'how long has Ravi Patel been with us', () => figures(years(tenureYears(person('DEV-014'))))),
  q('LB074', 'admin', 'how many people have been here more than 5 years', () => figures(count(servedMoreThan(5).length))),
  q('LB075', 'admin', 'when did Chloe Dubois start', () => answer({ dates: ['2025-09-15'] })),
  q('LB076', 'admin', 'the 3 newest hires?', () => people(newest(3))),
  q('LB077', 'admin', 'did anyone leave the data team since september', () => people(leftBetween(...SINCE_SEPTEMBER, 'DAT'))),
  // Corrections.
  q('LB078', 'admin', 'any pending attendance corrections?', () => figures(near(count(0), 'correction|pending'))),
  // Counts and per-team figures over periods.
  q('LB079', 'admin', 'how many late arrivals did QA have last week', () => figures(count(totals({ team: 'QA' }, ...LAST_WEEK).late))),
  q('LB080', 'admin', 'absent days by team in october', () =>
    figures(...TEAM_CODES.map((team) => near(days(totals({ team }, ...OCTOBER).absent), teamLabel(team)))),
  ),
  q('LB081', 'admin', 'which team had the most late arrivals last month', () => answer({ teams: teamsWithMost('late', ...OCTOBER) })),
  q('LB082', 'admin', 'how many half days were there in DEV in september', () => figures(count(totals({ team: 'DEV' }, ...SEPTEMBER).halfDay))),
  q('LB083', 'admin', 'what time did Yuki Tanaka check in yesterday', () => answer({ mentions: [hhmm('DEV-009', YESTERDAY)] })),
  q('LB084', 'admin', 'between 3 and 14 november how many absences did SEC rack up', () =>
    figures(days(totals({ team: 'SEC' }, '2025-11-03', '2025-11-14').absent)),
  ),
  q('LB085', 'admin', 'how many people in QA and their average score in Q2', () =>
    figures(near(count(headcount({ team: 'QA' })), 'employee|people|person|staff|member'), score(stats([Q2], { team: 'QA' }).mean)),
  ),
  // A first name two people share.
  q('LB086', 'admin', "how was chris's attendance last month", () => ask(...CHRIS)),
  q('LB087', 'admin', 'What did Chris score in Q3?', () => ask(...CHRIS)),
  q('LB088', 'admin', 'chris leave balance', () => ask(...CHRIS)),
  q('LB089', 'admin', 'Hi, when did Chris join us? Need it for the file', () => ask(...CHRIS)),
  q('LB090', 'DEV-001', 'how many days was chris absent in october', () => figures(days(totals({ ids: ['DEV-006'] }, ...OCTOBER).absent))),
  q('LB091', 'QA-001', "Chris's score last quarter?", () => figures(score(scoreOf('QA-004', Q3)))),
  // Employees about themselves.
  q('LB092', 'DEV-003', 'whats my attendance this month', () => figures(rate(totals({ ids: ['DEV-003'] }, ...THIS_MONTH).rate))),
  q('LB093', 'DAT-004', 'how did i score last quarter', () => figures(score(scoreOf('DAT-004', Q3)))),
  q('LB094', 'SEC-004', 'is my leave request for the 28th approved yet?', () => answer({ mentions: ['pending'] })),
  q('LB095', 'QA-003', 'how many hours did I work last week', () => figures(hours(totals({ ids: ['QA-003'] }, ...LAST_WEEK).hours))),
  q('LB096', 'DEV-003', 'what time did i check in yesterday', () => answer({ mentions: [hhmm('DEV-003', YESTERDAY)] })),
  q('LB097', 'DAT-004', "what's Kevin O'Brien's attendance rate this month", () => figures(rate(totals({ ids: ['DAT-004'] }, ...THIS_MONTH).rate))),
  q('LB098', 'SEC-004', 'company holidays this year?', () => answer({ dates: datesOf(holidaysBetween('2025-01-01', '2025-12-31')) })),
  // Managers about their own team.
  q('LB099', 'DEV-001', 'who in my team was late yesterday', () => people(peopleWhere({ team: 'DEV' }, 'late', YESTERDAY, YESTERDAY))),
  q('LB100', 'QA-001', 'team attendance rate last week', () => figures(rate(totals({ team: 'QA' }, ...LAST_WEEK).rate))),
  q('LB101', 'DEV-001', 'median score of my team in Q3', () => figures(score(stats([Q3], { team: 'DEV' }).median))),
  q('LB102', 'QA-001', 'anyone in my team on leave next week?', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('LB103', 'DEV-001', 'Pending leave requests for my team please', () => people(requesters('pending', { team: 'DEV' }))),
  q('LB104', 'QA-001', 'who on my team was late this week', () => people(peopleWhere({ team: 'QA' }, 'late', ...THIS_WEEK))),
];
