/*
 * practice63 — people analytics asked by the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own
 * team, and by the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke
 * (SEC-004) about themselves, and the same questions across the edge of their scope. API.md: a manager reads their own
 * team, an employee themselves; someone outside the scope is "not found", exactly as if absent. README: a team outside
 * it is named back (for an employee every team, their own too), and so are the whole company asked by a manager or an
 * employee, a manager asking team by team, and an employee asking for a ranking of people. A manager's questions name
 * the team ("Development", "QA") rather than "my team", so whether the manager counts themselves is never in doubt.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { otherTeams, othersOutside, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { decided, hidden, nobodyAtAll } from '../../oracle/practice59-figures';
import { near } from '../../oracle/practice10-figures';
import {
  AUG_2025,
  filled,
  headcountOf,
  heads,
  hireDate,
  hiresIn,
  levelLabel,
  OCT_2025,
  SEP_2025,
  YEAR_2025,
  type Range,
} from '../../oracle/practice63-figures';
import { longestServing, newestJoiners, tenureFigure } from '../../oracle/practice63-tenure';
import { personRate, teamRate } from '../../oracle/practice63-rates';
import {
  biggestMoves,
  clearlyHigher,
  meanOf,
  Q1,
  Q2,
  Q3,
  Q4_24,
  QUARTERS,
  ranked,
  scoredPast,
  scoreIn,
  statsOf,
  tiedTop,
} from '../../oracle/practice63-scores';
import { q } from '../helpers';

const LAST_WEEK: Range = ['2025-11-10', '2025-11-16'];

export const SCOPE: readonly Question[] = [
  // Priya Raman, manager of DEV.
  q('QL169', 'DEV-001', 'how many seniors are there in Development?', () => figures(heads(headcountOf({ team: 'DEV', position: 'Senior' })))),
  q('QL170', 'DEV-001', "Development's average final score for Q3", () => figures(score(meanOf(Q3, { team: 'DEV' })))),
  q('QL171', 'DEV-001', 'lowest Q3 scorer in DEV?', () => {
    const [id] = ranked(Q3, 1, 'bottom', { team: 'DEV' });
    return people([id!], score(scoreIn(id!, Q3)));
  }),
  q('QL172', 'DEV-001', 'which DEV junior improved the most from Q2 to Q3?', () => {
    const top = biggestMoves(Q2, Q3, 1, 'up', { team: 'DEV', position: 'Junior' });
    return people(
      top.map((m) => m.id),
      score(top[0]!.change),
    );
  }),
  q('QL173', 'DEV-001', 'dev attendance rate in october', () => figures(rate(teamRate('DEV', OCT_2025)))),
  q('QL174', 'DEV-001', 'longest-serving person in Development', () => people(longestServing(1, { team: 'DEV' }))),
  q('QL175', 'DEV-001', 'who joined DEV in 2025?', () => people(filled(hiresIn(YEAR_2025, { team: 'DEV' })))),
  q('QL176', 'DEV-001', 'DEV average score for each of the last four quarters', () => figures(...QUARTERS.map((p) => score(meanOf(p, { team: 'DEV' }))))),
  q('QL177', 'DEV-001', 'DEV mids vs DEV juniors, average score in Q3', () =>
    figures(
      near(score(meanOf(Q3, { team: 'DEV', position: 'Mid' })), levelLabel('Mid')),
      near(score(meanOf(Q3, { team: 'DEV', position: 'Junior' })), levelLabel('Junior')),
    ),
  ),
  q('QL178', 'DEV-001', 'which people in DEV scored under 65 in Q3', () => people(filled(scoredPast(Q3, 65, 'below', { team: 'DEV' })))),
  q('QL179', 'DEV-001', 'how many people does QA have?', () => outsideTeam('QA')),
  q('QL180', 'DEV-001', "what's the company-wide average score for Q3?", () => outsideCompany()),
  q('QL181', 'DEV-001', 'average Q3 score per team', () => otherTeams('DEV')),
  q('QL182', 'DEV-001', "Grace Kim's Q3 score", () => hidden('DEV-001', 'QA-007')),
  q('QL183', 'DEV-001', 'which department is leading on attendance this month?', () => otherTeams('DEV')),
  // Elena Petrova, manager of QA.
  q('QL184', 'QA-001', 'junior headcount in QA?', () => figures(heads(headcountOf({ team: 'QA', position: 'Junior' })))),
  q('QL185', 'QA-001', 'what was the median final score in Quality Assurance for 2025-Q2?', () => figures(score(statsOf(Q2, { team: 'QA' }).median))),
  q('QL186', 'QA-001', 'who in QA fell the most between Q2 and Q3', () => {
    const top = tiedTop(Q2, Q3, 'down', { team: 'QA' });
    return people(top.ids, score(top.change));
  }),
  q('QL187', 'QA-001', "what was QA's attendance % for last week?", () => figures(rate(teamRate('QA', LAST_WEEK)))),
  q('QL188', 'QA-001', 'newest person in QA?', () => people(newestJoiners(1, { team: 'QA' }))),
  q('QL189', 'QA-001', "did QA's average score go down from Q1 to Q3?", () => {
    const [a, b] = [meanOf(Q1, { team: 'QA' }), meanOf(Q3, { team: 'QA' })];
    return decided(clearlyHigher(a, b), [score(a), score(b)]);
  }),
  q('QL190', 'QA-001', 'QA people who scored above 80 in Q3', () => people(filled(scoredPast(Q3, 80, 'above', { team: 'QA' })))),
  q('QL191', 'QA-001', 'QA attendance: August vs October', () => figures(rate(teamRate('QA', AUG_2025)), rate(teamRate('QA', OCT_2025)))),
  q('QL192', 'QA-001', "what's DAT's attendance rate for October?", () => outsideTeam('DAT')),
  q('QL193', 'QA-001', 'rank all the teams by average score for Q3', () => otherTeams('QA')),
  q('QL194', 'QA-001', "Ravi Patel's length of service?", () => hidden('QA-001', 'DEV-014')),
  q('QL195', 'QA-001', 'how many hires has the company made this year', () => outsideCompany()),
  // The employees, about themselves and across the edge.
  q('QL196', 'DEV-003', 'my final score for 2025-Q3?', () => figures(score(scoreIn('DEV-003', Q3)))),
  q('QL197', 'DEV-003', 'did my final score rise between Q2 and Q3?', () => {
    const [a, b] = [scoreIn('DEV-003', Q2), scoreIn('DEV-003', Q3)];
    return decided(clearlyHigher(b, a), [score(a), score(b)]);
  }),
  q('QL198', 'DEV-003', 'how many years have I been with the company?', () => figures(tenureFigure('DEV-003'))),
  q('QL199', 'DEV-003', "Development's average score in Q3", () => outsideTeam('DEV')),
  q('QL200', 'DEV-003', 'who were the top 5 performers last quarter?', () => othersOutside('top', 'performers', 'ranking')),
  q('QL201', 'QA-003', 'my scores over the last four quarters', () => figures(...[Q4_24, Q1, Q2, Q3].map((p) => score(scoreIn('QA-003', p))))),
  q('QL202', 'QA-003', 'what was my attendance rate in September?', () => figures(rate(personRate('QA-003', SEP_2025)))),
  q('QL203', 'QA-003', 'how many people are in QA right now?', () => outsideTeam('QA')),
  q('QL204', 'DAT-004', 'which quarter was my best, score-wise?', () => {
    const best = [...QUARTERS].sort((a, b) => scoreIn('DAT-004', b) - scoreIn('DAT-004', a));
    if (scoreIn('DAT-004', best[0]!) === scoreIn('DAT-004', best[1]!)) throw new Error('two best quarters');
    return answer({ figures: [score(scoreIn('DAT-004', best[0]!))], mentions: [best[0]!.slice(5)] });
  }),
  q('QL205', 'DAT-004', 'on which date did I join the company?', () => answer({ dates: [hireDate('DAT-004')] })),
  q('QL206', 'DAT-004', "what's the company headcount?", () => outsideCompany()),
  q('QL207', 'DAT-004', "Mei Lin's score last quarter", () => hidden('DAT-004', 'DAT-005')),
  q('QL208', 'SEC-004', 'how much did my score go up from Q2 to Q3?', () => {
    const change = Math.round((scoreIn('SEC-004', Q3) - scoreIn('SEC-004', Q2)) * 100) / 100;
    if (!(change > 0)) throw new Error('it did not go up');
    return figures(score(change));
  }),
  q('QL209', 'SEC-004', 'my attendance rate for October', () => figures(rate(personRate('SEC-004', OCT_2025)))),
  q('QL210', 'SEC-004', "the security team's attendance in October", () => outsideTeam('SEC')),
  q('QL211', 'SEC-004', 'how many people have left the company this year?', () => outsideCompany()),
  // The admin: nobody of that name.
  q('QL212', 'admin', 'tenure of Jennifer Lopez', () => nobodyAtAll('Jennifer Lopez')),
];
