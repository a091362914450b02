/*
 * practice51 — figures broken down per team, asked by the admin (README: "attendance rate by team last month",
 * "absent days by team", "hours per team last week", "median per team in Q2", "hires per team this quarter",
 * "average tenure by team", "top performer in each team", "each team's change in average score from Q2 to Q3",
 * "best and worst team by attendance last month"). Each team's figure must be in the answer, next to the team's code
 * or name or the measure's word; a count at 0 is left out (an answer may say "none" beside a team). Periods of every
 * kind: a day, a week, an ISO week, a month, the month so far, a quarter, the quarter so far, since tracking began.
 */
import { answer, figures, people, rate, years, type Question } from '../../expectation';
import { teamLabel } from '../../oracle/practice11-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { tenureMean } from '../../oracle/practice29-figures';
import { topOfEachTeam } from '../../oracle/practice32-figures';
import { meanMovePerTeam } from '../../oracle/practice34-figures';
import {
  AUG,
  awayN,
  headcount,
  headN,
  headPerTeam,
  leaveN,
  movesPerTeam,
  NOV_SO_FAR,
  OCT,
  perTeam,
  Q3,
  Q4_SO_FAR,
  rateOf,
  requestN,
  SEP,
  statPerTeam,
  sumOf,
  team,
  TEAM_LIST,
  week,
  weeksFrom,
  workingN,
  YEAR_SO_FAR,
  YESTERDAY,
  wholeMonth,
  YEAR_2025,
  lateN,
} from '../../oracle/practice51-figures';
import { availableOfTeam } from '../../oracle/practice51-people';
import { requests } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { q } from '../helpers';

const LAST_WEEK = week(46);
const SINCE_AUGUST: [string, string] = [AUG[0], NOV_SO_FAR[1]];
/** The team with the most (or fewest) of a measure over a range; throws on a tie. */
function extremeTeam(measure: 'absent' | 'late', range: readonly [string, string], direction: 'most' | 'fewest'): { code: string; value: number } {
  const values = TEAM_LIST.map((code) => ({ code, value: sumOf(team(code), measure, range) })).sort((a, b) =>
    direction === 'most' ? b.value - a.value : a.value - b.value,
  );
  if (values[0]!.value === values[1]!.value) throw new Error(`teams tied for the ${direction}`);
  return values[0]!;
}
/** The team with the best (or worst) rate over a range; throws on a tie. */
function rateEnd(range: readonly [string, string], direction: 'best' | 'worst'): { code: string; rate: number } {
  const values = TEAM_LIST.map((code) => ({ code, rate: rateOf(team(code), range) })).sort((a, b) =>
    direction === 'best' ? b.rate - a.rate : a.rate - b.rate,
  );
  if (values[0]!.rate === values[1]!.rate) throw new Error(`teams tied for the ${direction} rate`);
  return values[0]!;
}

