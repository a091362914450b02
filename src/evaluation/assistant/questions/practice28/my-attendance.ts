/*
 * practice28 — the four employees (DEV-003 Aisha Khan, QA-003 Fatima Zahra, DAT-004 Kevin O'Brien, SEC-004
 * Emma Clarke) checking their own attendance on a phone in their first month of self-service: days late,
 * absent, half days, missing check-outs and hours over today, yesterday, this week, last week, this month,
 * last month, the past N days, since a date and a range; their check-in and check-out times on a day; when
 * they were last late or absent. Written code-blind from /work/shared/API.md, docs/API.md and the README;
 * every figure, date and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, rate, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, type Measure } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInTime, checkInTimes, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime, day } from '../../oracle/practice18-figures';
import { LAST_FRIDAY, LAST_MONDAY, lastDayWhen, lateDates, nonEmpty, nonZero, yesNo } from '../../oracle/practice20-figures';
import { SINCE_AUGUST } from '../../oracle/practice18-figures';
import { pastDays } from '../../oracle/practice27-figures';
import { LAST_MONTH, OCT_6_TO_17, SINCE_NOV_3 } from '../../oracle/practice28-figures';
import { AUGUST, LAST_WEEK, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const me = (id: string) => ({ ids: [id] });
const LABEL: Record<Measure, string> = {
  late: 'late|time',
  absent: 'absen|day|missed',
  halfDay: 'half',
  missingCheckOut: 'check|missing|clock',
  onLeave: 'leave|day|off',
  hours: 'hour',
};
const mine = (id: string, measure: Measure, range: Range) => {
  const value = nonZero(measureOf(id, measure, ...range));
  if (measure === 'hours') return figures(hours(value));
  return figures(near(measure === 'late' || measure === 'missingCheckOut' || measure === 'halfDay' ? count(value) : days(value), LABEL[measure]));
};
const myRate = (id: string, range: Range) => figures(rate(rateIn(me(id), range)));
const past = (id: string, n: number, measure: Measure) => figures(near(count(nonZero(pastDays(n, me(id), measure))), LABEL[measure]));
// "Any missing check-outs?" when there were none: a plain no (a 0 with its label would read the same).
const none = (id: string, measure: Measure, range: Range) => {
  if (measureOf(id, measure, ...range) !== 0) throw new Error('expected none');
  return yesNo(false, []);
};

export const MY_ATTENDANCE: readonly Question[] = [
  // DEV-003, Aisha Khan.
  q('PC001', 'DEV-003', 'hi! first week using this. how many times was i late in august?', () => mine('DEV-003', 'late', AUGUST)),
  q('PC002', 'DEV-003', 'my hours this week', () => mine('DEV-003', 'hours', THIS_WEEK)),
  q('PC003', 'DEV-003', 'hrs last wk', () => mine('DEV-003', 'hours', LAST_WEEK)),
  q('PC004', 'DEV-003', 'how many hours did i do yesterday', () => mine('DEV-003', 'hours', day(YESTERDAY))),
  q('PC005', 'DEV-003', 'what time did i check in today', () => answer({ mentions: [checkInTime('DEV-003', TODAY)] })),
  q('PC006', 'DEV-003', 'what time did I clock out yesterday?', () => answer({ mentions: [checkOutTime('DEV-003', YESTERDAY)] })),
  q('PC007', 'DEV-003', 'my attendance rate this month so far', () => myRate('DEV-003', THIS_MONTH)),
  q('PC008', 'DEV-003', 'when was i last late', () => answer({ dates: [lastDayWhen('DEV-003', 'late')] })),
  q('PC009', 'DEV-003', 'how many half days did i have in october', () => mine('DEV-003', 'halfDay', LAST_MONTH)),
  q('PC010', 'DEV-003', 'my check in times last week pls', () => answer({ mentions: checkInTimes('DEV-003', LAST_WEEK) })),
  q('PC011', 'DEV-003', 'any missing check outs this month?', () => none('DEV-003', 'missingCheckOut', THIS_MONTH)),
  q('PC012', 'DEV-003', 'my attendence in september', () => myRate('DEV-003', SEPTEMBER)),
  q('PC013', 'DEV-003', 'how many hours did i work from 6 to 17 october', () => mine('DEV-003', 'hours', OCT_6_TO_17)),

  // QA-003, Fatima Zahra.
  q('PC014', 'QA-003', 'hello, quick one - how many hours have i worked this month', () => mine('QA-003', 'hours', THIS_MONTH)),
  q('PC015', 'QA-003', 'my late days this month', () => mine('QA-003', 'late', THIS_MONTH)),
  q('PC016', 'QA-003', 'which days was i late in november', () => answer({ dates: nonEmpty(lateDates('QA-003', THIS_MONTH)) })),
  q('PC017', 'QA-003', 'attendance rate last week', () => myRate('QA-003', LAST_WEEK)),
  q('PC018', 'QA-003', 'what time did i check in last friday', () => answer({ mentions: [checkInTime('QA-003', LAST_FRIDAY)] })),
  q('PC019', 'QA-003', 'wat time did i leave last monday', () => answer({ mentions: [checkOutTime('QA-003', LAST_MONDAY)] })),
  q('PC020', 'QA-003', 'hours yday', () => mine('QA-003', 'hours', day(YESTERDAY))),
  q('PC021', 'QA-003', 'how many times was i late since the 3rd of november', () => mine('QA-003', 'late', SINCE_NOV_3)),
  q('PC022', 'QA-003', 'when was the last time i was absent', () => answer({ dates: [lastDayWhen('QA-003', 'absent')] })),
  q('PC023', 'QA-003', 'my hours in september', () => mine('QA-003', 'hours', SEPTEMBER)),
  q('PC024', 'QA-003', 'attendance this wk', () => myRate('QA-003', THIS_WEEK)),
  q('PC025', 'QA-003', 'how many days absent last month', () => mine('QA-003', 'absent', LAST_MONTH)),
  q('PC026', 'QA-003', 'my hrs between oct 6 and oct 17', () => mine('QA-003', 'hours', OCT_6_TO_17)),

  // DAT-004, Kevin O'Brien.
  q('PC027', 'DAT-004', "hey it's kevin, just back from a long weekend - how many hours did i put in last week?", () => mine('DAT-004', 'hours', LAST_WEEK)),
  q('PC028', 'DAT-004', 'my attendance rate last month', () => myRate('DAT-004', LAST_MONTH)),
  q('PC029', 'DAT-004', 'how many times late in august', () => mine('DAT-004', 'late', AUGUST)),
  q('PC030', 'DAT-004', 'when did i check in yesterday', () => answer({ mentions: [checkInTime('DAT-004', YESTERDAY)] })),
  q('PC031', 'DAT-004', 'what time did i check out last friday', () => answer({ mentions: [checkOutTime('DAT-004', LAST_FRIDAY)] })),
  q('PC032', 'DAT-004', 'hours so far this week', () => mine('DAT-004', 'hours', THIS_WEEK)),
  q('PC033', 'DAT-004', 'my late arrivals in the last 30 days', () => past('DAT-004', 30, 'late')),
  q('PC034', 'DAT-004', 'when was I last late?', () => answer({ dates: [lastDayWhen('DAT-004', 'late')] })),
  q('PC035', 'DAT-004', 'hrs in october', () => mine('DAT-004', 'hours', LAST_MONTH)),
  q('PC036', 'DAT-004', 'days absent in september', () => mine('DAT-004', 'absent', SEPTEMBER)),
  q('PC037', 'DAT-004', 'did i forget to check out anywhere last month?', () => none('DAT-004', 'missingCheckOut', LAST_MONTH)),
  q('PC038', 'DAT-004', 'attendance rate since nov 3', () => myRate('DAT-004', SINCE_NOV_3)),

  // SEC-004, Emma Clarke.
  q('PC039', 'SEC-004', 'Good morning! I started using the app this week. What was my attendance rate last month?', () => myRate('SEC-004', LAST_MONTH)),
  q('PC040', 'SEC-004', 'my hours yesterday', () => mine('SEC-004', 'hours', day(YESTERDAY))),
  q('PC041', 'SEC-004', 'late how many times past 14 days', () => past('SEC-004', 14, 'late')),
  q('PC042', 'SEC-004', 'which days was i late in september', () => answer({ dates: lateDates('SEC-004', SEPTEMBER) })),
  q('PC043', 'SEC-004', 'my check-in time last friday', () => answer({ mentions: [checkInTime('SEC-004', LAST_FRIDAY)] })),
  q('PC044', 'SEC-004', 'check out time yesterday', () => answer({ mentions: [checkOutTime('SEC-004', YESTERDAY)] })),
  q('PC045', 'SEC-004', 'hours last week', () => mine('SEC-004', 'hours', LAST_WEEK)),
  q('PC046', 'SEC-004', 'hours this month so far', () => mine('SEC-004', 'hours', THIS_MONTH)),
  q('PC047', 'SEC-004', 'when was i last late', () => answer({ dates: [lastDayWhen('SEC-004', 'late')] })),
  q('PC048', 'SEC-004', 'which days was i late since august', () => answer({ dates: nonEmpty(lateDates('SEC-004', SINCE_AUGUST)) })),
  q('PC049', 'SEC-004', 'how many times was i late since 3 nov', () => mine('SEC-004', 'late', SINCE_NOV_3)),
  q('PC050', 'SEC-004', 'attendance rate from 6 oct to 17 oct', () => myRate('SEC-004', OCT_6_TO_17)),

  // The two managers, about themselves.
  q('PC051', 'DEV-001', 'my own hours last week, not the team', () => mine('DEV-001', 'hours', LAST_WEEK)),
  q('PC052', 'DEV-001', 'what time did i check in yesterday', () => answer({ mentions: [checkInTime('DEV-001', YESTERDAY)] })),
  q('PC053', 'QA-001', 'my attendance rate last month (just me)', () => myRate('QA-001', LAST_MONTH)),
  q('PC054', 'QA-001', 'how many hours did I work this month', () => mine('QA-001', 'hours', THIS_MONTH)),
];
