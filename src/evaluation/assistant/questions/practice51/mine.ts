/*
 * practice51 — an employee's own breakdowns and several asks about themselves (README: "how much leave do I have",
 * "my hours in September vs October", "my check-in times last week", "holidays left this year … and the leave balance
 * side by side", "my attendance rate this month, and how many hours have I worked?": a second ask with no period takes
 * the first's). Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) ask;
 * the calendar is everyone's. Every ask's figure must be in the answer.
 */
import { answer, count, days, figures, rate, score, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { tenureYears } from '../../oracle/people-figures';
import { balance, leaveDays, requests } from '../../oracle/leave-figures';
import { holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { checkInTimes } from '../../oracle/practice15-figures';
import { agreed } from '../../oracle/practice16-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { scoreOf } from '../../oracle/score-figures';
import { near } from '../../oracle/practice10-figures';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { AUG, hoursN, leaveN, me, NOV_SO_FAR, OCT, personSum, Q3, Q4_SO_FAR, rateOf, SEP, series, week, wholeMonth } from '../../oracle/practice51-figures';
import { q } from '../helpers';

const LAST_WEEK = week(46);
const ANNUAL = (id: string) => balance(id, 'ANNUAL');
function known(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}
/** The next holiday for a member of the team, checked to be the organisation's next too. */
const nextDayOff = (code: string) => agreed([nextHoliday(TODAY, code).date, nextHoliday(TODAY, null).date]);
/** The organisation's holidays from tomorrow to the year's end. */
const publicLeft = () => holidaysBetween(addDays(TODAY, 1), '2025-12-31').map((h) => h.date);

export const MINE: readonly Question[] = [
  // Leave and the calendar.
  q('PZ105', 'DEV-003', 'my leave balance and the next holiday', () => answer({ figures: [leaveN(ANNUAL('DEV-003').available)], dates: [nextDayOff('DEV')] })),
  q('PZ106', 'SEC-004', "How many days of annual leave have I got left, and when's the next public holiday?", () =>
    answer({ figures: [leaveN(ANNUAL('SEC-004').available)], dates: [holidaysBetween(addDays(TODAY, 1), '2025-12-31')[0]!.date] }),
  ),
  q('PZ107', 'DEV-003', 'my annual leave: taken, pending and available', () => {
    const b = ANNUAL('DEV-003');
    return figures(leaveN(leaveDays('DEV-003', '2025-01-01', TODAY, 'ANNUAL')), leaveN(b.pending), leaveN(b.available));
  }),
  q('PZ108', 'QA-003', 'sick leave I took this year + annual leave left', () =>
    figures(leaveN(leaveDays('QA-003', '2025-01-01', TODAY, 'SICK')), leaveN(ANNUAL('QA-003').available)),
  ),
  q('PZ109', 'SEC-004', 'how much sick leave and how much annual leave do I have?', () =>
    figures(leaveN(balance('SEC-004', 'SICK').available), leaveN(ANNUAL('SEC-004').available)),
  ),
  q('PZ110', 'SEC-004', 'holidays left this year and my leave balance', () => answer({ dates: publicLeft(), figures: [leaveN(ANNUAL('SEC-004').available)] })),
  q('PZ111', 'DAT-004', 'how many working days do I have in December, and how many holidays do I get in it?', () =>
    figures(near(days(workingDaysHalves(wholeMonth(12), 'DAT')), 'working|work|day'), near(count(holidaysBetween(...wholeMonth(12), 'DAT').length), 'holiday')),
  ),
  q('PZ112', 'DEV-003', 'show me my leave requests, and how many sick days I have left', () =>
    answer({ dates: requests('any', me('DEV-003')).map((l) => l.from), figures: [leaveN(balance('DEV-003', 'SICK').available)] }),
  ),

  // Attendance and hours.
  q('PZ113', 'QA-003', 'my attendance rate last month and my hours', () => figures(rate(rateOf(me('QA-003'), OCT)), hoursN(personSum('QA-003', 'hours', OCT)))),
  q('PZ114', 'DAT-004', 'my Q3 score, plus my attendance rate in september', () =>
    figures(score(known('DAT-004', '2025-Q3')), rate(rateOf(me('DAT-004'), SEP))),
  ),
  q('PZ115', 'DEV-003', 'my attendance this month vs last month', () => figures(rate(rateOf(me('DEV-003'), NOV_SO_FAR)), rate(rateOf(me('DEV-003'), OCT)))),
  q('PZ116', 'SEC-004', 'my hours in September and in October', () =>
    figures(hoursN(personSum('SEC-004', 'hours', SEP), 'sep'), hoursN(personSum('SEC-004', 'hours', OCT), 'oct')),
  ),
  q('PZ117', 'QA-003', 'my absence days in Aug, Sept and Oct', () => figures(...series(me('QA-003'), 'absent', [AUG, SEP, OCT]))),
  q('PZ118', 'DAT-004', 'my attendance in Aug, Sep and Oct, month by month', () => figures(...series(me('DAT-004'), 'rate', [AUG, SEP, OCT]))),
  q('PZ119', 'DAT-004', 'my check-in times last week and my total hours', () =>
    answer({ mentions: checkInTimes('DAT-004', LAST_WEEK), figures: [hoursN(personSum('DAT-004', 'hours', LAST_WEEK))] }),
  ),
  q('PZ120', 'SEC-004', 'was I late last week? and how many hours did I put in?', () =>
    yesNo(personSum('SEC-004', 'late', LAST_WEEK) > 0, [hoursN(personSum('SEC-004', 'hours', LAST_WEEK))]),
  ),
  q('PZ121', 'QA-003', 'my hours last week, plus my attendance rate for that week', () =>
    figures(hoursN(personSum('QA-003', 'hours', LAST_WEEK)), rate(rateOf(me('QA-003'), LAST_WEEK))),
  ),

  q('PZ122', 'QA-003', 'my hours in wk 45 and wk 46, and my attendance rate for each', () =>
    figures(...series(me('QA-003'), 'hours', [week(45), week(46)]), ...series(me('QA-003'), 'rate', [week(45), week(46)])),
  ),
  q('PZ123', 'DEV-003', 'how many hours did I do in wk 45, wk 46 and so far this week?', () =>
    figures(...series(me('DEV-003'), 'hours', [week(45), week(46), [week(47)[0], TODAY]])),
  ),
  q('PZ124', 'DAT-004', 'my attendance rate for Q3 and for Q4 so far, plus my Q3 score', () =>
    figures(rate(rateOf(me('DAT-004'), Q3)), rate(rateOf(me('DAT-004'), Q4_SO_FAR)), score(known('DAT-004', '2025-Q3'))),
  ),
  q('PZ125', 'QA-003', 'annual leave left, and the holidays still to come this year', () =>
    answer({ figures: [leaveN(ANNUAL('QA-003').available)], dates: publicLeft() }),
  ),
  q('PZ126', 'SEC-004', 'my scores for Q1 and Q2; and my hours in October', () =>
    figures(score(known('SEC-004', '2025-Q1')), score(known('SEC-004', '2025-Q2')), hoursN(personSum('SEC-004', 'hours', OCT))),
  ),

  // Profile and scores.
  q('PZ127', 'QA-003', 'when did I join and how many years have I been here', () =>
    answer({ dates: [person('QA-003').hire], figures: [near(years(tenureYears(person('QA-003'))), 'year|yr')] }),
  ),
  q('PZ128', 'DEV-003', 'my job title and my position?', () => answer({ mentions: [person('DEV-003').title, person('DEV-003').position] })),
  q('PZ129', 'DAT-004', 'my Q2 score and my Q3 score - did I go up or down?', () => {
    const [q2, q3] = [known('DAT-004', '2025-Q2'), known('DAT-004', '2025-Q3')];
    if (q2 === q3) throw new Error('no move');
    return answer({ figures: [score(q2), score(q3)], mentions: [q3 > q2 ? 'up' : 'down'] });
  }),
];
