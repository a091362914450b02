/*
 * practice27 — the outside tester checks the README's "who" and "what" on people: headcount (everyone, a team
 * by code, name or nickname, a position, a job title, with leavers), profile facts (position, job title, start
 * date, last day, tenure), hires and leavers over the README's periods, tenure thresholds and rankings; each
 * capability asked three or four ways (formal, chatty, terse, misspelt). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set and
 * the oracle.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { headcount, hiredBetween, leftBetween, longestServing, newest, select } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { hireOf, lastDayOf, SINCE_AUGUST } from '../../oracle/practice18-figures';
import { nameOf, withUsUnder } from '../../oracle/practice15-figures';
import { leaversWithLastDays } from '../../oracle/practice23-figures';
import { H1, YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { LAST_QUARTER, ofLevel, positionOf, titleOf, yearsOf } from '../../oracle/practice27-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q, THIS_QUARTER } from '../helpers';

const hires = (range: readonly [string, string], team?: string) => hiredBetween(range[0], range[1], team);
const leavers = (range: readonly [string, string], team?: string) => leftBetween(range[0], range[1], team);
const HIRE_WORDS = 'people|employee|hire|join|new';

export const PEOPLE_QUESTIONS: readonly Question[] = [
  // Headcount: everyone, a team four ways, a position, a job title, leavers included.
  q('PB001', 'admin', 'What is the current headcount of the organisation?', () => figures(count(headcount()))),
  q('PB002', 'admin', 'how many ppl work here rn', () => figures(count(headcount()))),
  q('PB003', 'admin', 'Please state the headcount of the Security team.', () => figures(count(headcount({ team: 'SEC' })))),
  q('PB004', 'admin', 'how many in SEC', () => figures(count(headcount({ team: 'SEC' })))),
  q('PB005', 'admin', 'hedcount for the security folks', () => figures(count(headcount({ team: 'SEC' })))),
  q('PB006', 'admin', 'headcount per team', () => figures(...TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team))))),
  q('PB007', 'admin', 'How many seniors are there in DEV?', () => figures(count(headcount({ team: 'DEV', position: 'Senior' })))),
  q('PB008', 'admin', 'list the juniors in the AI team', () => people(ofLevel('Junior', 'AI'))),
  q('PB009', 'admin', 'how many data analysts do we have', () => figures(count(select({ title: 'Data Analyst' }).length))),
  q('PB010', 'admin', 'headcount including leavers', () => figures(count(headcount({ status: 'any' })))),
  q('PB011', 'admin', 'who are the leads', () => people(ofLevel('Lead'))),

  // Profile facts, each a few ways.
  q('PB012', 'admin', 'What position does Hannah Schmidt hold?', () => answer({ mentions: [positionOf('DEV-007')] })),
  q('PB013', 'admin', "hanna schmit's level?", () => answer({ mentions: [positionOf('DEV-007')] })),
  q('PB014', 'admin', 'job title of Jakub Wozniak', () => answer({ mentions: [titleOf('SEC-007')] })),
  q('PB015', 'admin', 'When did Noah Brown start with us?', () => answer({ dates: [hireOf('DAT-010')] })),
  q('PB016', 'admin', 'noah start date', () => answer({ dates: [hireOf('DAT-010')] })),
  q('PB017', 'admin', "What was Ethan Hughes's last day?", () => answer({ dates: [lastDayOf('SEC-008')] })),
  q('PB018', 'admin', 'How long has Grace Kim been with the company?', () => figures(years(yearsOf('QA-007')))),
  q('PB019', 'admin', 'tenure of olivia martin', () => figures(years(yearsOf('SEC-002')))),
  q('PB020', 'admin', 'who is AI-002', () => answer({ mentions: [nameOf('AI-002')] })),

  // Hires and leavers over the README's periods.
  q('PB021', 'admin', 'Who was hired this year?', () => people(hires(YEAR_TO_DATE))),
  q('PB022', 'admin', 'new joiners this quarter', () => people(hires(THIS_QUARTER))),
  q('PB023', 'admin', 'how many hires last quarter', () => figures(near(count(hires(LAST_QUARTER).length), HIRE_WORDS))),
  q('PB024', 'admin', 'who joined in H1', () => people(hires(H1))),
  q('PB025', 'admin', 'hires in the data team since august', () => people(hires(SINCE_AUGUST, 'DAT'))),
  q('PB026', 'admin', 'Which employees have left the company this year, and on what date?', () => {
    const left = leaversWithLastDays(YEAR_TO_DATE);
    return answer({ people: left.map((x) => x.id), dates: left.map((x) => x.end) });
  }),
  q('PB027', 'admin', 'leavers last quarter', () => people(leavers(LAST_QUARTER))),
  q('PB028', 'admin', 'how many people has AI lost this year', () =>
    figures(near(count(leavers(YEAR_TO_DATE, 'AI').length), 'people|employee|leaver|left|lost')),
  ),
  q('PB029', 'admin', 'hires vs leavers in 2025', () =>
    figures(near(count(hires(['2025-01-01', TODAY]).length), 'hire|join|new'), near(count(leavers(['2025-01-01', TODAY]).length), 'leaver|left|leav')),
  ),

  // Tenure: thresholds and rankings.
  q('PB030', 'admin', 'Who has been with us for more than 8 years?', () => people(servedMoreThan(8))),
  q('PB031', 'admin', 'who has been here less than a year', () => people(withUsUnder(1))),
  q('PB032', 'admin', 'the 3 longest-serving employees', () => people(longestServing(3))),
  q('PB033', 'admin', 'newest 2 hires in QA', () => people(newest(2, { team: 'QA' }))),
  q('PB034', 'admin', 'longest serving person in the dev team', () => people(longestServing(1, { team: 'DEV' }))),
  q('PB035', 'admin', 'seniors with more than 5 years of service', () => people(servedMoreThan(5, { position: 'Senior' }))),
];
