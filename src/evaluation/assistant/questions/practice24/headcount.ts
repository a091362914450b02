/*
 * practice24 — the board pack's people pages: headcount by team, level, position and status, leavers
 * included when asked; hires and leavers by month, quarter and year and per team; tenure (longest-serving,
 * newest, average, more than N years, with us under a year). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every figure and person comes from the data set and the oracle.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { withUsUnder } from '../../oracle/practice15-figures';
import { POSITIONS, positionLabel } from '../../oracle/practice17-figures';
import { hireOf, tenureOf } from '../../oracle/practice18-figures';
import { averageTenure } from '../../oracle/practice21-figures';
import { perTeamMoves, Q3_2025, Q4_TO_DATE } from '../../oracle/practice24-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q, SEPTEMBER, THIS_YEAR } from '../helpers';

const HEAD = 'employee|people|person|staff|headcount|member';
const perTeam = (value: (team: string) => number) => TEAM_CODES.map((team) => near(count(value(team)), teamLabel(team)));
const moves = (kind: 'hires' | 'leavers', range: readonly [string, string]) =>
  figures(...perTeamMoves(kind, range).map((x) => near(count(x.n), teamLabel(x.team))));

export const HEADCOUNT: readonly Question[] = [
  // Headcount.
  q('J075', 'admin', 'total headcount', () => figures(near(count(headcount()), HEAD))),
  q('J076', 'admin', 'headcount per team pls', () => figures(...perTeam((team) => headcount({ team })))),
  q('J077', 'admin', 'headcount by level', () => figures(...POSITIONS.map((p) => near(count(headcount({ position: p })), positionLabel(p))))),
  q('J078', 'admin', 'how many seniors in DEV', () => figures(near(count(headcount({ team: 'DEV', position: 'Senior' })), `senior|${HEAD}`))),
  q('J079', 'admin', 'how many security analysts do we have', () => figures(near(count(headcount({ title: 'Security Analyst' })), `analyst|${HEAD}`))),
  q('J080', 'admin', 'headcount for AI including leavers', () => figures(near(count(headcount({ team: 'AI', status: 'any' })), HEAD))),
  q('J081', 'admin', 'headcount for everyone except QA', () => figures(near(count(headcount() - headcount({ team: 'QA' })), HEAD))),
  q('J082', 'admin', 'how many non-seniors are in Development', () =>
    figures(near(count(headcount({ team: 'DEV' }) - headcount({ team: 'DEV', position: 'Senior' })), HEAD)),
  ),
  q('J083', 'admin', 'which seniors are in the data team', () => people(ids({ team: 'DAT', position: 'Senior' }))),

  // Hires and leavers.
  q('J084', 'admin', 'hires and leavers this year', () => people([...hiredBetween(...THIS_YEAR), ...leftBetween(...THIS_YEAR)])),
  q('J085', 'admin', 'how many people joined in 2025', () => figures(near(count(hiredBetween(...THIS_YEAR).length), `join|hire|${HEAD}`))),
  q('J086', 'admin', 'hires per team this year', () => moves('hires', THIS_YEAR)),
  q('J087', 'admin', 'leavers in Q3', () => people(leftBetween(...Q3_2025))),
  q('J088', 'admin', 'who joined in Q4 so far', () => people(hiredBetween(...Q4_TO_DATE))),
  q('J089', 'admin', 'new starters this month', () => people(hiredBetween(...NOVEMBER_ALL))),
  q('J090', 'admin', 'who left in september', () => people(leftBetween(...SEPTEMBER))),
  q('J091', 'admin', 'how many people has the data team lost this year', () =>
    figures(near(count(leftBetween(...THIS_YEAR, 'DAT').length), `lost|left|leaver|${HEAD}`)),
  ),

  // Tenure.
  q('J092', 'admin', 'longest-serving person in the company', () => people(longestServing(1))),
  q('J093', 'admin', '3 newest employees', () => people(newest(3))),
  q('J094', 'admin', 'average tenure by team', () => figures(...TEAM_CODES.map((team) => near(years(averageTenure({ team })), teamLabel(team))))),
  q('J095', 'admin', 'who has been here more than 7 years', () => people(servedMoreThan(7))),
  q('J096', 'admin', 'how many people have been with us less than a year', () => figures(near(count(withUsUnder(1).length), HEAD))),
  q('J097', 'admin', "what's the average tenure of the leads", () => figures(years(averageTenure({ position: 'Lead' })))),
  q('J098', 'admin', 'juniors with us under a year', () => people(withUsUnder(1, { position: 'Junior' }))),
  q('J099', 'admin', 'when did Ravi Patel start and how long has he been here', () =>
    answer({ dates: [hireOf('DEV-014')], figures: [years(tenureOf('DEV-014'))] }),
  ),
];
