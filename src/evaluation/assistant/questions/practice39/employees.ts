/*
 * practice39 — the four employees with logins, Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004)
 * and Emma Clarke (SEC-004), asking about themselves what the README promises them: "my attendance" (this month by
 * default), check-in times, scores and KPI, leave left and its requests, the last time they were late (this
 * morning counts), hours side by side, a yes-or-no against a line, the calendar ("are we off on 1 December"),
 * holidays left this year with the leave balance beside them, tenure.
 */
import { answer, count, days, figures, hours, rate, score, type Question, years } from '../../expectation';
import { person } from '../../dataset/dataset';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { measureOf } from '../../oracle/attendance-figures';
import { holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { tenureYears } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInTimes } from '../../oracle/practice15-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { isWorkingDay, scoreKnown } from '../../oracle/practice30-figures';
import { lateDays } from '../../oracle/practice31-figures';
import { kpiKnown } from '../../oracle/practice32-figures';
import { lastDayUpToToday } from '../../oracle/practice33-figures';
import { myRequests } from '../../oracle/practice35-figures';
import { clearlyAbove, rateOf, SINCE_1_OCT, SINCE_AUGUST, some, YEAR_SO_FAR } from '../../oracle/practice39-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const me = (id: string) => ({ ids: [id] });

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('PN174', 'DEV-003', 'What is my attendance this month?', () => figures(rate(rateOf(me('DEV-003'), THIS_MONTH)))),
  // No period: README's default for "my attendance" is this month.
  q('PN175', 'DEV-003', "how's my attendance looking", () => figures(rate(rateOf(me('DEV-003'), THIS_MONTH)))),
  q('PN176', 'DEV-003', 'my check-in times last week', () => answer({ mentions: some(checkInTimes('DEV-003', LAST_WEEK)) })),
  q('PN177', 'DEV-003', 'How did I score last quarter?', () => figures(score(scoreKnown('DEV-003', '2025-Q3')))),
  q('PN178', 'DEV-003', 'how much annual leave do i have left', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('PN179', 'DEV-003', 'is my december leave request approved yet?', () => myRequests('DEV-003', 'pending')),
  // Fatima Zahra (QA-003): late this morning, so her last late arrival is today.
  q('PN180', 'QA-003', 'When was I last late?', () => answer({ dates: [lastDayUpToToday('QA-003', 'late')] })),
  q('PN181', 'QA-003', 'how many sick days have I used this year', () => figures(days(leaveDays('QA-003', ...YEAR_SO_FAR, 'SICK')))),
  q('PN182', 'QA-003', 'my hours in September vs October', () =>
    figures(hours(measureOf('QA-003', 'hours', ...SEPTEMBER)), hours(measureOf('QA-003', 'hours', ...OCTOBER))),
  ),
  q('PN183', 'QA-003', 'was my attendance above 95% in October?', () => {
    const value = rateOf(me('QA-003'), OCTOBER);
    return yesNo(clearlyAbove(value, 0.95, 0.001), [rate(value)]);
  }),
  // Kevin O'Brien (DAT-004).
  q('PN184', 'DAT-004', 'When is the next public holiday?', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  // "Holidays left this year" with no word of leave: the holidays to come and the leave balance side by side (the
  // annual balance must be among what is said).
  q('PN185', 'DAT-004', 'holidays left this year', () =>
    answer({
      dates: holidaysBetween(addDays(TODAY, 1), '2025-12-31', 'DAT').map((h) => h.date),
      figures: [near(days(balance('DAT-004', 'ANNUAL').available), 'annual|leave|day|balance')],
    }),
  ),
  q('PN186', 'DAT-004', 'my attendance rate since 1 oct', () => figures(rate(rateOf(me('DAT-004'), SINCE_1_OCT)))),
  q('PN187', 'DAT-004', 'which days was I late in october', () => answer({ dates: some(lateDays('DAT-004', OCTOBER)) })),
  q('PN188', 'DAT-004', 'how long have I worked here?', () => answer({ figures: [years(tenureYears(person('DAT-004')))] })),
  // Emma Clarke (SEC-004).
  q('PN189', 'SEC-004', 'are we off on 1 December?', () => yesNo(!isWorkingDay('2025-12-01', 'SEC'), [], { mentions: ['Security Team Day'] })),
  q('PN190', 'SEC-004', 'has my leave for the 28th been approved', () => myRequests('SEC-004', 'pending')),
  q('PN191', 'SEC-004', 'my tardies since august', () => figures(near(count(measureOf('SEC-004', 'late', ...SINCE_AUGUST)), 'late|tard|time'))),
  q('PN192', 'SEC-004', 'my KPI in Q3', () => figures(score(kpiKnown('SEC-004', '2025-Q3')))),
];
