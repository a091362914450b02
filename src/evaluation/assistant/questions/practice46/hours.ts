/*
 * practice46 — hours worked and clock times, typed short ("total hrs DEV lst wk", "who work more than 45 hour", "what
 * time Lukas Novac checked in yesterday", "what time i came yesterday"): a team's hours over a period and per team,
 * people past a line of hours (someone expected at work with no record counts with 0), the most hours, one person's
 * hours, check-in and check-out times of one person's days. Hours are summed from the records' check-in and
 * check-out; a record still open (today, or a missing check-out) has none.
 */
import { answer, figures, hours, people, type Question } from '../../expectation';
import { checkInTimes } from '../../oracle/practice15-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { clockAt, measurePerTeam, mostHours } from '../../oracle/practice31-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { ALL, hoursPast, LAST_MON, LAST_WK, nonZero, NOV_SO_FAR, OCT, personOf, some, sumOf, team, THIS_WK, YDAY } from '../../oracle/practice46-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');

export const HOURS: readonly Question[] = [
  // The admin: a team's hours, per team, people past a line, the most.
  q('PU110', 'admin', 'hours worked QA last month', () => figures(hours(nonZero(sumOf(QA, 'hours', OCT))))),
  q('PU111', 'admin', 'total hrs DEV lst wk', () => figures(hours(nonZero(sumOf(DEV, 'hours', LAST_WK))))),
  q('PU112', 'admin', 'hours per team last week', () => figures(...measurePerTeam('hours', LAST_WK, 'hours'))),
  q('PU113', 'admin', 'who work more than 45.5 hour last week', () => people(some(hoursPast(ALL, LAST_WK, 45.5, 'over')))),
  q('PU114', 'admin', 'top 3 most hours last week', () => people(mostHours(ALL, LAST_WK, 3))),
  q('PU115', 'admin', 'who worked most hours in DAT last month', () => people([hoursExtreme(team('DAT'), OCT, 'most').id])),

  // Clock times of one person's day.
  q('PU116', 'admin', 'what time Lukas Novac checked in yesterday', () => answer({ mentions: [clockAt('DEV-004', YDAY, 'in')] })),
  q('PU117', 'admin', 'Sofia Rosi check out time monday', () => answer({ mentions: [clockAt('DEV-011', LAST_MON, 'out')] })),

  // The managers, about their own team.
  q('PU118', 'DEV-001', 'hours my team this month', () => figures(hours(nonZero(sumOf(DEV, 'hours', NOV_SO_FAR))))),
  q('PU119', 'DEV-001', 'Aisha hours last week', () => figures(hours(nonZero(personOf('DEV-003', 'hours', LAST_WK))))),
  q('PU120', 'DEV-001', 'what time Yuki go home yesterday', () => answer({ mentions: [clockAt('DEV-009', YDAY, 'out')] })),
  q('PU121', 'QA-001', 'who in my team worked less than 30 hours last week', () =>
    people(some(sameWithoutAsker(QA, 'QA-001', (s) => hoursPast(s, LAST_WK, 30, 'under')))),
  ),

  // The employees, about themselves.
  q('PU122', 'DEV-003', 'my hours this week', () => figures(hours(nonZero(personOf('DEV-003', 'hours', THIS_WK))))),
  q('PU123', 'QA-003', 'how many hour i worked in oct', () => figures(hours(nonZero(personOf('QA-003', 'hours', OCT))))),
  q('PU124', 'DAT-004', 'my check in times last week', () => answer({ mentions: some(checkInTimes('DAT-004', LAST_WK)) })),
  q('PU125', 'SEC-004', 'what time i came yesterday', () => answer({ mentions: [clockAt('SEC-004', YDAY, 'in')] })),
];
