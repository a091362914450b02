/*
 * practice18 — the admin about attendance as typed in a chat box: today (late, not in yet, OOO), single
 * days in many date forms (the 10th, Oct 10th, 2025-10-24, 31/10, 11/13, last fri), missing check-outs,
 * rates by team and period with thresholds and comparisons, lateness rankings, absences, half days and
 * hours, some with a lead-in. Written code-blind from /work/shared/API.md, docs/API.md and the README;
 * every figure, team and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import {
  checkedInToday,
  type Scope,
  mostOf,
  notCheckedInToday,
  peopleWhere,
  peopleWithRate,
  teamsByRate,
  teamsWhere,
  totals,
} from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { lastWeekday, teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { isoWeek, rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { FIRST_HALF_OCT } from '../../oracle/practice16-figures';
import { SINCE_AUGUST, union, whoOn } from '../../oracle/practice18-figures';
import { AUGUST, LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_YEAR, YESTERDAY } from '../helpers';
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';

const r = (scope: Scope, range: readonly [Day, Day]) => rate(rateIn(scope, range));
const perTeamRate = (range: readonly [Day, Day]) => TEAM_CODES.map((team) => near(r({ team }, range), teamLabel(team)));

export const ADMIN_ATTENDANCE: readonly Question[] = [
  // Today.
  q('B036', 'admin', 'late ppl today?', () => people(whoOn({}, 'late', TODAY))),
  q('B037', 'admin', 'whos not in yet', () => people(notCheckedInToday({}))),
  q('B038', 'admin', 'anyone OOO today', () => people(offBetween({}, TODAY, TODAY))),
  q('B039', 'admin', 'how many ppl have clocked in so far today', () => figures(near(count(checkedInToday({}).length), 'check|clock|in|people|employee'))),
  q('B040', 'admin', 'qa not checked in yet today?', () => people(notCheckedInToday({ team: 'QA' }))),

  // Single days, many date forms.
  q('B041', 'admin', 'absnt yday', () => people(whoOn({}, 'absent', YESTERDAY))),
  q('B042', 'admin', 'who was late on the 10th', () => people(whoOn({}, 'late', '2025-11-10'))),
  q('B043', 'admin', 'late arrivals oct 10th', () => people(whoOn({}, 'late', '2025-10-10'))),
  q('B044', 'admin', 'who didnt show up on 2025-10-24', () => people(whoOn({}, 'absent', '2025-10-24'))),
  q('B045', 'admin', 'who missed work 31/10', () => people(whoOn({}, 'absent', '2025-10-31'))),
  q('B046', 'admin', 'no shows on 11/13?', () => people(whoOn({}, 'absent', '2025-11-13'))),
  q('B047', 'admin', 'who was late last fri', () => people(whoOn({}, 'late', '2025-11-14'))),
  q('B048', 'admin', 'DAT lates on 7 Nov', () => people(whoOn({ team: 'DAT' }, 'late', '2025-11-07'))),
  q('B049', 'admin', 'was anyone late on founders day', () => people(whoOn({}, 'late', '2025-10-13'))),
  q('B050', 'admin', 'late or absent yday in AI', () => people(union(whoOn({ team: 'AI' }, 'late', YESTERDAY), whoOn({ team: 'AI' }, 'absent', YESTERDAY)))),
  q('B051', 'admin', 'sec absences on tues', () => people(whoOn({ team: 'SEC' }, 'absent', lastWeekday(2)))),

  // Missing check-outs.
  q('B052', 'admin', 'who forgot to clock out yday', () => people(whoOn({}, 'missingCheckOut', YESTERDAY))),
  q('B053', 'admin', 'missing checkouts MTD', () => figures(count(totals({}, ...THIS_MONTH).missingCheckOut))),
  q('B054', 'admin', 'who hasnt checked out properly since aug', () => people(peopleWhere({}, 'missingCheckOut', ...SINCE_AUGUST))),

  // Rates.
  q('B055', 'admin', 'att rate last wk', () => figures(r({}, LAST_WEEK))),
  q('B056', 'admin', 'attendence rate for DEV in sept', () => figures(r({ team: 'DEV' }, SEPTEMBER))),
  q('B057', 'admin', 'QA attendance rate 1 oct - 15 oct', () => figures(r({ team: 'QA' }, FIRST_HALF_OCT))),
  q('B058', 'admin', 'attendance % per team MTD', () => figures(...perTeamRate(THIS_MONTH))),
  q('B059', 'admin', 'company wide attendance YTD', () => figures(r({}, THIS_YEAR))),
  q('B060', 'admin', 'attendance sept vs oct, up or down?', () => figures(r({}, SEPTEMBER), r({}, OCTOBER))),
  q('B061', 'admin', 'which team had the worst attendance last month', () => answer({ teams: teamsByRate(...OCTOBER).slice(-1) })),
  q('B062', 'admin', 'teams under 90% attendance in oct', () => answer({ teams: teamsWhere(...OCTOBER, (x) => x < 0.9) })),
  q('B063', 'admin', 'anyone below 85% attendance in aug', () => people(peopleWithRate({}, ...AUGUST, (x) => x < 0.85))),
  q('B064', 'admin', 'lowest 3 attendance rates this qtr', () => people(ratesAtEnd({}, THIS_QUARTER, 3, 'lowest'))),
  q('B065', 'admin', 'attendance rate wk 44', () => figures(r({}, isoWeek(2025, 44)))),
  q('B066', 'admin', 'DAT attendance this month vs last month', () => figures(r({ team: 'DAT' }, THIS_MONTH), r({ team: 'DAT' }, OCTOBER))),
  q('B067', 'admin', 'how does SEC attendance compare to the company avg in oct', () => figures(r({ team: 'SEC' }, OCTOBER), r({}, OCTOBER))),
  q('B068', 'admin', "I'm doing the monthly report — attendance rate for the juniors in October?", () => figures(r(levelIn(undefined, 'Junior'), OCTOBER))),

  // Lateness and absence.
  q('B069', 'admin', 'who was late the most in sept', () => people(mostOf({}, 'late', ...SEPTEMBER))),
  q('B070', 'admin', 'top 2 latecomers last month', () => people(topBy({}, 'late', OCTOBER, 2))),
  q('B071', 'admin', 'how many late arrivals last wk', () => figures(count(totals({}, ...LAST_WEEK).late))),
  q('B072', 'admin', 'ppl late more than 5 times this qtr', () => people(peopleWhere({}, 'late', ...THIS_QUARTER, (v) => v > 5))),
  q('B073', 'admin', 'late count by team in sept', () =>
    figures(...TEAM_CODES.map((team) => near(count(totals({ team }, ...SEPTEMBER).late), teamLabel(team)))),
  ),
  q('B074', 'admin', 'which team had the most absences in aug', () => answer({ teams: teamsWithExtreme('absent', ...AUGUST, 'most') })),
  q('B075', 'admin', 'absent days by team MTD', () =>
    figures(...TEAM_CODES.map((team) => near(days(totals({ team }, ...THIS_MONTH).absent), teamLabel(team)))),
  ),
  q('B076', 'admin', 'who had half days last week?', () => people(peopleWhere({}, 'halfDay', ...LAST_WEEK))),
  q('B077', 'admin', 'hw many absent days did QA have in sept', () => figures(days(totals({ team: 'QA' }, ...SEPTEMBER).absent))),

  // Hours.
  q('B078', 'admin', 'total hrs worked by dev last wk', () => figures(hours(totals({ team: 'DEV' }, ...LAST_WEEK).hours))),
  q('B079', 'admin', "I'm doing payroll — total hours for QA in oct pls", () => figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours))),
  q('B080', 'admin', 'who worked more than 40 hrs last week', () => people(peopleWhere({}, 'hours', ...LAST_WEEK, (v) => v > 40))),
  q('B081', 'admin', 'the 3 who logged the most hours in oct', () => people(topBy({}, 'hours', OCTOBER, 3))),
  q('B082', 'admin', 'sec hours on the 14th', () => figures(hours(totals({ team: 'SEC' }, '2025-11-14', '2025-11-14').hours))),

  // Off ahead.
  q('B083', 'admin', 'who is off next wk?', () => people(offBetween({}, ...NEXT_WEEK))),
];
