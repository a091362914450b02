/*
 * practice33 — scores and people, asked by the admin in a chat window: means, medians, ranges, top and bottom N,
 * changes between quarters, team comparisons, score bands; headcounts by team, level, title and status, hires
 * and leavers, tenure and profile facts — with shorthand ("avg", "hc", "ppl") and misspelt names.
 */
import { answer, count, figures, notFound, people, score, years, type Question } from '../../expectation';
import { headcount, hiredBetween, leftBetween, longestServing, newest } from '../../oracle/people-figures';
import { near, withUsUnderAYear } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { hireOf, lastDayOf, scoredBetween, tenureOf } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { countBelow, spreadOf } from '../../oracle/practice21-figures';
import { headcountExcept, headcountOutside } from '../../oracle/practice22-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { levelMean, tenureMean } from '../../oracle/practice29-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import {
  aboveInAll,
  aboveOwnMean,
  atLevel,
  hiredOn,
  improvedCount,
  jobTitle,
  Q3_RANGE,
  Q4_RANGE,
  soleMover,
  teamByMean,
  withTitle,
  YEAR_SO_FAR,
} from '../../oracle/practice33-figures';
import { kpiOf, meansOver } from '../../oracle/score-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|ppl|member|total';
const QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];

export const SCORES_PEOPLE: readonly Question[] = [
  // Scores.
  q('PH131', 'admin', 'avg perf score q3 company', () => figures(score(meanOf('2025-Q3')))),
  q('PH132', 'admin', 'median q3 in the data team', () => figures(score(medianOf('2025-Q3', { team: 'DAT' })))),
  q('PH133', 'admin', 'SEC q2: mean and median', () => figures(score(meanOf('2025-Q2', { team: 'SEC' })), score(medianOf('2025-Q2', { team: 'SEC' })))),
  q('PH134', 'admin', 'top 5 performers q3', () => people(rankClean('2025-Q3', 5, 'top'))),
  q('PH135', 'admin', 'bottom 3 in AI for q2', () => people(rankClean('2025-Q2', 3, 'bottom', { team: 'AI' }))),
  q('PH136', 'admin', 'who improved the most from q2 to q3', () => people([soleMover('2025-Q2', '2025-Q3', 'up').id])),
  q('PH137', 'admin', 'how many people in DEV improved between q2 and q3', () =>
    figures(near(count(improvedCount('2025-Q2', '2025-Q3', { team: 'DEV' })), 'people|employee|improv|person')),
  ),
  q('PH138', 'admin', 'which team scored highest on avg in q3', () => ({ kind: 'answer', teams: [teamByMean('2025-Q3', 'highest')] })),
  q('PH139', 'admin', 'which team had the lowest average in q2', () => ({ kind: 'answer', teams: [teamByMean('2025-Q2', 'lowest')] })),
  q('PH140', 'admin', 'qa score trend over the quarters', () => figures(...meansOver(QUARTERS, { team: 'QA' }).map((m) => score(m)))),
  q('PH141', 'admin', 'who scored above 90 in q3', () => people(aboveInAll(['2025-Q3'], 90))),
  q('PH142', 'admin', 'who in SEC scored between 70 and 80 in Q3', () => people(scoredBetween('2025-Q3', 70, 80, { team: 'SEC' }))),
  q('PH143', 'admin', 'avg q3: seniors vs juniors', () =>
    figures(near(score(levelMean('2025-Q3', 'Senior')), 'senior'), near(score(levelMean('2025-Q3', 'Junior')), 'junior')),
  ),
  q('PH144', 'admin', 'dev vs qa performance in q3', () =>
    figures(near(score(meanOf('2025-Q3', { team: 'DEV' })), teamLabel('DEV')), near(score(meanOf('2025-Q3', { team: 'QA' })), teamLabel('QA'))),
  ),
  q('PH145', 'admin', "ravi patel's kpi for q3", () => figures(score(kpiOf('DEV-014', '2025-Q3') ?? Number.NaN))),
  q('PH146', 'admin', 'who scored over 80 in both q2 and q3', () => people(aboveInAll(['2025-Q2', '2025-Q3'], 80))),
  q('PH147', 'admin', 'who in AI scored above the AI average in q3', () => people(aboveOwnMean('2025-Q3', 'AI'))),
  q('PH148', 'admin', 'range of scores in DAT last quarter', () => figures(score(spreadOf('2025-Q3', { team: 'DAT' })))),
  q('PH149', 'admin', 'how many scored under 60 in q3', () => figures(near(count(countBelow('2025-Q3', 60)), 'people|employee|score|person|under|below'))),
  q('PH150', 'admin', 'Mohamed Saleh scores q2 and q3', () => figures(score(scoreKnown('SEC-003', '2025-Q2')), score(scoreKnown('SEC-003', '2025-Q3')))),
  q('PH151', 'admin', 'biggest drop in score from q1 to q2, whole company', () => people([soleMover('2025-Q1', '2025-Q2', 'down').id])),

  // Headcounts.
  q('PH152', 'admin', 'hc total', () => figures(near(count(headcount()), HEAD))),
  q('PH153', 'admin', 'how many seniors do we have company wide', () => figures(near(count(headcount({ position: 'Senior' })), HEAD + '|senior'))),
  q('PH154', 'admin', 'how many mid level in AI', () => figures(near(count(headcount({ team: 'AI', position: 'Mid' })), HEAD + '|mid'))),
  q('PH155', 'admin', 'how many security analysts are there', () => figures(near(count(withTitle('Security Analyst').length), HEAD + '|analyst'))),
  q('PH156', 'admin', 'list the leads', () => people(atLevel('Lead'))),
  q('PH157', 'admin', 'which teams have more than 9 people', () => ({ kind: 'answer', teams: teamsWithHeadcount((n) => n > 9) })),
  q('PH158', 'admin', 'headcount for everyone except QA', () => figures(near(count(headcountOutside(['QA'])), HEAD))),
  q('PH159', 'admin', 'how many non-seniors in DEV', () => figures(near(count(headcountExcept(['Senior'], 'DEV')), HEAD + '|senior'))),
  q('PH160', 'admin', 'how many ppl has DAT had in total, including leavers', () =>
    figures(near(count(headcount({ team: 'DAT', status: 'any' })), HEAD + '|leaver')),
  ),
  q('PH161', 'admin', 'juniors in the testers team?', () => people(atLevel('Junior', 'QA'))),

  // Hires, leavers, tenure, profiles.
  q('PH162', 'admin', 'who joined in q3', () => people(hiredBetween(...Q3_RANGE))),
  q('PH163', 'admin', 'new hires this quarter?', () => people(hiredBetween(...Q4_RANGE))),
  q('PH164', 'admin', 'who left this year', () => people(leftBetween(...YEAR_SO_FAR))),
  q('PH165', 'admin', 'how many ppl has security lost this yr', () =>
    figures(near(count(leftBetween(...YEAR_SO_FAR, 'SEC').length), HEAD + '|left|leaver|lost')),
  ),
  q('PH166', 'admin', 'hires and leavers in 2025', () =>
    figures(near(count(hiredBetween(...YEAR_SO_FAR).length), 'hire|join|new'), near(count(leftBetween(...YEAR_SO_FAR).length), 'left|leaver|depart')),
  ),
  q('PH167', 'admin', 'longest serving person in qa', () => people(longestServing(1, { team: 'QA' }))),
  q('PH168', 'admin', 'how long has ravi patel been here', () => figures(years(tenureOf('DEV-014')))),
  q('PH169', 'admin', 'when did chloe start', () => answer({ dates: [hireOf('DEV-013')] })),
  q('PH170', 'admin', 'laura silva last day?', () => answer({ dates: [lastDayOf('DAT-009')] })),
  q('PH171', 'admin', 'avg tenure in dev', () => figures(years(tenureMean({ team: 'DEV' })))),
  q('PH172', 'admin', 'how many ppl have been with us less than a year', () => figures(near(count(withUsUnderAYear().length), HEAD))),
  q('PH173', 'admin', "who's been here more than 7 yrs", () => people(servedMoreThan(7))),
  q('PH174', 'admin', 'newest hire?', () => people(newest(1))),
  q('PH175', 'admin', "what's sofia rossi's job title", () => answer({ mentions: [jobTitle('DEV-011')] })),
  q('PH176', 'admin', 'who is DAT-006', () => answer({ people: ['DAT-006'] })),
  q('PH177', 'admin', 'isabell santos start date', () => answer({ dates: [hiredOn('SEC-006')] })),
  q('PH178', 'admin', 'who is DEV-099', () => notFound()),
];
