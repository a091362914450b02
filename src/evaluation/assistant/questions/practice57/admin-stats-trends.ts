/*
 * practice57 — the HR admin asks for statistics and trends. README: "Score statistics are the mean, median, lowest,
 * highest and the range ('spread', 'max minus min': the highest less the lowest)"; "trend (attendance 'by month this
 * year', 'weekly attendance last month', 'attendance rate per quarter for DEV', 'absence rate by month since August',
 * and counts: 'late arrivals month by month this quarter', 'is lateness getting worse': each period's rate or count,
 * side by side"; numbered weeks as a span, week by week when asked so; "Performance trends over quarters"; per team
 * ("absent days by team", "median per team in Q2"). A month that holds today runs to today; only closed days are rated.
 */
import { figures, hours, rate, score, type Question } from '../../expectation';
import {
  ALL,
  fig,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  Q_BEFORE,
  Q_BEFORE_THAT,
  sumOf,
  team,
  TEAM_CODES,
  THIS_QUARTER,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice53-figures';
import { series } from '../../oracle/practice53-people';
import { perTeam } from '../../oracle/practice53-rankings';
import { statsOf, week } from '../../oracle/practice55-figures';
import { AUG, levelMean, levelRate, meansOver, MONTHS, NOV, OCT, onRecord, ratesOver, SCORED, SEP } from '../../oracle/practice57-figures';
import { q } from '../helpers';

const DAT = team('DAT');
const QA = team('QA');
const WEEKS_43_TO_46 = [week(43), week(44), week(45), week(46)];

export const ADMIN_STATS_TRENDS: readonly Question[] = [
  // Score statistics.
  q('QF086', 'admin', 'whats the median scor company-wide for Q3', () => figures(score(statsOf(LAST_Q).median))),
  q('QF087', 'admin', 'highest score in DEV in Q2?', () => figures(score(statsOf(Q_BEFORE, team('DEV')).max))),
  q('QF088', 'admin', 'lowest Q3 score in the data team', () => figures(score(statsOf(LAST_Q, DAT).min))),
  q('QF089', 'admin', 'whats the range of QA scores last quater', () => figures(score(statsOf(LAST_Q, QA).spread))),
  q('QF090', 'admin', 'max minus min for AI in Q1 2025', () => figures(score(statsOf(Q_BEFORE_THAT, team('AI')).spread))),
  q('QF091', 'admin', 'mean, median, highest and lowest score for 2025-Q2', () => {
    const s = statsOf(Q_BEFORE);
    return figures(score(s.mean), score(s.median), score(s.max), score(s.min));
  }),
  q('QF092', 'admin', 'median score in the data team in 2025-Q2', () => figures(score(statsOf(Q_BEFORE, DAT).median))),
  q('QF093', 'admin', 'avg score per team in q3', () => figures(...perTeam((code) => score(statsOf(LAST_Q, team(code)).mean)))),
  q('QF094', 'admin', "what's the median score in each team for q2", () => figures(...perTeam((code) => score(statsOf(Q_BEFORE, team(code)).median)))),
  q('QF095', 'admin', 'average Q3 score for the juniors in DEV', () => figures(score(levelMean(LAST_Q, 'Junior', 'DEV')))),
  q('QF096', 'admin', "what was the company's average score in 2024-Q4?", () => figures(score(statsOf(onRecord('2024-Q4')).mean))),

  // Score trends.
  q('QF097', 'admin', "how has the company's average score moved quarter by quarter?", () => figures(...meansOver(SCORED))),
  q('QF098', 'admin', 'DEV avg score each quarter pls', () => figures(...meansOver(SCORED, team('DEV')))),
  q('QF099', 'admin', 'how has the security team average moved quarter to quarter?', () => figures(...meansOver(SCORED, team('SEC')))),

  // Attendance statistics.
  q('QF100', 'admin', "what was the seniors' attendance rate in october", () => figures(rate(levelRate('Senior', OCT)))),
  q('QF101', 'admin', 'how many days absent did each team have in October?', () =>
    figures(...perTeam((code) => fig('absent', sumOf(team(code), 'absent', OCT)))),
  ),
  q('QF102', 'admin', 'how many late arrivals per team last week', () => figures(...perTeam((code) => fig('late', sumOf(team(code), 'late', LAST_WEEK))))),
  q('QF103', 'admin', 'total hours worked last week, team by team', () => figures(...TEAM_CODES.map((code) => hours(sumOf(team(code), 'hours', LAST_WEEK))))),

  // Attendance trends.
  q('QF104', 'admin', 'attendence rate by month since august', () => figures(...ratesOver(ALL, MONTHS))),
  q('QF105', 'admin', 'monthly absence rate for QA this quarter', () => figures(...series(QA, 'absence', [OCT, NOV]))),
  q('QF106', 'admin', 'weekly attendance, wk 43 to wk 46, week by week', () => figures(...ratesOver(ALL, WEEKS_43_TO_46))),
  q('QF107', 'admin', 'late arrivals month by month, august to october', () => figures(...series(ALL, 'late', [AUG, SEP, OCT]))),
  q('QF108', 'admin', 'attendance rate per quarter for DEV this year', () => figures(...ratesOver(team('DEV'), [LAST_QUARTER, THIS_QUARTER]))),
  q('QF109', 'admin', 'is lateness getting worse? month by month aug to oct please', () => figures(...series(ALL, 'late', [AUG, SEP, OCT]))),
  q('QF110', 'admin', 'SEC absence rate by month since August', () => figures(...series(team('SEC'), 'absence', MONTHS))),
  q('QF111', 'admin', 'hours worked by QA each week, weeks 44-46', () => figures(...series(QA, 'hours', [week(44), week(45), week(46)]))),
  q('QF112', 'admin', 'data team attendance last week and the week before', () => figures(...ratesOver(DAT, [LAST_WEEK, WEEK_BEFORE_LAST]))),
  q('QF113', 'admin', 'missed days in DEV in sept, oct and nov so far', () => figures(...series(team('DEV'), 'absent', [SEP, OCT, NOV]))),
];
