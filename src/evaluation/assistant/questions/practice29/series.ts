/*
 * practice29 — series the analyst reads as a table: a rate, an absence rate or a count week by week, month by
 * month (August, when tracking starts, to November so far) and quarter by quarter (Q3 from 1 August, Q4 so
 * far), for everyone, a team or a level. Weeks are Monday to Sunday and named by their Monday.
 */
import { count, days, figures, rate, type Question } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { MONTHS_SINCE_AUGUST } from '../../oracle/practice15-figures';
import { absenceRatesOver, countsOver, QUARTERS_SO_FAR, ratesOver, WEEKS_OCT20_TO_NOV10, WEEKS_OF_SEPTEMBER } from '../../oracle/practice29-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const rates = (list: number[]) => figures(...list.map((r) => rate(r)));
const counts = (list: number[], label: string) => figures(...list.map((n) => near(count(n), label)));
const dayCounts = (list: number[], label: string) => figures(...list.map((n) => near(days(n), label)));
const WEEK_WORDS = 'the weeks starting 20 October, 27 October, 3 November and 10 November';

export const SERIES: readonly Question[] = [
  // Week by week.
  q('PD062', 'admin', `Attendance rate week by week for ${WEEK_WORDS}`, () => rates(ratesOver(ALL, WEEKS_OCT20_TO_NOV10))),
  q('PD063', 'admin', `QA attendance rate for ${WEEK_WORDS}`, () => rates(ratesOver({ team: 'QA' }, WEEKS_OCT20_TO_NOV10))),
  q('PD064', 'admin', `late arrivals per week for ${WEEK_WORDS}`, () => counts(countsOver(ALL, 'late', WEEKS_OCT20_TO_NOV10), 'late')),
  q('PD065', 'admin', `DEV absences for each of ${WEEK_WORDS}`, () =>
    dayCounts(countsOver({ team: 'DEV' }, 'absent', WEEKS_OCT20_TO_NOV10), 'absen|day|missed'),
  ),
  q('PD066', 'admin', 'weekly attendance rate for the weeks of 1, 8, 15 and 22 September', () => rates(ratesOver(ALL, WEEKS_OF_SEPTEMBER))),
  q('PD067', 'admin', 'absence rate by week for the weeks starting 1, 8, 15 and 22 Sept', () => rates(absenceRatesOver(ALL, WEEKS_OF_SEPTEMBER))),

  // Month by month.
  q('PD068', 'admin', 'attendance rate by month since tracking began', () => rates(ratesOver(ALL, MONTHS_SINCE_AUGUST))),
  q('PD069', 'admin', 'DAT attendance month by month since August', () => rates(ratesOver({ team: 'DAT' }, MONTHS_SINCE_AUGUST))),
  q('PD070', 'admin', 'monthly absence rate for SEC since august', () => rates(absenceRatesOver({ team: 'SEC' }, MONTHS_SINCE_AUGUST))),
  q('PD071', 'admin', 'absence rate per month for the whole company, August to November', () => rates(absenceRatesOver(ALL, MONTHS_SINCE_AUGUST))),
  q('PD072', 'admin', 'late arrivals by month since August in QA', () => counts(countsOver({ team: 'QA' }, 'late', MONTHS_SINCE_AUGUST), 'late')),
  q('PD073', 'admin', 'half days per month since aug, whole company', () => counts(countsOver(ALL, 'halfDay', MONTHS_SINCE_AUGUST), 'half')),
  q('PD074', 'admin', 'monthly attendance of the juniors since August', () => rates(ratesOver(levelIn(undefined, 'Junior'), MONTHS_SINCE_AUGUST))),
  q('PD075', 'admin', 'attendance of the seniors by month since tracking started', () => rates(ratesOver(levelIn(undefined, 'Senior'), MONTHS_SINCE_AUGUST))),
  q('PD076', 'admin', 'AI absences by month since August', () => dayCounts(countsOver({ team: 'AI' }, 'absent', MONTHS_SINCE_AUGUST), 'absen|day|missed')),
  q('PD077', 'admin', 'avg attendance per month for DEV since aug', () => rates(ratesOver({ team: 'DEV' }, MONTHS_SINCE_AUGUST))),

  // Quarter by quarter.
  q('PD078', 'admin', 'attendance rate by quarter since tracking started', () => rates(ratesOver(ALL, QUARTERS_SO_FAR))),
  q('PD079', 'admin', 'QA attendance per qtr: Q3 and Q4 so far', () => rates(ratesOver({ team: 'QA' }, QUARTERS_SO_FAR))),
  q('PD080', 'admin', 'late arrivals by quarter since tracking began', () => counts(countsOver(ALL, 'late', QUARTERS_SO_FAR), 'late')),
  q('PD081', 'admin', 'absence rate in Q3 vs Q4 so far for SEC', () => rates(absenceRatesOver({ team: 'SEC' }, QUARTERS_SO_FAR))),
  q('PD082', 'admin', 'missed check-outs by quarter since tracking started', () => counts(countsOver(ALL, 'missingCheckOut', QUARTERS_SO_FAR), 'check')),
];
