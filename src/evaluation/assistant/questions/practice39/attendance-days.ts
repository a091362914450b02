/*
 * practice39 — who was late, absent, on a half day, on leave, forgot to check out or has not checked in yet, and
 * hours worked, promise by promise: the default day (yesterday), a weekday alone, "the first Monday of November",
 * "the Friday before last", a half-day holiday, the last fortnight, the word "not", a cohort by hire date, counts
 * of people against counts of arrivals, thresholds, rankings, per team, month by month, yes-or-no, a person's days
 * with their dates and times, the last time something happened. Each asked plainly, then reworded. The admin asks.
 */
import { answer, count, days, figures, hours, people, type Question } from '../../expectation';
import { notCheckedInToday, peopleWhere, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { offBetween } from '../../oracle/leave-figures';
import { hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { neverIn } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { teamsWithNone } from '../../oracle/practice22-figures';
import { absentDays, hoursBelow } from '../../oracle/practice23-figures';
import { overClean } from '../../oracle/practice29-figures';
import { clockAt } from '../../oracle/practice31-figures';
import { lastAwayDay, measureByTeam } from '../../oracle/practice33-figures';
import { aboveLine } from '../../oracle/practice36-figures';
import {
  FIRST_MONDAY_OF_NOVEMBER,
  fortnightWho,
  FRIDAY_BEFORE_LAST,
  LAST_MONDAY,
  LAST_THURSDAY,
  peopleCount,
  Q3,
  Q4_SO_FAR,
  some,
  sumOf,
  teamLeading,
  YEAR_SO_FAR,
} from '../../oracle/practice39-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const day = (d: string): [string, string] => [d, d];
const TODAY_ONLY: [string, string] = ['2025-11-19', '2025-11-19'];

export const ATTENDANCE_DAYS: readonly Question[] = [
  // Late yesterday: plainly, with no day at all (README's default: yesterday), by the weekday's name.
  q('PN065', 'admin', 'Who was late yesterday?', () => people(some(peopleWhere(ALL, 'late', ...day(YESTERDAY))))),
  q('PN066', 'admin', 'who was late?', () => people(some(peopleWhere(ALL, 'late', ...day(YESTERDAY))))),
  q('PN067', 'admin', 'any tardies on tuesday?', () => people(some(peopleWhere(ALL, 'late', ...day(YESTERDAY))))),
  // Two of a kind on one day, each listed; absences by other names; a weekday alone is the last one.
  q('PN068', 'admin', 'Who was late or absent yesterday?', () =>
    people([...new Set([...peopleWhere(ALL, 'late', ...day(YESTERDAY)), ...peopleWhere(ALL, 'absent', ...day(YESTERDAY))])]),
  ),
  q('PN069', 'admin', 'no-shows yesterday', () => people(some(peopleWhere(ALL, 'absent', ...day(YESTERDAY))))),
  q('PN070', 'admin', 'Who was absent on Thursday?', () => people(some(peopleWhere(ALL, 'absent', ...day(LAST_THURSDAY))))),
  q('PN071', 'admin', 'who was late on the first Monday of November', () => people(some(peopleWhere(ALL, 'late', ...day(FIRST_MONDAY_OF_NOVEMBER))))),
  q('PN072', 'admin', 'who rolled in late the Friday before last', () => people(some(peopleWhere(ALL, 'late', ...day(FRIDAY_BEFORE_LAST))))),
  // 31 October had the afternoon off (Autumn Half Day): the people away that morning were absent half a day.
  q('PN073', 'admin', 'who was absent on 31 October?', () => people(some(peopleWhere(ALL, 'absent', '2025-10-31', '2025-10-31')))),
  // Counts: distinct people against arrivals.
  q('PN074', 'admin', 'How many people were late last week?', () => figures(count(peopleCount(ALL, 'late', LAST_WEEK)))),
  q('PN075', 'admin', 'tardies in QA last week', () => figures(near(count(sumOf({ team: 'QA' }, 'late', LAST_WEEK)), 'late|tard'))),
  // Threshold, level, "not", teams at nought, a cohort by hire date.
  // Laura Silva (left 17 October) counts for the days she was employed.
  q('PN076', 'admin', 'Who was late more than twice last month?', () => people(overClean(ALL, 'late', OCTOBER, 2))),
  q('PN077', 'admin', 'which juniors were late last month', () => people(some(peopleWhere(levelIn(undefined, 'Junior'), 'late', ...OCTOBER)))),
  q('PN078', 'admin', 'who in DEV was not late in October?', () => people(some(neverIn({ team: 'DEV' }, 'late', OCTOBER)))),
  q('PN079', 'admin', 'which teams had no absences yesterday', () => answer({ teams: teamsWithNone('absent', day(YESTERDAY)) })),
  q('PN080', 'admin', 'who was absent on 17 October among the people hired this year', () =>
    people(some(peopleWhere({ ids: hiredBetween(...YEAR_SO_FAR) }, 'absent', '2025-10-17', '2025-10-17'))),
  ),
  // Half days over two periods, side by side; the last fortnight (every reading of it agrees here).
  q('PN081', 'admin', 'half days in Q3, and so far in Q4', () =>
    figures(near(count(sumOf(ALL, 'halfDay', Q3)), 'half'), near(count(sumOf(ALL, 'halfDay', Q4_SO_FAR)), 'half')),
  ),
  // "The last fortnight" is not defined by the contract; all three readings (the two weeks before this one, the 14
  // days to yesterday, the 14 days to today) give the same four people here.
  q('PN082', 'admin', 'who in AI was late in the last fortnight', () => people(some(fortnightWho({ team: 'AI' }, 'late')))),
  // Missing check-outs, not checked in yet, clocked in.
  q('PN083', 'admin', 'Who forgot to check out last week?', () => people(some(peopleWhere(ALL, 'missingCheckOut', ...LAST_WEEK)))),
  q('PN084', 'admin', 'Has everyone in QA checked in today?', () => yesNo(false, [], { people: some(notCheckedInToday({ team: 'QA' })) })),
  q('PN085', 'admin', "who hasn't clocked in yet", () => people(some(notCheckedInToday(ALL)))),
  // On leave today, next week (leave booked ahead), by other words.
  q('PN086', 'admin', 'Who is on leave today?', () => people(some(offBetween(ALL, ...TODAY_ONLY)))),
  q('PN087', 'admin', 'Who will be off next week?', () => people(some(offBetween(ALL, ...NEXT_WEEK)))),
  // Hours: a team, over a line, under a line (someone expected with no record counts 0; someone on leave all week is
  // not expected), the top 3, per team.
  q('PN088', 'admin', 'hours worked by QA last month', () => figures(hours(sumOf({ team: 'QA' }, 'hours', OCTOBER)))),
  q('PN089', 'admin', 'anyone put in more than 45 hrs last week?', () => people(some(aboveLine(ALL, 'hours', LAST_WEEK, 45)))),
  q('PN090', 'admin', 'who worked fewer than 30 hours last week', () => people(some(hoursBelow(ALL, LAST_WEEK, 30)))),
  // Per team and rankings of people by a count.
  q('PN091', 'admin', 'absent days by team last month', () => figures(...measureByTeam('absent', OCTOBER, days))),
  q('PN092', 'admin', 'which team had the most late arrivals last month', () => {
    const top = teamLeading('late', OCTOBER);
    return answer({ teams: [top.team], figures: [near(count(top.value), 'late|arriv')] });
  }),
  q('PN093', 'admin', 'late arrivals month by month this quarter', () =>
    figures(near(count(sumOf(ALL, 'late', OCTOBER)), 'late|oct'), near(count(sumOf(ALL, 'late', THIS_MONTH)), 'late|nov')),
  ),
  // Yes or no, with the figures behind it.
  q('PN094', 'admin', 'Was anyone late yesterday?', () => yesNo(true, [], { people: some(peopleWhere(ALL, 'late', ...day(YESTERDAY))) })),
  q('PN095', 'admin', 'were there more than 60 late arrivals in October?', () => {
    const n = sumOf(ALL, 'late', OCTOBER);
    return yesNo(n > 60, [near(count(n), 'late|arriv')]);
  }),
  // One person's days, with dates and times; the last time something happened.
  q('PN096', 'admin', "Ben Carter's absences in October — which days?", () => answer({ dates: some(absentDays('DEV-012', OCTOBER)) })),
  q('PN097', 'admin', 'when was Chris Morgan last absent?', () => answer({ dates: [lastAwayDay('DEV-006')] })),
  q('PN098', 'admin', 'What time did Lukas Novak check in yesterday?', () => answer({ mentions: [clockAt('DEV-004', YESTERDAY, 'in')] })),
  q('PN099', 'admin', 'how late was Samuel Wright yesterday', () => answer({ mentions: [clockAt('DAT-008', YESTERDAY, 'in')] })),
  q('PN100', 'admin', 'Was Omar late on Monday?', () => yesNo(true, [], { mentions: [clockAt('DEV-010', LAST_MONDAY, 'in')] })),
];
