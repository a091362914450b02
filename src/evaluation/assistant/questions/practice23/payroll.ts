/*
 * practice23 — the payroll clerk (the admin) at month end: hours per person and per team in a month,
 * absences, unpaid and sick leave days in October and this month, missing check-outs, the corrections
 * queue, working days of a month (a half-day holiday as a half), leavers this month and last and their last
 * days, new starters' hours, and a few ambiguous first names (asked back). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set
 * and the oracle.
 */
import { answer, ask, count, days, figures, hours, people, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { leaveDays, onLeaveOfType } from '../../oracle/leave-figures';
import { leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { DECEMBER, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { TODAY } from '../../dataset/calendar';
import { anyoneWith, hoursBelow, hoursEach, hoursExtreme, leaversWithLastDays, offOn, someoneWith, workingDaysHalves } from '../../oracle/practice23-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_YEAR } from '../helpers';

type Range = readonly [string, string];
const ALL: Scope = {};
const teamHours = (team: string, range: Range) => hours(nonZero(totals({ team }, ...range).hours));
const perTeamHours = (range: Range) => TEAM_CODES.map((team) => near(teamHours(team, range), teamLabel(team)));
const perPersonHours = (scope: Scope, range: Range) => hoursEach(scope, range).map((x) => hours(x.hours));
const absentDays = (scope: Scope, range: Range) => near(days(nonZero(totals(scope, ...range).absent)), 'absen|day|off|missed');
const perTeamAbsent = (range: Range) => TEAM_CODES.map((team) => near(days(totals({ team }, ...range).absent), teamLabel(team)));
const workDays = (range: Range, team: string | null = null) => near(days(workingDaysHalves(range, team)), 'day');
const missing = (scope: Scope, range: Range) => near(count(nonZero(totals(scope, ...range).missingCheckOut)), 'check');

export const PAYROLL: readonly Question[] = [
  // Hours.
  q('I096', 'admin', 'hours per team for october', () => figures(...perTeamHours(OCTOBER))),
  q('I097', 'admin', 'total hours DEV in Oct', () => figures(teamHours('DEV', OCTOBER))),
  q('I098', 'admin', 'hours worked by Lukas Novak in October', () => figures(hours(measureOf('DEV-004', 'hours', ...OCTOBER)))),
  q('I099', 'admin', 'hours for each person in SEC in october', () => figures(...perPersonHours({ team: 'SEC' }, OCTOBER))),
  q('I100', 'admin', 'how many hours has Ines Carvalho done since she started', () =>
    figures(hours(nonZero(measureOf('AI-010', 'hours', '2025-11-03', '2025-11-19')))),
  ),
  q('I101', 'admin', 'hrs worked by the data team this month', () => figures(teamHours('DAT', THIS_MONTH))),
  q('I102', 'admin', 'who worked under 140 hours in october', () => people(hoursBelow(ALL, OCTOBER, 140))),
  q('I103', 'admin', 'most hours logged in october, whole company', () => people([hoursExtreme(ALL, OCTOBER, 'most').id])),
  q('I104', 'admin', 'QA hours sept vs oct', () => figures(teamHours('QA', SEPTEMBER), teamHours('QA', OCTOBER))),
  q('I105', 'admin', 'hours for Laura Silva in her last month', () => figures(hours(nonZero(measureOf('DAT-009', 'hours', ...OCTOBER))))),
  q('I106', 'admin', 'total hours everyone last week', () => figures(hours(nonZero(totals(ALL, ...LAST_WEEK).hours)))),
  q('I107', 'admin', 'fewest hours in AI last month', () => people([hoursExtreme({ team: 'AI' }, OCTOBER, 'fewest').id])),
  q('I108', 'admin', "chris's hours in october", () => ask('DEV-006', 'QA-004')),

  // Absences and leave.
  q('I109', 'admin', 'absent days in october, all teams together', () => figures(absentDays(ALL, OCTOBER))),
  q('I110', 'admin', 'absent days by team in oct', () => figures(...perTeamAbsent(OCTOBER))),
  q('I111', 'admin', 'unpaid leave days in october', () => figures(near(days(nonZero(leaveTaken(ALL, 'UNPAID', OCTOBER))), 'unpaid|day'))),
  q('I112', 'admin', 'who took unpaid leave in oct', () => people(onLeaveOfType('UNPAID', ...OCTOBER))),
  q('I113', 'admin', 'who was on sick leave in october', () => people(onLeaveOfType('SICK', ...OCTOBER))),
  q('I114', 'admin', 'sick days in november so far', () => figures(near(days(nonZero(leaveTaken(ALL, 'SICK', THIS_MONTH))), 'sick|day'))),
  q('I115', 'admin', 'annual leave days taken in october by everyone', () =>
    figures(near(days(nonZero(leaveTaken(ALL, 'ANNUAL', OCTOBER))), 'annual|leave|day')),
  ),
  q('I116', 'admin', 'how many days was Chris Morgan absent in october', () =>
    figures(near(days(nonZero(measureOf('DEV-006', 'absent', ...OCTOBER))), 'absen|day|off|missed')),
  ),
  q('I117', 'admin', 'unpaid days this year for Daniel Okafor', () => figures(near(days(nonZero(leaveDays('DEV-008', ...THIS_YEAR, 'UNPAID'))), 'unpaid|day'))),
  q('I118', 'admin', 'who is on leave today', () => people(offOn(ALL, TODAY))),
  q('I119', 'admin', 'absent days in the security team this month', () => figures(absentDays({ team: 'SEC' }, THIS_MONTH))),
  q('I120', 'admin', 'who was absent in AI in october', () => people(someoneWith({ team: 'AI' }, 'absent', OCTOBER))),
  q('I121', 'admin', 'unpaid leave this month?', () => people(onLeaveOfType('UNPAID', ...NOVEMBER_ALL))),
  q('I122', 'admin', 'half days recorded in october, total', () => figures(near(count(nonZero(totals(ALL, ...OCTOBER).halfDay)), 'half'))),

  // Missing check-outs and corrections.
  q('I123', 'admin', 'missing check-outs october', () => answer({ people: someoneWith(ALL, 'missingCheckOut', OCTOBER), figures: [missing(ALL, OCTOBER)] })),
  q('I124', 'admin', 'who forgot to check out this month', () => people(someoneWith(ALL, 'missingCheckOut', THIS_MONTH))),
  q('I125', 'admin', 'open check-outs in DEV this month', () => people(someoneWith({ team: 'DEV' }, 'missingCheckOut', THIS_MONTH))),
  q('I126', 'admin', 'any missing checkouts in august', () => people(someoneWith(ALL, 'missingCheckOut', AUGUST))),
  q('I127', 'admin', 'corrections pending before I close the month?', () => answer({ mentions: ['correction'] })),
  q('I128', 'admin', 'any attendance corrections waiting in SEC', () => answer({ mentions: ['correction'] })),

  // Working days.
  q('I129', 'admin', 'working days in october', () => figures(workDays(OCTOBER))),
  q('I130', 'admin', 'how many working days in december 2025', () => figures(workDays(DECEMBER))),
  q('I131', 'admin', 'working days for SEC in december', () => figures(workDays(DECEMBER, 'SEC'))),
  q('I132', 'admin', 'working days in november for the whole company', () => figures(workDays(NOVEMBER_ALL))),
  q('I133', 'admin', 'how many working days did QA have in september', () => figures(workDays(SEPTEMBER, 'QA'))),

  // Leavers and last days.
  q('I134', 'admin', 'leavers this month', () => people(leftBetween(...NOVEMBER_ALL))),
  q('I135', 'admin', 'who left last month and what was their last day', () => {
    const leavers = leaversWithLastDays(OCTOBER);
    return answer({ people: leavers.map((x) => x.id), dates: leavers.map((x) => x.end) });
  }),
  q('I136', 'admin', 'all leavers this year with last days', () => {
    const leavers = leaversWithLastDays(THIS_YEAR);
    return answer({ people: leavers.map((x) => x.id), dates: leavers.map((x) => x.end) });
  }),
  q('I137', 'admin', "Laura Silva's last day", () => answer({ dates: leaversWithLastDays(OCTOBER).map((x) => x.end) })),
  q('I138', 'admin', 'did anyone in SEC leave in september', () => people(leftBetween(...SEPTEMBER, 'SEC'))),
  q('I139', 'admin', 'how many people left in Q3', () => figures(near(count(leftBetween('2025-07-01', '2025-09-30').length), 'people|employee|leaver|left'))),

  // Month-end odds and ends.
  q('I140', 'admin', 'late arrivals company-wide in october', () => figures(near(count(nonZero(totals(ALL, ...OCTOBER).late)), 'late'))),
  q('I141', 'admin', 'who had a half day in DEV this month', () => people(anyoneWith({ team: 'DEV' }, 'halfDay', THIS_MONTH))),
  q('I142', 'admin', 'absence days for Pablo Ruiz sep + oct', () =>
    figures(
      near(days(measureOf('DAT-006', 'absent', ...SEPTEMBER)), 'absen|day|off|missed|sep'),
      near(days(measureOf('DAT-006', 'absent', ...OCTOBER)), 'absen|day|off|missed|oct'),
    ),
  ),
  q('I143', 'admin', 'hours per team last week', () => figures(...perTeamHours(LAST_WEEK))),
  q('I144', 'admin', 'who had missing check outs in sept', () => people(someoneWith(ALL, 'missingCheckOut', SEPTEMBER))),
  q('I145', 'admin', 'leave days taken by SEC so far in november', () =>
    figures(
      near(
        days(
          nonZero(
            leaveTaken({ team: 'SEC' }, 'ANNUAL', THIS_MONTH) +
              leaveTaken({ team: 'SEC' }, 'SICK', THIS_MONTH) +
              leaveTaken({ team: 'SEC' }, 'UNPAID', THIS_MONTH),
          ),
        ),
        'leave|day',
      ),
    ),
  ),
];
