/* Attendance: rates, late, absent, half days, missing check-outs, not in yet, hours — by team, person, position, day and range. */
import { person } from '../../dataset/dataset';
import { ask, answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import {
  checkedInToday,
  measureOf,
  mostOf,
  notCheckedInToday,
  peopleByRate,
  peopleWhere,
  peopleWithRate,
  teamsWhere,
  totals,
} from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near, TEAM_CODES, teamsWithMost } from '../../oracle/practice10-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const teamRate = (team: string, from: string, to: string) => rate(totals({ team }, from, to).rate);
const myRate = (id: string, from: string, to: string) => rate(totals({ ids: [id] }, from, to).rate);
const day = (d: string): [string, string] => [d, d];
const LAST_THURSDAY = '2025-11-13';
const QA_OFFSITE = '2025-09-12';
const FOUNDERS_DAY = '2025-10-13';

export const ATTENDANCE: Question[] = [
  q('Y149', 'admin', 'What was the attendance rate last week?', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('Y150', 'admin', 'attendance rate by team last month', () => figures(...TEAM_CODES.map((t) => teamRate(t, ...OCTOBER)))),
  q('Y151', 'admin', 'Show me departments with attendance issues last month', () => {
    const teams = teamsWhere(...OCTOBER, (r) => r < 0.9);
    return answer({ teams, figures: teams.map((t) => teamRate(t, ...OCTOBER)) });
  }),
  q('Y152', 'admin', 'Who was late yesterday?', () => people(peopleWhere({}, 'late', ...day(YESTERDAY)))),
  q('Y153', 'admin', 'who was absent yesterday', () => people(peopleWhere({}, 'absent', ...day(YESTERDAY)))),
  q('Y154', 'admin', 'how many late arrivals were there last week', () => figures(count(totals({}, ...LAST_WEEK).late))),
  q('Y155', 'DEV-001', 'who in my team was late last week?', () => people(peopleWhere({ team: 'DEV' }, 'late', ...LAST_WEEK))),
  q('Y156', 'QA-001', 'qa attendance rate october pls', () => figures(teamRate('QA', ...OCTOBER))),
  q('Y157', 'admin', "is QA's attendance worse than DEV's this month", () => figures(teamRate('QA', ...THIS_MONTH), teamRate('DEV', ...THIS_MONTH))),
  q('Y158', 'admin', 'anyone under 80% attendance last month?', () => people(peopleWithRate({}, ...OCTOBER, (r) => r < 0.8))),
  q('Y159', 'admin', 'lowest 3 attendance rates last month', () => {
    const lowest = peopleByRate({}, ...OCTOBER, 'lowest').slice(0, 3);
    return people(
      lowest.map((x) => x.id),
      ...lowest.map((x) => rate(x.rate)),
    );
  }),
  q('Y160', 'admin', 'which team had the most late arrivals last month', () => {
    const teams = teamsWithMost('late', ...OCTOBER);
    return answer({ teams, figures: [count(totals({ team: teams[0] }, ...OCTOBER).late)] });
  }),
  q('Y161', 'admin', 'absent days by team in october', () => figures(...TEAM_CODES.map((team) => days(totals({ team }, ...OCTOBER).absent)))),
  q('Y162', 'admin', 'who was late more than twice last month', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v > 2))),
  q('Y163', 'admin', 'who was absent on Founders Day', () => people(peopleWhere({}, 'absent', ...day(FOUNDERS_DAY)))),
  q('Y164', 'admin', 'who was absent on the QA offsite', () => people(peopleWhere({}, 'absent', ...day(QA_OFFSITE)))),
  q('Y165', 'admin', 'missing check-outs last week?', () => figures(count(totals({}, ...LAST_WEEK).missingCheckOut))),
  q('Y166', 'admin', 'who forgot to check out last week', () => people(peopleWhere({}, 'missingCheckOut', ...LAST_WEEK))),
  q('Y167', 'admin', 'half days in DEV in october', () => figures(count(totals({ team: 'DEV' }, ...OCTOBER).halfDay))),
  q('Y168', 'admin', 'hours worked by QA last month', () => figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours))),
  q('Y169', 'DEV-003', 'my hours this month', () => figures(hours(measureOf('DEV-003', 'hours', ...THIS_MONTH)))),
  q('Y170', 'QA-003', 'What is my attendance this month?', () => figures(myRate('QA-003', ...THIS_MONTH))),
  q('Y171', 'QA-003', 'how many times was i late this month', () => figures(count(measureOf('QA-003', 'late', ...THIS_MONTH)))),
  q('Y172', 'SEC-004', 'how many days was I late in november so far', () => figures(count(measureOf('SEC-004', 'late', ...THIS_MONTH)))),
  q('Y173', 'DAT-004', 'my attendance rate last month', () => figures(myRate('DAT-004', ...OCTOBER))),
  q('Y174', 'admin', "who hasn't checked in yet today", () => people(notCheckedInToday({}))),
  q('Y175', 'DEV-001', 'who from my team is not in yet', () => people(notCheckedInToday({ team: 'DEV' }))),
  q('Y176', 'admin', 'how many people clocked in today', () => figures(count(checkedInToday({}).length))),
  q('Y177', 'admin', 'attendance rate for the seniors last week', () => figures(rate(totals(levelIn(undefined, 'Senior'), ...LAST_WEEK).rate))),
  q('Y178', 'admin', 'which juniors were late last month', () => people(peopleWhere(levelIn(undefined, 'Junior'), 'late', ...OCTOBER))),
  q('Y179', 'admin', 'attendance rate of SEC between 1 sep and 15 oct', () => figures(teamRate('SEC', '2025-09-01', '2025-10-15'))),
  q('Y180', 'admin', 'who in QA had 100% attendance in october', () => people(peopleWithRate({ team: 'QA' }, ...OCTOBER, (r) => r === 1))),
  q('Y181', 'admin', 'how many days was Chris Morgan absent in October?', () => figures(days(measureOf('DEV-006', 'absent', ...OCTOBER)))),
  q('Y182', 'admin', "chris's attendance last month", () => ask('DEV-006', 'QA-004')),
  q('Y183', 'DEV-001', "chris's attendance last month", () => figures(myRate('DEV-006', ...OCTOBER))),
  q('Y184', 'admin', 'Jmaes Wilson attendance rate in september', () => figures(myRate('SEC-001', ...SEPTEMBER))),
  q('Y185', 'admin', 'who was absent on Thursday', () => people(peopleWhere({}, 'absent', ...day(LAST_THURSDAY)))),
  // "The most" with no number: everyone tied at the top (the author's expectation before the fresh run; the README says ties are kept).
  q('Y186', 'admin', "who's been late the most this month", () => people(mostOf({}, 'late', ...THIS_MONTH))),
  q('Y187', 'admin', 'attendence rate for AI in the first week of September', () => figures(teamRate('AI', '2025-09-01', '2025-09-07'))),
  q('Y188', 'admin', 'hours worked by DEV-009 in september', () => figures(hours(measureOf('DEV-009', 'hours', ...SEPTEMBER)))),
  q('Y189', 'QA-001', 'how many half days did my team have last month', () => figures(count(totals({ team: 'QA' }, ...OCTOBER).halfDay))),
  q('Y190', 'admin', 'absent days in the data team last week', () => figures(days(totals({ team: 'DAT' }, ...LAST_WEEK).absent))),
  q('Y191', 'SEC-004', 'my hours in September vs October', () =>
    figures(hours(measureOf('SEC-004', 'hours', ...SEPTEMBER)), hours(measureOf('SEC-004', 'hours', ...OCTOBER))),
  ),
  q('Y192', 'admin', 'which teams were under 95% attendance last month', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.95) })),
  q('Y193', 'QA-003', 'how many days was I absent in october', () => figures(days(measureOf('QA-003', 'absent', ...OCTOBER)))),
  q('Y194', 'admin', 'who was late on the day after Founders Day', () => people(peopleWhere({}, 'late', ...day('2025-10-14')))),
  q('Y195', 'DEV-001', 'Hi! For our team retro, could you please tell me what the Development team attendance rate was last week? Many thanks', () =>
    figures(teamRate('DEV', ...LAST_WEEK)),
  ),
  q('Y196', 'admin', 'attndance rate everyone last wk', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('Y197', 'DAT-004', 'how many hours did i work last week', () => figures(hours(measureOf('DAT-004', 'hours', ...LAST_WEEK)))),
  q('Y198', 'admin', `how many days was ${person('SEC-005').name} absent in september`, () => figures(days(measureOf('SEC-005', 'absent', ...SEPTEMBER)))),
  q('Y199', 'QA-001', 'who on my team was absent yesterday?', () => people(peopleWhere({ team: 'QA' }, 'absent', ...day(YESTERDAY)))),
  q('Y200', 'admin', 'how many missing checkouts in october', () => figures(near(count(totals({}, ...OCTOBER).missingCheckOut), 'check'))),
];
