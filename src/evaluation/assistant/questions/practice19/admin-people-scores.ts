/*
 * practice19 — HR (admin) on people and scores with several constraints at once: headcounts by team, level
 * and status (leavers included or not), hires and leavers in a period and of a level, tenure within a level,
 * score rankings within a team and a level ("bottom 2 mids in DEV by Q3 score"), a person against their
 * team's average, level against level, period against period, thresholds taken from an average, and
 * negations ("everyone except the managers", "outside DEV"). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every figure, team and person comes from the data set and the oracle.
 */
import { answer, count, figures, people, score, years, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBefore, hiredBetween, ids, leftBetween, longestServing, newest, select, tenureYears } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 as Q3_RANGE } from '../../oracle/practice14-figures';
import { hiredWhere, withUsUnder } from '../../oracle/practice15-figures';
import { allBut, belowInAll, meanOf, ofPosition, rankClean, scoreIn } from '../../oracle/practice19-figures';
import { kpiOf, meansOver, mostDeclined, mostImproved, scoreOf, scoredAbove, scoredBelow, stats, teamsByMean } from '../../oracle/score-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { person } from '../../dataset/dataset';
import { q, THIS_QUARTER, THIS_YEAR } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const mean = (period: string, scope: Parameters<typeof meanOf>[1] = {}) => score(meanOf(period, scope));
const HIRE = 'hire|hired|join|new|start';
const LEFT = 'left|leaver|leaving|depart';

