/*
 * practice18 — the admin about people as typed in a chat box: headcounts by team, level and job title,
 * lists, hires and leavers, start and last days, tenure and thresholds on it, with typos, shorthand and
 * lead-ins. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, person
 * and date comes from the data set and the oracle.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureWhere } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { hiredAfter, hireOf, lastDayOf, SINCE_AUGUST, SINCE_SEPTEMBER, tenureOf, YEAR_2024 } from '../../oracle/practice18-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { OCTOBER, q, THIS_YEAR } from '../helpers';

const HEAD = 'employee|people|person|staff|ppl|headcount|member|total';
const head = (n: number, extra = '') => near(count(n), extra ? `${extra}|${HEAD}` : HEAD);

export const ADMIN_PEOPLE: readonly Question[] = [
  // Headcounts.
  q('B001', 'admin', 'DEV headcount', () => figures(head(headcount({ team: 'DEV' }), 'dev'))),
  q('B002', 'admin', 'hw many ppl in qa rn', () => figures(head(headcount({ team: 'QA' }), 'qa|quality'))),
  q('B003', 'admin', 'total headcount atm?', () => figures(head(headcount()))),
  q('B004', 'admin', 'how many seniors do we have across the board', () => figures(head(headcount({ position: 'Senior' }), 'senior'))),
  q('B005', 'admin', 'juniors in the data team?', () => people(ids({ team: 'DAT', position: 'Junior' }))),
  q('B006', 'admin', 'list the leads pls', () => people(ids({ position: 'Lead' }))),
  q('B007', 'admin', 'who are the mid-levels in secuirty', () => people(ids({ team: 'SEC', position: 'Mid' }))),
  q('B008', 'admin', 'headcount by dept', () => figures(...TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team))))),
  q('B009', 'admin', 'hw many mid level ppl in AI', () => figures(head(headcount({ team: 'AI', position: 'Mid' }), 'mid|\\bai\\b'))),
  q('B010', 'admin', 'how many security analysts r there', () => figures(head(headcount({ title: 'Security Analyst' }), 'analyst'))),
  q('B011', 'admin', 'which teams have more than 9 ppl', () => answer({ teams: teamsWithHeadcount((n) => n > 9) })),
  q('B012', 'admin', 'for the board deck: number of employees in devlopment vs qa', () =>
    figures(near(count(headcount({ team: 'DEV' })), 'dev'), near(count(headcount({ team: 'QA' })), 'qa|quality')),
  ),
  q('B013', 'admin', 'seniors in artifical intelligence?', () => people(ids({ team: 'AI', position: 'Senior' }))),

  // Hires and leavers.
  q('B014', 'admin', 'whos our newest hire', () => people(newest(1))),
  q('B015', 'admin', 'who joined since sept', () => people(hiredBetween(...SINCE_SEPTEMBER))),
  q('B016', 'admin', 'new joiners YTD', () => people(hiredBetween(...THIS_YEAR))),
  q('B017', 'admin', 'how many ppl did we hire in 2024', () =>
    figures(near(count(hiredBetween(...YEAR_2024).length), 'hire|hired|join|people|employee|person')),
  ),
  q('B018', 'admin', 'leavers this yr?', () => people(leftBetween(...THIS_YEAR))),
  q('B019', 'admin', 'did anyone leave in oct', () => people(leftBetween(...OCTOBER))),
  q('B020', 'admin', 'how many ppl has AI lost this year', () =>
    figures(near(count(leftBetween(...THIS_YEAR, 'AI').length), 'left|leaver|lost|people|person|employee')),
  ),
  q('B021', 'admin', 'how many joined and how many left since aug', () =>
    figures(near(count(hiredBetween(...SINCE_AUGUST).length), 'join|hire|hired|new'), near(count(leftBetween(...SINCE_AUGUST).length), 'left|leaver|leav')),
  ),
  q('B022', 'admin', 'any new starters in the data team in Q3?', () => people(hiredBetween(...Q3, 'DAT'))),
  q('B023', 'admin', 'leavers from secuirty in 2025', () => people(leftBetween(...THIS_YEAR, 'SEC'))),

  // Profile facts.
  q('B024', 'admin', "whens laura silva's last day", () => answer({ dates: [lastDayOf('DAT-009')] })),
  q('B025', 'admin', 'when did chloe dubios start', () => answer({ dates: [hireOf('DEV-013')] })),
  q('B026', 'admin', 'hannah shmidt start date?', () => answer({ dates: [hireOf('DEV-007')] })),
  q('B027', 'admin', "what's tom beckers job title", () => answer({ mentions: ['Tech Lead'] })),
  q('B028', 'admin', "who's AI-004?", () => answer({ people: ['AI-004'] })),
  q('B029', 'admin', 'what level is jakub wozniak', () => answer({ mentions: ['Senior'] })),

  // Tenure.
  q('B030', 'admin', 'ravi patels tenure', () => figures(years(tenureOf('DEV-014')))),
  q('B031', 'admin', 'longest serving in sec', () => people(longestServing(1, { team: 'SEC' }))),
  q('B032', 'admin', 'who in dev has been here 5+ yrs', () => people(tenureWhere((y) => y >= 5, { team: 'DEV' }))),
  q('B033', 'admin', 'anyone been with us more than 7 years?', () => people(servedMoreThan(7))),
  q('B034', 'admin', 'how long has elena petrova been with us', () => figures(years(tenureOf('QA-001')))),
  q('B035', 'admin', 'ppl hired after 1 june 2025', () => people(hiredAfter('2025-06-01'))),
];
