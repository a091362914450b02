/*
 * practice71 — week to week: last week (the previous Monday to Sunday), the week before, this week so far; late
 * arrivals, absences, half days and forgotten check-outs of the team (counted, listed, the most), a team member's hours
 * and check-in or check-out times, who worked more or fewer hours than a line. A count over this week is asked only
 * where today's open day changes nothing; a manager's "my team" figure only where the manager's own days change
 * nothing, and a list only where the manager is not in it; "the most" only with one clear top.
 */
import type { Question } from '../../expectation';
import { as, lastWeek, thisWeek, weekBeforeLast } from '../../oracle/practice71-periods';
import { checkInDays, clock, daysWith, extreme, mostTied, nonEmpty, solo, some, team, total, whoHad } from '../../oracle/practice71-team';
import { q } from '../helpers';
import { answer, anyone, count, days, figures, hours, list } from './shared';

const LW = () => as(lastWeek(), '2025-11-10', '2025-11-16');
const WBL = () => as(weekBeforeLast(), '2025-11-03', '2025-11-09');
const TW = () => as(thisWeek(), '2025-11-17', '2025-11-19');
const n = (v: number) => figures(count(v));
const h = (v: number) => figures(hours(v));
const ins = (id: string, r: readonly [string, string]) => answer({ mentions: nonEmpty(checkInDays(id, r)).map((d) => clock(id, d, 'in')) });
const outs = (id: string, r: readonly [string, string]) => answer({ mentions: nonEmpty(checkInDays(id, r)).map((d) => clock(id, d, 'out')) });

export const WEEK: readonly Question[] = [
  // Priya's team, last week.
  q('QT046', 'DEV-001', 'how many late arrivals did my team have last week', () => n(total(team('DEV'), LW(), 'late', 'DEV-001'))),
  q('QT047', 'DEV-001', 'who on my team was late more than once last week?', () => list(whoHad(team('DEV'), 'late', LW(), (v) => v > 1, 'DEV-001'))),
  q('QT048', 'DEV-001', 'who was late the most in my team last wk', () => list(mostTied(team('DEV'), 'late', LW(), 'DEV-001'))),
  q('QT049', 'DEV-001', 'how many absent days did my team rack up last week', () => figures(days(some(total(team('DEV'), LW(), 'absent', 'DEV-001'))))),
  q('QT050', 'DEV-001', 'total hours for tom becker last week', () => h(total(solo('DEV-002'), LW(), 'hours'))),
  q('QT051', 'DEV-001', "Daniel Okafor's check in times last week", () => ins('DEV-008', LW())),
  q('QT052', 'DEV-001', 'who forgot to check out last week on my team?', () => list(whoHad(team('DEV'), 'missingCheckOut', LW(), undefined, 'DEV-001'))),
  q('QT053', 'DEV-001', 'who in my team worked fewer than 35 hours last week', () => list(whoHad(team('DEV'), 'hours', LW(), (v) => v < 35, 'DEV-001'))),
  q('QT054', 'DEV-001', 'who put in the fewest hours on my team last week?', () => list([extreme(team('DEV'), 'hours', LW(), 'least', 'DEV-001')])),
  q('QT055', 'DEV-001', 'any half days in my team last week?', () => anyone(whoHad(team('DEV'), 'halfDay', LW(), undefined, 'DEV-001'))),
  q('QT056', 'DEV-001', 'the week before last - who was late on my team', () => list(whoHad(team('DEV'), 'late', WBL(), undefined, 'DEV-001'))),
  // Priya's team, this week so far.
  q('QT057', 'DEV-001', "hannah's hours so far this week", () => h(total(solo('DEV-007'), TW(), 'hours'))),
  q('QT058', 'DEV-001', 'anyone on my team miss a check-out this week?', () => anyone(whoHad(team('DEV'), 'missingCheckOut', TW(), undefined, 'DEV-001'))),
  q('QT059', 'DEV-001', 'late arrivals in my team this week vs last week', () =>
    figures(count(total(team('DEV'), TW(), 'late', 'DEV-001')), count(total(team('DEV'), LW(), 'late', 'DEV-001'))),
  ),
  q('QT060', 'DEV-001', 'which days was Lukas late this week', () => {
    return answer({ dates: nonEmpty(daysWith('DEV-004', TW(), 'late')) });
  }),
  // Elena's team, last week.
  q('QT061', 'QA-001', 'who in my team had a half day last week', () => list(whoHad(team('QA'), 'halfDay', LW(), undefined, 'QA-001'))),
  q('QT062', 'QA-001', 'how many absences did my team have last week?', () => figures(days(some(total(team('QA'), LW(), 'absent', 'QA-001'))))),
  q('QT063', 'QA-001', 'which of my people missed more than one day last week', () => list(whoHad(team('QA'), 'absent', LW(), (v) => v > 1, 'QA-001'))),
  q('QT064', 'QA-001', 'nina kowalski hours last week pls', () => h(total(solo('QA-005'), LW(), 'hours'))),
  q('QT065', 'QA-001', 'what times did Marcus Lee check out this week', () => outs('QA-002', TW())),
  q('QT066', 'QA-001', 'who missed a check out last week on my team', () => list(whoHad(team('QA'), 'missingCheckOut', LW(), undefined, 'QA-001'))),
  q('QT067', 'QA-001', 'did anyone on my team work under 30 hours last week?', () => anyone(whoHad(team('QA'), 'hours', LW(), (v) => v < 30, 'QA-001'))),
  q('QT068', 'QA-001', 'who worked the most hours in my team last week', () => list([extreme(team('QA'), 'hours', LW(), 'most', 'QA-001')])),
  q('QT069', 'QA-001', 'late arrivals on my team last week, and who had the most', () => {
    const top = mostTied(team('QA'), 'late', LW(), 'QA-001');
    return answer({ figures: [count(total(team('QA'), LW(), 'late', 'QA-001'))], people: top });
  }),
  q('QT070', 'QA-001', 'how many times was Leo late the week before last', () => n(some(total(solo('QA-008'), WBL(), 'late')))),
  q('QT071', 'QA-001', "zoe's check-in times last week", () => ins('QA-009', LW())),
  // The admin, the two teams' week.
  q('QT072', 'admin', 'how many late arrivals did QA have last week', () => n(total(team('QA'), LW(), 'late'))),
  q('QT073', 'admin', 'DEV total hours last week', () => h(total(team('DEV'), LW(), 'hours'))),
  q('QT074', 'admin', 'who in development was absent at all last week', () => list(whoHad(team('DEV'), 'absent', LW()))),
];
