/*
 * practice44 — absences around holidays and leave: the working days just before and after a holiday (named as the
 * day next to it, README: "the day after Christmas", "the Monday after the bank holiday"; a team's holiday used as a
 * date is that day for everyone asked about), the week of a holiday (Monday to Sunday), and the days around someone's
 * leave. By the absence rule a holiday or a day of leave is never an absence, a half day off by leave or a half
 * holiday leaves only the other half expected, and a day wholly off by leave and a half holiday together expects
 * nothing. Lists that should be empty are guarded to be so, and an empty list must be said ("nobody").
 */
import { count, figures, people, days, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { ALL, besideHoliday, myTeam, none, on, personOf, some, sumOf, team, weekdayBeside, weekOf, who, type Range } from '../../oracle/practice44-figures';
import { holidayNamed, sameDay } from '../../oracle/practice43-figures';
import { q } from '../helpers';

const absentOn = (day: string) => who(ALL, 'absent', on(day));
/** "Was X absent …?": yes exactly when some expected time over the range was not attended. */
const wasAbsent = (id: string, range: Range) => yesNo(personOf(id, 'absent', range) > 0, []);

export const AROUND_HOLIDAYS: readonly Question[] = [
  // The days next to the organisation's holidays.
  q('PS158', 'admin', 'who was absent the day after the Summer Bank Holiday?', () => people(none(absentOn(besideHoliday('Summer Bank Holiday', 1))))),
  q('PS159', 'admin', 'who was absent on the Friday before the Summer Bank Holiday', () => people(some(absentOn(weekdayBeside('Summer Bank Holiday', 5, -1))))),
  q('PS160', 'admin', 'who was absent the Friday before Founders Day?', () => people(some(absentOn(weekdayBeside('Founders Day', 5, -1))))),
  q('PS161', 'admin', 'who was absent the day after founders day', () => people(none(absentOn(besideHoliday('Founders Day', 1))))),
  q('PS162', 'admin', 'who was absent the day before the Autumn Half Day?', () => people(some(absentOn(besideHoliday('Autumn Half Day', -1))))),
  // The Autumn Half Day itself: only the morning was expected.
  q('PS163', 'admin', 'who was absent on the Autumn Half Day', () => people(some(absentOn(holidayNamed('Autumn Half Day'))))),
  q('PS164', 'admin', 'how many people were absent on the Autumn Half Day?', () =>
    figures(near(count(some(absentOn(holidayNamed('Autumn Half Day'))).length), 'absen|people|person|employee|off')),
  ),
  // Team holidays used as dates: the day for everyone, each judged by their own team's calendar.
  q('PS165', 'admin', 'who was absent the day before the QA offsite?', () => people(some(absentOn(besideHoliday('QA Offsite', -1))))),
  q('PS166', 'admin', 'did anyone from DEV miss work on the QA offsite?', () =>
    yesNo(true, [], { people: some(who(team('DEV'), 'absent', on(holidayNamed('QA Offsite')))) }),
  ),
  q('PS167', 'admin', 'who was absent on the DEV Recharge Day?', () => people(none(absentOn(holidayNamed('DEV Recharge Day'))))),
  q('PS168', 'DEV-001', 'was anyone on my team absent the day before the Recharge Day?', () =>
    yesNo(false, [], { people: none(myTeam('DEV-001', (s) => who(s, 'absent', on(besideHoliday('DEV Recharge Day', -1))))) }),
  ),
  q('PS169', 'DEV-001', 'who on my team was absent the day before the Autumn Half Day', () =>
    people(some(myTeam('DEV-001', (s) => who(s, 'absent', on(besideHoliday('Autumn Half Day', -1)))))),
  ),
  q('PS170', 'QA-001', 'who on my team was absent the Monday after the DEV Recharge Day?', () =>
    people(some(myTeam('QA-001', (s) => who(s, 'absent', on(sameDay(weekdayBeside('DEV Recharge Day', 1, 1), '2025-11-10')))))),
  ),
  // The week of a holiday, Monday to Sunday.
  q('PS171', 'admin', 'how many days of absence were there in the week of Founders Day?', () =>
    figures(near(days(sumOf(ALL, 'absent', weekOf('Founders Day'))), 'absen|day|off|missed')),
  ),
  q('PS172', 'admin', 'who was absent in the week of the Summer Bank Holiday', () => people(some(who(ALL, 'absent', weekOf('Summer Bank Holiday'))))),
  // Around someone's leave.
  q('PS173', 'admin', 'Lukas Novak was on leave 11-15 August. Was he absent the week of 18 August?', () => wasAbsent('DEV-004', ['2025-08-18', '2025-08-24'])),
  q('PS174', 'admin', 'Sana Qureshi was back from leave on 20 October. Was she absent in the week of 20 October?', () =>
    wasAbsent('AI-004', ['2025-10-20', '2025-10-26']),
  ),
  q('PS175', 'admin', 'was Julia Fischer absent on 15 September?', () => wasAbsent('DAT-003', on('2025-09-15'))),
  q('PS176', 'QA-003', 'I was off sick on 5 November. Was I absent on the 6th?', () => wasAbsent('QA-003', on('2025-11-06'))),
  // A half day of leave is not an absence; leave and a half holiday together leave nothing expected.
  q('PS177', 'DEV-003', 'was I absent on 20 October?', () => wasAbsent('DEV-003', on('2025-10-20'))),
  q('PS178', 'admin', 'was Grace Kim absent on 31 October?', () => wasAbsent('QA-007', on('2025-10-31'))),
  q('PS179', 'admin', 'was Lucas Moreau absent on 5 September?', () => wasAbsent('SEC-005', on('2025-09-05'))),
  q('PS180', 'SEC-004', 'was I absent the day after Founders Day?', () => wasAbsent('SEC-004', on(besideHoliday('Founders Day', 1)))),
];
