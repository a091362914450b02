/*
 * practice46 — late arrivals, typed short ("who late yday", "late ppl 2day?", "tardies QA sept", "wich team most lates
 * last month", "was Omar late on monday"): who was late on a day or over a period (today's records count: a check-in
 * after 09:15 is late even while the day is open), how many late arrivals, per team, month by month, more than N
 * times, the most, nobody late on a holiday, who was not late at all, a share of people late at least once, one
 * person's count, days and last time. Every role asks within its scope; a manager's list is asked only where it is the
 * same with or without the manager.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import { mostOf } from '../../oracle/attendance-figures';
import { teamsWithMost } from '../../oracle/practice10-figures';
import { union } from '../../oracle/practice18-figures';
import { neverIn } from '../../oracle/practice19-figures';
import { lateDates, yesNo } from '../../oracle/practice20-figures';
import { lastLate, measurePerTeam } from '../../oracle/practice31-figures';
import { over } from '../../oracle/practice38-figures';
import { shareWith } from '../../oracle/practice41-figures';
import {
  ALL,
  countsOver,
  holidayDay,
  LAST_MON,
  LAST_WK,
  lateCount,
  MONTHS_SINCE_AUG,
  none,
  NOV_SO_FAR,
  OCT,
  on,
  personOf,
  SEP,
  some,
  sumOf,
  TDY,
  team,
  teamWho,
  THIS_WK,
  threeOrMore,
  who,
  YDAY,
} from '../../oracle/practice46-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const FOUNDERS_DAY = holidayDay('Founders Day', '2025-10-13');

export const LATENESS: readonly Question[] = [
  // Who was late: yesterday, today so far, on a holiday (nobody is expected then).
  q('PU062', 'admin', 'who late yday', () => people(some(who(ALL, 'late', on(YDAY))))),
  q('PU063', 'admin', 'late ppl 2day?', () => people(some(who(ALL, 'late', on(TDY))))),
  q('PU064', 'admin', 'late on founders day who', () => people(none(who(ALL, 'late', on(FOUNDERS_DAY))))),
  q('PU065', 'admin', 'who late or absent yesterday', () => people(some(union(who(ALL, 'late', on(YDAY)), who(ALL, 'absent', on(YDAY)))))),

  // Counts over a period, per team, month by month.
  q('PU066', 'admin', 'howmany late arrival lastweek', () => figures(lateCount(threeOrMore(sumOf(ALL, 'late', LAST_WK))))),
  q('PU067', 'admin', 'tardies QA sept', () => figures(lateCount(threeOrMore(sumOf(QA, 'late', SEP))))),
  q('PU068', 'admin', 'lateness by team this month', () => figures(...measurePerTeam('late', NOV_SO_FAR, 'count'))),
  q('PU069', 'admin', 'late arrivals month by month since agust', () => figures(...countsOver(ALL, 'late', MONTHS_SINCE_AUG, 'late|arriv'))),
  q('PU070', 'admin', 'wich team most lates last month', () => {
    const [top] = teamsWithMost('late', ...OCT);
    if (teamsWithMost('late', ...OCT).length !== 1) throw new Error('teams tied for the most late arrivals');
    return answer({ teams: [top!], figures: [lateCount(sumOf(team(top!), 'late', OCT))] });
  }),

  // People past a line, the most, nobody, a share.
  q('PU071', 'admin', 'who was late more than 2 times in october', () => people(some(over(ALL, 'late', OCT, 2)))),
  q('PU072', 'admin', 'who was late the most last week', () => people(some(mostOf(ALL, 'late', ...LAST_WK)))),
  q('PU073', 'admin', 'who in DEV not late in october', () => people(some(neverIn(DEV, 'late', OCT)))),
  q('PU074', 'admin', 'what percent of QA was late at least one time in october', () => figures(rate(shareWith(QA, 'late', OCT)))),
  q('PU075', 'admin', 'Lukas Novak late how many times in sept', () => figures(lateCount(threeOrMore(personOf('DEV-004', 'late', SEP))))),

  // The managers, about their own team.
  q('PU076', 'DEV-001', 'who my team late this week', () => people(some(teamWho('DEV-001', 'late', THIS_WK)))),
  q('PU077', 'DEV-001', 'late arrivals my team oct', () => figures(lateCount(threeOrMore(sumOf(DEV, 'late', OCT))))),
  q('PU078', 'DEV-001', 'was Omar late on monday', () => yesNo(personOf('DEV-010', 'late', on(LAST_MON)) > 0, [])),
  q('PU079', 'QA-001', 'my team who late last wk', () => people(some(teamWho('QA-001', 'late', LAST_WK)))),
  q('PU080', 'QA-001', 'how many time Marcus Le was late this month', () => figures(lateCount(threeOrMore(personOf('QA-002', 'late', NOV_SO_FAR))))),

  // The employees, about themselves.
  q('PU081', 'DEV-003', 'was i late in sept?', () => yesNo(personOf('DEV-003', 'late', SEP) > 0, [])),
  q('PU082', 'QA-003', 'which days i was late this month', () => answer({ dates: some(lateDates('QA-003', NOV_SO_FAR)) })),
  q('PU083', 'SEC-004', 'was i late last week', () => yesNo(personOf('SEC-004', 'late', LAST_WK) > 0, [], { dates: lateDates('SEC-004', LAST_WK) })),
  q('PU084', 'DAT-004', 'when i was late last time', () => answer({ dates: [lastLate('DAT-004')] })),
];
