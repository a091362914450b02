/*
 * practice26 — the HR operations admin and the payroll clerk (both the admin login) closing the month: hours
 * worked by a person, a team and everyone over a day, a week, a month, the quarter, a date range and relative
 * periods; days late, absent, on leave and with a missing check-out; attendance and absence rates, two
 * periods compared and month by month; thresholds and top or bottom N. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set and
 * the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { rateIn, topBy, ratesAtEnd } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { LAST_FRIDAY, nonZero } from '../../oracle/practice20-figures';
import { rateChange } from '../../oracle/practice21-figures';
import { hoursIn } from '../../oracle/practice22-figures';
import { absentDays, hoursBelow, hoursExtreme, moreThan, someoneWith } from '../../oracle/practice23-figures';
import { fewestHours, Q3_2025 } from '../../oracle/practice24-figures';
import { SINCE_SEPTEMBER } from '../../oracle/practice25-figures';
import { FIRST_TWO_WEEKS_OF_NOVEMBER, hoursAtLeast, monthByMonth, MONTHS_THIS_QUARTER, ratesByMonth } from '../../oracle/practice26-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const ALL: Scope = {};
const hoursOf = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));
const teamHours = (team: string, range: Range) => hours(hoursIn({ team }, range));
const lateCount = (scope: Scope, range: Range) => near(count(totals(scope, ...range).late), 'late');
const absent = (scope: Scope, range: Range) => near(days(totals(scope, ...range).absent), 'absen|day|missed');
const onLeave = (scope: Scope, range: Range) => near(days(totals(scope, ...range).onLeave), 'leave|day|off');
const lateByMonth = (scope: Scope) => figures(...monthByMonth(scope, 'late', MONTHS_THIS_QUARTER).map((n) => count(n)));

export const ADMIN: readonly Question[] = [
  // Hours for the timesheets.
  q('PA001', 'admin', 'Total hours worked by everyone in October?', () => figures(hours(hoursIn(ALL, OCTOBER)))),
  q('PA002', 'admin', 'hours worked by the whole company last week', () => figures(hours(hoursIn(ALL, LAST_WEEK)))),
  q('PA003', 'admin', 'How many hours did the Data team work in October?', () => figures(teamHours('DAT', OCTOBER))),
  q('PA004', 'admin', 'hours logged by QA in september', () => figures(teamHours('QA', SEPTEMBER))),
  q('PA005', 'admin', 'How many hours has the Security team worked this quarter?', () => figures(teamHours('SEC', THIS_QUARTER))),
  q('PA006', 'admin', 'AI team hours this month so far', () => figures(teamHours('AI', THIS_MONTH))),
  q('PA007', 'admin', 'How many hours did Tom Becker work in October?', () => figures(hoursOf('DEV-002', OCTOBER))),
  q('PA008', 'admin', 'hours worked by Grace Kim last week', () => figures(hoursOf('QA-007', LAST_WEEK))),
  q('PA009', 'admin', 'How many hours did Sana Qureshi work yesterday?', () => figures(hoursOf('AI-004', [YESTERDAY, YESTERDAY]))),
  q('PA010', 'admin', 'hrs for olivia martin last friday', () => figures(hoursOf('SEC-002', [LAST_FRIDAY, LAST_FRIDAY]))),
  q('PA011', 'admin', 'How many hours did Ahmed Ali work between 1 and 14 November?', () => figures(hoursOf('DAT-002', FIRST_TWO_WEEKS_OF_NOVEMBER))),
  q('PA012', 'admin', 'Hours worked by Yuki Tanaka in Q3', () => figures(hoursOf('DEV-009', Q3_2025))),
  q('PA013', 'admin', 'hours worked per team in october', () => figures(...TEAM_CODES.map((team) => near(hours(hoursIn({ team }, OCTOBER)), teamLabel(team))))),
  q('PA014', 'admin', 'Who worked the most hours in October?', () => people([hoursExtreme(ALL, OCTOBER, 'most').id])),
  q('PA015', 'admin', 'who logged the fewest hours in DEV in october', () => people([hoursExtreme({ team: 'DEV' }, OCTOBER, 'fewest').id])),
  q('PA016', 'admin', 'The 3 people with the fewest hours in October', () => people(fewestHours(ALL, OCTOBER, 3))),
  q('PA017', 'admin', 'Who worked fewer than 150 hours in October?', () => people(hoursBelow(ALL, OCTOBER, 150))),
  q('PA018', 'admin', 'who in the data team worked under 160 hrs in october', () => people(hoursBelow({ team: 'DAT' }, OCTOBER, 160))),
  q('PA019', 'admin', 'Which Security staff worked at least 180 hours in October?', () => people(hoursAtLeast({ team: 'SEC' }, OCTOBER, 180))),
  q('PA020', 'admin', 'top 5 by hours worked last week', () => people(topBy(ALL, 'hours', LAST_WEEK, 5))),

  // Days late, absent, on leave and with a missing check-out.
  q('PA021', 'admin', 'How many late arrivals were there in October across the company?', () => figures(lateCount(ALL, OCTOBER))),
  q('PA022', 'admin', 'late arrivals month by month this quarter', () => lateByMonth(ALL)),
  q('PA023', 'admin', 'Show late arrivals for QA month by month this quarter', () => lateByMonth({ team: 'QA' })),
  q('PA024', 'admin', 'absences month by month this quarter for DEV', () =>
    figures(...monthByMonth({ team: 'DEV' }, 'absent', MONTHS_THIS_QUARTER).map((n) => days(n))),
  ),
  q('PA025', 'admin', 'attendance rate month by month this quarter', () => figures(...ratesByMonth(ALL, MONTHS_THIS_QUARTER).map((r) => rate(r)))),
  q('PA026', 'admin', 'How many days absent did the company have in September?', () => figures(absent(ALL, SEPTEMBER))),
  q('PA027', 'admin', 'days on leave across the company in october', () => figures(onLeave(ALL, OCTOBER))),
  q('PA028', 'admin', 'How many days was Lukas Novak late in October?', () => figures(near(count(measureOf('DEV-004', 'late', ...OCTOBER)), 'late|day|time'))),
  q('PA029', 'admin', 'How many days was Chris Morgan absent since September?', () =>
    figures(near(days(measureOf('DEV-006', 'absent', ...SINCE_SEPTEMBER)), 'absen|day|missed')),
  ),
  q('PA030', 'admin', 'which days was Peter Hansen absent in October', () => answer({ dates: absentDays('QA-006', OCTOBER) })),
  q('PA031', 'admin', 'Who was late more than 3 times in October?', () => people(moreThan(ALL, 'late', OCTOBER, 3))),
  q('PA032', 'admin', 'who missed more than 2 days in october', () => people(moreThan(ALL, 'absent', OCTOBER, 2))),
  q('PA033', 'admin', 'Who in QA missed more than 2 days this quarter?', () => people(moreThan({ team: 'QA' }, 'absent', THIS_QUARTER, 2))),
  q('PA034', 'admin', 'who forgot to check out in october', () => people(someoneWith(ALL, 'missingCheckOut', OCTOBER))),
  q('PA035', 'admin', 'How many missing check-outs were there in October?', () =>
    figures(near(count(totals(ALL, ...OCTOBER).missingCheckOut), 'check|missing|clock')),
  ),
  q('PA036', 'admin', 'top 2 latecomers this quarter', () => people(topBy(ALL, 'late', THIS_QUARTER, 2))),
  q('PA037', 'admin', 'Who had the most absences in September? Top 3.', () => people(topBy(ALL, 'absent', SEPTEMBER, 3))),
  q('PA038', 'admin', 'late arrivals last week, whole company', () => figures(lateCount(ALL, LAST_WEEK))),

  // Rates, over one period and two compared.
  q('PA039', 'admin', 'Company attendance rate for October', () => figures(rate(rateIn(ALL, OCTOBER)))),
  q('PA040', 'admin', 'What was the absence rate in October?', () => figures(rate(absenceRate(ALL, OCTOBER)))),
  q('PA041', 'admin', 'attendance rate for each team this quarter', () =>
    figures(...TEAM_CODES.map((team) => near(rate(rateIn({ team }, THIS_QUARTER)), teamLabel(team)))),
  ),
  q('PA042', 'admin', 'Compare the attendance rate in September and October', () => figures(rate(rateIn(ALL, SEPTEMBER)), rate(rateIn(ALL, OCTOBER)))),
  q('PA043', 'admin', 'How much did attendance change from Q3 to this quarter?', () => {
    const change = rateChange(ALL, Q3_2025, THIS_QUARTER);
    return answer({ figures: [rate(rateIn(ALL, Q3_2025)), rate(rateIn(ALL, THIS_QUARTER))], mentions: [change > 0 ? 'up' : 'down'] });
  }),
  q('PA044', 'admin', 'absence rate september vs october for AI', () =>
    figures(rate(absenceRate({ team: 'AI' }, SEPTEMBER)), rate(absenceRate({ team: 'AI' }, OCTOBER))),
  ),
  q('PA045', 'admin', 'Which 3 people had the lowest attendance rate in October?', () => people(ratesAtEnd(ALL, OCTOBER, 3, 'lowest'))),
  q('PA046', 'admin', 'bottom 2 attendance rates in SEC this quarter', () => people(ratesAtEnd({ team: 'SEC' }, THIS_QUARTER, 2, 'lowest'))),
  q('PA047', 'admin', 'Lowest 3 attendance rates company-wide in September', () => people(ratesAtEnd(ALL, SEPTEMBER, 3, 'lowest'))),
  q('PA048', 'admin', "what's Diego Alvarez's attendance rate this quarter", () => figures(rate(rateIn({ ids: ['AI-005'] }, THIS_QUARTER)))),
];
