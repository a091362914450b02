/* Second practice set, attendance: rates over days, weeks, months, quarters and ranges; late, absent, half days, check-outs, hours. */
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import { ask, count, days, figures, hours, notFound, people, rate, refusal, answer, type Question } from '../../expectation';
import {
  attendedOn,
  checkedInToday,
  measureOf,
  mostOf,
  notCheckedInToday,
  peopleWhere,
  teamsByRate,
  teamsWhere,
  totals,
} from '../../oracle/attendance-figures';
import { AUGUST, LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY, q } from '../helpers';

const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
const SINCE_SEPTEMBER: [Day, Day] = ['2025-09-01', TODAY];
const SINCE_6_NOVEMBER: [Day, Day] = ['2025-11-06', TODAY];
const SINCE_15_SEPTEMBER: [Day, Day] = ['2025-09-15', TODAY];
const WEEK_OF_3_NOVEMBER: [Day, Day] = ['2025-11-03', '2025-11-09'];
const FIRST_HALF_OF_OCTOBER: [Day, Day] = ['2025-10-01', '2025-10-15'];
const SEP_1_TO_OCT_15: [Day, Day] = ['2025-09-01', '2025-10-15'];
const LAST_FRIDAY: Day = '2025-11-14';
const MONDAY: Day = '2025-11-17';
const NOV_12: Day = '2025-11-12';
const teamRate = (team: string, range: [Day, Day]) => rate(totals({ team }, ...range).rate);
const personRate = (id: string, range: [Day, Day]) => rate(totals({ ids: [id] }, ...range).rate);

