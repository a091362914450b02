/*
 * practice32 — the admin's leave and calendar close: leave taken by kind (paid, unpaid, sick, annual) over quarters and
 * months, leave that spans a holiday or the edge of the period, what a request is charged, pro-rata entitlements of
 * people hired or leaving this year, balances, pending, rejected and cancelled requests, who is off over a range that
 * crosses the month or the year, holidays and working days by team, the next and the last working day.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { everyHolidayBetween, requestersOf } from '../../oracle/practice19-figures';
import { offBetween, onLeaveOfType, requestsOverlapping } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { leaveTaken, requestCount, withRequests } from '../../oracle/practice17-figures';
import { lastWorkingDayOf, nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { leaveLeftTotal, pendingDays } from '../../oracle/practice21-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { leaveEnds } from '../../oracle/practice27-figures';
import {
  AFTER_TODAY_TO_YEAR_END,
  annualAvailable,
  annualGranted,
  DEC_20_TO_JAN_10,
  DEC_22_TO_JAN_2,
  DECEMBER_WHOLE,
  FOUNDERS_WEEK,
  leastAnnualLeft,
  leaveOfKinds,
  NOV_20_TO_28,
  NOVEMBER_WHOLE,
  PAID_CODES,
  personLeave,
  Q3_WHOLE,
  Q4_WHOLE,
  requestCost,
  nextWorkingDayAfter,
} from '../../oracle/practice32-figures';
import { AUGUST, OCTOBER, q, SEPTEMBER, THIS_QUARTER } from '../helpers';

const ALL = {};
const STATUS_WORD = { approved: 'approv', pending: 'pending', rejected: 'reject', cancelled: 'cancel' } as const;

export const LEAVE_CALENDAR: readonly Question[] = [
  q('PG091', 'admin', 'how many days of anual leave did the company take in Q3', () => figures(days(nonZero(leaveTaken(ALL, 'ANNUAL', Q3_WHOLE))))),
  q('PG092', 'admin', 'Paid leave days taken in October across the company', () => figures(days(nonZero(leaveOfKinds(ALL, PAID_CODES, OCTOBER))))),
  q('PG093', 'admin', 'Unpaid leave days this year, company-wide', () => figures(days(nonZero(leaveTaken(ALL, 'UNPAID', YEAR_TO_DATE))))),
  q('PG094', 'admin', 'Sick days taken so far this quarter', () => figures(days(nonZero(leaveTaken(ALL, 'SICK', THIS_QUARTER))))),
  q('PG095', 'admin', 'Who is on leave between 20 and 28 November?', () => people(nonEmpty(offBetween(ALL, ...NOV_20_TO_28)))),
  q('PG096', 'admin', 'Who is off between 22 December and 2 January?', () => people(nonEmpty(offBetween(ALL, ...DEC_22_TO_JAN_2)))),
  q('PG097', 'admin', 'Which pending leave requests touch December — whose are they?', () =>
    people(nonEmpty(requestersOf(['pending'], undefined, DECEMBER_WHOLE))),
  ),
  q('PG098', 'admin', 'How many leave requests are pending, and how many days do they add up to?', () =>
    figures(near(count(nonZero(requestCount('pending'))), 'request|pending'), near(days(nonZero(pendingDays())), 'day')),
  ),
  q('PG099', 'admin', "How many days of annual leave is Felix Wagner's 22–31 December request charged at?", () =>
    figures(days(requestCost('AI-003', '2025-12-22'))),
  ),
  q('PG100', 'admin', 'How much annual leave does Felix Wagner have left for this year?', () =>
    figures(near(days(annualAvailable('AI-003')), 'left|available|remain|balance|annual')),
  ),
  q('PG101', 'admin', "What's Ines Carvalho's annual leave entitlement this year?", () =>
    figures(near(days(annualGranted('AI-010')), 'entitle|allow|allocat|grant|annual|leave|day')),
  ),
  q('PG102', 'admin', 'How much annual leave was Laura Silva entitled to this year?', () =>
    figures(near(days(annualGranted('DAT-009')), 'entitle|allow|allocat|grant|annual|leave|day')),
  ),
  q('PG103', 'admin', 'Which leave requests were rejected or cancelled?', () =>
    people(nonEmpty([...new Set([...withRequests('rejected'), ...withRequests('cancelled')])])),
  ),
  q('PG104', 'admin', 'Total annual leave still available across Security', () =>
    figures(near(days(leaveLeftTotal('ANNUAL', { team: 'SEC' })), 'left|available|remain|balance|annual|leave|day')),
  ),
  q('PG105', 'admin', 'Who in AI has the least annual leave left?', () => people(leastAnnualLeft('AI'))),
  q('PG106', 'admin', 'Holidays between 20 December and 10 January', () => answer({ dates: nonEmpty(everyHolidayBetween(...DEC_20_TO_JAN_10)) })),
  q('PG107', 'admin', 'How many working days does Security have in December?', () => figures(near(days(workingDaysHalves(DECEMBER_WHOLE, 'SEC')), 'day'))),
  q('PG108', 'admin', 'Working days in Q4 for the organisation as a whole', () => figures(near(days(workingDaysHalves(Q4_WHOLE, null)), 'day'))),
  q('PG109', 'admin', "What's the first working day after Christmas?", () => answer({ dates: [nextWorkingDayAfter('2025-12-25')] })),
  q('PG110', 'admin', 'last working day of december?', () => answer({ dates: [lastWorkingDayOf(2025, 12)] })),
  q('PG111', 'admin', 'Which holidays fall in Q4, with their dates?', () => answer({ dates: nonEmpty(everyHolidayBetween(...Q4_WHOLE)) })),
  q('PG112', 'admin', 'How many days of leave did Julia Fischer take in September?', () => figures(days(personLeave('DAT-003', SEPTEMBER)))),
  q('PG113', 'admin', 'How many days of annual leave did Sana Qureshi take in the week of Founders Day?', () =>
    figures(days(personLeave('AI-004', FOUNDERS_WEEK, 'ANNUAL'))),
  ),
  q('PG114', 'admin', "How many days was Nina Kowalski's late-August leave charged?", () => figures(days(requestCost('QA-005', '2025-08-25')))),
  q('PG115', 'admin', 'Annual leave taken by AI in October vs booked for December', () =>
    figures(
      near(days(nonZero(leaveTaken({ team: 'AI' }, 'ANNUAL', OCTOBER))), 'oct|taken'),
      near(days(nonZero(leaveTaken({ team: 'AI' }, 'ANNUAL', DECEMBER_WHOLE))), 'dec|booked|ahead'),
    ),
  ),
  q('PG116', 'admin', 'Who has sick leave taken or booked in November?', () => people(nonEmpty(onLeaveOfType('SICK', ...NOVEMBER_WHOLE)))),
  q('PG117', 'admin', 'Leave requests for November dates, by status', () => {
    const list = requestsOverlapping('any', ...NOVEMBER_WHOLE);
    const statuses = (['approved', 'pending', 'rejected', 'cancelled'] as const).filter((s) => list.some((l) => l.status === s));
    return figures(...statuses.map((s) => near(count(list.filter((l) => l.status === s).length), STATUS_WORD[s])));
  }),
  q('PG118', 'admin', "When does Anna Berg's leave end?", () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PG119', 'admin', 'Approved annual leave still ahead for DEV this year — how many days?', () =>
    figures(days(nonZero(leaveTaken({ team: 'DEV' }, 'ANNUAL', AFTER_TODAY_TO_YEAR_END)))),
  ),
  q('PG120', 'admin', 'Sick leave in August vs September, company-wide, in days', () =>
    figures(near(days(nonZero(leaveTaken(ALL, 'SICK', AUGUST))), 'aug'), near(days(nonZero(leaveTaken(ALL, 'SICK', SEPTEMBER))), 'sep')),
  ),
];
