/*
 * practice37 — attendance on a busy Monday: rates over days, weeks, months and quarters, who was late, absent,
 * on leave or forgot to check out, hours, thresholds and comparisons, mostly from the admin's desk.
 */
import { count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { notCheckedInToday, peopleWhere, type Scope } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { neverIn } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { overClean, teamsUnder } from '../../oracle/practice29-figures';
import {
  differs,
  filled,
  LAST_FRIDAY,
  LAST_MONDAY,
  OCT_6_TO_17,
  personOf,
  Q3_RANGE,
  Q4_SO_FAR,
  rateOver,
  SEP_15_TO_30,
  SINCE_1_OCT,
  totalOf,
  WEEK_BEFORE_LAST,
  YESTERDAY,
} from '../../oracle/practice37-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const ALL: Scope = {};

export const ATTENDANCE: readonly Question[] = [
  q('PL001', 'admin', 'Morning! What was the overall attendance rate last week?', () => figures(rate(rateOver(ALL, LAST_WEEK)))),
  q('PL002', 'admin', 'Attendnce rate for Development so far this month', () => figures(rate(rateOver({ team: 'DEV' }, THIS_MONTH)))),
  q('PL003', 'admin', 'How did Security do on attendance in October?', () => figures(rate(rateOver({ team: 'SEC' }, OCTOBER)))),
  q('PL004', 'admin', 'Attendance rate of the AI team since 1 Oct', () => figures(rate(rateOver({ team: 'AI' }, SINCE_1_OCT)))),
  q('PL005', 'admin', "Compare this month's attendance rate with last month's for the whole company", () =>
    figures(rate(rateOver(ALL, THIS_MONTH)), rate(rateOver(ALL, OCTOBER))),
  ),
  q('PL006', 'admin', 'Attendance rate this quarter vs last quarter for QA', () =>
    figures(rate(rateOver({ team: 'QA' }, Q4_SO_FAR)), rate(rateOver({ team: 'QA' }, Q3_RANGE))),
  ),
  q('PL007', 'admin', 'who was late yesteday?', () => people(peopleWhere(ALL, 'late', YESTERDAY, YESTERDAY))),
  q('PL008', 'admin', 'Who was absent last Friday?', () => people(peopleWhere(ALL, 'absent', LAST_FRIDAY, LAST_FRIDAY))),
  q('PL009', 'admin', 'Which people in Data were absent on Monday?', () => people(peopleWhere({ team: 'DAT' }, 'absent', LAST_MONDAY, LAST_MONDAY))),
  q('PL010', 'admin', 'Who forgot to check out yesterday?', () => people(filled(peopleWhere(ALL, 'missingCheckOut', YESTERDAY, YESTERDAY)))),
  q('PL011', 'admin', 'How many missing check-outs were there in November so far?', () =>
    figures(near(count(totalOf(ALL, 'missingCheckOut', THIS_MONTH)), 'check|missing')),
  ),
  q('PL012', 'admin', 'How many late arrivals did the company have last wk?', () => figures(near(count(totalOf(ALL, 'late', LAST_WEEK)), 'late'))),
  q('PL013', 'admin', 'Total days absent across the company in September', () => figures(days(totalOf(ALL, 'absent', SEPTEMBER)))),
  q('PL014', 'admin', 'How many half days were logged in QA in October?', () => figures(near(count(totalOf({ team: 'QA' }, 'halfDay', OCTOBER)), 'half'))),
  q('PL015', 'admin', 'Who in the company was late more than 4 times in October?', () => people(overClean(ALL, 'late', OCTOBER, 4))),
  q('PL016', 'admin', 'Anyone absent more than 3 days since 1 Oct?', () => people(overClean(ALL, 'absent', SINCE_1_OCT, 3))),
  q('PL017', 'admin', 'Which teams were below 90% attendance last month?', () => ({ kind: 'answer', teams: teamsUnder(OCTOBER, 0.9) })),
  q('PL018', 'admin', 'What was the absence rate in AI last month?', () => figures(rate(absenceRate({ team: 'AI' }, OCTOBER)))),
  q('PL019', 'admin', 'Who has not checked in yet today in Development?', () => people(notCheckedInToday({ team: 'DEV' }))),
  q('PL020', 'admin', 'Who is on leave today?', () => people(filled(offBetween(ALL, '2025-11-19', '2025-11-19')))),
  q('PL021', 'admin', 'Hours workd by the Secuirty team last week', () => figures(hours(totalOf({ team: 'SEC' }, 'hours', LAST_WEEK)))),
  q('PL022', 'admin', 'Who in QA worked the most hours last week, and how many?', () => {
    const top = hoursExtreme({ team: 'QA' }, LAST_WEEK, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PL023', 'admin', 'Attendance for DEV the week before last', () => figures(rate(rateOver({ team: 'DEV' }, WEEK_BEFORE_LAST)))),
  q('PL024', 'admin', 'Attendance rate between 6 and 17 October for Data', () => figures(rate(rateOver({ team: 'DAT' }, OCT_6_TO_17)))),
  q('PL025', 'admin', 'Late arrivals in Security from 15 Sep to 30 Sep', () => figures(near(count(totalOf({ team: 'SEC' }, 'late', SEP_15_TO_30)), 'late'))),
  q('PL026', 'admin', "Was DEV's attendance better in October than in September?", () => {
    const oct = rateOver({ team: 'DEV' }, OCTOBER);
    const sep = rateOver({ team: 'DEV' }, SEPTEMBER);
    return yesNo(differs(oct, sep), [rate(oct), rate(sep)]);
  }),
  q('PL027', 'admin', 'Who in Security had no absences in October?', () => people(neverIn({ team: 'SEC' }, 'absent', OCTOBER))),
  q('PL028', 'admin', 'How many days was Chris Morgan absent last month?', () => figures(days(personOf('DEV-006', 'absent', OCTOBER)))),
  q('PL029', 'admin', "Lukas Novak's late count in October", () => figures(near(count(personOf('DEV-004', 'late', OCTOBER)), 'late'))),
  q('PL030', 'admin', 'What was the attendance rate of Julia Fischer in September?', () => figures(rate(rateOver({ ids: ['DAT-003'] }, SEPTEMBER)))),
];
