/*
 * practice58 — absences through the absence rule, and the attendance rate they make. API.md: each person's expected
 * fraction e of a day is 0 before tracking, outside employment and on weekly off days, else 1 less each half taken off
 * by a holiday of their team or the organisation or by approved leave; absent = e − min(a, e) over closed days, so a
 * half-day holiday leaves half a day to be absent (Ben Carter's and Sofia Rossi's October have such halves), leave is
 * never absence, and today (open) has no absentees. The rate is attended ÷ expected over the closed days; the absence
 * rate is the rate taken from 1; "attendance issues" is a rate below 0.9. A whole holiday has nobody absent.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { holidayNamed } from '../../oracle/practice58-calendar';
import { absentD, LAST_MONTH, LAST_WEEK, month, none, on, rateOf, round, SINCE_TRACKING, some, THIS_WEEK, YESTERDAY } from '../../oracle/practice58-figures';
import { absentDates, ALL, figureOf, personFigure, team, whoWith } from '../../oracle/practice58-lists';
import { q } from '../helpers';

const away = (id: string, range: readonly [string, string]) => figures(absentD(personFigure(id, 'absent', range)));
const teams = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
const ALERT = 0.9;
/** The teams under the alert line over a range, each clear of it. */
const teamsUnder = (range: readonly [string, string]) =>
  teams.filter((code) => {
    const r = figureOf(team(code), 'rate', range);
    if (Math.abs(r - ALERT) < 0.0005) throw new Error(`${code} is on the line`);
    return r < ALERT;
  });

export const ABSENCES: readonly Question[] = [
  // HR.
  q('QG050', 'admin', 'how many days was Ben Carter absent in October?', () => away('DEV-012', month(10))),
  q('QG051', 'admin', 'total absense days company-wide last month', () => figures(absentD(figureOf(ALL, 'absent', LAST_MONTH)))),
  q('QG052', 'admin', 'who was absent yday?', () => people(some(whoWith(ALL, 'absent', on(YESTERDAY))))),
  q('QG053', 'admin', 'who had more than 4 days of absence in October', () => people(some(whoWith(ALL, 'absent', month(10), (v) => v > 4)))),
  q('QG054', 'admin', 'absence rate for QA last month', () => figures(rateOf(round(1 - figureOf(team('QA'), 'rate', LAST_MONTH), 4)))),
  q('QG055', 'admin', 'sofia rossi absences oct', () => away('DEV-011', month(10))),
  // Founders Day was the whole organisation's: nobody was expected, so nobody was absent.
  q('QG056', 'admin', 'was anyone absent on Founders Day?', () => (none(whoWith(ALL, 'absent', on(holidayNamed('Founders Day').date))), yesNo(false, []))),
  // The DEV Recharge Day was DEV's own: the other teams were expected, and all of them came in.
  q('QG057', 'admin', 'was anyone absent on the DEV Recharge Day?', () => {
    const day = holidayNamed('DEV Recharge Day').date;
    none(whoWith(ALL, 'absent', on(day)));
    return yesNo(false, []);
  }),
  q('QG058', 'admin', "what was the company's attendance rate in October", () => figures(rateOf(figureOf(ALL, 'rate', month(10))))),
  q('QG059', 'admin', 'Show me departments with attendance issues last month', () => answer({ teams: some(teamsUnder(LAST_MONTH)) })),
  // Managers.
  q('QG060', 'DEV-001', 'who on the team missed days last month?', () =>
    people(some(whoWith(team('DEV'), 'absent', LAST_MONTH, (v) => v > 0, { asker: 'DEV-001' }))),
  ),
  q('QG061', 'DEV-001', 'how many days has Chris Morgan been absent since August', () => away('DEV-006', [month(8)[0], SINCE_TRACKING[1]])),
  q('QG062', 'DEV-001', "what was DEV's attendance rate last month", () => figures(rateOf(figureOf(team('DEV'), 'rate', LAST_MONTH)))),
  q(
    'QG063',
    'QA-001',
    "Morning! I'm closing out October for the team and HR wants the absence total - how many days absent did QA have in October altogether?",
    () => figures(absentD(figureOf(team('QA'), 'absent', month(10)))),
  ),
  q('QG064', 'QA-001', 'who on my team was absent more than 3 days in October', () =>
    people(some(whoWith(team('QA'), 'absent', month(10), (v) => v > 3, { asker: 'QA-001' }))),
  ),
  q('QG065', 'QA-001', 'QA attendance rate last wk', () => figures(rateOf(figureOf(team('QA'), 'rate', LAST_WEEK)))),
  q('QG066', 'QA-001', 'absences in QA so far this week?', () => figures(absentD(figureOf(team('QA'), 'absent', THIS_WEEK)))),
  // Employees.
  q('QG067', 'DEV-003', 'have I been absent at all since August?', () => yesNo(false, [], { dates: none(absentDates('DEV-003', SINCE_TRACKING)) })),
  q('QG068', 'QA-003', 'how many days was I absent in October', () => away('QA-003', month(10))),
  q('QG069', 'QA-003', 'on which day in october was i absent?', () => answer({ dates: some(absentDates('QA-003', month(10))) })),
  q('QG070', 'DAT-004', 'days i was absent in sept', () => away('DAT-004', month(9))),
  q('QG071', 'SEC-004', 'did I miss any days in October', () => yesNo(false, [], { dates: none(absentDates('SEC-004', month(10))) })),
  q('QG072', 'QA-003', 'my attendence rate last month', () => figures(rateOf(personFigure('QA-003', 'rate', LAST_MONTH)))),
  q('QG073', 'DAT-004', 'attendance % for me in october', () => figures(rateOf(personFigure('DAT-004', 'rate', month(10))))),
];
