/*
 * practice27 — the outside tester checks the README's attendance promises as the admin: the rate of everyone,
 * a team, a person or a level over a day, a week, a month, a quarter, a range of dates and the relative
 * periods ("yesterday", "last week", "last month", "last quarter", "the past 14 days", "since a month", "this
 * year so far"); present, late, absent, half-day, on leave and missing check-out as counts and lists; hours;
 * rankings (top or bottom N), thresholds ("below 85 %", "more than 2 times"), two teams or two periods side by
 * side, and the month-by-month trend. Written code-blind from /work/shared/API.md, docs/API.md and the README;
 * every figure, date and person comes from the data set and the oracle.
 */
import { count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, mostOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { lastDaysWhere } from '../../oracle/practice16-figures';
import { whoOn } from '../../oracle/practice18-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { moreThan, offOn } from '../../oracle/practice23-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { LAST_QUARTER, monthlyRates, NOV_3_TO_14, NOV_6, pastDays, rateBelow, SEP_15_TO_OCT_15, SINCE_A_MONTH } from '../../oracle/practice27-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const monthly = (scope: Scope) => figures(...monthlyRates(scope).map((r) => rate(r)));
const teamRate = (team: string, range: readonly [string, string]) => near(rate(rateIn({ team }, range)), teamLabel(team));

export const ATTENDANCE: readonly Question[] = [
  // The rate: everyone, a team, a level, over the README's periods.
  q('PB036', 'admin', 'What was the overall attendance rate last month?', () => figures(rate(rateIn(ALL, OCTOBER)))),
  q('PB037', 'admin', 'attendance rate yesterday', () => figures(rate(rateIn(ALL, [YESTERDAY, YESTERDAY])))),
  q('PB038', 'admin', 'attendence last quarter for everyone', () => figures(rate(rateIn(ALL, LAST_QUARTER)))),
  q('PB039', 'admin', 'How did the company attend this year so far?', () => figures(rate(rateIn(ALL, YEAR_TO_DATE)))),
  q('PB040', 'admin', "What is the Quality Assurance team's attendance rate for September?", () => figures(rate(rateIn(QA, SEPTEMBER)))),
  q('PB041', 'admin', 'qa attendance sept', () => figures(rate(rateIn(QA, SEPTEMBER)))),
  q('PB042', 'admin', 'how were the testers doing on attendance in september', () => figures(rate(rateIn(QA, SEPTEMBER)))),
  q('PB043', 'admin', 'attendance rate for DEV from 3 to 14 November', () => figures(rate(rateIn(DEV, NOV_3_TO_14)))),
  q('PB044', 'admin', 'SEC attendance between 15 September and 15 October', () => figures(rate(rateIn({ team: 'SEC' }, SEP_15_TO_OCT_15)))),
  q('PB045', 'admin', 'attendance of the juniors last month', () => figures(rate(rateIn(levelIn(undefined, 'Junior'), OCTOBER)))),
  // 'Since a month' read as from the same day a month ago (19 October) to today.
  q('PB046', 'admin', 'attendance rate of the mid-level people in AI since a month', () => figures(rate(rateIn(levelIn('AI', 'Mid'), SINCE_A_MONTH)))),
  q('PB047', 'admin', "Pablo Ruiz's attendance rate in October", () => figures(rate(rateIn({ ids: ['DAT-006'] }, OCTOBER)))),
  q('PB048', 'admin', 'attendance rate by team last quarter', () => figures(...TEAM_CODES.map((team) => teamRate(team, LAST_QUARTER)))),
  q('PB049', 'admin', 'DEV vs QA attendance last month', () => figures(rate(rateIn(DEV, OCTOBER)), rate(rateIn(QA, OCTOBER)))),
  q('PB050', 'admin', 'attendance this month vs last month', () => figures(rate(rateIn(ALL, THIS_MONTH)), rate(rateIn(ALL, OCTOBER)))),
  q('PB051', 'admin', 'attendance by month this year', () => monthly(ALL)),
  q('PB052', 'admin', 'monthly attendance trend for the AI team', () => monthly({ team: 'AI' })),
  q('PB053', 'admin', 'absence rate in DEV last month', () => figures(rate(absenceRate(DEV, OCTOBER)))),

  // Who: late, absent, on leave, missing check-out, not checked in.
  q('PB054', 'admin', 'Who arrived late yesterday?', () => people(whoOn(ALL, 'late', YESTERDAY))),
  q('PB055', 'admin', 'who was absent on 6 November', () => people(whoOn(ALL, 'absent', NOV_6))),
  q('PB056', 'admin', 'who is on leave today', () => people(offOn(ALL, TODAY))),
  q('PB057', 'admin', 'who hasnt checked in yet today', () => people(notCheckedInToday(ALL))),
  q('PB058', 'admin', 'missing check-outs last week', () => people(peopleWhere(ALL, 'missingCheckOut', ...LAST_WEEK))),
  q('PB059', 'admin', 'who in SEC was late in the past 14 days', () => people(lastDaysWhere(14, { team: 'SEC' }, 'late'))),
  q('PB060', 'admin', 'which seniors were late last week', () => people(peopleWhere(levelIn(undefined, 'Senior'), 'late', ...LAST_WEEK))),

  // Counts and hours.
  q('PB061', 'admin', 'How many late arrivals were there in the DEV team last month?', () => figures(near(count(totals(DEV, ...OCTOBER).late), 'late'))),
  q('PB062', 'admin', 'nr of absences in QA over the past 7 days', () => figures(near(days(pastDays(7, QA, 'absent')), 'absen|day|off|missed'))),
  q('PB063', 'admin', 'half days in AI last quarter', () => figures(near(count(nonZero(totals({ team: 'AI' }, ...LAST_QUARTER).halfDay)), 'half'))),
  q('PB064', 'admin', 'total hours worked by the Data team last week', () => figures(hours(nonZero(totals({ team: 'DAT' }, ...LAST_WEEK).hours)))),
  q('PB065', 'admin', 'hours Sana Qureshi worked in October', () => figures(hours(nonZero(measureOf('AI-004', 'hours', ...OCTOBER))))),
  q('PB066', 'admin', 'how many days was Mohammed Saleh on leave last week', () =>
    figures(near(days(nonZero(measureOf('SEC-003', 'onLeave', ...LAST_WEEK))), 'leave|day')),
  ),

  // Rankings and thresholds.
  q('PB067', 'admin', 'top 3 latecomers last quarter', () => people(topBy(ALL, 'late', LAST_QUARTER, 3))),
  q('PB068', 'admin', 'who was late the most in October', () => people(mostOf(ALL, 'late', ...OCTOBER))),
  q('PB069', 'admin', 'the 3 lowest attendance rates in the company last month', () => people(ratesAtEnd(ALL, OCTOBER, 3, 'lowest'))),
  q('PB070', 'admin', 'lowest attendance in QA last quarter, top 2', () => people(ratesAtEnd(QA, LAST_QUARTER, 2, 'lowest'))),
  q('PB071', 'admin', 'Who had an attendance rate below 85% in October?', () => people(rateBelow(ALL, OCTOBER, 0.85))),
  q('PB072', 'admin', 'anyone in DAT under 90% attendance last quarter', () => people(rateBelow({ team: 'DAT' }, LAST_QUARTER, 0.9))),
  q('PB073', 'admin', 'who was late more than 2 times last month', () => people(moreThan(ALL, 'late', OCTOBER, 2))),
  q('PB074', 'admin', 'the 3 who worked the fewest hours in DEV last week', () => people(fewestHours(DEV, LAST_WEEK, 3))),
  q('PB075', 'admin', 'who was absent more than 3 days last quarter', () => people(moreThan(ALL, 'absent', LAST_QUARTER, 3))),
];
