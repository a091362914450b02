/*
 * practice56 — the ten questions API.md's assistant section promises, each asked three ways: as written (or with the
 * period it needs), casually with a typo or an abbreviation, and with one more constraint (a team, a level, a period, a
 * threshold, a top N) that must not be dropped. "Compare DEV and QA performance" names no quarter in API.md, so its
 * plain form names one. A manager's "my team" is theirs; "my attendance" is the caller's own.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { levelMean, teamsUnder } from '../../oracle/practice29-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { SCORED_PERIODS } from '../../oracle/practice52-figures';
import { ALL, headN, LAST_MONTH, LAST_Q, LAST_WEEK, me, none, rateOf, some, team, teamWho, THIS_MONTH, who, YESTERDAY } from '../../oracle/practice53-figures';
import { on, teamsUnderAlert } from '../../oracle/practice55-figures';
import { closedRange, teamMean } from '../../oracle/practice56-figures';
import { headcountOf, meanOf } from '../../oracle/practice53-people';
import { q } from '../helpers';

const Y = on(YESTERDAY);

export const EXAMPLES: readonly Question[] = [
  // "Who is DEV-001?"
  q('QE001', 'admin', 'Who is DEV-001?', () => people(['DEV-001'])),
  q('QE002', 'admin', 'whos dev-001??', () => people(['DEV-001'])),
  q('QE003', 'admin', 'who is DEV-001 and when did they join?', () => answer({ people: ['DEV-001'], dates: [person('DEV-001').hire] })),

  // "How many employees are in QA?" — a headcount counts active staff.
  q('QE004', 'admin', 'How many employees are in QA?', () => figures(headN(headcountOf({ team: 'QA' })))),
  q('QE005', 'admin', 'hw many ppl in qa atm', () => figures(headN(headcountOf({ team: 'QA' })))),
  q('QE006', 'QA-001', 'How many mid-level people are on my team?', () => figures(headN(headcountOf({ team: 'QA', position: 'Mid' })))),

  // "What's the average score for Q1 2025?"
  q('QE007', 'admin', "What's the average score for Q1 2025?", () => figures(score(meanOf('2025-Q1')))),
  q('QE008', 'admin', 'avg scor for q1 2025?', () => figures(score(meanOf('2025-Q1')))),
  q('QE009', 'admin', "What's the average score for Q1 2025 in Development?", () => figures(score(teamMean('2025-Q1', 'DEV')))),

  // "Compare DEV and QA performance" — each team's mean, side by side.
  q('QE010', 'admin', 'Compare DEV and QA performance last quarter', () => figures(score(teamMean(LAST_Q, 'DEV')), score(teamMean(LAST_Q, 'QA')))),
  q('QE011', 'admin', 'dev vs qa perfomance in q2 2025', () => figures(score(teamMean('2025-Q2', 'DEV')), score(teamMean('2025-Q2', 'QA')))),
  q('QE012', 'admin', 'Compare DEV and QA performance in 2025-Q3 for seniors', () =>
    figures(score(levelMean('2025-Q3', 'Senior', 'DEV')), score(levelMean('2025-Q3', 'Senior', 'QA'))),
  ),

  // "Performance trends over quarters" — each quarter's mean.
  q('QE013', 'admin', 'Performance trends over quarters', () => figures(...SCORED_PERIODS.map((p) => score(meanOf(p))))),
  q('QE014', 'admin', 'perf trend qtr by qtr pls', () => figures(...SCORED_PERIODS.map((p) => score(meanOf(p))))),
  q('QE015', 'QA-001', 'Performance trend over the quarters for my team', () => figures(...SCORED_PERIODS.map((p) => score(teamMean(p, 'QA'))))),

  // "Who was late yesterday?"
  q('QE016', 'admin', 'Who was late yesterday?', () => people(some(who(ALL, 'late', Y)))),
  q('QE017', 'admin', 'who was late yday?', () => people(some(who(ALL, 'late', Y)))),
  q('QE018', 'DEV-001', 'Who on my team was late yesterday?', () => people(none(teamWho('DEV-001', 'late', Y)))),

  // "What was the attendance rate last week?"
  q('QE019', 'admin', 'What was the attendance rate last week?', () => figures(rate(rateOf(ALL, LAST_WEEK)))),
  q('QE020', 'admin', 'attendence rate lst week?', () => figures(rate(rateOf(ALL, LAST_WEEK)))),
  q('QE021', 'admin', 'What was the attendance rate last week for Security?', () => figures(rate(rateOf(team('SEC'), LAST_WEEK)))),

  // "Show me departments with attendance issues last month" — a rate below 0.9.
  q('QE022', 'admin', 'Show me departments with attendance issues last month', () => answer({ teams: some(teamsUnderAlert(LAST_MONTH)) })),
  q('QE023', 'admin', 'depts w/ attendance issues last mth?', () => answer({ teams: some(teamsUnderAlert(LAST_MONTH)) })),
  q('QE024', 'admin', 'Show me departments with attendance under 95% last month', () => answer({ teams: some(teamsUnder(LAST_MONTH, 0.95)) })),

  // "Who are the top 5 performers in 2025-Q2?"
  q('QE025', 'admin', 'Who are the top 5 performers in 2025-Q2?', () => people(rankClean('2025-Q2', 5, 'top'))),
  q('QE026', 'admin', 'top 5 perfomers 2025 q2', () => people(rankClean('2025-Q2', 5, 'top'))),
  q('QE027', 'admin', 'Who are the top 3 performers in QA in 2025-Q2?', () => people(rankClean('2025-Q2', 3, 'top', { team: 'QA' }))),

  // "What is my attendance this month?"
  q('QE028', 'DEV-003', 'What is my attendance this month?', () => figures(rate(rateOf(me('DEV-003'), THIS_MONTH)))),
  q('QE029', 'SEC-004', 'hows my attendence this mth', () => figures(rate(rateOf(me('SEC-004'), THIS_MONTH)))),
  q('QE030', 'DAT-004', 'What was my attendance from 1 to 14 November?', () => figures(rate(rateOf(me('DAT-004'), closedRange(11, 1, 11, 14))))),
];
