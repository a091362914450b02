/*
 * practice39 — who works here, promise by promise (README "who" and "what": a person by id, by name, misspelt or
 * by first name; profile facts one or several at once; tenure; headcounts today and on a past day, with a level,
 * with leavers, with a team or a level left out; rosters and job titles; hires and leavers): each asked plainly
 * once, then reworded two or three ways as an HR person would type it. The admin asks.
 */
import { answer, ask, count, people, type Question, years } from '../../expectation';
import { person } from '../../dataset/dataset';
import { headcount, hiredBetween, ids, leftBetween, longestServing, tenureYears } from '../../oracle/people-figures';
import { near, withUsUnderAYear } from '../../oracle/practice10-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { headcountExcept, headcountOutside } from '../../oracle/practice22-figures';
import {
  headcountOn,
  hireOf,
  hiresPerTeam,
  LAST_YEAR_SO_FAR,
  lastDayOf,
  positionOf,
  Q3,
  Q4_SO_FAR,
  some,
  titledAt,
  titleOf,
  YEAR_2025,
  YEAR_SO_FAR,
} from '../../oracle/practice39-figures';
import { q } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|member|senior|junior|analyst|engineer|tester|hire|join|starter|leaver|left|lost|total';
const head = (n: number) => near(count(n), HEAD);
const seniorsInDev = () => ids({ team: 'DEV', position: 'Senior' });

export const PEOPLE: readonly Question[] = [
  // A person by id, by full name, misspelt.
  q('PN001', 'admin', 'Who is DEV-001?', () => people(['DEV-001'])),
  q('PN002', 'admin', 'who is qa-007', () => people(['QA-007'])),
  q('PN003', 'admin', 'whos Samuel Wrigth?', () => people(['DAT-008'])),
  // Profile facts: start date; by first name (one match, or several → it asks which).
  q('PN004', 'admin', "What is Chloe Dubois's start date?", () => answer({ dates: [hireOf('DEV-013')] })),
  q('PN005', 'admin', 'when did chloe start', () => answer({ dates: [hireOf('DEV-013')] })),
  q('PN006', 'admin', "What's Chris's job title?", () => ask('DEV-006', 'QA-004')),
  // Several facts at once, of former employees.
  q('PN007', 'admin', 'Start date, last day and job title of Laura Silva', () =>
    answer({ dates: [hireOf('DAT-009'), lastDayOf('DAT-009')], mentions: [titleOf('DAT-009')] }),
  ),
  q('PN008', 'admin', 'when did victor dumont join and when did he leave?', () => answer({ dates: [hireOf('AI-009'), lastDayOf('AI-009')] })),
  q('PN009', 'admin', 'Ethan Hughes - position and last working day?', () => answer({ dates: [lastDayOf('SEC-008')], mentions: [positionOf('SEC-008')] })),
  // Position, by its other names ("grade", "seniority level").
  q('PN010', 'admin', 'What position is Omar Haddad?', () => answer({ mentions: [positionOf('DEV-010')] })),
  q('PN011', 'admin', "what's grace kim's seniority level", () => answer({ mentions: [positionOf('QA-007')] })),
  q('PN012', 'admin', 'job title of Kevin OBrien', () => answer({ mentions: [titleOf('DAT-004')] })),
  // Tenure.
  q('PN013', 'admin', 'How long has Ravi Patel been with us?', () => answer({ figures: [years(tenureYears(person('DEV-014')))] })),
  q('PN014', 'admin', "Who's been here the longest?", () => people(longestServing(1))),
  q('PN015', 'admin', 'How many people have been with us less than a year?', () => answer({ figures: [head(withUsUnderAYear().length)] })),
  // Headcount: a team by code, misspelt name, nickname; everyone; leavers included; on a past day.
  q('PN016', 'admin', 'How many employees are in QA?', () => answer({ figures: [head(headcount({ team: 'QA' }))] })),
  q('PN017', 'admin', 'headcount of Quality Assurence', () => answer({ figures: [head(headcount({ team: 'QA' }))] })),
  q('PN018', 'admin', 'How many people work here?', () => answer({ figures: [head(headcount())] })),
  q('PN019', 'admin', 'total staff including leavers', () => answer({ figures: [head(headcount({ status: 'any' }))] })),
  q('PN020', 'admin', 'What was the headcount on 1 October?', () => answer({ figures: [head(headcountOn('2025-10-01'))] })),
  // Headcount with a level, and with a team or a level left out.
  q('PN021', 'admin', 'How many seniors are in Development?', () => answer({ figures: [head(headcount({ team: 'DEV', position: 'Senior' }))] })),
  q('PN022', 'admin', 'hw many seniors r in dev', () => answer({ figures: [head(headcount({ team: 'DEV', position: 'Senior' }))] })),
  q('PN023', 'admin', 'Headcount for everyone except QA', () => answer({ figures: [head(headcountOutside(['QA']))] })),
  q('PN024', 'admin', 'How many non-seniors are in Development?', () => answer({ figures: [head(headcountExcept(['Senior'], 'DEV'))] })),
  q('PN025', 'admin', 'Which teams have more than 10 people?', () => answer({ teams: teamsWithHeadcount((n) => n > 10) })),
  // Rosters and job titles (headcounts and lists).
  q('PN026', 'admin', 'Show me the QA roster', () => people(ids({ team: 'QA' }))),
  q('PN027', 'admin', 'which seniors are in Development', () => people(seniorsInDev())),
  q('PN028', 'admin', 'list the mid level ML engineers', () => people(some(titledAt('ML Engineer', 'Mid')))),
  // Hires and leavers: a year, a quarter, so far against the same point last year, per team.
  q('PN029', 'admin', 'How many people joined this year?', () => answer({ figures: [head(hiredBetween(...YEAR_SO_FAR).length)] })),
  // "Last year so far" (this time last year): 2024 up to 19 November 2024, as the README counts it.
  q('PN030', 'admin', 'hires this year vs last year so far', () =>
    answer({ figures: [head(hiredBetween(...YEAR_SO_FAR).length), head(hiredBetween(...LAST_YEAR_SO_FAR).length)] }),
  ),
  q('PN031', 'admin', 'Who left the company in 2025?', () => people(some(leftBetween(...YEAR_2025)))),
  q('PN032', 'admin', 'leavers in Q3 and their last days', () => {
    const gone = some(leftBetween(...Q3));
    return answer({ people: gone, dates: gone.map(lastDayOf) });
  }),
  q('PN033', 'admin', 'Did anyone join in Q4?', () => yesNo(true, [], { people: some(hiredBetween(...Q4_SO_FAR)) })),
  q('PN034', 'admin', 'joiners and leavers since 1 Oct', () => people([...some(hiredBetween(...Q4_SO_FAR)), ...some(leftBetween(...Q4_SO_FAR))])),
  q('PN035', 'admin', 'hires per team this quarter', () => answer({ figures: hiresPerTeam(Q4_SO_FAR) })),
];