export const ADMIN_PEOPLE_SCORES: readonly Question[] = [
  // Headcounts by team, level and status.
  q('C051', 'admin', 'how many mids are in DAT, leavers included', () =>
    figures(near(count(headcount({ team: 'DAT', position: 'Mid', status: 'any' })), 'mid|people|employee|dat')),
  ),
  q('C052', 'admin', 'how many active juniors does AI have', () => figures(count(headcount({ team: 'AI', position: 'Junior' })))),
  q('C053', 'admin', 'headcount in DEV excluding juniors', () =>
    figures(near(count(select({ team: 'DEV' }).filter((p) => p.position !== 'Junior').length), 'people|employee|dev|staff|headcount')),
  ),
  q('C054', 'admin', 'list everyone in SEC except the juniors', () => people(allBut('SEC', ['Junior'], true).ids!)),
  q('C055', 'admin', 'which mids in SEC are still with us', () => people(ids({ team: 'SEC', position: 'Mid' }))),
  q('C056', 'admin', 'how many people does DAT have including leavers', () =>
    figures(near(count(headcount({ team: 'DAT', status: 'any' })), 'people|employee|dat|data|staff|member')),
  ),
  q('C057', 'admin', 'list the leavers in the AI team', () => people(ids({ team: 'AI', status: 'inactive' }))),
  q('C058', 'admin', 'how many seniors per team', () =>
    figures(...TEAM_CODES.map((team) => near(count(headcount({ team, position: 'Senior' })), teamLabel(team)))),
  ),

  // Hires and leavers in a period, of a level, of a team.
  q('C059', 'admin', 'which juniors joined between March and September', () => people(hiredWhere({ position: 'Junior' }, ['2025-03-01', '2025-09-30']))),
  q('C060', 'admin', 'how many people did we hire in Q3 and how many left', () =>
    figures(near(count(hiredBetween(...Q3_RANGE).length), HIRE), near(count(leftBetween(...Q3_RANGE).length), LEFT)),
  ),
  q('C061', 'admin', 'who left after 1 September', () => people(leftBetween('2025-09-02', THIS_YEAR[1]))),
  q('C062', 'admin', 'did anyone in DAT leave in October', () => people(leftBetween('2025-10-01', '2025-10-31', 'DAT'))),
  q('C063', 'admin', 'hires in the AI team since June', () => people(hiredBetween('2025-06-01', THIS_YEAR[1], 'AI'))),
  q('C064', 'admin', 'how many people joined in 2024 and are still here', () =>
    figures(near(count(select({}).filter((p) => p.hire.startsWith('2024')).length), 'people|employee|joined|hire|staff')),
  ),
  q('C065', 'admin', 'of the people hired in 2023, how many were mids', () =>
    figures(near(count(ofPosition(hiredBetween('2023-01-01', '2023-12-31'), 'Mid').length), 'mid|hire|people|employee')),
  ),
  q('C066', 'admin', 'of the people who left this year, which were juniors', () => people(ofPosition(leftBetween(...THIS_YEAR), 'Junior'))),
  // Teams with no hire this quarter may be left out of the answer or given as 0: only the teams that hired are expected.
  q('C067', 'admin', 'new hires per team this quarter', () =>
    figures(
      ...TEAM_CODES.filter((team) => hiredBetween(...THIS_QUARTER, team).length > 0).map((team) =>
        near(count(hiredBetween(...THIS_QUARTER, team).length), teamLabel(team)),
      ),
    ),
  ),
  q('C068', 'admin', 'how many leavers did DAT and SEC have this year', () =>
    figures(
      near(count(leftBetween(...THIS_YEAR, 'DAT').length), `${teamLabel('DAT')}|data`),
      near(count(leftBetween(...THIS_YEAR, 'SEC').length), teamLabel('SEC')),
    ),
  ),

  // Tenure within a level or team.
  q('C069', 'admin', 'seniors who have been here more than 5 years', () => people(servedMoreThan(5, { position: 'Senior' }))),
  q('C070', 'admin', 'which mids in QA have been with us less than 3 years', () => people(withUsUnder(3, { team: 'QA', position: 'Mid' }))),
  q('C071', 'admin', 'the longest-serving lead', () => people(longestServing(1, { position: 'Lead' }))),
  q('C072', 'admin', 'the two newest people in DEV', () => people(newest(2, { team: 'DEV' }))),
  q('C073', 'admin', 'who in SEC joined before 2020 and is still active', () => people(hiredBefore('2020-01-01', { team: 'SEC' }))),
  q('C074', 'admin', 'how many years has the longest-serving junior been here', () => {
    const [id] = longestServing(1, { position: 'Junior' });
    return answer({ people: [id!], figures: [years(tenureYears(person(id!)))] });
  }),
  q('C075', 'admin', 'how many seniors were hired before 2020', () =>
    figures(near(count(hiredBefore('2020-01-01', { position: 'Senior' }).length), 'senior|people|employee|hire')),
  ),

  // Score rankings within a team and a level.
  q('C076', 'admin', 'bottom 2 mids in DEV by Q3 score', () => people(rankClean(Q3, 2, 'bottom', levelIn('DEV', 'Mid')))),
  q('C077', 'admin', 'top 3 seniors company-wide in Q2', () => people(rankClean(Q2, 3, 'top', levelIn(undefined, 'Senior')))),
  q('C078', 'admin', 'lowest scoring senior in DAT last quarter', () => people(rankClean(Q3, 1, 'bottom', levelIn('DAT', 'Senior')))),
  q('C079', 'admin', 'the best junior in Q3 and their score', () => {
    const top = rankClean(Q3, 1, 'top', levelIn(undefined, 'Junior'));
    return answer({ people: top, figures: [score(scoreIn(Q3, top[0]!))] });
  }),
  q('C080', 'admin', 'highest Q3 score among the juniors outside DEV', () => {
    const top = rankClean(Q3, 1, 'top', { ids: levelIn(undefined, 'Junior').ids!.filter((id) => !id.startsWith('DEV-')) });
    return answer({ people: top, figures: [score(scoreIn(Q3, top[0]!))] });
  }),
  q('C081', 'admin', 'among the seniors, who improved the most from Q2 to Q3', () => people([mostImproved(Q2, Q3, levelIn(undefined, 'Senior')).id])),
  q('C082', 'admin', 'who in QA dropped the most from Q1 to Q2', () => people([mostDeclined(Q1, Q2, { team: 'QA' }).id])),

  // Averages compared: level vs level, team vs team, person vs team, period vs period.
  q('C083', 'admin', 'average Q3 score of the QA seniors vs the DEV seniors', () =>
    figures(mean(Q3, levelIn('QA', 'Senior')), mean(Q3, levelIn('DEV', 'Senior'))),
  ),
  q('C084', 'admin', "how does Lukas Novak's Q3 score compare with the DEV average", () => figures(score(scoreOf('DEV-004', Q3)), mean(Q3, { team: 'DEV' }))),
  q('C085', 'admin', 'juniors vs mids average score in AI last quarter', () => figures(mean(Q3, levelIn('AI', 'Junior')), mean(Q3, levelIn('AI', 'Mid')))),
  q('C086', 'admin', 'did the QA average go up or down from Q2 to Q3', () => figures(mean(Q2, { team: 'QA' }), mean(Q3, { team: 'QA' }))),
  q('C087', 'admin', 'DAT average score per quarter from Q1 to Q3', () => figures(...meansOver([Q1, Q2, Q3], { team: 'DAT' }).map(score))),
  q('C088', 'admin', 'Wei Zhang vs Amara Nwosu in Q3', () => figures(score(scoreOf('AI-001', Q3)), score(scoreOf('AI-002', Q3)))),
  q('C089', 'admin', "was Grace Kim's Q3 score above the QA seniors' average", () => figures(score(scoreOf('QA-007', Q3)), mean(Q3, levelIn('QA', 'Senior')))),
  q('C090', 'admin', "Nina Kowalski's score in Q2 and Q3", () => figures(score(scoreOf('QA-005', Q2)), score(scoreOf('QA-005', Q3)))),
  q('C091', 'admin', 'average score of everyone except the managers in Q3', () => figures(mean(Q3, allBut(undefined, ['Manager'])))),
  q('C092', 'admin', 'mean and max score of the leads in Q2', () => {
    const s = stats([Q2], levelIn(undefined, 'Lead'));
    return figures(score(s.mean), score(s.max));
  }),
  q('C093', 'admin', 'median score of the QA mids in Q3', () => figures(score(stats([Q3], levelIn('QA', 'Mid')).median))),
  q('C094', 'admin', 'how many seniors are in DEV and what was their average Q2 score', () =>
    figures(near(count(headcount({ team: 'DEV', position: 'Senior' })), 'senior|people|employee|dev'), mean(Q2, levelIn('DEV', 'Senior'))),
  ),

  // Thresholds: fixed, from an average, in two periods.
  q('C095', 'admin', 'which leads scored above 80 in Q1', () => people(scoredAbove(Q1, 80, levelIn(undefined, 'Lead')))),
  q('C096', 'admin', 'how many seniors scored over 85 in Q3', () =>
    figures(near(count(scoredAbove(Q3, 85, levelIn(undefined, 'Senior')).length), 'senior|scor|people|employee')),
  ),
  q('C097', 'admin', 'who in AI scored above the AI average in Q3', () => people(scoredAbove(Q3, meanOf(Q3, { team: 'AI' }), { team: 'AI' }))),
  q('C098', 'admin', 'who in QA scored below 70 in both Q2 and Q3', () => people(belowInAll([Q2, Q3], 70, { team: 'QA' }))),
  q('C099', 'admin', 'which team scored lowest on average in Q2', () => answer({ teams: teamsByMean(Q2).slice(-1) })),
  q('C100', 'admin', "Tom Becker's KPI in Q3", () => figures(score(kpiOf('DEV-002', Q3)))),
  q('C101', 'admin', 'which QA juniors scored under 65 last quarter', () => people(scoredBelow(Q3, 65, levelIn('QA', 'Junior')))),
];
