/*
 * practice15 — people facts: who someone is, their level, title, team, start and last day, tenure;
 * headcounts by team, level, job title and status; teams over or under a size; hires and leavers over a
 * period with a level filter; the longest-serving and newest. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, person and date comes from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBefore, hiredBetween, ids, leftBetween, longestServing, newest, select, tenureYears } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { hiredWhere, withUsUnder } from '../../oracle/practice15-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q, THIS_YEAR } from '../helpers';

const SINCE_AUGUST: [string, string] = ['2025-08-01', TODAY];

export const PEOPLE: readonly Question[] = [
  q('N082', 'admin', 'Who is SEC-002?', () => answer({ people: ['SEC-002'], mentions: [person('SEC-002').title] })),
  q('N083', 'admin', 'how many leads do we have', () => figures(count(headcount({ position: 'Lead' })))),
  q('N084', 'admin', 'how many people are in the data team including leavers', () =>
    figures(near(count(headcount({ team: 'DAT', status: 'any' })), 'employee|people|person|staff|member')),
  ),
  q('N085', 'admin', 'which teams have fewer than 10 people', () => answer({ teams: teamsWithHeadcount((n) => n < 10) })),
  q('N086', 'admin', 'list the mid level security analysts', () => people(ids({ team: 'SEC', position: 'Mid', title: 'Security Analyst' }))),
  q('N087', 'admin', 'how many ML engineers are there', () => figures(near(count(headcount({ title: 'ML Engineer' })), 'engineer|people|employee|staff'))),
  q('N088', 'admin', 'what level is Omar Haddad', () => answer({ mentions: [person('DEV-010').position] })),
  q('N089', 'admin', 'which team is Mei Lin on', () => answer({ teams: [person('DAT-005').team] })),
  q('N090', 'admin', "amara nwosu's job title?", () => answer({ mentions: [person('AI-002').title] })),
  q('N091', 'DEV-001', 'when did hannah start', () => answer({ dates: [person('DEV-007').hire] })),
  q('N092', 'admin', "when was laura silva's last day", () => answer({ dates: [person('DAT-009').end!] })),
  q('N093', 'admin', 'how long has ravi patel been with us', () => figures(years(tenureYears(person('DEV-014'))))),
  q('N094', 'admin', 'who has been here more than 8 years', () => people(servedMoreThan(8))),
  q('N095', 'admin', 'longest serving senior', () => people(longestServing(1, { position: 'Senior' }))),
  q('N096', 'admin', 'newest hire in AI', () => people(newest(1, { team: 'AI' }))),
  q('N097', 'admin', 'how many people joined so far this year', () => figures(count(hiredBetween(THIS_YEAR[0], THIS_YEAR[1]).length))),
  q('N098', 'admin', 'who joined in Q3', () => people(hiredBetween(Q3[0], Q3[1]))),
  q('N099', 'admin', 'who left since august', () => people(leftBetween(SINCE_AUGUST[0], SINCE_AUGUST[1]))),
  q('N100', 'admin', 'how many juniors were hired this year', () => figures(count(hiredWhere({ position: 'Junior' }, THIS_YEAR).length))),
  q('N101', 'DEV-001', 'did anyone leave my team this year', () => people(leftBetween(THIS_YEAR[0], THIS_YEAR[1], 'DEV'))),
  q('N102', 'admin', 'how many people has the data team lost this year', () => figures(count(leftBetween(THIS_YEAR[0], THIS_YEAR[1], 'DAT').length))),
  q('N103', 'admin', 'hires vs leavers in Q3', () =>
    figures(near(count(hiredBetween(Q3[0], Q3[1]).length), 'hire|join|new'), near(count(leftBetween(Q3[0], Q3[1]).length), 'leaver|left|leav')),
  ),
  q('N104', 'admin', 'how many in DEV have been with us less than 2 years', () => figures(count(withUsUnder(2, { team: 'DEV' }).length))),
  q('N105', 'admin', 'which seniors are in security', () => people(ids({ team: 'SEC', position: 'Senior' }))),
  q('N106', 'admin', 'how many employees do we have in total', () => figures(count(headcount()))),
  q('N107', 'QA-001', 'who is the longest-serving person in my team', () => people(longestServing(1, { team: 'QA' }))),
  q('N108', 'admin', "what's chloe's position", () => answer({ mentions: [person('DEV-013').position] })),
  q('N109', 'DAT-004', 'when did i join', () => answer({ dates: [person('DAT-004').hire] })),
  q('N110', 'admin', 'how many leads and managers are there', () =>
    figures(near(count(headcount({ position: 'Lead' })), 'lead'), near(count(headcount({ position: 'Manager' })), 'manager')),
  ),
  q('N111', 'admin', 'juniors in AI', () => people(ids({ team: 'AI', position: 'Junior' }))),
  q('N112', 'admin', 'who in DEV was hired before 2020', () => people(hiredBefore('2020-01-01', { team: 'DEV' }))),
  q('N113', 'admin', 'how many seniors r in qa', () => figures(count(headcount({ team: 'QA', position: 'Senior' })))),
  q('N114', 'QA-001', 'how many people are in my team', () => figures(count(headcount({ team: 'QA' })))),
  q('N115', 'admin', 'which teams have more than 9 people', () => answer({ teams: teamsWithHeadcount((n) => n > 9) })),
  q('N116', 'admin', 'list all the leavers', () => people(select({ status: 'inactive' }).map((p) => p.id))),
];
