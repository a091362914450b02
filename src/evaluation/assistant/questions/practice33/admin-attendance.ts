/*
 * practice33 — the admin's attendance questions, typed between meetings: rates, late, absent, half days, missing
 * check-outs, hours and who has not checked in yet, over a day, a week, a month, a quarter and ranges, with
 * typos, shorthand and a misspelt name or two. Every figure comes from the oracle over the data set.
 */
import { answer, ask, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { attendedOn, measureOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamsWithExtreme } from '../../oracle/practice11-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { checkInTime, MONTHS_SINCE_AUGUST, rateIn, ratesAtEnd } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { absentDays, hoursBelow, hoursExtreme, WEEK_BEFORE_LAST } from '../../oracle/practice23-figures';
import { lastDaysRate } from '../../oracle/practice25-figures';
import { overClean, ratesOver, teamsUnder } from '../../oracle/practice29-figures';
import {
  eitherOf,
  lastAwayDay,
  measureByTeam,
  rateByTeam,
  SEP_1_TO_OCT_15,
  SINCE_OCT_1,
  someone,
  underLine,
  WEEK_OF_NOV_3,
} from '../../oracle/practice33-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_WEEK, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const day = (d: string): [string, string] => [d, d];

export const ADMIN_ATTENDANCE: readonly Question[] = [
  q('PH001', 'admin', 'hey quick one - whats the attendance rate for the whole company last week?', () => figures(rate(rateIn(ALL, LAST_WEEK)))),
  q('PH002', 'admin', 'attendance % so far this month', () => figures(rate(rateIn(ALL, THIS_MONTH)))),
  q('PH003', 'admin', 'qa attendance rate oct', () => figures(rate(rateIn({ team: 'QA' }, OCTOBER)))),
  q('PH004', 'admin', 'Security attendnace in september pls', () => figures(rate(rateIn({ team: 'SEC' }, SEPTEMBER)))),
  q('PH005', 'admin', 'AI team attendance since 1 oct?', () => figures(rate(rateIn({ team: 'AI' }, SINCE_OCT_1)))),
  q('PH006', 'admin', 'attendance rate over the last 10 days, everyone', () => figures(rate(lastDaysRate(10, ALL)))),
  q('PH007', 'admin', 'monthly attendance trend since august for the company', () => figures(...ratesOver(ALL, MONTHS_SINCE_AUGUST).map((r) => rate(r)))),
  q('PH008', 'admin', 'attendance per team last wk', () => figures(...rateByTeam(LAST_WEEK, rate))),
  q('PH009', 'admin', 'rate last week vs the week before?', () => figures(rate(rateIn(ALL, LAST_WEEK)), rate(rateIn(ALL, WEEK_BEFORE_LAST)))),
  q('PH010', 'admin', 'data team attendance this month compared to last month', () =>
    figures(rate(rateIn({ team: 'DAT' }, THIS_MONTH)), rate(rateIn({ team: 'DAT' }, OCTOBER))),
  ),
  q('PH011', 'admin', 'whats the absence rate company wide in october', () => figures(rate(absenceRate(ALL, OCTOBER)))),
  q('PH012', 'admin', 'which depts had attendance issues last month', () => ({ kind: 'answer', teams: teamsUnder(OCTOBER, 0.9) })),
  q('PH013', 'admin', 'attendance for the seniors last wk', () => figures(rate(rateIn(levelIn(undefined, 'Senior'), LAST_WEEK)))),
  q('PH014', 'admin', 'late ppl dev oct?', () => people(someone(peopleWhere({ team: 'DEV' }, 'late', ...OCTOBER)))),
  q('PH015', 'admin', 'how many late arrivals in DEV last week', () => figures(near(count(totals({ team: 'DEV' }, ...LAST_WEEK).late), 'late'))),
  q('PH016', 'admin', 'who was absent in QA last week', () => people(someone(peopleWhere({ team: 'QA' }, 'absent', ...LAST_WEEK)))),
  q('PH017', 'admin', 'who forgot to check out this month', () => people(someone(peopleWhere(ALL, 'missingCheckOut', ...THIS_MONTH)))),
  q('PH018', 'admin', 'missing checkouts in october? how many', () => figures(near(count(totals(ALL, ...OCTOBER).missingCheckOut), 'check'))),
  q('PH019', 'admin', 'half days in DAT last month', () => figures(near(count(totals({ team: 'DAT' }, ...OCTOBER).halfDay), 'half'))),
  q('PH020', 'admin', 'which team had the most late arrivals in september', () => ({ kind: 'answer', teams: teamsWithExtreme('late', ...SEPTEMBER, 'most') })),
  q('PH021', 'admin', 'absent days by team last month', () => figures(...measureByTeam('absent', OCTOBER, days))),
  q('PH022', 'admin', 'who was late more than 4 times in oct', () => people(overClean(ALL, 'late', OCTOBER, 4))),
  q('PH023', 'admin', 'anyone under 90% attendance last month?', () => people(someone(underLine(ALL, OCTOBER, 0.9)))),
  q('PH024', 'admin', 'lowest 3 attendance rates in DAT in september', () => people(ratesAtEnd({ team: 'DAT' }, SEPTEMBER, 3, 'lowest'))),
  q('PH025', 'admin', 'hours worked by dat last week', () => figures(hours(totals({ team: 'DAT' }, ...LAST_WEEK).hours))),
  q('PH026', 'admin', 'who put in the most hours in QA this month', () => {
    const top = hoursExtreme({ team: 'QA' }, THIS_MONTH, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PH027', 'admin', 'who worked fewer than 30 hrs last week', () => people(someone(hoursBelow(ALL, LAST_WEEK, 30)))),
  q('PH028', 'admin', 'who was absent on founders day', () => people(peopleWhere(ALL, 'absent', ...day(holidayDate('Founders Day'))))),
  q('PH029', 'admin', 'who was late on the QA offsite', () => people(someone(peopleWhere(ALL, 'late', ...day(holidayDate('QA Offsite')))))),
  q('PH030', 'admin', 'how many ppl clocked in yday', () => figures(near(count(attendedOn(ALL, YESTERDAY).length), 'check|clock|people|employee'))),
  q('PH031', 'admin', "who hasn't checked in yet today", () => people(someone(notCheckedInToday(ALL)))),
  q('PH032', 'admin', 'between 1 sep and 15 oct how many late arrivals in AI', () =>
    figures(near(count(totals({ team: 'AI' }, ...SEP_1_TO_OCT_15).late), 'late')),
  ),
  q('PH033', 'admin', 'who was late or absent yesterday', () => people(someone(eitherOf(ALL, 'late', 'absent', day(YESTERDAY))))),
  q('PH034', 'admin', 'who were the no-shows in DEV the week of 3 nov', () => people(someone(peopleWhere({ team: 'DEV' }, 'absent', ...WEEK_OF_NOV_3)))),
  q('PH035', 'admin', 'tardies in QA this quarter', () => figures(near(count(totals({ team: 'QA' }, ...THIS_QUARTER).late), 'late|tard'))),
  q('PH036', 'admin', 'which juniors were late in sept', () => people(someone(peopleWhere(levelIn(undefined, 'Junior'), 'late', ...SEPTEMBER)))),
  q('PH037', 'admin', 'how many days was Lukas Novak late in october', () => figures(near(count(measureOf('DEV-004', 'late', ...OCTOBER)), 'late|day|time'))),
  q('PH038', 'admin', "chris's attendance last month", () => ask('DEV-006', 'QA-004')),
  q('PH039', 'admin', 'Hanna Schmit attendance rate sept', () => figures(rate(rateIn({ ids: ['DEV-007'] }, SEPTEMBER)))),
  q('PH040', 'admin', 'what time did omar hadad check in yesterday', () => answer({ mentions: [checkInTime('DEV-010', YESTERDAY)] })),
  q('PH041', 'admin', 'ben carter absences in october - which days', () => answer({ dates: absentDays('DEV-012', OCTOBER) })),
  q('PH042', 'admin', 'when was zoe adams last absent', () => answer({ dates: [lastAwayDay('QA-009')] })),
  q('PH043', 'admin', 'how many ppl were marked present yesterday', () => figures(near(count(totals(ALL, YESTERDAY, YESTERDAY).present), 'present'))),
  q('PH044', 'admin', 'absences in security this week so far', () => figures(near(days(totals({ team: 'SEC' }, ...THIS_WEEK).absent), 'absen|day|missed'))),
  q('PH045', 'admin', 'which team had the fewest late arrivals last month', () => ({ kind: 'answer', teams: teamsWithExtreme('late', ...OCTOBER, 'fewest') })),
];
