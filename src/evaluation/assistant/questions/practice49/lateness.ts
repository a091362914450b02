/*
 * practice49 — late arrivals and absences, composed: a subject (everyone, a team, a level, a level of a manager's
 * team, a person, a manager's team, oneself) with a period (a day written day first, "on Monday", "Thursday the
 * 13th", "the Friday before last", a team's half-day holiday, an ISO week, two weeks named by a day, a month, "since
 * August", "Q4 so far") and an operation: list, count, per team, trend month by month, the most, top 3, threshold
 * ("more than twice"), who did not, which teams had none, the days and times behind a person's figure. README: a half
 * day away counts as half a day; "who was late the most" names everyone tied at the top; "who did not" is those
 * employed throughout the period with no such day; "which teams had no absences" the teams at nought; on a day whose
 * morning is off, lateness is judged from the afternoon. A list is the same with and without the people who have
 * left and, for a manager, with and without the manager; absences ranked as days and as occasions agree.
 */
import { answer, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { checkInTime } from '../../oracle/practice15-figures';
import { absentDays } from '../../oracle/practice23-figures';
import { recordOf, type Scope } from '../../oracle/attendance-figures';
import {
  absentOver,
  awayDays,
  entriesOf,
  lateN,
  LATE,
  mostOver,
  notAnyOver,
  perTeam,
  personOver,
  teamList,
  teamsWithNone,
  topN,
  totalOver,
  whoOver,
  countsAcross,
} from '../../oracle/practice49-ops';
import {
  AUGUST,
  EVERYONE,
  FRIDAY_BEFORE_LAST,
  LAST_WEEK,
  level,
  MONDAY,
  OCTOBER,
  on,
  one,
  oneOf,
  plain,
  Q4_SO_FAR,
  QA_OFFSITE,
  SEPTEMBER,
  SINCE_AUGUST,
  single,
  some,
  team,
  THIRD_OF_NOVEMBER,
  THIS_MONTH,
  THURSDAY_THE_13TH,
  WEEK_BEFORE_LAST,
  WEEK_OF_FOUNDERS_DAY,
  WK_45,
} from '../../oracle/practice49-figures';
import { TODAY } from '../../dataset/calendar';
import { addDays, daysBetween } from '../../dataset/dates';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const DAT = team('DAT');
const MONTHS = 'aug|sep|oct|nov';
/** The days one person was late over a range. */
const lateDates = (id: string, [from, to]: readonly [string, string]) => daysBetween(from, to).filter((d) => recordOf(id, d)?.status === 'late');
/** Everyone's absences ranked, read as days and as occasions: the top n must be the same. */
const topAbsent = (scope: Scope, n: number) =>
  oneOf([
    topN((s) => entriesOf(s, 'absent', [SINCE_AUGUST[0], addDays(TODAY, -1)]), scope, n, 'high'),
    topN(
      (s) => entriesOf(s, 'absent', [SINCE_AUGUST[0], addDays(TODAY, -1)]).map((e) => ({ id: e.id, value: absentDays(e.id, SINCE_AUGUST).length })),
      scope,
      n,
      'high',
    ),
  ]);

export const LATENESS: readonly Question[] = [
  // A day: written day first, a weekday alone, the Friday before last, the day after a holiday, a team's half holiday.
  q('PX059', 'admin', 'who came in late on 3/11?', () => people(some(whoOver(EVERYONE, 'late', [on(THIRD_OF_NOVEMBER)])))),
  q('PX060', 'admin', 'who was late or absent on Monday', () =>
    people(some([...new Set([...whoOver(EVERYONE, 'late', [on(MONDAY)]), ...absentOver(EVERYONE, [on(MONDAY)])])])),
  ),
  q('PX061', 'admin', 'late arrivals on the friday before last - who?', () => people(some(whoOver(EVERYONE, 'late', [on(FRIDAY_BEFORE_LAST)])))),
  q('PX062', 'admin', 'who was absent on Thursday the 13th?', () => people(some(absentOver(EVERYONE, [on(THURSDAY_THE_13TH)])))),
  q('PX063', 'admin', 'which testers came in late on the day of the QA offsite', () => people(some(whoOver(QA, 'late', [on(QA_OFFSITE)])))),

  // A level, with a list.
  q('PX064', 'admin', 'seniors who turned up late last week', () => people(some(whoOver(level('Senior'), 'late', single(LAST_WEEK))))),
  q('PX065', 'admin', 'list the juniors with an absence in October', () => people(some(absentOver(level('Junior'), single(OCTOBER))))),
  q('PX066', 'admin', 'how many absent days did the juniors have last month', () =>
    answer({ figures: [awayDays(totalOver(level('Junior'), 'absent', single(OCTOBER)))] }),
  ),

  // Counts, per team, trends, and two weeks side by side.
  q('PX067', 'admin', 'how many late arrivals did DAT have in wk 45?', () => answer({ figures: [lateN(plain(totalOver(DAT, 'late', single(WK_45))))] })),
  q('PX068', 'admin', 'october lates, team by team', () => answer({ figures: perTeam((code) => lateN(totalOver(team(code), 'late', single(OCTOBER)))) })),
  q('PX069', 'admin', 'DEV late arrivals month by month, August to October', () =>
    answer({ figures: countsAcross(DEV, 'late', [AUGUST, SEPTEMBER, OCTOBER], `${LATE}|${MONTHS}`) }),
  ),
  q('PX070', 'admin', 'QA late arrivals in the week of 13 October vs the week of 10 November', () =>
    answer({ figures: [WEEK_OF_FOUNDERS_DAY, LAST_WEEK].map((w) => lateN(plain(totalOver(QA, 'late', single(w))))) }),
  ),
  q('PX071', 'admin', "Leo Martins's late arrivals month by month from aug to oct", () =>
    answer({ figures: countsAcross(one('QA-008'), 'late', [AUGUST, SEPTEMBER, OCTOBER], `${LATE}|${MONTHS}`) }),
  ),

  // Rank and threshold.
  q('PX072', 'admin', 'who was late the most in September?', () => people(mostOver((s) => entriesOf(s, 'late', SEPTEMBER), EVERYONE).ids)),
  q('PX073', 'admin', 'top 3 for absences since August', () => people(topAbsent(EVERYONE, 3))),

  // Who did not, and which teams had none.
  q('PX074', 'admin', 'who in DAT was not late in October', () => people(some(notAnyOver(DAT, 'late', OCTOBER)))),
  q('PX075', 'admin', 'any team with zero absences last week?', () => answer({ teams: some(teamsWithNone('absent', single(LAST_WEEK))) })),

  // One person: the days and times behind the figure.
  q('PX076', 'admin', "Chris Walker's absences in September, which days?", () => answer({ dates: some(absentDays('QA-004', SEPTEMBER)) })),
  q('PX077', 'admin', 'when was Omar Haddad last late?', () => {
    if (recordOf('DEV-010', TODAY)?.status === 'late') throw new Error('late today: "last" would be in doubt');
    const all = lateDates('DEV-010', [SINCE_AUGUST[0], addDays(TODAY, -1)]);
    return answer({ dates: [some(all)[all.length - 1]!] });
  }),
  q('PX078', 'admin', 'what time did Maria Gonzalez check in on Monday?', () => answer({ mentions: [checkInTime('DEV-005', MONDAY)] })),

  // Priya Raman (DEV), about her team.
  q('PX079', 'DEV-001', 'anyone on my team late 3+ times in october?', () =>
    people(some(teamList('DEV-001', (s) => whoOver(s, 'late', single(OCTOBER), (v) => v > 2)))),
  ),
  q('PX080', 'DEV-001', 'how many absence days did my team have last month', () => answer({ figures: [awayDays(totalOver(DEV, 'absent', single(OCTOBER)))] })),
  q('PX081', 'DEV-001', 'which juniors on my team were absent this month', () => people(some(absentOver(level('Junior', 'DEV'), THIS_MONTH)))),

  // Elena Petrova (QA), about her team.
  q('PX082', 'QA-001', 'late arrivals on my team by month, aug to oct', () =>
    answer({ figures: countsAcross(QA, 'late', [AUGUST, SEPTEMBER, OCTOBER], `${LATE}|${MONTHS}`) }),
  ),
  q('PX083', 'QA-001', 'which days was Zoe Adams absent last week', () => answer({ dates: some(absentDays('QA-009', LAST_WEEK)) })),
  q('PX084', 'QA-001', 'which juniors on my team were not late in October', () => people(some(notAnyOver(level('Junior', 'QA'), 'late', OCTOBER)))),

  // Employees, about themselves.
  q('PX085', 'DEV-003', 'what dates was I late on since August', () => {
    if (recordOf('DEV-003', TODAY)?.status === 'late') throw new Error('late today');
    return answer({ dates: some(lateDates('DEV-003', SINCE_AUGUST)) });
  }),
  q('PX086', 'DEV-003', 'was I absent at all in September?', () => yesNo(absentDays('DEV-003', SEPTEMBER).length > 0, [])),
  q('PX087', 'QA-003', 'was I late on 3/11?', () => {
    const late = recordOf('QA-003', THIRD_OF_NOVEMBER)?.status === 'late';
    return yesNo(late, [], { mentions: [checkInTime('QA-003', THIRD_OF_NOVEMBER)] });
  }),
  q('PX088', 'DAT-004', 'how many days was I absent since August', () =>
    answer({ figures: [awayDays(personOver('DAT-004', 'absent', single(SINCE_AUGUST)))] }),
  ),
  q('PX089', 'SEC-004', 'on what days in September did I come in late', () => answer({ dates: some(lateDates('SEC-004', SEPTEMBER)) })),
  q('PX090', 'DAT-004', 'was I late at all the week before last?', () => yesNo(lateDates('DAT-004', WEEK_BEFORE_LAST).length > 0, [])),
  q('PX091', 'SEC-004', 'on which days was I late in Q4 so far?', () => {
    if (recordOf('SEC-004', TODAY)?.status === 'late') throw new Error('late today');
    return answer({ dates: some(lateDates('SEC-004', Q4_SO_FAR)) });
  }),
  q('PX092', 'DAT-004', 'which days was I late in August, and what time did I get in?', () => {
    const found = some(lateDates('DAT-004', AUGUST));
    return answer({ dates: found, mentions: found.map((d) => checkInTime('DAT-004', d)) });
  }),
];