export const PRACTICE2_ATTENDANCE: Question[] = [
  // Rates: the company, teams, people, over many kinds of period.
  q('Q001', 'admin', 'whats our overall attendance rate this month so far', () => figures(rate(totals({}, ...THIS_MONTH).rate))),
  q('Q002', 'admin', 'attendance % per team for october', () => figures(...TEAMS.map((t) => teamRate(t, OCTOBER)))),
  q('Q003', 'admin', 'QA attendance last wk', () => figures(teamRate('QA', LAST_WEEK))),
  q('Q004', 'admin', 'attendance for the dev team in the week of 3 november', () => figures(teamRate('DEV', WEEK_OF_3_NOVEMBER))),
  q('Q005', 'admin', 'data team attendance 1st to 15th october', () => figures(teamRate('DAT', FIRST_HALF_OF_OCTOBER))),
  q('Q006', 'admin', 'how was attendance in Q3 for the AI team', () => figures(teamRate('AI', Q3))),
  q('Q007', 'admin', 'company attendance since 6 nov', () => figures(rate(totals({}, ...SINCE_6_NOVEMBER).rate))),
  q('Q008', 'admin', 'which team had the best attendance in september', () => answer({ teams: teamsByRate(...SEPTEMBER).slice(0, 1) })),
  q('Q009', 'admin', 'rank all teams by attendance rate last month', () =>
    answer({ teams: teamsByRate(...OCTOBER), figures: TEAMS.map((t) => teamRate(t, OCTOBER)) }),
  ),
  q('Q010', 'admin', "is QA's attendance worse than security's this month?", () => figures(teamRate('QA', THIS_MONTH), teamRate('SEC', THIS_MONTH))),
  q('Q011', 'admin', 'did attendance in DEV go up or down from september to october', () => figures(teamRate('DEV', SEPTEMBER), teamRate('DEV', OCTOBER))),
  q('Q012', 'admin', 'depts with attendance problems in september', () => answer({ teams: teamsWhere(...SEPTEMBER, (r) => r < 0.9) })),
  q('Q013', 'admin', "samuel wright's attendance since 15 september", () => figures(personRate('DAT-008', SINCE_15_SEPTEMBER))),
  q('Q014', 'admin', 'attendance rate for Lena Hoffmann in Q3', () => figures(personRate('AI-006', Q3))),
  q('Q015', 'admin', 'attendence rate of the secuirty team in august pls', () => figures(teamRate('SEC', AUGUST))),
  // Who was late, absent, half day, missing a check-out; thresholds.
  q('Q016', 'admin', 'ppl who came in late on tuesday', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('Q017', 'admin', 'who rolled in late today', () => people(peopleWhere({}, 'late', TODAY, TODAY))),
  q('Q018', 'admin', 'absentees last friday', () => people(peopleWhere({}, 'absent', LAST_FRIDAY, LAST_FRIDAY))),
  q('Q019', 'admin', 'how many people were absent on 12 nov', () => figures(count(peopleWhere({}, 'absent', NOV_12, NOV_12).length))),
  q('Q020', 'admin', 'list everyone who was absent more than 4 days since september', () =>
    people(peopleWhere({}, 'absent', ...SINCE_SEPTEMBER, (v) => v > 4)),
  ),
  q('Q021', 'admin', 'who had 3 or more late arrivals last month', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v >= 3))),
  q('Q022', 'admin', 'anyone with more than 2 half days in october?', () => people(peopleWhere({}, 'halfDay', ...OCTOBER, (v) => v > 2))),
  q('Q023', 'admin', 'who didnt check out on 12 november', () => people(peopleWhere({}, 'missingCheckOut', NOV_12, NOV_12))),
  q('Q024', 'admin', 'number of missing checkouts in october', () => figures(count(totals({}, ...OCTOBER).missingCheckOut))),
  q('Q025', 'admin', 'list of ppl with a missing check-out since august', () => people(peopleWhere({}, 'missingCheckOut', ...SINCE_AUGUST))),
  q('Q026', 'admin', 'how many people checked in on monday', () => figures(count(attendedOn({}, MONDAY).length))),
  q('Q027', 'admin', "who hasn't clocked in yet in QA", () => people(notCheckedInToday({ team: 'QA' }))),
  q('Q028', 'admin', 'how many in security have checked in today', () => figures(count(checkedInToday({ team: 'SEC' }).length))),
  q('Q029', 'admin', 'how many times was Lukas Novak late between 1 sep and 15 oct', () => figures(count(measureOf('DEV-004', 'late', ...SEP_1_TO_OCT_15)))),
  q('Q030', 'admin', 'how many days was chris morgan absent last month', () => figures(days(measureOf('DEV-006', 'absent', ...OCTOBER)))),
  q('Q031', 'admin', 'how many days was chris absent in october', () => ask('DEV-006', 'QA-004')),
  q('Q032', 'admin', 'total late arrivals in the data team since august', () => figures(count(totals({ team: 'DAT' }, ...SINCE_AUGUST).late))),
  // Hours.
  q('Q033', 'admin', 'how many hours did the data team put in this week', () => figures(hours(totals({ team: 'DAT' }, ...THIS_WEEK).hours))),
  q('Q034', 'admin', 'total hrs for AI in october', () => figures(hours(totals({ team: 'AI' }, ...OCTOBER).hours))),
  q('Q035', 'admin', 'hours worked by Sofia Rossi in september', () => figures(hours(measureOf('DEV-011', 'hours', ...SEPTEMBER)))),
  // Out of reach: a period the assistant does not take, a prediction.
  q('Q036', 'admin', 'attendance rate per fortnight since september', () => refusal('fortnight')),
  q('Q037', 'admin', "predict next month's attendance rate for dev", () => refusal('predict', 'forecast', 'next month', 'future')),
  q('Q038', 'admin', 'send a reminder to everyone who forgot to check out', () => refusal('send', 'remind')),
  q('Q059', 'admin', 'which employees have a parking space', () => refusal('parking')),
  // A manager: their team, and others' out of scope.
  q('Q039', 'DEV-001', 'team attendance this week so far', () => figures(teamRate('DEV', THIS_WEEK))),
  q('Q040', 'DEV-001', 'who on my team was late the most in october', () => people(mostOf({ team: 'DEV' }, 'late', ...OCTOBER))),
  q('Q041', 'DEV-001', 'daniel okafor late count since september', () => figures(count(measureOf('DEV-008', 'late', ...SINCE_SEPTEMBER)))),
  q('Q042', 'DEV-001', 'how many hrs did omar do in october', () => figures(hours(measureOf('DEV-010', 'hours', ...OCTOBER)))),
  q('Q043', 'DEV-001', 'anyone on my team do a half day last week?', () => people(peopleWhere({ team: 'DEV' }, 'halfDay', ...LAST_WEEK))),
  q('Q044', 'DEV-001', "data team's attendance last month", () => refusal('data')),
  q('Q045', 'DEV-001', 'how often was Zoe Adams absent in october', () => notFound()),
  q('Q046', 'QA-001', 'my team attendance 1-15 oct', () => figures(teamRate('QA', FIRST_HALF_OF_OCTOBER))),
  q('Q047', 'QA-001', 'who in QA was absent yesterday', () => people(peopleWhere({ team: 'QA' }, 'absent', YESTERDAY, YESTERDAY))),
  q('Q048', 'QA-001', 'nina kowalski attendance rate in august', () => figures(personRate('QA-005', AUGUST))),
  q('Q049', 'QA-001', 'how many late check ins did my team have in october', () => figures(count(totals({ team: 'QA' }, ...OCTOBER).late))),
  q('Q050', 'QA-001', 'attendance of the AI team this month', () => refusal('AI', 'artificial')),
  // An employee: themselves only.
  q('Q051', 'DEV-003', 'my attendance % in september', () => figures(personRate('DEV-003', SEPTEMBER))),
  q('Q052', 'DEV-003', 'how many days was i absent last month', () => figures(days(measureOf('DEV-003', 'absent', ...OCTOBER)))),
  q('Q053', 'QA-003', 'how many hours have i logged since the 1st of november', () => figures(hours(measureOf('QA-003', 'hours', ...THIS_MONTH)))),
  q('Q054', 'QA-003', 'was i late this week', () => figures(count(measureOf('QA-003', 'late', ...THIS_WEEK)))),
  q('Q055', 'DAT-004', 'my attendance since august', () => figures(personRate('DAT-004', SINCE_AUGUST))),
  q('Q056', 'SEC-004', 'how many days was i absent in q3', () => figures(days(measureOf('SEC-004', 'absent', ...Q3)))),
  q('Q057', 'SEC-004', "what was Jakub Wozniak's attendance last week", () => notFound()),
  q('Q058', 'DAT-004', 'attendance rate of the whole data team last month', () => refusal('data', 'team')),
];
