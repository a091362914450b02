/*
 * practice17 — HR (admin) at month end and quarter end: headcount by level and team, joiners and leavers
 * (new starters, attrition, turnover), tenure, attendance and absence rates by team, lateness, no-shows,
 * leave taken by kind, pending requests, missing check-outs and hours, with two figures side by side,
 * thresholds and top/bottom N. Written code-blind from /work/shared/API.md, docs/API.md and the README;
 * every figure, team and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { peopleWhere, peopleWithRate, teamsByRate, totals, type Scope } from '../../oracle/attendance-figures';
import { onLeaveOfType } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween, leftBetween, longestServing } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { rateIn, ratesAtEnd, topBy, withUsUnder } from '../../oracle/practice15-figures';
import { absenceRate, leaveTaken, POSITIONS, positionLabel, requestCount, withRequests } from '../../oracle/practice17-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_YEAR } from '../helpers';

const r = (scope: Scope, range: readonly [string, string]) => rate(rateIn(scope, range));
const day = (d: string): [string, string] => [d, d];
const SINCE_AUGUST: [string, string] = ['2025-08-01', THIS_YEAR[1]];

export const ADMIN_MONTH_END: readonly Question[] = [
  // Headcount, joiners and leavers, tenure.
  q('G001', 'admin', 'headcount by level', () => figures(...POSITIONS.map((p) => near(count(headcount({ position: p })), positionLabel(p))))),
  q('G002', 'admin', 'current headcount per team', () => figures(...TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team))))),
  q('G003', 'admin', 'how many active employees do we have in total', () => figures(count(headcount()))),
  q('G004', 'admin', 'who are our new starters this quarter', () => people(hiredBetween(...THIS_QUARTER))),
  q('G005', 'admin', 'joiners and leavers in Q3', () => answer({ people: [...hiredBetween(...Q3), ...leftBetween(...Q3)] })),
  q('G006', 'admin', 'attrition since 1 August - who left?', () => people(leftBetween(...SINCE_AUGUST))),
  q('G007', 'admin', 'how many people left in Q3', () => figures(count(leftBetween(...Q3).length))),
  q('G008', 'admin', 'new hires in the data team this year', () => people(hiredBetween(...THIS_YEAR, 'DAT'))),
  q('G009', 'admin', 'which employees joined in October', () => people(hiredBetween(...OCTOBER))),
  q('G010', 'admin', 'how many leavers have we had in 2025', () => figures(count(leftBetween(...THIS_YEAR).length))),
  q('G011', 'admin', 'headcount of seniors in AI', () => figures(count(headcount({ team: 'AI', position: 'Senior' })))),
  q('G012', 'admin', 'who has the longest tenure in the company', () => people(longestServing(1))),
  q('G013', 'admin', 'employees with more than 8 years of tenure', () => people(servedMoreThan(8))),
  q('G014', 'admin', 'staff with less than a year of service', () => people(withUsUnder(1))),
  q('G015', 'admin', 'who left the security team this year', () => people(leftBetween(...THIS_YEAR, 'SEC'))),

  // Attendance and absence by team, month end and quarter end.
  q('G016', 'admin', 'attendance rate by team for October', () => figures(...TEAM_CODES.map((team) => near(r({ team }, OCTOBER), teamLabel(team))))),
  q('G017', 'admin', 'attendance rate per team last quarter', () => figures(...TEAM_CODES.map((team) => near(r({ team }, Q3), teamLabel(team))))),
  q('G018', 'admin', 'company attendance rate in October vs September', () => figures(r({}, OCTOBER), r({}, SEPTEMBER))),
  q('G019', 'admin', 'absence rate for QA in October', () => figures(rate(absenceRate({ team: 'QA' }, OCTOBER)))),
  q('G020', 'admin', 'absence rate company-wide last quarter', () => figures(rate(absenceRate({}, Q3)))),
  q('G021', 'admin', 'absent days per team in October', () =>
    figures(...TEAM_CODES.map((team) => near(days(totals({ team }, ...OCTOBER).absent), teamLabel(team)))),
  ),
  q('G022', 'admin', 'absent days in SEC last quarter', () => figures(days(totals({ team: 'SEC' }, ...Q3).absent))),
  q('G023', 'admin', 'which team had the best attendance in October', () => answer({ teams: teamsByRate(...OCTOBER).slice(0, 1) })),
  q('G024', 'admin', 'which team had the most absences last quarter', () => answer({ teams: teamsWithExtreme('absent', ...Q3, 'most') })),
  q('G025', 'admin', 'bottom 3 attendance rates in DEV in October', () => people(ratesAtEnd({ team: 'DEV' }, OCTOBER, 3, 'lowest'))),
  q('G026', 'admin', 'which seniors had attendance below 90% in Q4 so far', () =>
    people(peopleWithRate(levelIn(undefined, 'Senior'), ...THIS_QUARTER, (x) => x < 0.9)),
  ),
  q('G027', 'admin', 'who were the no-shows on Monday 3 November', () => people(peopleWhere({}, 'absent', ...day('2025-11-03')))),

  // Lateness.
  q('G028', 'admin', 'late arrivals per team in October', () =>
    figures(...TEAM_CODES.map((team) => near(count(totals({ team }, ...OCTOBER).late), teamLabel(team)))),
  ),
  q('G029', 'admin', 'total lateness across the company in October', () => figures(near(count(totals({}, ...OCTOBER).late), 'late'))),
  q('G030', 'admin', 'top 5 latecomers this quarter', () => people(topBy({}, 'late', THIS_QUARTER, 5))),
  q('G031', 'admin', 'who was late more than 6 times in October', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v > 6))),
  q('G032', 'admin', 'late arrivals in DEV in October vs September', () =>
    figures(count(totals({ team: 'DEV' }, ...OCTOBER).late), count(totals({ team: 'DEV' }, ...SEPTEMBER).late)),
  ),

  // Leave taken by kind, pending requests.
  q('G033', 'admin', 'how many sick days were taken company-wide this quarter', () => figures(days(leaveTaken({}, 'SICK', THIS_QUARTER)))),
  q('G034', 'admin', 'leave taken in October by kind: annual, sick and unpaid', () =>
    figures(
      near(days(leaveTaken({}, 'ANNUAL', OCTOBER)), 'annual'),
      near(days(leaveTaken({}, 'SICK', OCTOBER)), 'sick'),
      near(days(leaveTaken({}, 'UNPAID', OCTOBER)), 'unpaid'),
    ),
  ),
  q('G035', 'admin', 'annual leave days taken by the data team last quarter', () => figures(days(leaveTaken({ team: 'DAT' }, 'ANNUAL', Q3)))),
  q('G036', 'admin', 'unpaid leave days taken this year', () => figures(days(leaveTaken({}, 'UNPAID', THIS_YEAR)))),
  q('G037', 'admin', 'how many leave requests are still pending', () => figures(count(requestCount('pending')))),
  q('G038', 'admin', 'who has pending time off requests', () => people(withRequests('pending'))),
  q('G039', 'admin', 'pending leave requests in DEV', () => people(withRequests('pending', { team: 'DEV' }))),
  q('G040', 'admin', "who's off on annual leave next week", () => people(onLeaveOfType('ANNUAL', ...NEXT_WEEK))),
  q('G041', 'admin', 'who took sick leave last quarter', () => people(onLeaveOfType('SICK', ...Q3))),

  // Missing check-outs and hours.
  q('G042', 'admin', 'missing check-outs in October per team', () =>
    figures(...TEAM_CODES.map((team) => near(count(totals({ team }, ...OCTOBER).missingCheckOut), teamLabel(team)))),
  ),
  q('G043', 'admin', 'who forgot to check out last week', () => people(peopleWhere({}, 'missingCheckOut', ...LAST_WEEK))),
  q('G044', 'admin', 'how many missing check-outs so far this month', () => figures(count(totals({}, ...THIS_MONTH).missingCheckOut))),
  q('G045', 'admin', 'total hours worked by QA in October', () => figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours))),
  q('G046', 'admin', 'hours logged per team last week', () =>
    figures(...TEAM_CODES.map((team) => near(hours(totals({ team }, ...LAST_WEEK).hours), teamLabel(team)))),
  ),
];
