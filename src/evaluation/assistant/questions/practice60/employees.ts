/*
 * practice60 — the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke
 * (SEC-004) asking about themselves, the week the new HR generalist pointed them at the assistant: two asks to a
 * message ("my attendance rate this month, and how many hours so far"; "… and my rate over the same period": a later
 * ask that points back takes the earlier one's period), leave balances and what is pending, days off by the calendar
 * ("am I off on 24/12"), check-in and check-out times, late days and their dates, hours on a day written every way.
 * README: "my attendance: this month" by default; "am I off on …" answers from the caller's approved leave, the requests
 * still waiting and the day's holidays; a person's days come with their dates and times. A period reaching today is
 * read with and without today (open) and must agree; a balance "left" is asked as what is still available to book
 * when a request is pending.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, figures, hours, rate, type Question } from '../../expectation';
import { halfDayLeaveOf } from '../../oracle/practice43-figures';
import { agreed } from '../../oracle/practice16-figures';
import {
  fig,
  LAST_WEEK,
  leaveN,
  month,
  personSum,
  plain,
  rateOf,
  SINCE_TRACKING,
  some,
  THIS_MONTH,
  WEEK_BEFORE_LAST,
  wholeMonth,
  workingN,
} from '../../oracle/practice53-figures';
import { leaveTaken, nextHolidayFor, workingDays } from '../../oracle/practice55-figures';
import { afterPending, leaveOf, leftOf } from '../../oracle/practice58-calendar';
import { isoWeek, YEAR_SO_FAR } from '../../oracle/practice58-figures';
import { datesOf, timeOn, timesOver } from '../../oracle/practice58-lists';
import { above, checkedInToday, decided, holidayOn, requestStartsOf, todayStatus } from '../../oracle/practice59-figures';
import { qd } from '../../oracle/practice60-figures';
import { q } from '../helpers';

const me = (id: string) => ({ ids: [id] });
const hoursOn = (id: string, d: string) => hours(personSum(id, 'hours', [d, d]));

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan (DEV-003): checked in this morning; half a day of annual leave in October; three days pending at the year's end.
  q('QI151', 'DEV-003', "what's my attendance rate this month, and how many hours have I done so far?", () =>
    figures(rate(rateOf(me('DEV-003'), THIS_MONTH)), hours(personSum('DEV-003', 'hours', THIS_MONTH))),
  ),
  q('QI152', 'DEV-003', 'how many annual leave days can I still book? and is my december request approved yet', () =>
    answer({ figures: [leaveN(afterPending('DEV-003'))], mentions: ['pending'] }),
  ),
  q('QI153', 'DEV-003', 'was I late at all last week? also my check-in times for it', () => {
    if (personSum('DEV-003', 'late', LAST_WEEK) !== 0) throw new Error('late last week');
    return answer({ mentions: ['no', ...some(timesOver('DEV-003', LAST_WEEK, 'in'))] });
  }),
  qd('QI154', 'DEV-003', 'my hours last Friday and yesterday', ['last Friday', 'yesterday'], (fri, yday) =>
    figures(hoursOn('DEV-003', fri), hoursOn('DEV-003', yday)),
  ),
  q('QI155', 'DEV-003', 'did I check in today? what time', () => {
    if (!checkedInToday('DEV-003').yes) throw new Error('Aisha Khan has not checked in today');
    return answer({ mentions: ['yes', timeOn('DEV-003', TODAY, 'in')] });
  }),
  q('QI156', 'DEV-003', 'I had a half day off in October - which date was that, and what kind of leave was it booked as?', () =>
    answer({ dates: [halfDayLeaveOf('DEV-003')], mentions: ['annual'] }),
  ),
  q('QI157', 'DEV-003', 'how many working days have I got in december', () => figures(workingN(workingDays(wholeMonth(12), 'DEV')))),
  q('QI158', 'DEV-003', 'my attendance rate since august?', () => figures(rate(rateOf(me('DEV-003'), SINCE_TRACKING)))),

  // Fatima Zahra (QA-003): late this morning; one sick day in November.
  q('QI159', 'QA-003', 'was i late this morning? what time did i get in', () => {
    if (todayStatus('QA-003') !== 'late') throw new Error('not late today');
    return answer({ mentions: ['yes', timeOn('QA-003', TODAY, 'in')] });
  }),
  q('QI160', 'QA-003', 'how many sick days have I used this year, and how many are left?', () =>
    figures(leaveN(leaveTaken('QA-003', 'SICK', YEAR_SO_FAR)), leaveN(leftOf('QA-003', 'SICK'))),
  ),
  q('QI161', 'QA-003', 'my hours for wk 46', () => figures(hours(personSum('QA-003', 'hours', isoWeek(46))))),
  q('QI162', 'QA-003', 'how many hours did I put in in Sep, and in Oct?', () =>
    figures(hours(personSum('QA-003', 'hours', month(9))), hours(personSum('QA-003', 'hours', month(10)))),
  ),
  q('QI163', 'QA-003', 'when do we next get a public holiday?', () => answer({ dates: [agreed([nextHolidayFor(null).date, nextHolidayFor('QA').date])] })),
  q('QI164', 'QA-003', 'my attendance rate in october and in september', () =>
    figures(rate(rateOf(me('QA-003'), month(10))), rate(rateOf(me('QA-003'), month(9)))),
  ),
  q('QI165', 'QA-003', 'how many days have i been on leave in november so far', () => figures(leaveN(leaveOf({ ids: ['QA-003'] }, THIS_MONTH)))),
  qd('QI166', 'QA-003', 'what time did I leave on the 14th?', ['the 14th'], (d) => answer({ mentions: [timeOn('QA-003', d, 'out')] })),
  qd('QI167', 'QA-003', 'hours i worked a week ago monday', ['a week ago Monday'], (d) => figures(hoursOn('QA-003', d))),

  // Kevin O'Brien (DAT-004): no leave this year.
  q('QI168', 'DAT-004', "what's left of my annual leave allowance, and have I used any yet this year?", () => {
    if (leaveTaken('DAT-004', 'ANNUAL', YEAR_SO_FAR) !== 0) throw new Error('leave taken');
    return answer({ figures: [leaveN(leftOf('DAT-004'))], mentions: ['no'] });
  }),
  q('QI169', 'DAT-004', 'my hours last week vs the week before', () =>
    figures(hours(personSum('DAT-004', 'hours', LAST_WEEK)), hours(personSum('DAT-004', 'hours', WEEK_BEFORE_LAST))),
  ),
  qd('QI170', 'DAT-004', 'what time did I clock in on 2025-11-05, and when did I leave', ['2025-11-05'], (d) =>
    answer({ mentions: [timeOn('DAT-004', d, 'in'), timeOn('DAT-004', d, 'out')] }),
  ),
  q('QI171', 'DAT-004', 'did I hit at least 95% attendance in october?', () => {
    const r = rateOf(me('DAT-004'), month(10));
    return decided(above(r, 0.95, 0.0005), [rate(r)]);
  }),
  q('QI172', 'DAT-004', 'which days was I late in august?', () => answer({ dates: some(datesOf('DAT-004', 'late', month(8))) })),
  qd('QI173', 'DAT-004', 'am I off on 24/12? the whole day?', ['24/12'], (d) => answer({ mentions: [holidayOn(d, 'DAT')] })),
  q('QI174', 'DAT-004', "how's my attendance looking for november so far", () => figures(rate(rateOf(me('DAT-004'), THIS_MONTH)))),
  qd('QI175', 'DAT-004', 'how many hours did I work on Oct 31st?', ['Oct 31st'], (d) => figures(hoursOn('DAT-004', d))),

  // Emma Clarke (SEC-004): not in yet today; one day of annual leave pending on the 28th.
  qd('QI176', 'SEC-004', 'have I clocked in today? and how many hours did I do yesterday', ['yesterday'], (d) => {
    if (checkedInToday('SEC-004').yes) throw new Error('Emma Clarke has checked in today');
    return answer({ mentions: ['no'], figures: [hoursOn('SEC-004', d)] });
  }),
  qd('QI177', 'SEC-004', 'is 1/12 a working day for me? and do I have any leave pending', ['1/12'], (d) =>
    answer({ mentions: [holidayOn(d, 'SEC')], dates: requestStartsOf('SEC-004', 'pending') }),
  ),
  qd('QI178', 'SEC-004', 'how late was I on 11/11?', ['11/11'], (d) => {
    if (datesOf('SEC-004', 'late', [d, d]).length !== 1) throw new Error('not late that day');
    return answer({ mentions: [timeOn('SEC-004', d, 'in')] });
  }),
  q('QI179', 'SEC-004', 'how many annual leave days are still available to me?', () => figures(leaveN(afterPending('SEC-004')))),
  q('QI180', 'SEC-004', 'late arrivals since august, and my attendance rate over the same period', () =>
    figures(fig('late', plain(personSum('SEC-004', 'late', SINCE_TRACKING))), rate(rateOf(me('SEC-004'), SINCE_TRACKING))),
  ),
  qd('QI181', 'SEC-004', 'what time did I check out last Friday?', ['last Friday'], (d) => answer({ mentions: [timeOn('SEC-004', d, 'out')] })),
  q('QI182', 'SEC-004', 'what times did I clock out each day last week', () => answer({ mentions: some(timesOver('SEC-004', LAST_WEEK, 'out')) })),
];
