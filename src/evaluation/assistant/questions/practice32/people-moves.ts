/*
 * practice32 — the admin's people side of the close: headcounts now and on a past day, with filters (team, position,
 * job title, status), hires and leavers over ranges that cross the year and the quarters, the former employees' dates,
 * tenure in years and in months, anniversaries.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { headcount, hiredBetween, leftBetween, longestServing, select } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { TEAM_CODES, teamLabel } from '../../oracle/practice11-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { hiredWhere } from '../../oracle/practice15-figures';
import { POSITIONS, positionLabel } from '../../oracle/practice17-figures';
import { hireOf, lastDayOf, tenureOf } from '../../oracle/practice18-figures';
import { nonEmpty } from '../../oracle/practice20-figures';
import { headcountExcept, headcountOutside } from '../../oracle/practice22-figures';
import { perTeamMoves } from '../../oracle/practice24-figures';
import { attritionIn, YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { tenureMean } from '../../oracle/practice29-figures';
import {
  anniversariesInMonth,
  employedOnDay,
  H2_SO_FAR,
  NOV_2024_TO_JAN_2025,
  Q3_WHOLE,
  SINCE_1_AUG,
  withUsUnderMonths,
} from '../../oracle/practice32-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { THIS_QUARTER, q } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|member|active|total';
const LAST_YEAR_SAME_POINT: [string, string] = ['2024-01-01', '2024-11-19'];
const YEAR_2024: [string, string] = ['2024-01-01', '2024-12-31'];

export const PEOPLE_MOVES: readonly Question[] = [
  q('PG033', 'admin', 'How many people were employed on 30 September?', () => figures(near(count(employedOnDay('2025-09-30').length), HEAD))),
  q('PG034', 'admin', 'Headcount on 1 October versus today', () =>
    figures(near(count(employedOnDay('2025-10-01').length), HEAD + '|oct'), near(count(headcount()), HEAD + '|today|now')),
  ),
  q('PG035', 'admin', 'Who joined between 1 November 2024 and 31 January 2025?', () => people(nonEmpty(hiredBetween(...NOV_2024_TO_JAN_2025)))),
  q('PG036', 'admin', 'Hires this year so far vs the same point last year', () =>
    figures(near(count(hiredBetween(...YEAR_TO_DATE).length), 'this year|2025'), near(count(hiredBetween(...LAST_YEAR_SAME_POINT).length), 'last year|2024')),
  ),
  q('PG037', 'admin', 'Who left durng Q3?', () => people(nonEmpty(leftBetween(...Q3_WHOLE)))),
  q('PG038', 'admin', 'Everyone who has left since 1 August, with their last working day', () => {
    const leavers = nonEmpty(leftBetween(...SINCE_1_AUG));
    return answer({ people: leavers, dates: leavers.map(lastDayOf) });
  }),
  q('PG039', 'admin', 'Joiners and leavers so far this quarter', () => people([...hiredBetween(...THIS_QUARTER), ...leftBetween(...THIS_QUARTER)])),
  q('PG040', 'admin', 'How many active staff does Security have, and how many if we include leavers?', () =>
    figures(
      near(count(headcount({ team: 'SEC' })), 'active|current|now|staff'),
      near(count(headcount({ team: 'SEC', status: 'any' })), 'includ|leaver|total|all'),
    ),
  ),
  q('PG041', 'admin', 'Headcount of the Data team by position', () =>
    figures(
      ...POSITIONS.filter((position) => headcount({ team: 'DAT', position }) > 0).map((position) =>
        near(count(headcount({ team: 'DAT', position })), positionLabel(position)),
      ),
    ),
  ),
  q('PG042', 'admin', 'How many junior data analysts do we have?', () =>
    figures(near(count(select({ title: 'Data Analyst', position: 'Junior' }).length), 'analyst|junior|people|employee')),
  ),
  q('PG043', 'admin', 'how many ML engineers r there right now', () =>
    figures(near(count(select({ title: 'ML Engineer' }).length), 'engineer|people|employee')),
  ),
  q('PG044', 'admin', 'Which seniors have been with us for more than 5 years?', () => people(nonEmpty(servedMoreThan(5, { position: 'Senior' })))),
  q('PG045', 'admin', "Who's been here less than 6 months?", () => people(nonEmpty(withUsUnderMonths(6)))),
  q('PG046', 'admin', 'Average tenure in Security, in years', () => figures(years(tenureMean({ team: 'SEC' })))),
  q('PG047', 'admin', 'Longest-serving person in each team', () => people(TEAM_CODES.flatMap((team) => longestServing(1, { team })))),
  q('PG048', 'admin', 'When did Laura Silva start, and what was her last day?', () => answer({ dates: [hireOf('DAT-009'), lastDayOf('DAT-009')] })),
  q('PG049', 'admin', 'Who has a work anniversary in December?', () => people(nonEmpty(anniversariesInMonth(12)))),
  q('PG050', 'admin', 'How long has Grace Kim been with us?', () => figures(years(tenureOf('QA-007')))),
  q('PG051', 'admin', 'How many of the people we hired in 2024 are still here?', () =>
    figures(near(count(hiredWhere({ status: 'active' }, YEAR_2024).length), 'people|employee|still|hire|here')),
  ),
  q('PG052', 'admin', 'Which teams have more than 9 active people?', () => answer({ teams: teamsWithHeadcount((n) => n > 9) })),
  q('PG053', 'admin', 'New hires per team in the second half of the year', () =>
    figures(...perTeamMoves('hires', H2_SO_FAR).map((x) => near(count(x.n), teamLabel(x.team)))),
  ),
  q('PG054', 'admin', 'Headcount for everyone except DEV and QA', () => figures(near(count(headcountOutside(['DEV', 'QA'])), HEAD))),
  q('PG055', 'admin', 'How many non-managers are in AI?', () => figures(near(count(headcountExcept(['Manager'], 'AI')), HEAD + '|non'))),
  q('PG056', 'admin', 'How many juniors have we hired this year?', () =>
    figures(near(count(hiredWhere({ position: 'Junior' }, YEAR_TO_DATE).length), 'junior|hire|people')),
  ),
  q('PG057', 'admin', 'Ethan Hughes — start date, last day and job title', () =>
    answer({ dates: [hireOf('SEC-008'), lastDayOf('SEC-008')], mentions: [person('SEC-008').title] }),
  ),
  q('PG058', 'admin', 'attrition in the data team this yr', () => people(attritionIn(YEAR_TO_DATE, 'DAT'))),
  q('PG059', 'admin', 'Average tenure of our leads', () => figures(years(tenureMean({ position: 'Lead' })))),
];
