/* practice4: attendance — rates, who was late / absent / on leave, missing check-outs, hours, over days, weeks, months and ranges. */
import { TODAY } from '../../dataset/calendar';
import { figures, people, rate, count, days, hours, ask, notFound, refusal, type Question } from '../../expectation';
import {
  checkedInToday,
  mostOf,
  notCheckedInToday,
  peopleByRate,
  peopleWhere,
  peopleWithRate,
  teamsByRate,
  teamsWhere,
  totals,
} from '../../oracle/attendance-figures';
import { LAST_WEEK, OCTOBER, SEPTEMBER, AUGUST, THIS_MONTH, THIS_WEEK, THIS_YEAR, YESTERDAY, q } from '../helpers';

const MONDAY = '2025-11-17';
const LAST_FRIDAY = '2025-11-14';
const THURSDAY = '2025-11-13';
const NOV_3_TO_7: [string, string] = ['2025-11-03', '2025-11-07'];
const SINCE_OCT_15: [string, string] = ['2025-10-15', TODAY];

const rateOf = (scope: { team?: string; ids?: string[] }, [from, to]: [string, string]) => rate(totals(scope, from, to).rate);

export const ATTENDANCE: Question[] = [
  q('S001', 'admin', 'who was absnt yesterday', () => people(peopleWhere({}, 'absent', YESTERDAY, YESTERDAY))),
  q('S002', 'admin', 'hey can you tell me who came in late yesterday?', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('S003', 'admin', 'how many ppl were late on monday', () => figures(count(peopleWhere({}, 'late', MONDAY, MONDAY).length))),
  q('S004', 'admin', 'attendence rate last week for QA', () => figures(rateOf({ team: 'QA' }, LAST_WEEK))),
  q('S005', 'admin', 'What was the attendance rate of the Development team in October?', () => figures(rateOf({ team: 'DEV' }, OCTOBER))),
  q('S006', 'admin', 'company wide attendance rate for september pls', () => figures(rateOf({}, SEPTEMBER))),
  q('S007', 'admin', 'who was late in the data team last week', () => people(peopleWhere({ team: 'DAT' }, 'late', ...LAST_WEEK))),
  q('S008', 'admin', 'who forgot to check out last week', () => people(peopleWhere({}, 'missingCheckOut', ...LAST_WEEK))),
  q('S009', 'admin', 'how many hours did Tom Becker work in october', () => figures(hours(totals({ ids: ['DEV-002'] }, ...OCTOBER).hours))),
  q('S010', 'admin', 'total hours worked by the security team last week', () => figures(hours(totals({ team: 'SEC' }, ...LAST_WEEK).hours))),
  q('S011', 'admin', 'who had more than 3 days absent in september', () => people(peopleWhere({}, 'absent', ...SEPTEMBER, (v) => v > 3))),
  q('S012', 'admin', 'anyone in QA with 100% attendance in october?', () => people(peopleWithRate({ team: 'QA' }, ...OCTOBER, (r) => r === 1))),
  q('S013', 'admin', 'bottom 3 people by attendance rate in october', () =>
    people(
      peopleByRate({}, ...OCTOBER, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  q('S014', 'admin', 'compare attendance DEV vs SEC last month', () => figures(rateOf({ team: 'DEV' }, OCTOBER), rateOf({ team: 'SEC' }, OCTOBER))),
  q('S015', 'admin', "what's the attendance rate for AI in august", () => figures(rateOf({ team: 'AI' }, AUGUST))),
  q('S016', 'admin', 'how many half days did QA have in october', () => figures(count(totals({ team: 'QA' }, ...OCTOBER).halfDay))),
  q('S017', 'admin', 'who hasnt checked in yet today', () => people(notCheckedInToday({}))),
  q('S018', 'admin', 'how many people have clocked in so far today', () => figures(count(checkedInToday({}).length))),
  q('S019', 'admin', 'late arrivals in security on friday', () => people(peopleWhere({ team: 'SEC' }, 'late', LAST_FRIDAY, LAST_FRIDAY))),
  q('S020', 'admin', 'who was absent on thursday', () => people(peopleWhere({}, 'absent', THURSDAY, THURSDAY))),
  q('S021', 'admin', 'which teams had attendance issues in october', () => ({ kind: 'answer', teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('S022', 'admin', 'rank the teams by attendance rate for september', () => ({ kind: 'answer', teams: teamsByRate(...SEPTEMBER) })),
  q('S023', 'admin', 'who was late the most in october', () => people(mostOf({}, 'late', ...OCTOBER))),
  q('S024', 'admin', 'Lukas Novak attendance rate from 3 to 7 november', () => figures(rateOf({ ids: ['DEV-004'] }, NOV_3_TO_7))),
  q('S025', 'admin', 'how many absences has the data team had since 15 october', () => figures(days(totals({ team: 'DAT' }, ...SINCE_OCT_15).absent))),
  q('S026', 'admin', 'missing check outs in DEV this month', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...THIS_MONTH))),
  q('S027', 'admin', 'who was late 5 or more times in october', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v >= 5))),
  q('S028', 'admin', 'attendance rate this week', () => figures(rateOf({}, THIS_WEEK))),
  q('S029', 'admin', 'how was Yuki Tanka attendance in september', () => figures(rateOf({ ids: ['DEV-009'] }, SEPTEMBER))),
  q('S030', 'admin', "chris's attendance rate in october", () => ask('DEV-006', 'QA-004')),
  q('S031', 'DEV-001', "chris's attendance rate in october", () => figures(rateOf({ ids: ['DEV-006'] }, OCTOBER))),
  q('S032', 'DEV-001', 'who in my team was late yesterday', () => people(peopleWhere({ team: 'DEV' }, 'late', YESTERDAY, YESTERDAY))),
  q('S033', 'DEV-001', 'my teams attendance last week', () => figures(rateOf({ team: 'DEV' }, LAST_WEEK))),
  q('S034', 'DEV-001', 'who was absent in QA last week', () => refusal('QA', 'Quality')),
  q('S035', 'QA-001', 'absences in my team in october, more than 4 days', () => people(peopleWhere({ team: 'QA' }, 'absent', ...OCTOBER, (v) => v > 4))),
  q('S036', 'QA-001', 'was Marcus late on friday', () => people(['QA-002'])),
  q('S037', 'QA-001', 'hours worked by Tom Becker last week', () => notFound()),
  q('S038', 'DEV-003', 'what is my attendance rate this month', () => figures(rateOf({ ids: ['DEV-003'] }, THIS_MONTH))),
  q('S039', 'DEV-003', 'how many times was i late in october', () => figures(count(totals({ ids: ['DEV-003'] }, ...OCTOBER).late))),
  q('S040', 'QA-003', 'my hours last week', () => figures(hours(totals({ ids: ['QA-003'] }, ...LAST_WEEK).hours))),
  q('S041', 'SEC-004', 'was Olivia Martin late yesterday', () => notFound()),
  q('S042', 'DAT-004', "what's the data team's attendance rate this month", () => refusal('DAT', 'Data', 'team')),
  q('S043', 'admin', 'how many people in DEV have checked in today', () => figures(count(checkedInToday({ team: 'DEV' }).length))),
  q('S044', 'admin', 'top 5 people by attendance in september', () =>
    people(
      peopleByRate({}, ...SEPTEMBER, 'highest')
        .slice(0, 5)
        .map((x) => x.id),
    ),
  ),
  q('S045', 'admin', 'how many days was Chris Walker absent last month', () => figures(days(totals({ ids: ['QA-004'] }, ...OCTOBER).absent))),
  q('S046', 'admin', 'attendance rate so far this year for SEC', () => figures(rateOf({ team: 'SEC' }, THIS_YEAR))),
  q('S047', 'admin', 'how many people were late last week', () => figures(count(peopleWhere({}, 'late', ...LAST_WEEK).length))),
];
