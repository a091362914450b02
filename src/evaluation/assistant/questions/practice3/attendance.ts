/* Third practice set, attendance: rates, who was late / absent / half-day, check-ins and check-outs, hours — alone and combined. */
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import type { Position } from '../../dataset/people';
import { ask, count, days, figures, hours, notFound, people, rate, refusal, type Question } from '../../expectation';
import {
  checkedInToday,
  measureOf,
  mostOf,
  notCheckedInToday,
  peopleByRate,
  peopleWhere,
  peopleWithRate,
  totals,
  type Measure,
  type Scope,
} from '../../oracle/attendance-figures';
import { ids } from '../../oracle/people-figures';
import { LAST_WEEK, OCTOBER, SEPTEMBER, AUGUST, THIS_MONTH, THIS_WEEK, THIS_YEAR, YESTERDAY, q } from '../helpers';

type Range = [Day, Day];
const rateOf = (scope: Scope, [from, to]: Range) => rate(totals(scope, from, to).rate);
const who = (scope: Scope, measure: Measure, [from, to]: Range, passes?: (v: number) => boolean) => peopleWhere(scope, measure, from, to, passes);
const level = (position: Position): Scope => ({ ids: ids({ position, status: 'any' }) });
const day = (d: Day): Range => [d, d];
const SINCE_AUGUST: Range = ['2025-08-01', TODAY];
const SINCE_OCTOBER: Range = ['2025-10-01', TODAY];
const Q3: Range = ['2025-07-01', '2025-09-30'];

