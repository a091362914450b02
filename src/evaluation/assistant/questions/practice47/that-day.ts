/*
 * practice47 — a day or a week named in a statement, then asked about as "that day" or "that week": the QA offsite in
 * September, the day after Founders Day, a fire drill on Thursday the 13th, last Friday's sprint demo, the DEV Recharge
 * Day, the Autumn Half Day's afternoon off, Monday's train chaos, an audit week, Christmas week. The context's day is
 * the question's; each person is judged by their own team's calendar (the QA offsite's morning off is QA's, its start
 * that day 13:00). Asked by the admin, the two managers about their team, and the employees about themselves.
 */
import { answer, days, hours, people, rate, type Question } from '../../expectation';
import { statusOn } from '../../oracle/status-on';
import { yesNo } from '../../oracle/practice20-figures';
import { near } from '../../oracle/practice10-figures';
import { wholeWorkingDay } from '../../oracle/practice43-figures';
import {
  ALL,
  awayDays,
  clearly,
  clock,
  dayIs,
  halfN,
  holidayDay,
  LAST_FRIDAY,
  LAST_WEEK,
  lateN,
  MONDAY,
  none,
  on,
  rateOf,
  some,
  sumOf,
  team,
  teamWho,
  threeOrMore,
  weekHolding,
  who,
  WEEK_BEFORE_LAST,
  workingDaysIn,
} from '../../oracle/practice47-figures';
import { addDays } from '../../dataset/dates';
import { q } from '../helpers';

const QA_OFFSITE = holidayDay('QA Offsite', '2025-09-12');
const FOUNDERS_DAY = holidayDay('Founders Day', '2025-10-13');
const AUTUMN_HALF_DAY = holidayDay('Autumn Half Day', '2025-10-31');
const DEV_RECHARGE_DAY = holidayDay('DEV Recharge Day', '2025-11-07');
const SECURITY_TEAM_DAY = holidayDay('Security Team Day', '2025-12-01');
const CHRISTMAS_EVE = holidayDay('Christmas Eve', '2025-12-24');
/** Days of this month the questions name with their weekday. */
const THU_13 = dayIs('2025-11-13', 4);
const TUE_4 = dayIs('2025-11-04', 2);
const THU_6 = dayIs('2025-11-06', 4);
const WORKING = 'working|day';