export const PER_TEAM: readonly Question[] = [
  // Headcounts.
  q('PZ001', 'admin', 'headcount per department pls', () => answer({ figures: headPerTeam(), teams: TEAM_LIST })),
  q('PZ002', 'admin', 'how many people in each team, and how many in total?', () =>
    answer({ figures: [...headPerTeam(), headN(headcount())], teams: TEAM_LIST }),
  ),
  q('PZ003', 'admin', 'number of juniors in every team', () => figures(...headPerTeam('Junior'))),

  // Attendance and absence rates.
  q('PZ004', 'admin', 'Attendance rate broken down by department for October', () => answer({ figures: perTeam('rate', OCT), teams: TEAM_LIST })),
  q('PZ005', 'admin', 'absence rate for each team last week', () => answer({ figures: perTeam('absence', LAST_WEEK), teams: TEAM_LIST })),
  q('PZ006', 'admin', 'team-by-team attendance for the week of Founders Day', () => figures(...perTeam('rate', weeksFrom('2025-10-13')[0]!))),
  q('PZ007', 'admin', 'attendence % per team in Q3', () => answer({ figures: perTeam('rate', Q3), teams: TEAM_LIST })),
  q('PZ008', 'admin', 'what was each team’s attendance yesterday?', () => figures(...perTeam('rate', [YESTERDAY, YESTERDAY]))),

  // Counts per team.
  q('PZ009', 'admin', 'late arrivals per team in September', () => figures(...perTeam('late', SEP))),
  q('PZ010', 'admin', 'absent days by dept, Q3', () => figures(...perTeam('absent', Q3))),
  q('PZ011', 'admin', 'how many half days did each team have this quarter?', () => figures(...perTeam('halfDay', Q4_SO_FAR))),
  q('PZ012', 'admin', 'missed check-outs team by team since August', () => figures(...perTeam('missingCheckOut', SINCE_AUGUST))),
  q('PZ013', 'admin', 'hours worked per team last week', () => figures(...perTeam('hours', LAST_WEEK))),
  q('PZ014', 'admin', 'days on leave by team in September', () => figures(...perTeam('onLeave', SEP))),
  q('PZ015', 'admin', 'tardies by team, wk 45', () => figures(...perTeam('late', week(45)))),
  q('PZ016', 'admin', 'late arrivals per team, september vs october', () => figures(...perTeam('late', SEP), ...perTeam('late', OCT))),

  // Both ends.
  q('PZ017', 'admin', 'which team had the most absences last month, and which had the fewest?', () => {
    const [most, fewest] = [extremeTeam('absent', OCT, 'most'), extremeTeam('absent', OCT, 'fewest')];
    return answer({ teams: [most.code, fewest.code], figures: [awayN(most.value), awayN(fewest.value)] });
  }),
  q('PZ018', 'admin', 'best and worst team for attendance in September', () => {
    const [best, worst] = [rateEnd(SEP, 'best'), rateEnd(SEP, 'worst')];
    return answer({ teams: [best.code, worst.code], figures: [rate(best.rate), rate(worst.rate)] });
  }),
  q('PZ019', 'admin', 'Which department had the most late arrivals in August and how many was that?', () => {
    const most = extremeTeam('late', AUG, 'most');
    return answer({ teams: [most.code], figures: [lateN(most.value)] });
  }),

  // Scores per team.
  q('PZ020', 'admin', 'mean score per team for Q2', () => answer({ figures: statPerTeam('2025-Q2', 'mean'), teams: TEAM_LIST })),
  q('PZ021', 'admin', 'median perf score by team, 2025-Q3', () => figures(...statPerTeam('2025-Q3', 'median'))),
  q('PZ022', 'admin', 'highest and lowest score in each team last quarter', () => figures(...statPerTeam('2025-Q3', 'max'), ...statPerTeam('2025-Q3', 'min'))),
  q('PZ023', 'admin', 'who was the top scorer in every team in Q2?', () => people(topOfEachTeam('2025-Q2'))),
  q('PZ024', 'admin', "each team's change in average score from Q1 to Q2", () => figures(...meanMovePerTeam('2025-Q1', '2025-Q2'))),

  // People, leave and the calendar per team.
  q('PZ025', 'admin', 'hires per team so far this year', () => figures(...movesPerTeam('hires', YEAR_SO_FAR))),
  q('PZ026', 'admin', 'leavers by team in 2025', () => figures(...movesPerTeam('leavers', YEAR_2025))),
  q('PZ027', 'admin', 'avg years of service per team', () => figures(...TEAM_LIST.map((code) => near(years(tenureMean({ team: code })), teamLabel(code))))),
  q('PZ028', 'admin', 'annual leave still available, per team', () => figures(...TEAM_LIST.map((code) => leaveN(availableOfTeam(code), teamLabel(code))))),
  q('PZ029', 'admin', 'pending leave requests by team', () =>
    figures(
      ...TEAM_LIST.map((code) => ({ code, n: requests('pending', team(code)).length }))
        .filter((x) => x.n > 0)
        .map((x) => requestN(x.n, teamLabel(x.code))),
    ),
  ),
  q('PZ030', 'admin', 'how many working days does each team have in November?', () =>
    figures(...TEAM_LIST.map((code) => workingN(workingDaysHalves(wholeMonth(11), code), teamLabel(code)))),
  ),
];
