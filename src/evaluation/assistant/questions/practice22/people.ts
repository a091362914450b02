/*
 * practice22 — a new HR coordinator (admin) finding out who works here: headcounts by team, level and
 * status, who joined and who left, and how long people have been with us — in their own words, precise or
 * sloppy. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure and person
 * comes from the data set and the oracle.
 */
import { count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { hiredWhere, withUsUnder } from '../../oracle/practice15-figures';
import { POSITIONS, positionLabel } from '../../oracle/practice17-figures';
import { tenureOf } from '../../oracle/practice18-figures';
import { SINCE_AUGUST } from '../../oracle/practice19-figures';
import { averageTenure } from '../../oracle/practice21-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q, THIS_QUARTER, THIS_YEAR } from '../helpers';

const PEOPLE_WORDS = 'employee|people|person|staff|headcount|member';
const perTeam = (value: (team: string) => number) => TEAM_CODES.filter((team) => value(team) > 0).map((team) => near(count(value(team)), teamLabel(team)));

export const PEOPLE: readonly Question[] = [
  // Headcount.
  q('A001', 'admin', 'how many employees do we have right now', () => figures(count(headcount()))),
  q('A002', 'admin', 'how many people work in each team?', () => figures(...perTeam((team) => headcount({ team })))),
  q('A003', 'admin', 'hw many ppl in QA', () => figures(count(headcount({ team: 'QA' })))),
  q('A004', 'admin', 'size of the security team', () => figures(near(count(headcount({ team: 'SEC' })), PEOPLE_WORDS + '|security|sec'))),
  q('A005', 'admin', 'number of staff per level across the company', () =>
    figures(...POSITIONS.map((p) => near(count(headcount({ position: p })), positionLabel(p)))),
  ),
  q('A006', 'admin', 'how many juniors do we have', () => figures(count(headcount({ position: 'Junior' })))),
  q('A007', 'admin', 'how many team leads are there', () => figures(count(headcount({ position: 'Lead' })))),
  q('A008', 'admin', 'seniors in the AI team - how many?', () => figures(count(headcount({ team: 'AI', position: 'Senior' })))),
  q('A009', 'admin', 'who are the managers', () => people(ids({ position: 'Manager' }))),
  q('A010', 'admin', 'list the people in the data team', () => people(ids({ team: 'DAT' }))),
  q('A011', 'admin', 'who are the juniors in dev', () => people(ids({ team: 'DEV', position: 'Junior' }))),
  q('A012', 'admin', 'how many inactive employees are on file', () => figures(near(count(headcount({ status: 'inactive' })), PEOPLE_WORDS + '|inactive'))),
  q('A013', 'admin', 'which employees are inactive', () => people(ids({ status: 'inactive' }))),
  q('A014', 'admin', 'total headcount incl. people who have left', () => figures(near(count(headcount({ status: 'any' })), PEOPLE_WORDS + '|total|incl'))),

  // Hires and leavers.
  q('A015', 'admin', 'who joined since August?', () => people(hiredBetween(...SINCE_AUGUST))),
  q('A016', 'admin', 'how many new hires this year', () => figures(near(count(hiredBetween(...THIS_YEAR).length), 'hire|joiner|people|employee|new'))),
  q('A017', 'admin', 'new starters this quarter', () => people(hiredBetween(...THIS_QUARTER))),
  q('A018', 'admin', 'who started in september', () => people(hiredBetween('2025-09-01', '2025-09-30'))),
  q('A019', 'admin', 'hires per team in 2025', () => figures(...perTeam((team) => hiredBetween(...THIS_YEAR, team).length))),
  q('A020', 'admin', 'who has left the company this year', () => people(leftBetween(...THIS_YEAR))),
  q('A021', 'admin', 'leavers in Q3 pls', () => people(leftBetween(...Q3))),
  q('A022', 'admin', 'did anyone leave in october', () => people(leftBetween('2025-10-01', '2025-10-31'))),
  q('A023', 'admin', 'which juniors joined in 2024', () => people(hiredWhere({ position: 'Junior' }, ['2024-01-01', '2024-12-31']))),

  // Tenure.
  q('A024', 'admin', 'who has been here the longest', () => people(longestServing(1))),
  q('A025', 'admin', 'our most recent hire', () => people(newest(1))),
  q('A026', 'admin', 'how long has Ravi Patel been with us', () => figures(years(tenureOf('DEV-014')))),
  q('A027', 'admin', 'tenure of Olivia Martin', () => figures(years(tenureOf('SEC-002')))),
  q('A028', 'admin', 'who has been here more than 8 years', () => people(servedMoreThan(8))),
  q('A029', 'admin', 'people in the data team with less than a year of service', () => people(withUsUnder(1, { team: 'DAT' }))),
  q('A030', 'admin', 'avg tenure in security', () => figures(years(averageTenure({ team: 'SEC' })))),
];
