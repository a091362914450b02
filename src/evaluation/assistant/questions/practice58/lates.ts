/*
 * practice58 — late arrivals. API.md: a check-in strictly after the start plus the grace is late (on a day whose
 * morning is off, the afternoon start is the line); a record's status is what it says, and a half day wins over late.
 * The data set's records carry their status; the oracle counts them. Lists of who was late over a past month count
 * those who have left in when they were late (the question says so or the readings agree); periods reaching today are
 * asked only where today's open check-ins change nothing. Days of one person's lateness come with their dates.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { holidayNamed } from '../../oracle/practice58-calendar';
import {
  agree,
  LAST_MONTH,
  LAST_WEEK,
  lateN,
  month,
  none,
  on,
  peopleN,
  SINCE_TRACKING,
  some,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  YESTERDAY,
} from '../../oracle/practice58-figures';
import { ALL, datesOf, figureOf, personFigure, seriesOf, team, teamsAtEnd, theMost, whoWith } from '../../oracle/practice58-lists';
import { q } from '../helpers';

const lates = (id: string, range: readonly [string, string]) => figures(lateN(personFigure(id, 'late', range)));
const teams = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
/** One person's late dates over a period reaching today, the same with and without today. */
const lateDates = (id: string, range: readonly [string, string]) => agree([datesOf(id, 'late', range), datesOf(id, 'late', [range[0], YESTERDAY])]);

export const LATES: readonly Question[] = [
  // HR across the company.
  q('QG023', 'admin', 'who was late yesterday', () => people(some(whoWith(ALL, 'late', on(YESTERDAY))))),
  q('QG024', 'admin', 'how many late arrivals were there in October across the company?', () => figures(lateN(figureOf(ALL, 'late', month(10))))),
  q('QG025', 'admin', 'late arrivals by team last month', () => figures(...teams.map((code) => lateN(figureOf(team(code), 'late', LAST_MONTH))))),
  q('QG026', 'admin', 'which team had the most lates in september?', () => answer({ teams: teamsAtEnd('late', month(9), 'most') })),
  q('QG027', 'admin', 'who was late more than 5 times in October', () => people(some(whoWith(ALL, 'late', month(10), (v) => v > 5)))),
  q('QG028', 'admin', "Leo Martins' late arrivals month by month since August", () =>
    figures(...seriesOf({ ids: ['QA-008'] }, 'late', [month(8), month(9), month(10), THIS_MONTH]).map(lateN)),
  ),
  q('QG029', 'admin', 'anyone late in the data team this week?', () => yesNo(true, [], { people: some(whoWith(team('DAT'), 'late', THIS_WEEK)) })),
  // The Autumn Half Day took the afternoon off: the morning still had its start, and nobody missed it.
  q('QG030', 'admin', 'anyone late on fri 31 october?', () => (none(whoWith(ALL, 'late', on('2025-10-31'))), yesNo(false, []))),
  // The QA Offsite took QA's morning: QA's line was the afternoon start, everyone else's the usual one (Laura Silva, gone
  // since, was late that day and counts).
  q('QG031', 'admin', 'who came in late on the day of the QA offsite', () =>
    people(some(whoWith(ALL, 'late', on(holidayNamed('QA Offsite').date), (v) => v > 0, { leavers: 'included' }))),
  ),
  q('QG032', 'admin', 'How many people were late at least once in October, leavers included?', () =>
    figures(peopleN(some(whoWith(ALL, 'late', month(10), (v) => v > 0, { leavers: 'included' })).length, 'late')),
  ),
  q('QG033', 'admin', 'was Daniel Okafor late more than 3 times last month?', () => {
    const n = personFigure('DEV-008', 'late', LAST_MONTH);
    return yesNo(n > 3, [lateN(n)]);
  }),
  q('QG034', 'admin', 'which days was Mohammed Saleh late this month', () => answer({ dates: some(lateDates('SEC-003', THIS_MONTH)) })),
  // Managers, their team.
  q('QG035', 'DEV-001', 'who on my team was late last week?', () => people(some(whoWith(team('DEV'), 'late', LAST_WEEK, (v) => v > 0, { asker: 'DEV-001' })))),
  q('QG036', 'DEV-001', 'how many late arrivals has DEV had so far this month', () => figures(lateN(figureOf(team('DEV'), 'late', THIS_MONTH)))),
  q('QG037', 'DEV-001', 'who was late the most on my team in october?', () => people(theMost(team('DEV'), 'late', month(10), 'most', 'DEV-001'))),
  q('QG038', 'QA-001', 'anyone in QA late yesterday?', () => (none(whoWith(team('QA'), 'late', on(YESTERDAY))), yesNo(false, []))),
  q('QG039', 'QA-001', 'late count for Leo this month', () => lates('QA-008', THIS_MONTH)),
  q('QG040', 'QA-001', 'how many people in QA were late in September?', () => figures(peopleN(some(whoWith(team('QA'), 'late', month(9))).length, 'late'))),
  q('QG041', 'QA-001', 'was Grace Kim late at all last week', () => yesNo(true, [lateN(personFigure('QA-007', 'late', LAST_WEEK))])),
  // Employees, themselves.
  q('QG042', 'DEV-003', 'was i late at all last month', () => yesNo(false, [], { dates: none(datesOf('DEV-003', 'late', LAST_MONTH)) })),
  q('QG043', 'QA-003', 'how many times was I late in August', () => lates('QA-003', month(8))),
  q('QG044', 'DAT-004', 'my lates in aug', () => lates('DAT-004', month(8))),
  q('QG045', 'SEC-004', 'Quick sanity check for my review: how many late arrivals did I have in September?', () => lates('SEC-004', month(9))),
  q('QG046', 'SEC-004', 'which day was I late last week?', () => answer({ dates: some(datesOf('SEC-004', 'late', LAST_WEEK)) })),
  q('QG047', 'DEV-003', 'when was I last late', () => answer({ dates: [some(lateDates('DEV-003', SINCE_TRACKING)).at(-1)!] })),
  q('QG048', 'DAT-004', 'was I late on any day in october? which one?', () => yesNo(true, [], { dates: some(datesOf('DAT-004', 'late', month(10))) })),
  q('QG049', 'SEC-004', 'tardies for me this quarter', () => lates('SEC-004', THIS_QUARTER)),
];
