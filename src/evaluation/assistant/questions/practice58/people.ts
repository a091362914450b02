/*
 * practice58 — hires, leavers and tenure at month-end. API.md: employment runs from `hire_date` to `end_date` (the last
 * working day); a headcount counts active staff unless leavers are asked for, and a headcount on a past day counts those
 * employed that day (README). Tenure is whole years from the hire date, asked only of people not within a month of an
 * anniversary. Start and last days come back as dates.
 */
import { answer, figures, people, years, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { byHire, employedCountOn, headcount, headN, hiredIn, lastDayOf, leftIn, startOf, underAYear, yearsOf } from '../../oracle/practice58-calendar';
import { month, none, some, THIS_QUARTER, YEAR_SO_FAR } from '../../oracle/practice58-figures';
import { team } from '../../oracle/practice58-lists';
import { q } from '../helpers';

const teams = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];

export const PEOPLE: readonly Question[] = [
  // HR.
  q('QG140', 'admin', 'who joined this year?', () => people(some(hiredIn(YEAR_SO_FAR)))),
  q('QG141', 'admin', 'leavers this yr', () => people(some(leftIn(YEAR_SO_FAR)))),
  q('QG142', 'admin', 'who left in october', () => people(some(leftIn(month(10))))),
  q('QG143', 'admin', 'new starters and leavers so far this quarter', () => people(some([...hiredIn(THIS_QUARTER), ...leftIn(THIS_QUARTER)]))),
  q('QG144', 'admin', 'For the board pack I need our headcount as it stood on 31 October - how many people were employed that day?', () =>
    figures(headN(employedCountOn(month(10)[1]))),
  ),
  q('QG145', 'admin', 'how many active employees do we have right now', () => figures(headN(headcount()))),
  q('QG146', 'admin', 'headcount by team', () => figures(...teams.map((code) => headN(headcount(team(code)))))),
  q('QG147', 'admin', 'how long has Ravi Patel been with us', () => figures(years(yearsOf('DEV-014')))),
  q('QG148', 'admin', 'who has been with us for less than a year', () => people(some(underAYear()))),
  q('QG149', 'admin', "what was Laura Silva's last day", () => answer({ dates: [lastDayOf('DAT-009')] })),
  // Managers.
  q('QG150', 'DEV-001', 'who is the newest person on my team', () => people(byHire(team('DEV'), 'last'))),
  q('QG151', 'DEV-001', 'how many people are in DEV right now', () => figures(headN(headcount(team('DEV'))))),
  q('QG152', 'DEV-001', 'did anyone join DEV this year?', () => yesNo(true, [], { people: some(hiredIn(YEAR_SO_FAR, team('DEV'))) })),
  q('QG153', 'QA-001', 'new starters in QA this year', () => people(some(hiredIn(YEAR_SO_FAR, team('QA'))))),
  q('QG154', 'QA-001', 'how long has Marcus Lee been here', () => figures(years(yearsOf('QA-002')))),
  q('QG155', 'QA-001', 'has anyone left QA this year?', () => (none(leftIn(YEAR_SO_FAR, team('QA'))), yesNo(false, []))),
  // Employees.
  q('QG156', 'DEV-003', 'when did I start here?', () => answer({ dates: [startOf('DEV-003')] })),
  q('QG157', 'QA-003', 'how many years have I been here', () => figures(years(yearsOf('QA-003')))),
  q('QG158', 'DAT-004', 'my start date?', () => answer({ dates: [startOf('DAT-004')] })),
  q('QG159', 'SEC-004', 'how long have I worked here', () => figures(years(yearsOf('SEC-004')))),
];
