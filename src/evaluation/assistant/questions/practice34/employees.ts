/*
 * practice34 — the four employees getting ready for their own review or one-to-one (Aisha Khan, Fatima Zahra, Kevin
 * O'Brien, Emma Clarke): their scores and how they moved, their attendance, lateness, absences and hours over
 * quarters, months and weeks, their leave and requests, their working days and holidays — only their own records.
 */
import { answer, count, days, figures, hours, rate, score, years, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, totals } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { leaveDays } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { scoreIn } from '../../oracle/practice19-figures';
import { lateDates, nonEmpty, nonZero, yesNo } from '../../oracle/practice20-figures';
import { absentDays, WEEK_BEFORE_LAST, workingDaysHalves } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { yearsOf } from '../../oracle/practice27-figures';
import { scoreTrend } from '../../oracle/practice28-figures';
import { clearlyDiffer } from '../../oracle/practice29-figures';
import { scoreChange } from '../../oracle/practice31-figures';
import { annualAvailable, kpiKnown } from '../../oracle/practice32-figures';
import { Q3_RANGE, SEP_1_TO_OCT_15, SINCE_OCT_1 } from '../../oracle/practice33-figures';
import { SINCE_AUGUST } from '../../oracle/practice18-figures';
import { statusOn } from '../../oracle/status-on';
import { requestFrom } from '../../oracle/practice32-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER } from '../helpers';

type Range = readonly [string, string];
const myRate = (id: string, range: Range) => rate(rateIn({ ids: [id] }, range));
const myHours = (id: string, range: Range) => hours(nonZero(totals({ ids: [id] }, ...range).hours));
const leftLabel = 'day|left|available|annual|balance|remain';
const [Q1, Q2, Q3] = ['2025-Q1', '2025-Q2', '2025-Q3'];

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('PI163', 'DEV-003', 'Getting ready for my review: what were my scores each quarter?', () => figures(...scoreTrend('DEV-003').map((s) => score(s)))),
  q('PI164', 'DEV-003', 'How much did my score change from Q1 to Q3?', () => figures(scoreChange('DEV-003', Q1, Q3))),
  q('PI165', 'DEV-003', 'My attendance rate last quarter vs this quarter', () => figures(myRate('DEV-003', Q3_RANGE), myRate('DEV-003', THIS_QUARTER))),
  q('PI166', 'DEV-003', 'how many times was i late since august', () =>
    figures(near(count(nonZero(measureOf('DEV-003', 'late', ...SINCE_AUGUST))), 'late|time')),
  ),
  q('PI167', 'DEV-003', 'whats my PTO balance', () => figures(near(days(annualAvailable('DEV-003')), leftLabel))),
  q('PI168', 'DEV-003', 'Has my leave for 29–31 December been approved yet?', () =>
    yesNo(requestFrom('DEV-003', '2025-12-29').status === 'approved', [], { mentions: [requestFrom('DEV-003', '2025-12-29').status] }),
  ),
  q('PI169', 'DEV-003', 'How many hours did I put in during October?', () => figures(myHours('DEV-003', OCTOBER))),

  // Fatima Zahra, QA-003.
  q('PI170', 'QA-003', 'What was my attendance in Q3?', () => figures(myRate('QA-003', Q3_RANGE))),
  q('PI171', 'QA-003', "sick leave I've taken since January", () => figures(near(days(nonZero(leaveDays('QA-003', ...YEAR_TO_DATE, 'SICK'))), 'sick|day'))),
  q('PI172', 'QA-003', 'What was my KPI in Q2?', () => figures(score(kpiKnown('QA-003', Q2)))),
  q('PI173', 'QA-003', 'Did my score go down between Q2 and Q3?', () => {
    const [q2, q3] = [scoreIn(Q2, 'QA-003'), scoreIn(Q3, 'QA-003')];
    return yesNo(q3 < q2, [score(q3)]);
  }),
  q('PI174', 'QA-003', 'Was I late on the day of our offsite?', () => yesNo(statusOn('QA-003', holidayDate('QA Offsite')) === 'late', [])),
  q('PI175', 'QA-003', 'How many working days did I have between 1 Sep and 15 Oct?', () =>
    figures(near(days(workingDaysHalves(SEP_1_TO_OCT_15, 'QA')), 'day')),
  ),
  q('PI176', 'QA-003', 'Which days this month was I late?', () => answer({ dates: nonEmpty(lateDates('QA-003', THIS_MONTH)) })),

  // Kevin O'Brien, DAT-004.
  q('PI177', 'DAT-004', 'My absences since August — which days?', () => answer({ dates: nonEmpty(absentDays('DAT-004', SINCE_AUGUST)) })),
  q('PI178', 'DAT-004', 'My attendance rate in September and in October', () => figures(myRate('DAT-004', SEPTEMBER), myRate('DAT-004', OCTOBER))),
  q('PI179', 'DAT-004', 'my Q3 score vs Q2', () => figures(score(scoreIn(Q3, 'DAT-004')), score(scoreIn(Q2, 'DAT-004')))),
  q('PI180', 'DAT-004', 'How many hours did I work the week before last?', () => figures(myHours('DAT-004', WEEK_BEFORE_LAST))),
  q('PI181', 'DAT-004', 'Am I above 95% attendance this quarter?', () => {
    const r = rateIn({ ids: ['DAT-004'] }, THIS_QUARTER);
    return yesNo(clearlyDiffer(r, 0.95, 0.002), [rate(r)]);
  }),
  q('PI182', 'DAT-004', 'How long have I worked here?', () => figures(years(yearsOf('DAT-004')))),
  q('PI183', 'DAT-004', 'When is my next public holiday?', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),

  // Emma Clarke, SEC-004.
  q('PI184', 'SEC-004', 'Is 1 December a working day for me?', () =>
    yesNo(workingDaysHalves(['2025-12-01', '2025-12-01'], 'SEC') === 1, [], { mentions: ['Security Team Day'] }),
  ),
  q('PI185', 'SEC-004', "What's the status of my leave request for the 28th?", () =>
    answer({ mentions: [requestFrom('SEC-004', '2025-11-28').status], dates: [requestFrom('SEC-004', '2025-11-28').from] }),
  ),
  q('PI186', 'SEC-004', 'my late arrivals since 1 Oct', () => figures(near(count(nonZero(measureOf('SEC-004', 'late', ...SINCE_OCT_1))), 'late'))),
  q('PI187', 'SEC-004', 'How did my Q3 score compare with my Q2?', () => figures(score(scoreIn(Q3, 'SEC-004')), score(scoreIn(Q2, 'SEC-004')))),
  q('PI188', 'SEC-004', 'What was my attendance rate last month?', () => figures(myRate('SEC-004', OCTOBER))),
  q('PI189', 'SEC-004', 'How many annual leave days will I have left once my pending request is counted?', () =>
    figures(near(days(annualAvailable('SEC-004')), leftLabel)),
  ),
  q('PI190', 'SEC-004', 'How many hours did I log last week?', () => figures(myHours('SEC-004', LAST_WEEK))),
];
