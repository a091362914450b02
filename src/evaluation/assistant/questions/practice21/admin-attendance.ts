/*
 * practice21 — an HR analyst (admin) on attendance for a report: rates by team and by level, their extremes
 * (the best and worst day, the best and worst team), a person's rate against their team's, counts per team
 * (late arrivals, absences, half days, missing check-outs), and changes between two months or quarters, in
 * precise phrasing and as analysts type ("attn% by dept Oct"). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every figure, day, team and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, people, rate, type Question } from '../../expectation';
import { peopleWhere, teamsByRate, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { extremeDay } from '../../oracle/practice21-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER } from '../helpers';

type Range = readonly [string, string];
const r = (scope: Scope, range: Range) => rate(rateIn(scope, range));
const perTeamRate = (range: Range) => TEAM_CODES.map((team) => near(r({ team }, range), teamLabel(team)));
const perTeamCount = (measure: 'late' | 'halfDay' | 'missingCheckOut', range: Range) =>
  TEAM_CODES.map((team) => ({ team, value: totals({ team }, range[0], range[1])[measure] }))
    .filter((x) => x.value > 0)
    .map((x) => near(count(x.value), teamLabel(x.team)));
const perTeamAbsent = (range: Range) =>
  TEAM_CODES.map((team) => ({ team, value: totals({ team }, range[0], range[1]).absent }))
    .filter((x) => x.value > 0)
    .map((x) => near(days(x.value), teamLabel(x.team)));
const lateIn = (scope: Scope, range: Range) => near(count(totals(scope, range[0], range[1]).late), 'late');
const best = (scope: Scope, range: Range) => {
  const d = extremeDay(scope, range, 'best');
  return answer({ dates: [d.day], figures: [rate(d.rate)] });
};
const worst = (scope: Scope, range: Range) => {
  const d = extremeDay(scope, range, 'worst');
  return answer({ dates: [d.day], figures: [rate(d.rate)] });
};

export const ADMIN_ATTENDANCE: readonly Question[] = [
  // Rates, by team and by level.
  q('F046', 'admin', 'attendance rate by department for October', () => figures(...perTeamRate(OCTOBER))),
  q('F047', 'admin', 'attn% by dept Oct', () => figures(...perTeamRate(OCTOBER))),
  q('F048', 'admin', 'company attendance rate in Q3', () => figures(r({}, Q3))),
  q('F049', 'admin', 'overall attendance rate for September 2025', () => figures(r({}, SEPTEMBER))),
  q('F050', 'admin', 'last month attendance rate for QA', () => figures(r({ team: 'QA' }, OCTOBER))),
  q('F051', 'admin', 'attendance % for the data team this quarter so far', () => figures(r({ team: 'DAT' }, THIS_QUARTER))),
  q('F052', 'admin', 'attendance rate per team in Q3', () => figures(...perTeamRate(Q3))),
  q('F053', 'admin', 'attendance rate of the juniors in October', () => figures(r(levelIn(undefined, 'Junior'), OCTOBER))),
  q('F054', 'admin', 'seniors attendance rate Sep', () => figures(r(levelIn(undefined, 'Senior'), SEPTEMBER))),
  q('F055', 'admin', 'attendance rate for the DEV mids last month', () => figures(r(levelIn('DEV', 'Mid'), OCTOBER))),

  // Extremes: teams.
  q('F056', 'admin', 'which team had the best attendance rate in October', () => answer({ teams: teamsByRate(...OCTOBER).slice(0, 1) })),
  q('F057', 'admin', 'worst dept for attendance in Oct', () => answer({ teams: teamsByRate(...OCTOBER).slice(-1) })),
  q('F058', 'admin', 'best attended team in Q3', () => answer({ teams: teamsByRate(...Q3).slice(0, 1) })),
  q('F059', 'admin', 'which team had the lowest attendance rate in September', () => answer({ teams: teamsByRate(...SEPTEMBER).slice(-1) })),
  q('F060', 'admin', 'rank the teams by attendance rate for August', () => answer({ teams: teamsByRate(...AUGUST), figures: perTeamRate(AUGUST) })),

  // Extremes: days.
  q('F061', 'admin', 'which day in October had the lowest attendance rate', () => worst({}, OCTOBER)),
  q('F062', 'admin', 'best attendance day in October', () => best({}, OCTOBER)),
  q('F063', 'admin', 'worst day for attendance in September', () => worst({}, SEPTEMBER)),
  q('F064', 'admin', 'which day had the best attendance in August', () => best({}, AUGUST)),
  q('F065', 'admin', 'worst attendance day so far this month', () => worst({}, THIS_MONTH)),

  // A person against their team.
  q('F066', 'admin', "Chris Morgan's attendance rate in October compared with DEV's", () =>
    figures(r({ ids: ['DEV-006'] }, OCTOBER), r({ team: 'DEV' }, OCTOBER)),
  ),
  q('F067', 'admin', 'zoe adams attn vs QA avg, Oct', () => figures(r({ ids: ['QA-009'] }, OCTOBER), r({ team: 'QA' }, OCTOBER))),
  q('F068', 'admin', "how does Pablo Ruiz's attendance in Q3 compare to the data team's", () => figures(r({ ids: ['DAT-006'] }, Q3), r({ team: 'DAT' }, Q3))),
  q('F069', 'admin', "Lucas Moreau's attendance rate in September vs the Security team", () =>
    figures(r({ ids: ['SEC-005'] }, SEPTEMBER), r({ team: 'SEC' }, SEPTEMBER)),
  ),
  q('F070', 'admin', 'lowest 2 attendance rates in QA last month', () => people(ratesAtEnd({ team: 'QA' }, OCTOBER, 2, 'lowest'))),

  // Counts per team.
  q('F071', 'admin', 'late arrivals broken down by team, October', () => figures(...perTeamCount('late', OCTOBER))),
  q('F072', 'admin', 'late count per team, Oct vs Sep', () => figures(...perTeamCount('late', OCTOBER), ...perTeamCount('late', SEPTEMBER))),
  q('F073', 'admin', 'which team had the most late arrivals in Q3', () => answer({ teams: teamsWithExtreme('late', ...Q3, 'most') })),
  q('F074', 'admin', 'absent days per dept in Oct', () => figures(...perTeamAbsent(OCTOBER))),
  q('F075', 'admin', 'absences per team last quarter', () => figures(...perTeamAbsent(Q3))),
  q('F076', 'admin', 'which team had the most absences in September', () => answer({ teams: teamsWithExtreme('absent', ...SEPTEMBER, 'most') })),
  q('F077', 'admin', 'half days by team in October', () => figures(...perTeamCount('halfDay', OCTOBER))),
  q('F078', 'admin', 'how many half days did DEV have in Q3', () => figures(near(count(totals({ team: 'DEV' }, ...Q3).halfDay), 'half'))),
  q('F079', 'admin', 'missing check-outs per team this month', () => figures(...perTeamCount('missingCheckOut', THIS_MONTH))),
  q('F080', 'admin', 'how many missing check-outs company-wide since the start of the quarter', () =>
    figures(count(totals({}, ...THIS_QUARTER).missingCheckOut)),
  ),
  q('F081', 'admin', 'who forgot to check out in October', () => people(peopleWhere({}, 'missingCheckOut', ...OCTOBER))),
  q('F082', 'admin', 'total late arrivals last week', () => figures(lateIn({}, LAST_WEEK))),
  q('F083', 'admin', 'late arrivals among the juniors in September', () => figures(lateIn(levelIn(undefined, 'Junior'), SEPTEMBER))),
  q('F084', 'admin', 'top 3 people by late arrivals in Q3', () => people(topBy({}, 'late', Q3, 3))),
  q('F085', 'admin', 'who had more than 3 absent days in October', () => people(peopleWhere({}, 'absent', ...OCTOBER, (v) => v > 3))),

  // Changes between two periods.
  q('F086', 'admin', 'company attendance rate October vs September', () => figures(r({}, OCTOBER), r({}, SEPTEMBER))),
  q('F087', 'admin', 'QA attn Sep vs Oct', () => figures(r({ team: 'QA' }, SEPTEMBER), r({ team: 'QA' }, OCTOBER))),
  q('F088', 'admin', 'late arrivals in QA in October compared with September', () =>
    figures(lateIn({ team: 'QA' }, OCTOBER), lateIn({ team: 'QA' }, SEPTEMBER)),
  ),
  q('F089', 'admin', 'absent days company wide, Aug vs Sep', () =>
    figures(near(days(totals({}, ...AUGUST).absent), 'absen|day'), near(days(totals({}, ...SEPTEMBER).absent), 'absen|day')),
  ),
  q('F090', 'admin', 'attendance rate this month compared to last month', () => figures(r({}, THIS_MONTH), r({}, OCTOBER))),
  q('F091', 'admin', 'DEV attendance by month since August', () =>
    figures(r({ team: 'DEV' }, AUGUST), r({ team: 'DEV' }, SEPTEMBER), r({ team: 'DEV' }, OCTOBER), r({ team: 'DEV' }, THIS_MONTH)),
  ),
  q('F092', 'admin', 'attendance rate in Q3 vs Q4 so far', () => figures(r({}, Q3), r({}, THIS_QUARTER))),
  q('F093', 'admin', 'SEC late arrivals Q3 vs this quarter', () => figures(lateIn({ team: 'SEC' }, Q3), lateIn({ team: 'SEC' }, THIS_QUARTER))),
  q('F094', 'admin', 'missing check-outs in October vs September', () =>
    figures(near(count(totals({}, ...OCTOBER).missingCheckOut), 'check'), near(count(totals({}, ...SEPTEMBER).missingCheckOut), 'check')),
  ),
  q('F095', 'admin', 'half days company-wide Sep vs Oct', () =>
    figures(near(count(totals({}, ...SEPTEMBER).halfDay), 'half'), near(count(totals({}, ...OCTOBER).halfDay), 'half')),
  ),
];
