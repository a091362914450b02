/*
 * practice46 — absences, half days, missing check-outs and today's check-ins, typed loosely ("who absent yday",
 * "no-shows QA last week", "who missed more then 3 days", "who hasnt checked in today"). API.md's absence rule is
 * applied as written: only closed days have absentees (today shows who has not checked in yet), a half day expected
 * and not attended is half a day absent, a holiday of the person's own team or of the organisation takes its halves
 * off (the QA offsite is a morning off for QA only; the Autumn Half Day an afternoon for everyone), approved leave
 * is never absent, and a check-in never closed with a check-out counts as attended and as a missing check-out.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { checkedInToday, notCheckedInToday } from '../../oracle/attendance-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { absentDays as absentDates } from '../../oracle/practice23-figures';
import { measurePerTeam } from '../../oracle/practice31-figures';
import { overAbsences, sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  absentDays,
  ALL,
  holidayDay,
  LAST_WK,
  me,
  none,
  nonZero,
  NOV_SO_FAR,
  OCT,
  on,
  personOf,
  SEP,
  SINCE_AUG,
  some,
  sumOf,
  team,
  teamWho,
  THIS_WK,
  who,
  YDAY,
} from '../../oracle/practice46-figures';
import { q } from '../helpers';

const QA = team('QA');
const QA_OFFSITE = holidayDay('QA Offsite', '2025-09-12');
const AUTUMN_HALF_DAY = holidayDay('Autumn Half Day', '2025-10-31');

export const ABSENCE: readonly Question[] = [
  // Who was absent, and how much.
  q('PU085', 'admin', 'whowas absent yday', () => people(some(who(ALL, 'absent', on(YDAY))))),
  q('PU086', 'admin', 'absent ppl last week data team', () => people(some(who(team('DAT'), 'absent', LAST_WK)))),
  q('PU087', 'admin', 'no-shows QA last week', () => people(some(who(QA, 'absent', LAST_WK)))),
  q('PU088', 'admin', 'how many days absent QA in october', () => figures(absentDays(nonZero(sumOf(QA, 'absent', OCT))))),
  q('PU089', 'admin', 'absences by team last month', () => figures(...measurePerTeam('absent', OCT, 'days'))),
  q('PU090', 'admin', 'Chris Morgan absent days since august', () => figures(absentDays(nonZero(personOf('DEV-006', 'absent', SINCE_AUG))))),
  q('PU091', 'admin', 'Zoe Adms absences last month how many days', () => figures(absentDays(nonZero(personOf('QA-009', 'absent', OCT))))),
  q('PU092', 'admin', 'who missed more then 3 days in september', () => people(overAbsences(ALL, SEP, 3))),
  // A team's holiday as the day: each person judged by their own team's calendar; a half-day holiday leaves a half expected.
  q('PU093', 'admin', 'who absent on QA offsite', () => people(some(who(ALL, 'absent', on(QA_OFFSITE))))),
  q('PU094', 'admin', 'absent on 31 oct who', () => people(some(who(ALL, 'absent', on(AUTUMN_HALF_DAY))))),

  // Half days and missing check-outs (closed days only).
  q('PU095', 'admin', 'half days last week who', () => people(some(who(ALL, 'halfDay', LAST_WK)))),
  q('PU096', 'admin', 'who forgot check out this month', () => people(some(who(ALL, 'missingCheckOut', NOV_SO_FAR)))),
  q('PU097', 'admin', 'missing checkouts october how many', () => figures(count(nonZero(sumOf(ALL, 'missingCheckOut', OCT))))),

  // Today is open: who has checked in, who has not yet.
  q('PU098', 'admin', 'who not checked in yet today', () => people(some(notCheckedInToday(ALL)))),
  q('PU099', 'admin', 'how many clocked in today', () => figures(count(nonZero(checkedInToday(ALL).length)))),

  // The managers, about their own team.
  q('PU100', 'DEV-001', 'who absent in my team this week', () => people(some(teamWho('DEV-001', 'absent', THIS_WK)))),
  q('PU101', 'DEV-001', 'anybody forget clock out yesterday in my team', () =>
    yesNo(true, [], { people: some(teamWho('DEV-001', 'missingCheckOut', on(YDAY))) }),
  ),
  q('PU102', 'DEV-001', 'Ben Carter absences october which days', () => answer({ dates: some(absentDates('DEV-012', OCT)) })),
  q('PU103', 'QA-001', 'who hasnt checked in today my team', () => people(some(sameWithoutAsker(QA, 'QA-001', (s) => notCheckedInToday(s))))),
  q('PU104', 'QA-001', 'my team absent days this month total', () => figures(absentDays(nonZero(sumOf(QA, 'absent', NOV_SO_FAR))))),
  q('PU105', 'QA-001', 'has everyone in QA checked in?', () => yesNo(notCheckedInToday(QA).length === 0, [], { people: some(notCheckedInToday(QA)) })),

  // The employees, about themselves.
  q('PU106', 'DAT-004', 'was i absent in september', () => yesNo(personOf('DAT-004', 'absent', SEP) > 0, [])),
  q('PU107', 'SEC-004', 'did i check in today', () => yesNo(checkedInToday(me('SEC-004')).length > 0, [])),
  q('PU108', 'QA-003', 'any absent day for me in october?', () => yesNo(personOf('QA-003', 'absent', OCT) > 0, [], { dates: absentDates('QA-003', OCT) })),
  q('PU109', 'DEV-003', 'did i forget check out any day this month', () => yesNo(none(who(me('DEV-003'), 'missingCheckOut', NOV_SO_FAR)).length > 0, [])),
];
