/*
 * practice58 — hours worked, as month-end payroll checks them: per person, per team and for the company, over a month,
 * a week, an ISO week, yesterday or the month so far. API.md: `hours_worked` is computed from the check-in and check-out
 * (two decimals, null while checked in), and the export's `hours_worked` is their sum; a record whose check-out is
 * missing has no hours. Today is open, so the month so far reads the same with and without today (every check-in of
 * today is still open). A team's total counts everyone who worked in it then; "our team" is the manager's whole team,
 * the manager included.
 */
import { figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { hoursH, isoWeek, LAST_MONTH, LAST_WEEK, month, some, SINCE_TRACKING, THIS_MONTH } from '../../oracle/practice58-figures';
import { ALL, figureOf, firstN, personFigure, team, theMost, whoWith } from '../../oracle/practice58-lists';
import { q } from '../helpers';

const mine = (id: string, range: readonly [string, string]) => figures(hoursH(personFigure(id, 'hours', range)));
const teams = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];

export const HOURS: readonly Question[] = [
  // HR, for payroll: anyone, any team, the company.
  q('QG001', 'admin', 'total hours worked by QA in October?', () => figures(hoursH(figureOf(team('QA'), 'hours', month(10))))),
  q('QG002', 'admin', 'how many hrs did Lukas Novak put in last month', () => mine('DEV-004', LAST_MONTH)),
  q('QG003', 'admin', 'Hours worked across the whole company last week, please.', () => figures(hoursH(figureOf(ALL, 'hours', LAST_WEEK)))),
  q('QG004', 'admin', 'mei lin hours so far this month', () => mine('DAT-005', THIS_MONTH)),
  q('QG005', 'admin', 'who put in the most hours in Developement in October?', () => people(theMost(team('DEV'), 'hours', month(10)))),
  // Ethan Hughes left at the end of September: he worked no day of October and is no one of the three.
  q('QG006', 'admin', 'the 3 people in Security with the fewest hours in October', () => people(firstN(team('SEC'), 'hours', month(10), 3, 'fewest'))),
  q('QG007', 'admin', 'hours per team for september', () => figures(...teams.map((code) => hoursH(figureOf(team(code), 'hours', month(9)))))),
  q('QG008', 'admin', "Julia Fischer's hours in wk 45", () => mine('DAT-003', isoWeek(45))),
  q('QG009', 'admin', "I'm reconciling payroll for October and need one number: the total hours worked company-wide that month.", () =>
    figures(hoursH(figureOf(ALL, 'hours', month(10)))),
  ),
  q('QG010', 'admin', 'did anyone in QA work fewer than 140 hours in October?', () =>
    yesNo(true, [], { people: some(whoWith(team('QA'), 'hours', month(10), (v) => v < 140)) }),
  ),
  // Managers: their own team ("our team" holds the manager too).
  q('QG011', 'DEV-001', 'how many hours did our team put in last week', () => figures(hoursH(figureOf(team('DEV'), 'hours', LAST_WEEK)))),
  q('QG012', 'DEV-001', 'yuki tanaka hrs october', () => mine('DEV-009', month(10))),
  q('QG013', 'DEV-001', 'who on my team worked under 35 hours last week?', () =>
    people(some(whoWith(team('DEV'), 'hours', LAST_WEEK, (v) => v < 35, { asker: 'DEV-001' }))),
  ),
  q('QG014', 'QA-001', 'total hours QA has worked this month so far', () => figures(hoursH(figureOf(team('QA'), 'hours', THIS_MONTH)))),
  q('QG015', 'QA-001', 'How many hours did Marcus Lee work last week?', () => mine('QA-002', LAST_WEEK)),
  q('QG016', 'QA-001', 'who on my team put in the most hours in September', () => people(theMost(team('QA'), 'hours', month(9), 'most', 'QA-001'))),
  // Employees: their own.
  q('QG017', 'DEV-003', 'my hours last week?', () => mine('DEV-003', LAST_WEEK)),
  q('QG018', 'QA-003', "hi, I'm filling in my timesheet for November and want to double-check - how many hours have I worked this month?", () =>
    mine('QA-003', THIS_MONTH),
  ),
  q('QG019', 'DAT-004', 'hrs worked in oct', () => mine('DAT-004', month(10))),
  q('QG020', 'SEC-004', 'total hours I did in September', () => mine('SEC-004', month(9))),
  q('QG021', 'DAT-004', 'my hours in september vs october', () =>
    figures(hoursH(personFigure('DAT-004', 'hours', month(9))), hoursH(personFigure('DAT-004', 'hours', month(10)))),
  ),
  q('QG022', 'DEV-003', 'Could you tell me my total hours since the start of August? Thanks!', () => mine('DEV-003', [month(8)[0], SINCE_TRACKING[1]])),
];
