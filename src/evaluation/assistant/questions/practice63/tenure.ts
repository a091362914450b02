/*
 * practice63 — tenure: the longest-serving and the newest people (overall, in a team, at a level), how long someone
 * has been here, average tenure by team and by level, people with at least n years or under n years, who has been here
 * longer of two, and who joined before a date. README: tenure is a profile fact ("how long has X been with us"), "who
 * is the longest-serving person in QA", "average tenure by team", "with us less than a year", "ppl hired b4 2020".
 * Tenure is counted in whole years on the calendar; an average is asked only when its exact and whole-year readings
 * give the same whole number, well clear of the next; "more than n years" only when it reads the same on the calendar
 * and in whole years. Every figure comes from oracle/practice63-tenure (and practice63-figures for the groups).
 */
import { answer, figures, people, years, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { bare, filled, heads, hireDate, listOf, members, TEAM_CODES, teamLabel } from '../../oracle/practice63-figures';
import {
  averageTenure,
  longestServing,
  newestJoiners,
  servedAtLeast,
  servedLonger,
  servedMoreThan,
  servedUnder,
  tenureFigure,
} from '../../oracle/practice63-tenure';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

/** "Who has been here longer, A or B": both start dates, and the one who has. */
function longer(a: string, b: string) {
  const winner = servedLonger(a, b);
  return answer({ dates: [hireDate(a), hireDate(b)], mentions: [person(winner).name] });
}

export const TENURE: readonly Question[] = [
  q('QL056', 'admin', 'who is our longest-tenured employee?', () => people(longestServing(1))),
  q('QL057', 'admin', 'our three longest-serving employees', () => people(longestServing(3))),
  q('QL058', 'admin', 'longest tenure in Quality Assurance?', () => people(longestServing(1, { team: 'QA' }))),
  q('QL059', 'admin', 'Who has served the longest in the AI team?', () => people(longestServing(1, { team: 'AI' }))),
  q('QL060', 'admin', 'who is our most recent hire?', () => people(newestJoiners(1))),
  q('QL061', 'admin', 'the 3 newest joiners across the company', () => people(newestJoiners(3))),
  q('QL062', 'admin', 'newest member of the data team', () => people(newestJoiners(1, { team: 'DAT' }))),
  q('QL063', 'admin', 'which senior has the most years with us?', () => people(longestServing(1, { position: 'Senior' }))),
  q('QL064', 'admin', 'which of our leads joined most recently', () => people(newestJoiners(1, { position: 'Lead' }))),
  q('QL065', 'admin', 'average tenure in the AI team, in years', () => figures(years(averageTenure({ team: 'AI' })))),
  q('QL066', 'admin', "what's average tenure across the whole company?", () => figures(years(averageTenure()))),
  q('QL067', 'admin', 'avg tenure per dept', () => figures(...TEAM_CODES.map((team) => near(years(averageTenure({ team })), teamLabel(team))))),
  q('QL068', 'admin', 'average length of service for our leads', () => figures(years(averageTenure({ position: 'Lead' })))),
  q('QL069', 'admin', 'DEV vs SEC: average tenure', () =>
    figures(near(years(averageTenure({ team: 'DEV' })), teamLabel('DEV')), near(years(averageTenure({ team: 'SEC' })), teamLabel('SEC'))),
  ),
  q('QL070', 'admin', 'how many people have been here at least 7 years', () => figures(heads(filled(servedAtLeast(7)).length, 'year'))),
  q('QL071', 'admin', 'who has 8+ years of service?', () => people(filled(servedAtLeast(8)))),
  q('QL072', 'admin', 'who in DEV has been with us 5 years or more', () => people(filled(servedAtLeast(5, { team: 'DEV' })))),
  q('QL073', 'admin', "Who's been with the company for under a year?", () => people(filled(servedUnder(1)))),
  q('QL074', 'admin', 'how many juniors have less than 2 years with us', () => figures(heads(filled(servedUnder(2, { position: 'Junior' })).length, 'year'))),
  q('QL075', 'admin', 'who in Security has more than 8 years of service', () => people(filled(servedMoreThan(8, { team: 'SEC' })))),
  q('QL076', 'admin', 'how long has Amara Nwosu been here?', () => figures(tenureFigure('AI-002'))),
  q('QL077', 'admin', "What's Ravi Patel's start date?", () => answer({ dates: [hireDate('DEV-014')] })),
  q('QL078', 'admin', 'who has been here longer, Sofia Rossi or Anna Berg?', () => longer('DEV-011', 'DAT-007')),
  q('QL079', 'admin', 'Mohammed Saleh v Ahmed Ali — who joined first?', () => longer('SEC-003', 'DAT-002')),
  q('QL080', 'admin', 'current staff who joined before 2019', () => people(filled(members().filter((id) => hireDate(id) < '2019-01-01')))),
  q('QL081', 'admin', 'how many people still here were hired before 2021?', () =>
    figures(bare(filled(members().filter((id) => hireDate(id) < '2021-01-01')).length)),
  ),
  q('QL082', 'admin', 'the managers, longest-serving first', () => people(listOf({ position: 'Manager' }))),
];
