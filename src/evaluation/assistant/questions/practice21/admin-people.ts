/*
 * practice21 — an HR admin on people for a report: headcount per team and per level, hires and leavers per
 * period (this year against last year so far, a quarter against a quarter), and tenure (the longest serving,
 * the average tenure of a team, who has more than N years). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every figure and person comes from the data set and the oracle.
 */
import { count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, leftBetween, longestServing, newest } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { hiredWhere, withUsUnder } from '../../oracle/practice15-figures';
import { POSITIONS, positionLabel } from '../../oracle/practice17-figures';
import { averageTenure, LAST_YEAR_SO_FAR } from '../../oracle/practice21-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q, THIS_QUARTER, THIS_YEAR } from '../helpers';

const Q1: [string, string] = ['2025-01-01', '2025-03-31'];
const perTeam = (value: (team: string) => number) => TEAM_CODES.filter((team) => value(team) > 0).map((team) => near(count(value(team)), teamLabel(team)));

export const ADMIN_PEOPLE: readonly Question[] = [
  // Headcount.
  q('F096', 'admin', 'headcount per team', () => figures(...perTeam((team) => headcount({ team })))),
  q('F097', 'admin', 'hc by level', () => figures(...POSITIONS.map((p) => near(count(headcount({ position: p })), positionLabel(p))))),
  q('F098', 'admin', 'total active headcount', () => figures(count(headcount()))),
  q('F099', 'admin', 'how many seniors are there in the company', () => figures(count(headcount({ position: 'Senior' })))),
  q('F100', 'admin', 'number of juniors in QA', () => figures(count(headcount({ team: 'QA', position: 'Junior' })))),
  // "leavers" would make the grader look for the count next to a leave word: the headcount stands next to people words.
  q('F101', 'admin', 'headcount of the AI team including leavers', () =>
    figures(near(count(headcount({ team: 'AI', status: 'any' })), 'employee|people|person|staff|headcount|\\bai\\b')),
  ),
  q('F102', 'admin', 'how many mid-level staff in DEV', () => figures(count(headcount({ team: 'DEV', position: 'Mid' })))),

  // Hires and leavers.
  q('F103', 'admin', 'hires per team this year', () => figures(...perTeam((team) => hiredBetween(...THIS_YEAR, team).length))),
  q('F104', 'admin', 'how many people did we hire in 2025 so far vs the same period last year', () =>
    figures(count(hiredBetween(...THIS_YEAR).length), count(hiredBetween(...LAST_YEAR_SO_FAR).length)),
  ),
  q('F105', 'admin', 'hires this year vs last year so far', () =>
    figures(count(hiredBetween(...THIS_YEAR).length), count(hiredBetween(...LAST_YEAR_SO_FAR).length)),
  ),
  q('F106', 'admin', 'list of people hired in calendar year 2024', () => people(hiredBetween('2024-01-01', '2024-12-31'))),
  q('F107', 'admin', 'new hires in Q3', () => people(hiredBetween(...Q3))),
  q('F108', 'admin', 'how many hires in Q1 vs Q3 this year', () => figures(count(hiredBetween(...Q1).length), count(hiredBetween(...Q3).length))),
  q('F109', 'admin', 'juniors hired this year', () => people(hiredWhere({ position: 'Junior' }, THIS_YEAR))),
  q('F110', 'admin', 'leavers per team in 2025', () => figures(...perTeam((team) => leftBetween(...THIS_YEAR, team).length))),
  q('F111', 'admin', 'who left in Q3', () => people(leftBetween(...Q3))),
  q('F112', 'admin', 'number of leavers YTD', () => figures(count(leftBetween(...THIS_YEAR).length))),
  q('F113', 'admin', 'hires and leavers this quarter', () => people([...hiredBetween(...THIS_QUARTER), ...leftBetween(...THIS_QUARTER)])),
  q('F114', 'admin', 'new joiners in the data team this year', () => people(hiredBetween(...THIS_YEAR, 'DAT'))),
  q('F115', 'admin', 'who left the AI team this year', () => people(leftBetween(...THIS_YEAR, 'AI'))),

  // Tenure.
  q('F116', 'admin', 'who is the longest serving employee', () => people(longestServing(1))),
  q('F117', 'admin', 'longest serving person in QA', () => people(longestServing(1, { team: 'QA' }))),
  q('F118', 'admin', 'the 3 longest-serving people in DEV', () => people(longestServing(3, { team: 'DEV' }))),
  q('F119', 'admin', 'average tenure of the DEV team', () => figures(years(averageTenure({ team: 'DEV' })))),
  q('F120', 'admin', 'avg tenure QA', () => figures(years(averageTenure({ team: 'QA' })))),
  q('F121', 'admin', 'average tenure in years across the company', () => figures(years(averageTenure()))),
  q('F122', 'admin', 'who has more than 7 years of service', () => people(servedMoreThan(7))),
  q('F123', 'admin', 'people in SEC with more than 5 years', () => people(servedMoreThan(5, { team: 'SEC' }))),
  q('F124', 'admin', 'staff with under 1 year of tenure', () => people(withUsUnder(1))),
  q('F125', 'admin', 'newest joiner in the AI team', () => people(newest(1, { team: 'AI' }))),
];