export const THAT_DAY: readonly Question[] = [
  q('PV059', 'admin', 'The QA offsite was a morning thing back in September. Who in QA was late that day?', () =>
    people(some(who(team('QA'), 'late', on(QA_OFFSITE)))),
  ),
  q('PV060', 'admin', 'Founders Day was on 13 October. Was anyone late the day after?', () =>
    yesNo(true, [], { people: some(who(ALL, 'late', on(addDays(FOUNDERS_DAY, 1)))) }),
  ),
  q('PV061', 'admin', 'We had a fire drill on Thursday the 13th. Who was late that day?', () => people(some(who(ALL, 'late', on(THU_13))))),
  // "Last Friday" is the day, not the calendar's QA Offsite (12 September, QA's holiday, when someone in DEV was away).
  q('PV062', 'DEV-001', 'We had our team offsite last Friday. Was anyone on my team absent that day?', () =>
    yesNo(false, [], { people: none(teamWho('DEV-001', 'absent', on(LAST_FRIDAY))) }),
  ),
  q('PV063', 'QA-001', 'The release went out on Tuesday the 4th. Who on my team was late that day?', () => people(some(teamWho('QA-001', 'late', on(TUE_4))))),
  // The DEV Recharge Day is DEV's holiday only: everyone else was at work, and some came in late.
  q('PV064', 'admin', 'DEV had their recharge day on 7 November. How many people were late that day?', () =>
    answer({ figures: [lateN(threeOrMore(sumOf(ALL, 'late', on(DEV_RECHARGE_DAY))))] }),
  ),
  // The afternoon was the organisation's holiday: a morning away is the absence (half a day each).
  q('PV065', 'admin', 'Everyone went home at lunchtime on 31 October for the Autumn Half Day. Who was absent that day?', () =>
    people(some(who(ALL, 'absent', on(AUTUMN_HALF_DAY)))),
  ),
  q('PV066', 'admin', 'Monday was chaos w/ the trains. Who was late that day?', () => people(some(who(ALL, 'late', on(MONDAY))))),
  q('PV067', 'admin', 'The week of 3 November was our audit week. What was the attendance rate that week?', () =>
    answer({ figures: [rate(rateOf(ALL, weekHolding('2025-11-03')))] }),
  ),
  // DEV's recharge day fell in that week: nobody in DEV worked that Friday.
  q('PV068', 'DEV-001', 'We shipped the big release the week before last. How many hours did DEV put in that week?', () =>
    answer({ figures: [hours(sumOf(team('DEV'), 'hours', WEEK_BEFORE_LAST))] }),
  ),
  q('PV069', 'QA-001', "Our offsite was on 12 September, mornings only. What was my team's attendance rate that day?", () =>
    answer({ figures: [rate(rateOf(team('QA'), on(QA_OFFSITE)))] }),
  ),
  q('PV070', 'admin', 'Security have their team day on 1 December. Is that a working day for the Data team?', () =>
    yesNo(wholeWorkingDay(SECURITY_TEAM_DAY, 'DAT'), []),
  ),
  // Christmas week: Christmas Eve's afternoon, Christmas Day and Boxing Day off, a half-day holiday as a half.
  q('PV071', 'admin', 'Christmas Eve is a half day this year. How many working days does the company have that week?', () =>
    answer({ figures: [near(days(workingDaysIn(weekHolding(CHRISTMAS_EVE), null)), WORKING)] }),
  ),
  q('PV072', 'admin', 'Last week was half-term, so I expected absences. How many days of absence were there that week?', () =>
    answer({ figures: [awayDays(sumOf(ALL, 'absent', LAST_WEEK))] }),
  ),
  q('PV073', 'admin', 'Last week felt quiet in the office. Was the attendance rate above 95% that week?', () =>
    yesNo(clearly(rateOf(ALL, LAST_WEEK), 0.95, 0.002), [rate(rateOf(ALL, LAST_WEEK))]),
  ),
  // A person's day comes with its time: Emma Clarke checked in on time on Monday.
  q('PV074', 'SEC-004', 'I had a dentist appointment on Monday morning. Was I late that day?', () =>
    yesNo(statusOn('SEC-004', MONDAY) === 'late', [], { mentions: [clock('SEC-004', MONDAY, 'in')] }),
  ),
  q('PV075', 'DAT-004', 'I worked from the client site on the 14th. Did I check in that day?', () =>
    yesNo(statusOn('DAT-004', LAST_FRIDAY) !== 'absent', [], { mentions: [clock('DAT-004', LAST_FRIDAY, 'in')] }),
  ),
  q('PV076', 'QA-003', "I was at the doctor's on 5 November. Was I on leave that day?", () => yesNo(statusOn('QA-003', '2025-11-05') === 'leave', [])),
  q('PV077', 'admin', 'The heating failed on Tuesday the 4th. Who was absent that day?', () => people(some(who(ALL, 'absent', on(TUE_4))))),
  q('PV078', 'admin', 'We had a big client visit last Friday. Who came in late that day?', () => people(some(who(ALL, 'late', on(LAST_FRIDAY))))),
  q('PV079', 'QA-001', 'We moved desks on Monday. Who on my team was late that day?', () => people(some(teamWho('QA-001', 'late', on(MONDAY))))),
  // Leaving at 13:00 for the afternoon off makes short days: the records of that day with status half-day.
  q('PV080', 'admin', 'Payday was 31 October. How many half days were recorded that day?', () =>
    answer({ figures: [halfN(threeOrMore(sumOf(ALL, 'halfDay', on(AUTUMN_HALF_DAY))))] }),
  ),
  q('PV081', 'admin', 'There was a tube strike on 29 October. What was the attendance rate that day?', () =>
    answer({ figures: [rate(rateOf(ALL, on('2025-10-29')))] }),
  ),
  q('PV082', 'DEV-001', 'Our recharge day was 7 November. How many working days did DEV have that week?', () =>
    answer({ figures: [near(days(workingDaysIn(weekHolding(DEV_RECHARGE_DAY), 'DEV')), WORKING)] }),
  ),
  q('PV083', 'admin', 'The lifts were out on Thursday 6 November. Who was absent that day?', () => people(some(who(ALL, 'absent', on(THU_6))))),
  q('PV084', 'DAT-004', 'My train was cancelled on Monday. What time did I check in that day?', () => answer({ mentions: [clock('DAT-004', MONDAY, 'in')] })),
  q('PV085', 'QA-001', 'Zoe phoned in sick on Thursday 6 November. Was she marked absent that day?', () => yesNo(statusOn('QA-009', THU_6) === 'absent', [])),
];
