/*
 * practice70 — the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke
 * (SEC-004) about themselves, each combining a measure with a period no example pairs it with: late arrivals over an
 * ISO week, a month or since a day, a rate over a week or months side by side, half days with their dates, hours
 * between two days of this month or in the week of a holiday, absences over the quarter, scores of two quarters or
 * all four, KPI, leave of a kind left or taken, a request's state or cost, check-in times on a named day, the last time
 * late, tenure. A count over a period reaching today is asked only where today's open day changes nothing.
 */
import type { Question } from '../../expectation';
import { PERIODS } from '../../dataset/scores';
import { absenceOf, clock, daysWith, matters, rateOf, solo, sum } from '../../oracle/practice70-figures';
import { kpiOf, scoreOf, yearsOf } from '../../oracle/practice70-people';
import { available, allocated, costOf, holidayNamed, takenSplit, theRequest } from '../../oracle/practice70-calendar';
import { as, asDay, daysOfThisMonth, firstWorkingDay, range, since, weekOf, type Range } from '../../oracle/practice70-periods';
import { dataset } from '../../dataset/dataset';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';
import { answer, AUG, count, days, daysOf, figures, hours, LM, MBL, OCT, Q, QBL, LQ, rate, score, SEP, TM, TQ, WK, yesNo, years } from './shared';

const late = (id: string, r: Range) => sum(solo(id), r, 'late');
const nonZero = (v: number) => {
  if (v === 0) throw new Error('a figure of 0 (an answer may say it in words the grader cannot read)');
  return v;
};
/** A count of times asked of one person: at least 2 (a 1 may be written "once", which the grader cannot read). */
const twoOrMore = (v: number) => {
  if (v < 2) throw new Error(`a count of ${v}`);
  return v;
};
const lastLate = (id: string): string => {
  const found = dataset()
    .attendance.filter((x) => x.employee === id && x.status === 'late' && x.date < TODAY)
    .map((x) => x.date)
    .sort();
  if (found.length === 0) throw new Error(`${id} was never late`);
  return found[found.length - 1]!;
};
const SINCE_AUG = () => as(since('2025-08-01'), '2025-08-01', '2025-11-19');
const W44 = () => WK(44, '2025-10-27', '2025-11-02');

export const SELF: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('QS188', 'DEV-003', 'was i late at all in august? which day', () => {
    const ds = daysWith('DEV-003', AUG(), 'late');
    return yesNo(ds.length > 0, [], { dates: ds });
  }),
  q('QS189', 'DEV-003', 'my attendance rate for wk 44', () => figures(rate(rateOf(solo('DEV-003'), W44())))),
  q('QS190', 'DEV-003', 'did i have any half days in october? which days', () => answer({ dates: daysWith('DEV-003', OCT(), 'half-day') })),
  q('QS191', 'DEV-003', 'my hours between the 3rd and the 14th', () =>
    figures(hours(sum(solo('DEV-003'), as(daysOfThisMonth(3, 14), '2025-11-03', '2025-11-14'), 'hours'))),
  ),
  q('QS192', 'DEV-003', 'what did i score in Q1 vs Q3', () => figures(score(scoreOf('DEV-003', Q(2025, 1))), score(scoreOf('DEV-003', LQ())))),
  q('QS193', 'DEV-003', 'how much annual leave is left once my december request is counted', () => figures(days(available('DEV-003')))),
  q('QS194', 'DEV-003', 'is my leave for the end of december approved yet?', () => {
    const l = theRequest('DEV-003', range('2025-12-29', '2025-12-31'));
    return yesNo(l.status === 'approved', [], { mentions: [l.status] });
  }),
  // Fatima Zahra, QA-003.
  q('QS195', 'QA-003', 'how many days was I absent this quarter', () => figures(days(nonZero(sum(solo('QA-003'), TQ(), 'absent'))))),
  q('QS196', 'QA-003', 'my attendance rate last month vs the month before', () =>
    figures(rate(rateOf(solo('QA-003'), LM())), rate(rateOf(solo('QA-003'), MBL()))),
  ),
  q('QS197', 'QA-003', 'how many sick days have i got left?', () => figures(days(matters(available('QA-003', 'SICK'), () => available('QA-003'))))),
  q('QS198', 'QA-003', 'was my Q2 score higher than my Q1?', () => {
    const a = scoreOf('QA-003', Q(2025, 1));
    const b = scoreOf('QA-003', QBL());
    return yesNo(b > a, [score(b), score(a)]);
  }),
  q('QS199', 'QA-003', 'hours I worked the week of the QA offsite', () =>
    figures(hours(sum(solo('QA-003'), as(weekOf(holidayNamed('QA Offsite').date), '2025-09-08', '2025-09-14'), 'hours'))),
  ),
  q('QS200', 'QA-003', 'how long have i been here', () => figures(years(yearsOf('QA-003')))),
  // Kevin O'Brien, DAT-004.
  q('QS201', 'DAT-004', 'late arrivals of mine since august?', () => figures(count(nonZero(late('DAT-004', SINCE_AUG()))))),
  q('QS202', 'DAT-004', 'my attendance in september, october and november so far', () =>
    figures(...[SEP(), OCT(), TM()].map((r) => rate(rateOf(solo('DAT-004'), r)))),
  ),
  q('QS203', 'DAT-004', 'my KPI in Q3', () => figures(score(kpiOf('DAT-004', LQ())))),
  q('QS204', 'DAT-004', 'what time did i clock in on the first working day of november', () =>
    answer({ mentions: [clock('DAT-004', asDay(firstWorkingDay(11, 'DAT'), '2025-11-03'), 'in')] }),
  ),
  q('QS205', 'DAT-004', 'how many hours did i do in october vs september', () =>
    figures(hours(sum(solo('DAT-004'), OCT(), 'hours')), hours(sum(solo('DAT-004'), SEP(), 'hours'))),
  ),
  q('QS206', 'DAT-004', 'my annual leave allowance for this year', () => figures(days(allocated('DAT-004')))),
  q('QS207', 'DAT-004', 'last time i was late?', () => answer({ dates: [lastLate('DAT-004')] })),
  // Emma Clarke, SEC-004.
  q('QS208', 'SEC-004', 'how many times was I late since august', () => figures(count(twoOrMore(late('SEC-004', SINCE_AUG()))))),
  q('QS209', 'SEC-004', 'my scores over the last 4 quarters', () => figures(...PERIODS.map((p) => score(scoreOf('SEC-004', p.period))))),
  q('QS210', 'SEC-004', "what's my absence rate since the start of october", () =>
    figures(rate(absenceOf(solo('SEC-004'), as(since('2025-10-01'), '2025-10-01', '2025-11-19')))),
  ),
  q('QS211', 'SEC-004', 'did i forget to check out at all in october?', () => {
    const n = sum(solo('SEC-004'), OCT(), 'missingCheckOut');
    return yesNo(n > 0, n > 0 ? [count(n)] : []);
  }),
  q('QS212', 'SEC-004', 'how many days does my pending leave request cost?', () =>
    figures(daysOf(costOf(theRequest('SEC-004', range('2025-11-20', '2025-12-31'), ['pending'])), 'day|leave|request')),
  ),
  q('QS213', 'SEC-004', 'my hours in wk 44', () => figures(hours(sum(solo('SEC-004'), W44(), 'hours')))),
  q('QS214', 'DEV-003', 'how much annual leave have I actually used this year, and how much is still booked ahead', () => {
    const t = takenSplit('DEV-003');
    return figures(days(t.gone), ...(t.ahead > 0 ? [days(t.ahead)] : []));
  }),
];
