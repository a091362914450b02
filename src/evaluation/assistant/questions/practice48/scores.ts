/*
 * practice48 — quarterly scores against a line: above 90, exactly 80, at least 80 and over 80 (three people scored
 * exactly 80 in 2024-Q4), a band "between 70 and 80" asked only where nobody sits on either end, below 60 in both
 * quarters, a team's mean, median and spread against a line (QA's Q3 mean is exactly 67: "below 67" is no, "at least
 * 67" yes), teams over a line, moves of more than 5 points, a KPI line. A final score is the mean of three whole
 * inputs, so it sits on a whole-number line only when it is exactly that; a list is the same with and without the
 * people who have left; a mean's line is read from the rounded finals and the raw inputs alike.
 */
import { answer, count, people, score, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { kpiKnown } from '../../oracle/practice46-figures';
import { ALL, leaverFree, onLine, plain, Q1, Q2, Q3, Q4_24, settled, some, team, teamList, type Op } from '../../oracle/practice48-figures';
import {
  meanVs,
  peopleByKpi,
  peopleByMove,
  peopleByScore,
  peopleByScoreInAll,
  peopleScoredBetween,
  scoreVs,
  someoneScoredExactly,
  teamsByMean,
} from '../../oracle/practice48-lines';
import { stats } from '../../oracle/score-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
/** "Did … score above …?": yes or no first, then the score. */
const scoreYesNo = (id: string, period: string, op: Op, line: number) => {
  const s = scoreVs(id, period, op, line);
  return yesNo(s.yes, [score(s.score)]);
};
/** "Is the team's mean above …?": yes or no first, then the mean. */
const meanYesNo = (period: string, scope: Scope, op: Op, line: number) => {
  const m = meanVs(period, scope, op, line);
  return yesNo(m.yes, [score(m.mean)]);
};
/** A list past the line, someone sitting exactly on it (the line itself is tested). */
const atLine = (period: string, scope: Scope, op: Op, line: number) => {
  someoneScoredExactly(period, scope, line);
  return people(some(peopleByScore(period, scope, op, line)));
};

export const SCORES: readonly Question[] = [
  // People against a line.
  q('PW085', 'admin', 'who scored over 90 in q3', () => people(some(peopleByScore(Q3, ALL, 'gt', 90)))),
  q('PW086', 'admin', 'who scored exactly 80 in Q4 2024?', () => atLine(Q4_24, ALL, 'eq', 80)),
  q('PW087', 'admin', 'who in AI scored at least 80 in Q4 2024?', () => atLine(Q4_24, team('AI'), 'ge', 80)),
  q('PW088', 'admin', 'who in AI scored over 80 in 2024-Q4?', () => atLine(Q4_24, team('AI'), 'gt', 80)),
  q('PW089', 'admin', 'who in SEC scored between 70 and 80 in Q3?', () => people(some(peopleScoredBetween(Q3, team('SEC'), 70, 80)))),
  q('PW090', 'admin', 'who in DEV scored between 60 and 70 in Q2', () => people(some(peopleScoredBetween(Q2, DEV, 60, 70)))),
  q('PW091', 'admin', 'hw many ppl scored below 60 in Q3?', () =>
    answer({ figures: [near(count(plain(peopleByScore(Q3, ALL, 'lt', 60).length)), 'people|person|employee|staff|scor|below|under')] }),
  ),
  q('PW092', 'admin', 'who in QA scored below 60 in both Q2 and Q3?', () => people(some(peopleByScoreInAll([Q2, Q3], QA, 'lt', 60)))),
  q('PW093', 'admin', 'did Grace Kim score above 85 in Q3?', () => scoreYesNo('QA-007', Q3, 'gt', 85)),
  q('PW094', 'admin', 'whose kpi was at least 95 in q3', () => people(some(peopleByKpi(Q3, ALL, 'ge', 95)))),

  // Teams against a line.
  q('PW095', 'admin', "is QA's average score in Q3 below 67?", () => {
    onLine(meanVs(Q3, QA, 'eq', 67).mean, 67);
    return meanYesNo(Q3, QA, 'lt', 67);
  }),
  q('PW096', 'admin', "was DEV's Q3 avg above 77?", () => meanYesNo(Q3, DEV, 'gt', 77)),
  q('PW097', 'admin', 'did AI average at least 75 in Q3?', () => meanYesNo(Q3, team('AI'), 'ge', 75)),
  q('PW098', 'admin', 'which teams averaged over 76 in Q3?', () => answer({ teams: some(teamsByMean(Q3, 'gt', 76)) })),
  q('PW099', 'admin', 'is the median scor for DEV in Q3 over 80?', () => {
    const median = settled(stats([Q3], DEV).median, 80, 0.05);
    return yesNo(median > 80, [score(median)]);
  }),
  q('PW100', 'admin', 'is the spread of QA scores in Q3 more than 30 points?', () => {
    const spread = settled(spreadOf(Q3, QA), 30, 0.05);
    return yesNo(spread > 30, [score(spread)]);
  }),

  // Moves between two quarters.
  q('PW101', 'admin', 'how many people improved by more than 4 points from Q2 to Q3?', () =>
    answer({
      figures: [near(count(plain(leaverFree(ALL, (s) => peopleByMove(Q2, Q3, 'up', 'gt', 4, s)).length)), 'people|person|employee|staff|improv|rose|up')],
    }),
  ),
  q('PW102', 'admin', 'who dropped more than 5 points from Q2 to Q3?', () => people(some(leaverFree(ALL, (s) => peopleByMove(Q2, Q3, 'down', 'gt', 5, s))))),

  // Priya Raman (DEV), about her team: she scored exactly 92 in Q3, on the line and out of "over 92".
  q('PW103', 'DEV-001', 'who on my team scored below 65 in Q3?', () => people(some(teamList('DEV-001', (s) => peopleByScore(Q3, s, 'lt', 65))))),
  q('PW104', 'DEV-001', 'who on my team scored over 92 in Q3?', () => {
    onLine(scoreVs('DEV-001', Q3, 'eq', 92).score, 92);
    return people(some(teamList('DEV-001', (s) => peopleByScore(Q3, s, 'gt', 92))));
  }),
  q('PW105', 'DEV-001', "was my team's Q3 average above 77?", () => meanYesNo(Q3, DEV, 'gt', 77)),

  // Elena Petrova (QA), about her team.
  q('PW106', 'QA-001', 'who on my team scored under 60 in Q3?', () => people(some(teamList('QA-001', (s) => peopleByScore(Q3, s, 'lt', 60))))),
  q('PW107', 'QA-001', "is my team's Q3 average at least 67?", () => {
    onLine(meanVs(Q3, QA, 'eq', 67).mean, 67);
    return meanYesNo(Q3, QA, 'ge', 67);
  }),
  q('PW108', 'QA-001', 'who on my team scored at least 77 in Q1, Q2 and Q3?', () =>
    people(some(teamList('QA-001', (s) => peopleByScoreInAll([Q1, Q2, Q3], s, 'ge', 77)))),
  ),

  // Employees, about themselves: Emma Clarke scored exactly 96 in Q3.
  q('PW109', 'SEC-004', 'did I score above 96 in Q3?', () => {
    onLine(scoreVs('SEC-004', Q3, 'eq', 96).score, 96);
    return scoreYesNo('SEC-004', Q3, 'gt', 96);
  }),
  q('PW110', 'SEC-004', 'was my Q3 score 96 or higher?', () => scoreYesNo('SEC-004', Q3, 'ge', 96)),
  q('PW111', 'DAT-004', 'did I score at least 95 last quarter?', () => scoreYesNo('DAT-004', Q3, 'ge', 95)),
  q('PW112', 'DEV-003', 'was my score over 90 in both Q2 and Q3?', () => {
    const [a, b] = [scoreVs('DEV-003', Q2, 'gt', 90), scoreVs('DEV-003', Q3, 'gt', 90)];
    return yesNo(a.yes && b.yes, [score(a.score), score(b.score)]);
  }),
  q('PW113', 'QA-003', 'did I score below 78 in Q3?', () => scoreYesNo('QA-003', Q3, 'lt', 78)),
  q('PW114', 'DAT-004', 'was my KPI above 97 last quarter?', () => {
    const kpi = settled(kpiKnown('DAT-004', Q3), 97, 0.5);
    return yesNo(kpi > 97, [score(kpi)]);
  }),
  q('PW115', 'QA-003', 'is my Q3 score at least seventy-seven?', () => scoreYesNo('QA-003', Q3, 'ge', 77)),
];
