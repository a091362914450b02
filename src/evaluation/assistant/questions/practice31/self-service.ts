/*
 * practice31 — the four employees asking about themselves (Aisha Khan DEV-003, Fatima Zahra QA-003, Kevin
 * O'Brien DAT-004, Emma Clarke SEC-004): their attendance with and without a period (the default is this month),
 * hours, late days and the last one, check-in and check-out times, scores and their change, leave left, used and
 * pending, working days of their own team's calendar, whether they have checked in today.
 */
import { answer, count, days, figures, hours, rate, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { checkedInToday, measureOf } from '../../oracle/attendance-figures';
import { balance } from '../../oracle/leave-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { SINCE_AUGUST } from '../../oracle/practice18-figures';
import { LAST_FRIDAY, nonZero, yesNo } from '../../oracle/practice20-figures';
import { absentDays, workingDaysHalves } from '../../oracle/practice23-figures';
import { clearOf, scoreTrend, takenAndAhead } from '../../oracle/practice28-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { clockAt, DECEMBER_WHOLE, lastLate, lateDays, scoreChange } from '../../oracle/practice31-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const myRate = (id: string, range: Range) => rate(rateIn({ ids: [id] }, range));
const myHours = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));

export const SELF_SERVICE: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('PF166', 'DEV-003', "how's my attendance looking?", () => figures(myRate('DEV-003', THIS_MONTH))),
  q('PF167', 'DEV-003', 'hours I worked last week', () => figures(myHours('DEV-003', LAST_WEEK))),
  q('PF168', 'DEV-003', 'When was I last late?', () => answer({ dates: [lastLate('DEV-003')] })),
  q('PF169', 'DEV-003', 'How have my scores moved over the quarters?', () => figures(...scoreTrend('DEV-003').map((s) => score(s)))),
  q('PF170', 'DEV-003', 'annual leave days left?', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('PF171', 'DEV-003', 'my check-in time yesterday', () => answer({ mentions: [clockAt('DEV-003', YESTERDAY, 'in')] })),
  q('PF172', 'DEV-003', 'how much leave have I used this year', () => figures(...takenAndAhead('DEV-003'))),

  // Fatima Zahra, QA-003.
  q('PF173', 'QA-003', 'my late days since August', () => answer({ dates: lateDays('QA-003', SINCE_AUGUST) })),
  q('PF174', 'QA-003', 'sick leave remaining', () => figures(days(balance('QA-003', 'SICK').available))),
  q('PF175', 'QA-003', 'was my attendance above 95% in October?', () => {
    const mine = clearOf(rateIn({ ids: ['QA-003'] }, OCTOBER), 0.95, 0.002);
    return answer({ figures: [rate(mine)], mentions: [mine > 0.95 ? 'yes' : 'no'] });
  }),
  q('PF176', 'QA-003', 'which day was I absent last month', () => answer({ dates: absentDays('QA-003', OCTOBER) })),
  q('PF177', 'QA-003', 'What time did I clock in this morning?', () => answer({ mentions: [clockAt('QA-003', TODAY, 'in')] })),

  // Kevin O'Brien, DAT-004.
  q('PF178', 'DAT-004', 'how many times was I late in Aug', () => figures(count(nonZero(measureOf('DAT-004', 'late', ...AUGUST))))),
  q('PF179', 'DAT-004', 'how much did my score change from Q1 to Q3', () =>
    figures(score(scoreKnown('DAT-004', '2025-Q1')), score(scoreKnown('DAT-004', '2025-Q3')), scoreChange('DAT-004', '2025-Q1', '2025-Q3')),
  ),
  q('PF180', 'DAT-004', 'what time did I check out on Friday', () => answer({ mentions: [clockAt('DAT-004', LAST_FRIDAY, 'out')] })),
  q('PF181', 'DAT-004', 'last time I came in late?', () => answer({ dates: [lastLate('DAT-004')] })),
  q('PF182', 'DAT-004', 'wat was my attendence rate in septmber', () => figures(myRate('DAT-004', SEPTEMBER))),

  // Emma Clarke, SEC-004.
  q('PF183', 'SEC-004', 'how many days was I late in September', () => figures(count(nonZero(measureOf('SEC-004', 'late', ...SEPTEMBER))))),
  q('PF184', 'SEC-004', 'How many annual leave days are pending for me?', () => figures(days(nonZero(balance('SEC-004', 'ANNUAL').pending)))),
  q('PF185', 'SEC-004', 'which day was I late last week', () => answer({ dates: lateDays('SEC-004', LAST_WEEK) })),
  q('PF186', 'SEC-004', 'working days in December', () => figures(days(workingDaysHalves(DECEMBER_WHOLE, 'SEC')))),
  q('PF187', 'SEC-004', 'have I checked in today?', () => yesNo(checkedInToday({ ids: ['SEC-004'] }).length > 0, [])),
  q('PF188', 'SEC-004', "I'm filling in my timesheet. How many hours did I log yesterday?", () => figures(myHours('SEC-004', [YESTERDAY, YESTERDAY]))),
];
