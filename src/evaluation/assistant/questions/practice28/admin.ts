/*
 * practice28 — a few admin questions of the first month of self-service, checking on the people who ask for
 * themselves: an employee's balance, requests and hours, who is off today and next week, who has leave
 * pending, the holidays left this year. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure, date and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf } from '../../oracle/attendance-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { withRequests } from '../../oracle/practice17-figures';
import { nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { requestsOf } from '../../oracle/practice25-figures';
import { LAST_MONTH, takenAndAhead } from '../../oracle/practice28-figures';
import { LAST_WEEK, NEXT_WEEK, q, SEPTEMBER } from '../helpers';

export const ADMIN: readonly Question[] = [
  q('PC155', 'admin', "aisha khan's annual leave balance", () =>
    figures(near(days(balance('DEV-003', 'ANNUAL').available), 'left|available|remain|balance|annual')),
  ),
  q('PC156', 'admin', "emma clarke's leave requests and their status", () => {
    const mine = requestsOf('SEC-004');
    return answer({ dates: mine.map((l) => l.from), mentions: [...new Set(mine.map((l) => l.status))] });
  }),
  q('PC157', 'admin', "how many hours did kevin o'brien work last week", () => figures(hours(nonZero(measureOf('DAT-004', 'hours', ...LAST_WEEK))))),
  q('PC158', 'admin', 'who is on leave today', () => people(nonEmpty(offBetween({}, TODAY, TODAY)))),
  q('PC159', 'admin', 'who is off next week', () => people(nonEmpty(offBetween({}, ...NEXT_WEEK)))),
  q('PC160', 'admin', 'who has leave pending approval', () => people(nonEmpty(withRequests('pending')))),
  q('PC161', 'admin', 'public holidays left this year (company-wide)', () => answer({ dates: holidaysLeftThisYear(null) })),
  q('PC162', 'admin', "fatima zahra's attendance rate last month", () => figures(rate(rateIn({ ids: ['QA-003'] }, LAST_MONTH)))),
  q('PC163', 'admin', 'how many times was emma clarke late in september', () =>
    figures(near(count(nonZero(measureOf('SEC-004', 'late', ...SEPTEMBER))), 'late|time')),
  ),
  q('PC164', 'admin', 'leave taken so far this year by aisha khan vs booked ahead', () => figures(...takenAndAhead('DEV-003'))),
  q('PC165', 'admin', "maria gonzalez's leave: how much taken so far this year and how much is still ahead?", () => figures(...takenAndAhead('DEV-005'))),
  q('PC166', 'admin', "priya raman's sick leave balance", () =>
    figures(near(days(balance('DEV-001', 'SICK').available), 'left|available|remain|balance|sick')),
  ),
];
