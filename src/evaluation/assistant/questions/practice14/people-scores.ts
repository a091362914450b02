/*
 * practice14 — headcounts, joiners and leavers, and performance scores, for balance beside the calendar
 * and leave questions. Written code-blind from /work/shared/API.md, docs/API.md and the README's
 * "Assistant" section; every figure and person comes from the data set and the oracle.
 */
import { count, figures, people, score, type Question } from '../../expectation';
import { headcount, hiredBetween, leftBetween } from '../../oracle/people-figures';
import { rank, scoreOf, stats } from '../../oracle/score-figures';
import { q, THIS_YEAR } from '../helpers';

export const PEOPLE_AND_SCORES: readonly Question[] = [
  q('M120', 'admin', 'how many ppl in sec', () => figures(count(headcount({ team: 'SEC' })))),
  q('M121', 'DEV-001', 'how many people in my team', () => figures(count(headcount({ team: 'DEV' })))),
  q('M122', 'admin', 'headcount company wide', () => figures(count(headcount()))),
  q('M123', 'admin', 'who left this yr', () => people(leftBetween(THIS_YEAR[0], THIS_YEAR[1]))),
  q('M124', 'QA-001', 'who joined my team this year', () => people(hiredBetween(THIS_YEAR[0], THIS_YEAR[1], 'QA'))),
  q('M125', 'admin', 'avg score dev q3', () => figures(score(stats(['2025-Q3'], { team: 'DEV' }).mean))),
  q('M126', 'DEV-003', 'my score last quarter', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('M127', 'SEC-004', 'what did i score in q2', () => figures(score(scoreOf('SEC-004', '2025-Q2')))),
  q('M128', 'QA-001', 'top 3 in my team q3', () => people(rank('2025-Q3', 3, 'top', { team: 'QA' }))),
  q('M129', 'admin', 'median score in the data team last quarter', () => figures(score(stats(['2025-Q3'], { team: 'DAT' }).median))),
  q('M130', 'QA-001', 'qa avg score q2 vs q3', () => figures(score(stats(['2025-Q2'], { team: 'QA' }).mean), score(stats(['2025-Q3'], { team: 'QA' }).mean))),
];
