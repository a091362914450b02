/*
 * practice65 — months by name, with and without the year ("October", "Oct 2025", "sept"), "last month" (October, a
 * whole month), "the month before last" (September), "this month" so far (1 November to today; asked only where today,
 * which is open, changes nothing) and August, the first month attendance was tracked. Over each: rates, late arrivals,
 * absences, hours, half-day records, missing check-outs, leave taken, who was late the most, and days in the office
 * (asked of someone with no late or half day in the month, so present and attended agree).
 */
import type { Question } from '../../expectation';
import { fromTo, monthOf, since, theNth, LAST_MONTH, MONTH_BEFORE_LAST, THIS_MONTH_SO_FAR } from '../../oracle/practice65-periods';
import { absentDates, datesWith, daysIn, figureOf, halfC, leaveD, notOnceOrTwice, one, team, type Group } from '../../oracle/practice65-figures';
import { leaveOf } from '../../oracle/practice65-calendar';
import { q } from '../helpers';
import {
  absentIs,
  AI,
  answer,
  cameIn,
  DAT,
  dates,
  DEV,
  EVERYONE,
  figures,
  hoursIs,
  lateIs,
  missingIs,
  mostOf,
  myLate,
  QA,
  rateIs,
  SEC,
  span,
  who,
} from './shared';

const OCT = span(monthOf(10), '2025-10-01', '2025-10-31');
const SEP = span(monthOf(9), '2025-09-01', '2025-09-30');
const AUG = span(monthOf(8), '2025-08-01', '2025-08-31');
const LAST = span(LAST_MONTH, '2025-10-01', '2025-10-31');
const BEFORE_LAST = span(MONTH_BEFORE_LAST, '2025-09-01', '2025-09-30');
const NOW = span(THIS_MONTH_SO_FAR, '2025-11-01', '2025-11-19');
/** The teams under the alert line (0.9) over a period: a team's rate, never within rounding of the line. */
const underLine = (per: typeof OCT) => {
  const found = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].filter((t) => figureOf(team(t), 'rate', per) < 0.9);
  for (const t of ['AI', 'DAT', 'DEV', 'QA', 'SEC']) if (Math.abs(figureOf(team(t), 'rate', per) - 0.9) < 0.0005) throw new Error(`${t} is on the line`);
  if (found.length === 0) throw new Error('no team under the line');
  return answer({ teams: found });
};
const halfDays = (g: Group, per: typeof OCT) => figures(halfC(figureOf(g, 'halfDay', per)));

export const MONTHS: readonly Question[] = [
  // HR.
  q('QN066', 'admin', 'overall attendance rate October 2025', () => rateIs(EVERYONE, OCT)),
  q('QN067', 'admin', 'How many late arrivals in Sept?', () => lateIs(EVERYONE, SEP)),
  q('QN068', 'admin', 'absent days in the data team in august', () => absentIs(DAT, AUG)),
  q('QN069', 'admin', 'which departments fell under the attendance alert line last month', () => underLine(LAST)),
  q('QN070', 'admin', 'hours worked by SEC in oct', () => hoursIs(SEC, OCT)),
  q('QN071', 'admin', 'who forgot to check out at some point in August?', () => who(EVERYONE, 'missing', AUG)),
  q('QN072', 'admin', 'DEV attendance rate for the month before last', () => rateIs(DEV, BEFORE_LAST)),
  q('QN073', 'admin', 'how many half-day attendance records did AI have in October', () => halfDays(AI, OCT)),
  q('QN074', 'admin', 'total days of leave taken across the company in September', () => figures(leaveD(leaveOf(EVERYONE, SEP)))),
  q('QN075', 'admin', 'who racked up the most late arrivals in October', () => mostOf(EVERYONE, 'late', OCT)),
  q('QN076', 'admin', "Lukas Novak's absences in sep - how many days?", () => absentIs(one('DEV-004'), SEP)),
  q('QN077', 'admin', 'chris walker attendance rate this month', () => rateIs(one('QA-004'), NOW)),
  q('QN078', 'admin', 'this month so far, how many hours has the Data team worked?', () => hoursIs(DAT, NOW)),
  q('QN079', 'admin', 'missed check-outs in DEV this month', () => missingIs(DEV, NOW)),
  q('QN080', 'admin', 'QA attendance in August 2025?', () => rateIs(QA, AUG)),
  // Managers.
  q('QN081', 'DEV-001', 'what was our attendance rate in September', () => rateIs(DEV, SEP)),
  q('QN082', 'DEV-001', 'how many times was Daniel Okafor late in October 2025', () => myLate('DEV-008', OCT)),
  q('QN083', 'DEV-001', 'which of my people had a missed check-out this month?', () => who(DEV, 'missing', NOW, 'DEV-001')),
  q('QN084', 'DEV-001', 'absence days for my team last month', () => absentIs(DEV, LAST)),
  q('QN085', 'QA-001', 'QA absences in August, how many days in total?', () => absentIs(QA, AUG)),
  q('QN086', 'QA-001', 'who in my team was late the most last month', () => mostOf(QA, 'late', LAST, 'QA-001')),
  q('QN087', 'QA-001', "Zoe Adams' attendance rate in October", () => rateIs(one('QA-009'), OCT)),
  q('QN088', 'QA-001', 'how many hours did my team work in sept', () => hoursIs(QA, SEP)),
  // Employees.
  q('QN089', 'DEV-003', 'my attendance rate for October', () => rateIs(one('DEV-003'), OCT)),
  q('QN090', 'QA-003', 'which days was i absent in october', () => dates(absentDates('QA-003', monthOf(10)))),
  q('QN091', 'DAT-004', 'how many hours did I do in September 2025', () => hoursIs(one('DAT-004'), SEP)),
  q('QN092', 'SEC-004', 'how many days did I come into work between 1 and 24 October?', () =>
    figures(daysIn(notOnceOrTwice(cameIn('SEC-004', span(fromTo('2025-10-01', '2025-10-24'), '2025-10-01', '2025-10-24'))))),
  ),
  q('QN093', 'DAT-004', 'how many hours did I clock in august', () => hoursIs(one('DAT-004'), AUG)),
  q('QN094', 'SEC-004', 'which days was I late since the 1st?', () => dates(datesWith('SEC-004', 'late', since(theNth(1))))),
  q('QN095', 'DEV-003', 'hours worked last month?', () => hoursIs(one('DEV-003'), LAST)),
];
