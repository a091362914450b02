/*
 * practice48 — people and the calendar against a line: teams with more than 9, fewer than 10 or exactly 9 people
 * (headcounts count active staff unless leavers are asked for, README: Security's leaver leaves it at 7, short of
 * 8), the whole company over 50, seniors over 10, service of at least 7 years or under a year (read on the calendar
 * and in whole years, alike), hires and leavers over a line, and working days by a team's calendar (QA has exactly
 * 20 in November, DEV 19: a DEV-only holiday), holidays left. The admin, both managers and four employees ask.
 */
import { answer, count, days, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { select } from '../../oracle/people-figures';
import { DEC_WHOLE, NOV_WHOLE, onLine, passes, some, teamList, YEAR_SO_FAR, type Op, type Range } from '../../oracle/practice48-figures';
import { headcountOf, hiresIn, holidaysLeftVs, leaversIn, peopleByTenure, teamsByHeadcount, teamsByHires, workingDaysOf } from '../../oracle/practice48-lines';
import { peopleIn } from '../../oracle/attendance-figures';
import { employedOn } from '../../oracle/absence';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const HEAD = 'people|person|employee|staff|member|headcount|senior|active|team';
/** "Does the team have … people?": yes or no first, then the headcount. */
const headYesNo = (n: number, op: Op, line: number) => yesNo(passes(n, op, line), [near(count(n), HEAD)]);
/** "Does … have … working days?": yes or no first, then the days. */
const workingYesNo = (range: Range, code: string, op: Op, line: number) => {
  const n = workingDaysOf(range, code);
  return yesNo(passes(n, op, line), [near(days(n), 'working|day|work')]);
};
/** The active members of a manager's team hired within the last n years, the same with or without the manager. */
const joinedWithin = (manager: string, years: number) =>
  teamList(manager, (s) => peopleByTenure('lt', years).filter((id) => peopleIn(s).some((p) => p.id === id && employedOn(p, TODAY))));

export const PEOPLE: readonly Question[] = [
  // Headcounts against a line.
  q('PW141', 'admin', 'which depts have more than 9 people?', () => answer({ teams: some(teamsByHeadcount('gt', 9)) })),
  q('PW142', 'admin', 'which teams have fewer than 10 people?', () => answer({ teams: some(teamsByHeadcount('lt', 10)) })),
  q('PW143', 'admin', 'which teams have exactly 9 employees?', () => answer({ teams: some(teamsByHeadcount('eq', 9)) })),
  q('PW144', 'admin', 'does SEC have at least 8 people?', () => {
    if (select({ team: 'SEC', status: 'any' }).length < 8) throw new Error('the leaver does not matter');
    return headYesNo(headcountOf('SEC'), 'ge', 8);
  }),
  q('PW145', 'admin', 'are there more than 50 employees atm?', () => headYesNo(select().length, 'gt', 50)),
  q('PW146', 'admin', 'r there more than 10 seniors?', () => headYesNo(select({ position: 'Senior' }).length, 'gt', 10)),

  // Service.
  q('PW147', 'admin', 'who has been with us at least 7 years?', () => people(some(peopleByTenure('ge', 7)))),
  q('PW148', 'admin', 'how many people have been here less than a year?', () => answer({ figures: [near(count(peopleByTenure('lt', 1).length), HEAD)] })),
  q('PW149', 'admin', 'who in QA has been here less than 2 years?', () => people(some(peopleByTenure('lt', 2, { team: 'QA' })))),

  // Hires and leavers.
  q('PW150', 'admin', 'did we hire more than 6 people this year?', () => {
    const n = hiresIn(YEAR_SO_FAR).length;
    return yesNo(passes(n, 'gt', 6), [near(count(n), 'people|person|employee|hire|join|new|starter')]);
  }),
  q('PW151', 'admin', 'which teams hired more than one person this year?', () => answer({ teams: some(teamsByHires(YEAR_SO_FAR, 'gt', 1)) })),
  q('PW152', 'admin', 'did more than 3 people leave this year?', () => {
    const n = leaversIn(YEAR_SO_FAR).length;
    onLine(n, 3);
    return yesNo(passes(n, 'gt', 3), [near(count(n), 'people|person|employee|leaver|left|leav')]);
  }),

  // Working days by a team's calendar.
  q('PW153', 'admin', 'does QA have at least 20 working days in November?', () => {
    onLine(workingDaysOf(NOV_WHOLE, 'QA'), 20);
    return workingYesNo(NOV_WHOLE, 'QA', 'ge', 20);
  }),
  q('PW154', 'admin', 'does DEV have more than 19 working days in November?', () => {
    onLine(workingDaysOf(NOV_WHOLE, 'DEV'), 19);
    return workingYesNo(NOV_WHOLE, 'DEV', 'gt', 19);
  }),
  q('PW155', 'admin', 'does SEC have fewer than 20 working days in December?', () => workingYesNo(DEC_WHOLE, 'SEC', 'lt', 20)),

  // Priya Raman (DEV) and Elena Petrova (QA), about their team.
  q('PW156', 'DEV-001', 'who on my team joined less than 2 years ago?', () => people(some(joinedWithin('DEV-001', 2)))),
  q('PW157', 'DEV-001', 'does my team have more than 12 people?', () => headYesNo(headcountOf('DEV'), 'gt', 12)),
  q('PW158', 'QA-001', 'does my team have at least 10 people?', () => {
    onLine(headcountOf('QA'), 10);
    return headYesNo(headcountOf('QA'), 'ge', 10);
  }),

  // Employees, about themselves.
  q('PW159', 'DEV-003', 'have I been here at least 4 years?', () => yesNo(peopleByTenure('ge', 4).includes('DEV-003'), [])),
  q('PW160', 'SEC-004', 'do I have more than 3 holidays left this year?', () => {
    const h = holidaysLeftVs('SEC', 'gt', 3);
    return yesNo(h.yes, [], { dates: h.dates });
  }),
  q('PW161', 'DAT-004', 'do I have at least 20 working days in December?', () => workingYesNo(DEC_WHOLE, 'DAT', 'ge', 20)),
  q('PW162', 'QA-003', 'have I worked here for 5 years or more?', () => yesNo(peopleByTenure('ge', 5).includes('QA-003'), [])),
];
