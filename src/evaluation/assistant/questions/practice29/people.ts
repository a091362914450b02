/*
 * practice29 — the people side of the deep dive as the admin: average tenure overall, by team and by level;
 * headcount by level within a team; hires and leavers in a period (with their dates) and by team; leave taken
 * by kind and by team over a period; holidays and working days per team. Tenure in whole years, as earlier sets
 * read it (the oracle throws when whole and exact years would round differently).
 */
import { person } from '../../dataset/dataset';
import { answer, count, days, figures, people, years, type Question } from '../../expectation';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { headcount, hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { lastDayOf } from '../../oracle/practice18-figures';
import { workingDays } from '../../oracle/practice21-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { perTeamMoves } from '../../oracle/practice24-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { HIRED_THIS_YEAR, Q4_SO_FAR, tenureMean } from '../../oracle/practice29-figures';
import { q, SEPTEMBER } from '../helpers';

const NOVEMBER: [string, string] = ['2025-11-01', '2025-11-30'];
const HEAD = 'people|employee|headcount|staff|person|hire|joiner|leaver|left|senior|junior|lead|mid';
const Q3_FULL: [string, string] = ['2025-07-01', '2025-09-30'];

export const PEOPLE: readonly Question[] = [
  // Tenure.
  q('PD110', 'admin', 'What is the average tenure across the company?', () => figures(years(tenureMean()))),
  q('PD111', 'admin', 'average tenure by team', () => figures(...TEAM_CODES.map((team) => near(years(tenureMean({ team })), teamLabel(team))))),
  q('PD112', 'admin', 'avg tenure of the leads', () => figures(years(tenureMean({ position: 'Lead' })))),
  q('PD113', 'admin', 'average tenure of the mid-levels vs the leads', () =>
    figures(near(years(tenureMean({ position: 'Mid' })), 'mid'), near(years(tenureMean({ position: 'Lead' })), 'lead')),
  ),
  q('PD114', 'admin', 'average years of service in SEC compared with AI', () =>
    figures(near(years(tenureMean({ team: 'SEC' })), teamLabel('SEC')), near(years(tenureMean({ team: 'AI' })), teamLabel('AI'))),
  ),
  q('PD115', 'admin', 'average tenure of the QA seniors', () => figures(years(tenureMean({ team: 'QA', position: 'Senior' })))),

  // Headcount by level.
  q('PD116', 'admin', 'how many seniors are in DEV', () => figures(near(count(headcount({ team: 'DEV', position: 'Senior' })), HEAD))),
  q('PD117', 'admin', 'hc of juniors per team', () =>
    figures(...TEAM_CODES.map((team) => near(count(headcount({ team, position: 'Junior' })), teamLabel(team)))),
  ),
  q('PD118', 'admin', 'How many mid-level people does the company have?', () => figures(near(count(headcount({ position: 'Mid' })), HEAD))),

  // Hires and leavers.
  q('PD119', 'admin', 'Who was hired in Q3, and on what dates?', () => {
    const ids = hiredBetween(...Q3_FULL);
    return answer({ people: ids, dates: ids.map(hireDate) });
  }),
  q('PD120', 'admin', 'how many hires this year', () => figures(near(count(hiredBetween(...HIRED_THIS_YEAR).length), HEAD))),
  q('PD121', 'admin', 'hires this year by team', () => figures(...perTeamMoves('hires', HIRED_THIS_YEAR).map((x) => near(count(x.n), teamLabel(x.team))))),
  q('PD122', 'admin', 'Who left this year and when was their last day?', () => {
    const ids = leftBetween(...YEAR_TO_DATE);
    return answer({ people: ids, dates: ids.map(lastDayOf) });
  }),
  q('PD123', 'admin', 'leavers in Q3', () => people(leftBetween(...Q3_FULL))),
  q('PD124', 'admin', 'who joined this quarter so far', () => people(hiredBetween(...Q4_SO_FAR))),
  q('PD125', 'admin', 'How many people joined and how many left in 2025?', () =>
    figures(
      near(count(hiredBetween(...YEAR_TO_DATE).length), 'hire|join|new|start'),
      near(count(leftBetween(...YEAR_TO_DATE).length), 'left|leaver|depart|exit'),
    ),
  ),
  q('PD126', 'admin', 'which juniors were hired in 2025', () => people(hiredBetween(...YEAR_TO_DATE).filter(isJunior))),

  // Leave by kind and team.
  q('PD127', 'admin', 'sick leave days taken by DAT this quarter', () => figures(days(leaveTaken({ team: 'DAT' }, 'SICK', Q4_SO_FAR)))),
  q('PD128', 'admin', 'annual leave taken per team this year so far', () =>
    figures(...TEAM_CODES.map((team) => near(days(leaveTaken({ team }, 'ANNUAL', YEAR_TO_DATE)), teamLabel(team)))),
  ),
  q('PD129', 'admin', 'How many days of annual and of unpaid leave did DEV take this quarter?', () =>
    figures(near(days(leaveTaken({ team: 'DEV' }, 'ANNUAL', Q4_SO_FAR)), 'annual'), near(days(leaveTaken({ team: 'DEV' }, 'UNPAID', Q4_SO_FAR)), 'unpaid')),
  ),
  q('PD130', 'admin', 'annual leave taken in september, whole company', () => figures(days(sumTeams('ANNUAL', SEPTEMBER)))),
  q('PD131', 'admin', 'sick days taken company-wide this quarter', () => figures(days(sumTeams('SICK', Q4_SO_FAR)))),

  // Holidays and working days.
  q('PD132', 'admin', 'Which holidays does DEV have in November?', () => answer({ dates: datesOf(holidaysBetween(...NOVEMBER, 'DEV')) })),
  q('PD133', 'admin', 'How many working days does DEV have in November, and how many does AI have?', () =>
    figures(near(days(workingDays(NOVEMBER, 'DEV')), teamLabel('DEV')), near(days(workingDays(NOVEMBER, 'AI')), teamLabel('AI'))),
  ),
  q('PD134', 'admin', 'working days in september for QA vs DAT', () =>
    figures(near(days(workingDaysHalves(SEPTEMBER, 'QA')), teamLabel('QA')), near(days(workingDaysHalves(SEPTEMBER, 'DAT')), teamLabel('DAT'))),
  ),
  q('PD135', 'admin', 'holidays for the SEC team from now to the end of the year', () =>
    answer({ dates: datesOf(holidaysBetween('2025-11-20', '2025-12-31', 'SEC')) }),
  ),
  q('PD136', 'admin', 'working days in Q3 for the company (from 1 July)', () => figures(days(workingDays(Q3_FULL)))),
];

function hireDate(id: string): string {
  return person(id).hire;
}
const isJunior = (id: string) => person(id).position === 'Junior';
function sumTeams(code: 'ANNUAL' | 'SICK', range: readonly [string, string]): number {
  return leaveTaken({}, code, range);
}
