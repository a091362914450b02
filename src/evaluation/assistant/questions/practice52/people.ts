/*
 * practice52 — who works here: hires and leavers over relative periods (this year, this quarter, last quarter, a named
 * month, last month), tenure (whole years from the hire date to today; the longest-serving; with us less than a year),
 * headcounts (active staff, README: "headcounts count active staff unless leavers are asked for"), levels, and profile
 * look-ups by name (start date, job title). Managers ask about their team, employees about themselves.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { headcount, hiredBetween, leftBetween, longestServing, select, tenureYears } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { withUsUnderAYear } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { none, some } from '../../oracle/practice43-figures';
import { headN } from '../../oracle/practice51-figures';
import { LAST_MONTH, LAST_QUARTER, monthOf, THIS_QUARTER, THIS_YEAR } from '../../oracle/practice52-figures';
import { q } from '../helpers';

const HIRE = 'hire|hiring|join|new|start';
const LEFT = 'left|leaver|leaving|depart|exit';
const hiresIn = (range: readonly [string, string], team?: string) => some(hiredBetween(range[0], range[1], team));
const leaversIn = (range: readonly [string, string], team?: string) => leftBetween(range[0], range[1], team);
const tenureOf = (id: string) => figures(near(years(tenureYears(person(id))), 'year|yr'));
/** The single longest-serving active person of the filter (throws when two joined the same day). */
function longest(team?: string): string[] {
  const [first, second] = longestServing(2, { team });
  if (second !== undefined && person(first!).hire === person(second).hire) throw new Error('the longest-serving is tied');
  return [first!];
}

export const PEOPLE: readonly Question[] = [
  // Hires.
  q('QA124', 'admin', 'who joined this year?', () => people(hiresIn(THIS_YEAR))),
  q('QA125', 'admin', 'how many new hires have we had this year', () => figures(near(count(hiresIn(THIS_YEAR).length), HIRE))),
  q('QA126', 'admin', 'any new starters this quarter?', () => yesNo(true, [], { people: hiresIn(THIS_QUARTER) })),
  q('QA127', 'QA-001', 'who joined my team this year', () => people(hiresIn(THIS_YEAR, 'QA'))),
  q('QA128', 'admin', 'who was hired last quarter?', () => people(hiresIn(LAST_QUARTER))),
  q('QA129', 'admin', 'who started in October?', () => people(hiresIn(monthOf(10)))),

  // Leavers.
  q('QA130', 'admin', 'who left the company this year?', () => people(some(leaversIn(THIS_YEAR)))),
  q('QA131', 'admin', 'how many leavers did we have last quarter', () => figures(near(count(some(leaversIn(LAST_QUARTER)).length), LEFT))),
  q('QA132', 'admin', 'did anyone leave last month?', () => yesNo(true, [], { people: some(leaversIn(LAST_MONTH)) })),
  q('QA133', 'DEV-001', 'has anyone left my team this year?', () => yesNo(false, [], { people: none(leaversIn(THIS_YEAR, 'DEV')) })),
  q('QA134', 'admin', 'hires and leavers this year', () =>
    figures(near(count(hiresIn(THIS_YEAR).length), HIRE), near(count(some(leaversIn(THIS_YEAR)).length), LEFT)),
  ),

  // Tenure.
  q('QA135', 'admin', 'how long has Ravi Patel been with us?', () => tenureOf('DEV-014')),
  q('QA136', 'DEV-003', 'how many years have I worked here', () => tenureOf('DEV-003')),
  q('QA137', 'admin', "who's the longest-serving employee?", () => people(longest())),
  q('QA138', 'QA-001', 'who has been on my team the longest', () => people(longest('QA'))),
  q('QA139', 'admin', 'longest serving person in the data team', () => people(longest('DAT'))),
  q('QA140', 'admin', 'who has been with us for less than a year?', () => people(some(withUsUnderAYear()))),
  q('QA141', 'SEC-004', 'what is my tenure?', () => tenureOf('SEC-004')),

  // Headcounts and levels.
  q('QA142', 'admin', 'how many people work here?', () => figures(headN(headcount()))),
  q('QA143', 'admin', 'headcount in security', () => figures(headN(headcount({ team: 'SEC' })))),
  q('QA144', 'admin', 'how many seniors are in development?', () => figures(headN(headcount({ team: 'DEV', position: 'Senior' })))),
  q('QA145', 'admin', 'list the juniors in QA', () => people(select({ team: 'QA', position: 'Junior' }).map((p) => p.id))),
  q('QA146', 'DEV-001', 'how many mid-level people are on my team?', () => figures(headN(headcount({ team: 'DEV', position: 'Mid' })))),

  // Look-ups by name.
  q('QA147', 'admin', 'Who is Emma Clarke?', () => people(['SEC-004'])),
  q('QA148', 'admin', "what's chloe dubois's start date", () => answer({ dates: [person('DEV-013').hire] })),
  q('QA149', 'DAT-004', 'when did I join the company?', () => answer({ dates: [person('DAT-004').hire] })),
  q('QA150', 'admin', 'what is Jakub Wozniak’s job title', () => answer({ mentions: [person('SEC-007').title] })),
];
