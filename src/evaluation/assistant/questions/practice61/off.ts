/*
 * practice61 — who is off when. API.md: approved full-day leave takes both halves of a day, a half day one, and a half
 * already off by a holiday is not leave (Grace Kim's morning of leave on the Autumn Half Day was leave, her afternoon
 * the holiday's); README: "who will be off next week" is answered from the leave booked, "out" reads as "off", and a
 * question without a date about who is on leave is about today. Each list is read two ways (the rule's halves and the
 * approved requests overlapping the period) and, unless the question says "approved", no pending request may fall in
 * the period; "this week" is read to today and to Sunday, which must agree. Leave taken counts the halves the rule
 * gives to leave, so a holiday inside a week off is not counted.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import {
  agree,
  LAST_WEEK,
  leaveD,
  month,
  NEXT_WEEK,
  none,
  on,
  some,
  THIS_MONTH,
  THIS_WEEK,
  THIS_WEEK_WHOLE,
  TOMORROW,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice58-figures';
import { chargeOf, holidayCalled, leaveDatesOf, leaveDaysIn, offDuring, requestOver, usedOf } from '../../oracle/practice61-leave';
import { EVERYONE, only, teamOf } from '../../oracle/practice61-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');
const thisWeek = (g = EVERYONE, code?: 'SICK') => agree([offDuring(g, THIS_WEEK, code), offDuring(g, THIS_WEEK_WHOLE, code)]);
type Range = readonly [string, string];
/** Leave taken over a period, the same as what its one request was charged. */
const takenIn = (id: string, range: Range) => figures(leaveD(agree([leaveDaysIn(id, range), chargeOf(requestOver(id, ['approved'], range))])));
/** The last day of the one approved request of a person over a period. */
const lastDay = (id: string, range: Range) => answer({ dates: [requestOver(id, ['approved'], range).to] });

export const OFF: readonly Question[] = [
  // HR.
  q('QJ047', 'admin', 'whos on leave today', () => people(some(offDuring(EVERYONE, on(TODAY))))),
  q('QJ048', 'admin', "Who's on leave this week?", () => people(some(thisWeek()))),
  q('QJ049', 'admin', 'who has annual leave approved for next week', () => people(some(offDuring(EVERYONE, NEXT_WEEK, 'ANNUAL', true)))),
  q('QJ050', 'admin', 'was anyone off sick last week', () => people(none(offDuring(EVERYONE, LAST_WEEK, 'SICK')))),
  q('QJ051', 'admin', "who's taken unpaid leave this year", () => people(some(offDuring(EVERYONE, YEAR_SO_FAR, 'UNPAID')))),
  q('QJ052', 'admin', 'who was on leave on the Autumn Half Day', () => people(some(offDuring(EVERYONE, on(holidayCalled('Autumn Half Day').date))))),
  q('QJ053', 'admin', 'until when is Anna Berg on leave?', () => lastDay('DAT-007', on(TODAY))),
  // Sana Qureshi's week off began on Founders Day.
  q('QJ054', 'admin', 'how many days of leave did Sana Qureshi take in October', () => takenIn('AI-004', month(10))),
  // Managers.
  q('QJ055', 'DEV-001', 'who in my team is off tomorrow', () => people(none(offDuring(DEV, on(TOMORROW))))),
  q('QJ056', 'DEV-001', 'who on my team has leave next week', () => people(some(offDuring(DEV, NEXT_WEEK)))),
  q('QJ057', 'DEV-001', 'was anyone on my team on leave yesterday?', () => yesNo(true, [], { people: some(offDuring(DEV, on(YESTERDAY))) })),
  q('QJ058', 'DEV-001', 'until when is Maria off next week?', () => lastDay('DEV-005', NEXT_WEEK)),
  q('QJ059', 'QA-001', 'who in QA is on leave next week', () => people(some(offDuring(QA, NEXT_WEEK)))),
  q('QJ060', 'QA-001', 'who in my team is on leave today?', () => people(none(offDuring(QA, on(TODAY))))),
  // Nina Kowalski's week began on the Summer Bank Holiday.
  q('QJ061', 'QA-001', 'how many days of leave did Nina Kowalski take in August?', () => takenIn('QA-005', month(8))),
  q('QJ062', 'QA-001', 'who in my team has been off sick this month', () => people(some(offDuring(QA, THIS_MONTH, 'SICK')))),
  q('QJ063', 'QA-001', 'which day has Zoe Adams booked off this month?', () => {
    some(offDuring(only('QA-009'), month(11)));
    return answer({ dates: some(leaveDatesOf('QA-009', month(11))) });
  }),
  // Employees.
  q('QJ064', 'DEV-003', 'when was the last time i was on leave', () => answer({ dates: [some(leaveDatesOf('DEV-003', [YEAR_SO_FAR[0], YESTERDAY])).at(-1)!] })),
  q('QJ065', 'QA-003', 'what date was my sick day in november', () => answer({ dates: some(leaveDatesOf('QA-003', month(11), 'SICK')) })),
  q('QJ066', 'DAT-004', 'am I booked off any day next week?', () => (none(offDuring(only('DAT-004'), NEXT_WEEK)), yesNo(false, []))),
  q('QJ067', 'QA-003', 'how many days of leave have I taken this year in total', () => figures(leaveD(usedOf('QA-003', 'SICK') + usedOf('QA-003', 'ANNUAL')))),
  q('QJ068', 'DEV-003', 'how much leave have I taken so far this year?', () => figures(leaveD(usedOf('DEV-003', 'ANNUAL') + usedOf('DEV-003', 'SICK')))),
  q('QJ069', 'DAT-004', 'was I on leave at all in october', () => (none(offDuring(only('DAT-004'), month(10))), yesNo(false, []))),
  q('QJ070', 'SEC-004', 'was I on leave any day last month?', () => (none(offDuring(only('SEC-004'), month(10))), yesNo(false, []))),
];