export const PRACTICE3_ATTENDANCE: Question[] = [
  // Rates: the company, a team, a person, a position, over many kinds of period.
  q('R001', 'admin', 'whats the attendance rate last week', () => figures(rateOf({}, LAST_WEEK))),
  q('R002', 'admin', 'hey, could you tell me our overall attendence for october please?', () => figures(rateOf({}, OCTOBER))),
  q('R003', 'admin', 'QA attendance rate in september', () => figures(rateOf({ team: 'QA' }, SEPTEMBER))),
  q('R004', 'admin', 'attendance % for the securty team so far this month', () => figures(rateOf({ team: 'SEC' }, THIS_MONTH))),
  q('R005', 'admin', 'How has the Artificial Intelligence team attended since August?', () => figures(rateOf({ team: 'AI' }, SINCE_AUGUST))),
  q('R006', 'admin', 'attendance rate for dev between 1 sep and 15 oct', () => figures(rateOf({ team: 'DEV' }, ['2025-09-01', '2025-10-15']))),
  q('R007', 'admin', 'attendance rate of Chris Morgan in october', () => figures(rateOf({ ids: ['DEV-006'] }, OCTOBER))),
  q('R008', 'admin', "what was pablo ruiz's attendance rate last month", () => figures(rateOf({ ids: ['DAT-006'] }, OCTOBER))),
  q('R009', 'admin', 'attendance rate of the juniors in september', () => figures(rateOf(level('Junior'), SEPTEMBER))),
  q('R010', 'admin', 'seniors attendance rate this quarter', () => figures(rateOf(level('Senior'), SINCE_OCTOBER))),
  q('R011', 'admin', 'company attendance rate for Q3', () => figures(rateOf({}, Q3))),
  q('R012', 'admin', 'attendance rate so far this year', () => figures(rateOf({}, THIS_YEAR))),
  q('R013', 'admin', 'attendance rate by team for september', () => figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((team) => rateOf({ team }, SEPTEMBER)))),
  q('R014', 'admin', 'compare attendance AI vs SEC in october', () => figures(rateOf({ team: 'AI' }, OCTOBER), rateOf({ team: 'SEC' }, OCTOBER))),
  q('R015', 'admin', 'was the data team attendance better in september or in october', () =>
    figures(rateOf({ team: 'DAT' }, SEPTEMBER), rateOf({ team: 'DAT' }, OCTOBER)),
  ),
  q('R016', 'admin', 'attendance rate in august and september', () => figures(rateOf({}, AUGUST), rateOf({}, SEPTEMBER))),
  q('R017', 'admin', 'attendance for the week of 3 november', () => figures(rateOf({}, ['2025-11-03', '2025-11-09']))),
  q('R018', 'admin', 'attendance rate first week of september', () => figures(rateOf({}, ['2025-09-01', '2025-09-07']))),
  // Who was late / absent / half-day, on a day or over a period, with a team, a position or a threshold.
  q('R019', 'admin', 'who came in late yesterday', () => people(who({}, 'late', day(YESTERDAY)))),
  q('R020', 'admin', 'who was absent yesterday?', () => people(who({}, 'absent', day(YESTERDAY)))),
  q('R021', 'admin', 'anyone late on monday 17 nov', () => people(who({}, 'late', day('2025-11-17')))),
  q('R022', 'admin', 'who didnt turn up last week', () => people(who({}, 'absent', LAST_WEEK))),
  q('R023', 'admin', 'which devs were late last week', () => people(who({ team: 'DEV' }, 'late', LAST_WEEK))),
  q('R024', 'admin', 'who was late more than 3 times in october', () => people(who({}, 'late', OCTOBER, (v) => v > 3))),
  q('R025', 'admin', 'people absent 3 or more days last month', () => people(who({}, 'absent', OCTOBER, (v) => v >= 3))),
  q('R026', 'admin', 'QA folks absent more than twice in october', () => people(who({ team: 'QA' }, 'absent', OCTOBER, (v) => v > 2))),
  q('R027', 'admin', 'which seniors were late last week', () => people(who(level('Senior'), 'late', LAST_WEEK))),
  q('R028', 'admin', 'juniors absent in the week of 10 november', () => people(who(level('Junior'), 'absent', LAST_WEEK))),
  q('R029', 'admin', 'who left early (half day) on friday 14 november', () => people(who({}, 'halfDay', day('2025-11-14')))),
  q('R030', 'admin', 'how many people were late yesterday', () => figures(count(who({}, 'late', day(YESTERDAY)).length))),
  q('R031', 'admin', 'how many late arrivals did the AI team have since 1 september', () => figures(count(totals({ team: 'AI' }, '2025-09-01', TODAY).late))),
  q('R032', 'admin', 'no. of absences in security last month', () => figures(days(totals({ team: 'SEC' }, ...OCTOBER).absent))),
  q('R033', 'admin', 'how many days was Chris Walker off in october', () => figures(days(measureOf('QA-004', 'absent', ...OCTOBER)))),
  q('R034', 'admin', 'how many times was Daniel Okafor late in september?', () => figures(count(measureOf('DEV-008', 'late', ...SEPTEMBER)))),
  q('R035', 'admin', 'who was late on the 31st of october', () => people(who({}, 'late', day('2025-10-31')))),
  q('R036', 'admin', 'who was absent on founders day', () => people([])),
  q('R037', 'admin', 'late people in the data team the day before yesterday', () => people(who({ team: 'DAT' }, 'late', day('2025-11-17')))),
  q('R038', 'admin', 'absent in DEV the week of 3 november', () => people(who({ team: 'DEV' }, 'absent', ['2025-11-03', '2025-11-09']))),
  q('R039', 'admin', 'who was most often late in october', () => people(mostOf({}, 'late', ...OCTOBER))),
  // Check-ins and check-outs, today and over periods.
  q('R040', 'admin', 'who hasnt clocked in yet today', () => people(notCheckedInToday({}))),
  q('R041', 'admin', 'anyone from QA not in yet?', () => people(notCheckedInToday({ team: 'QA' }))),
  q('R042', 'admin', 'how many people have checked in today', () => figures(count(checkedInToday({}).length))),
  q('R043', 'admin', 'who forgot to check out this month', () => people(who({}, 'missingCheckOut', THIS_MONTH))),
  q('R044', 'admin', 'missing check-outs in october — how many?', () => figures(count(totals({}, ...OCTOBER).missingCheckOut))),
  q('R045', 'admin', 'any missing checkouts in the security team since august', () => people(who({ team: 'SEC' }, 'missingCheckOut', SINCE_AUGUST))),
  // Hours worked.
  q('R046', 'admin', 'how many hours did Sofia Rossi work last week', () => figures(hours(measureOf('DEV-011', 'hours', ...LAST_WEEK)))),
  q('R047', 'admin', 'total hrs worked by the data team in october', () => figures(hours(totals({ team: 'DAT' }, ...OCTOBER).hours))),
  q('R048', 'admin', 'hours worked by QA this week', () => figures(hours(totals({ team: 'QA' }, ...THIS_WEEK).hours))),
  // People by their attendance rate.
  q('R049', 'admin', 'lowest 3 attendance rates this month', () =>
    people(
      peopleByRate({}, ...THIS_MONTH, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  q('R050', 'admin', 'anyone under 80% attendance so far this month?', () => people(peopleWithRate({}, ...THIS_MONTH, (r) => r < 0.8))),
  q('R051', 'admin', 'who in the data team had 100% attendance last week', () => people(peopleWithRate({ team: 'DAT' }, ...LAST_WEEK, (r) => r === 1))),
  // Ambiguous names.
  q('R052', 'admin', "how was chris's attendance last month", () => ask('DEV-006', 'QA-004')),
];

/** Callers other than the admin: their own team or themselves, and what lies outside it. */
export const PRACTICE3_ATTENDANCE_SCOPED: Question[] = [
  q('R053', 'DEV-001', 'who on my team was late last week', () => people(who({ team: 'DEV' }, 'late', LAST_WEEK))),
  q('R054', 'DEV-001', "my team's attendance rate in october", () => figures(rateOf({ team: 'DEV' }, OCTOBER))),
  q('R055', 'DEV-001', 'did any of my juniors miss a day this month', () =>
    people(who({ ids: ids({ team: 'DEV', position: 'Junior', status: 'any' }) }, 'absent', THIS_MONTH)),
  ),
  q('R056', 'DEV-001', 'how many hours did Yuki put in last week', () => figures(hours(measureOf('DEV-009', 'hours', ...LAST_WEEK)))),
  q('R057', 'DEV-001', 'attendance rate for QA last week', () => refusal('QA', 'Quality')),
  q('R058', 'DEV-001', 'was Marcus Lee late yesterday', () => notFound()),
  q('R059', 'QA-001', 'whos not checked in yet', () => people(notCheckedInToday({ team: 'QA' }))),
  q('R060', 'QA-001', "how was chris's attendance in october", () => figures(rateOf({ ids: ['QA-004'] }, OCTOBER))),
  q('R061', 'QA-001', 'who in my team was absent more than 2 days in september', () => people(who({ team: 'QA' }, 'absent', SEPTEMBER, (v) => v > 2))),
  q('R062', 'QA-001', 'how many late arrivals in the dev team this week', () => refusal('DEV', 'Development')),
  q('R063', 'DEV-003', 'what is my attendance this month', () => figures(rateOf({ ids: ['DEV-003'] }, THIS_MONTH))),
  q('R064', 'DEV-003', 'how many hours did i work in october', () => figures(hours(measureOf('DEV-003', 'hours', ...OCTOBER)))),
  q('R065', 'DEV-003', 'how many days was i late since august', () => figures(count(measureOf('DEV-003', 'late', ...SINCE_AUGUST)))),
  q('R066', 'DEV-003', 'was Tom Becker in today', () => notFound()),
  q('R067', 'QA-003', 'my attendance rate in september pls', () => figures(rateOf({ ids: ['QA-003'] }, SEPTEMBER))),
  q('R068', 'QA-003', 'who in QA was late yesterday', () => refusal('QA', 'Quality')),
  q('R069', 'DAT-004', 'how many hrs have I worked this week', () => figures(hours(measureOf('DAT-004', 'hours', ...THIS_WEEK)))),
  q('R070', 'SEC-004', 'how many days have I been absent this year', () => figures(days(measureOf('SEC-004', 'absent', ...THIS_YEAR)))),
];
