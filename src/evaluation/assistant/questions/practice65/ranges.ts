/*
 * practice65 — ranges: "from 3 to 14 November", "between 1 Oct and 15 Oct", "3/11 to 14/11" (day first), "20-24 Oct",
 * "since 1 September" and "since the 1st" (to today), "this year so far" (attendance counts from 1 August, when
 * tracking began), "the last 10 days" (as long as said, up to today — read also as the ten closed days before today:
 * both readings must agree, which they do when the extra day is a Sunday and today changes nothing), and "the past 3
 * days" the same way. Both ends of a range are included. Over each: rates, late arrivals, absences, hours, missing
 * check-outs, leave taken, and who was late, absent or away.
 */
import type { Question } from '../../expectation';
import { fromTo, lastDays, monthOf, since, theNth, YEAR_SO_FAR } from '../../oracle/practice65-periods';
import { figureOf, leaveD, notOnceOrTwice, lateC } from '../../oracle/practice65-figures';
import { leaveOf } from '../../oracle/practice65-calendar';
import { q } from '../helpers';
import { absentIs, DAT, DEV, EVERYONE, figures, hoursIs, lateIs, missingIs, one, QA, rateIs, span, who } from './shared';

const NOV3_14 = span(fromTo('2025-11-03', '2025-11-14'), '2025-11-03', '2025-11-14');
const OCT1_15 = span(fromTo('2025-10-01', '2025-10-15'), '2025-10-01', '2025-10-15');
const SINCE_SEP = span(since('2025-09-01'), '2025-09-01', '2025-11-19');
const SINCE_1ST = span(since(theNth(1)), '2025-11-01', '2025-11-19');
const YTD = span(YEAR_SO_FAR, '2025-01-01', '2025-11-19');
const AUG_SEP = span(fromTo(monthOf(8)[0], monthOf(9)[1]), '2025-08-01', '2025-09-30');
const LAST10 = lastDays(10);
const PAST3 = lastDays(3);

export const RANGES: readonly Question[] = [
  // HR.
  q('QN125', 'admin', 'attendance rate from 3 to 14 November', () => rateIs(EVERYONE, NOV3_14)),
  q('QN126', 'admin', 'how many late arrivals between 1 Oct and 15 Oct', () => lateIs(EVERYONE, OCT1_15)),
  q('QN127', 'admin', 'since 1 September, how many days of absence has QA had?', () => absentIs(QA, SINCE_SEP)),
  q('QN128', 'admin', 'hours worked by DEV 3/11 to 14/11', () => hoursIs(DEV, NOV3_14)),
  q('QN129', 'admin', 'who forgot to check out between the 1st and the 14th of this month', () =>
    who(EVERYONE, 'missing', span(fromTo(theNth(1), theNth(14)), '2025-11-01', '2025-11-14')),
  ),
  q('QN130', 'admin', "data team's attendance over the last 10 days", () => rateIs(DAT, LAST10)),
  q('QN131', 'admin', 'who was absent between 20 and 24 October?', () =>
    who(EVERYONE, 'absent', span(fromTo('2025-10-20', '2025-10-24'), '2025-10-20', '2025-10-24')),
  ),
  q('QN132', 'admin', 'total leave taken from 1 August to 30 September, in days', () => figures(leaveD(leaveOf(EVERYONE, AUG_SEP)))),
  q('QN133', 'admin', 'how many missed check-outs this year so far', () => missingIs(EVERYONE, YTD)),
  q('QN134', 'admin', 'who was late between 6/10 and 10/10', () => who(EVERYONE, 'late', span(fromTo('2025-10-06', '2025-10-10'), '2025-10-06', '2025-10-10'))),
  q('QN135', 'admin', 'company absences over the past 3 days', () => absentIs(EVERYONE, PAST3)),
  q('QN136', 'admin', "Julia Fischer's late arrivals from 1 to 31 October", () =>
    figures(lateC(notOnceOrTwice(figureOf(one('DAT-003'), 'late', span(fromTo('2025-10-01', '2025-10-31'), '2025-10-01', '2025-10-31'))))),
  ),
  // Managers.
  q('QN137', 'DEV-001', 'DEV attendance between 6 Oct and 17 Oct', () => rateIs(DEV, span(fromTo('2025-10-06', '2025-10-17'), '2025-10-06', '2025-10-17'))),
  q('QN138', 'DEV-001', 'who in my team was late from 10 to 14 november', () =>
    who(DEV, 'late', span(fromTo('2025-11-10', '2025-11-14'), '2025-11-10', '2025-11-14'), 'DEV-001'),
  ),
  q('QN139', 'DEV-001', 'how many days has my team been absent since the 1st?', () => absentIs(DEV, SINCE_1ST)),
  q('QN140', 'DEV-001', 'hours logged by my team over the last ten days', () => hoursIs(DEV, LAST10)),
  q('QN141', 'QA-001', 'hours my team worked from the 3rd to the 7th', () => hoursIs(QA, span(fromTo(theNth(3), theNth(7)), '2025-11-03', '2025-11-07'))),
  q('QN142', 'QA-001', 'absences in QA from 1 sep to 15 sep', () => absentIs(QA, span(fromTo('2025-09-01', '2025-09-15'), '2025-09-01', '2025-09-15'))),
  q('QN143', 'QA-001', 'my team attendance rate between the 20th of october and the 7th of november', () =>
    rateIs(QA, span(fromTo('2025-10-20', '2025-11-07'), '2025-10-20', '2025-11-07')),
  ),
  // Employees.
  q('QN144', 'DEV-003', "total hours I've logged since Nov 1st", () => hoursIs(one('DEV-003'), span(since('2025-11-01'), '2025-11-01', '2025-11-19'))),
  q('QN145', 'QA-003', 'my attendance rate from 1 Oct to 14 Nov', () =>
    rateIs(one('QA-003'), span(fromTo('2025-10-01', '2025-11-14'), '2025-10-01', '2025-11-14')),
  ),
  q('QN146', 'DAT-004', 'how many hours have I worked this year so far', () => hoursIs(one('DAT-004'), YTD)),
  q('QN147', 'SEC-004', 'my hours over the last 10 days', () => hoursIs(one('SEC-004'), LAST10)),
  q('QN148', 'DEV-003', 'hours for me between 1 sept and 15 oct', () =>
    hoursIs(one('DEV-003'), span(fromTo('2025-09-01', '2025-10-15'), '2025-09-01', '2025-10-15')),
  ),
  q('QN149', 'QA-003', 'how many hrs did I log from 10/11 to 14/11', () =>
    hoursIs(one('QA-003'), span(fromTo('2025-11-10', '2025-11-14'), '2025-11-10', '2025-11-14')),
  ),
];
