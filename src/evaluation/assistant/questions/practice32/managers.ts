/*
 * practice32 — the two managers closing their team's month (Priya Raman of DEV, Elena Petrova of QA): working days by
 * their team's calendar (DEV's Recharge Day, the QA Offsite morning), attendance over ranges across months, hires
 * inside the period, leave by kind and state, who is off, missing check-outs, hours for payroll; every figure is of
 * their own team.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { balance, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { MONTHS_SINCE_AUGUST, ratesAtEnd } from '../../oracle/practice15-figures';
import { leaveTaken, requestCount, withRequests } from '../../oracle/practice17-figures';
import { requestersOf } from '../../oracle/practice19-figures';
import { measureNonZero, nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { pendingDays } from '../../oracle/practice21-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { overClean } from '../../oracle/practice29-figures';
import {
  agreedMeasure,
  DECEMBER_WHOLE,
  LAST_WEEK_OF_OCTOBER,
  NOV_20_TO_28,
  NOVEMBER_WHOLE,
  OCT_1_TO_17,
  OCT_27_TO_NOV_7,
  Q3_WHOLE,
  rateOfScope,
  SINCE_1_OCT,
  startOf,
} from '../../oracle/practice32-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const MONTH_WORDS = ['aug', 'sep', 'oct', 'nov'];
const sinceHire = (id: string): [string, string] => [startOf(id), YESTERDAY];

export const MANAGERS: readonly Question[] = [
  // Priya Raman, DEV.
  q('PG121', 'DEV-001', 'How many working days does my team have in November?', () => figures(near(days(workingDaysHalves(NOVEMBER_WHOLE, 'DEV')), 'day'))),
  q('PG122', 'DEV-001', "My team's attendance between 27 October and 7 November", () => figures(rate(rateOfScope(DEV, OCT_27_TO_NOV_7)))),
  q('PG123', 'DEV-001', 'Who on my team has December leave, approved or pending?', () =>
    people(nonEmpty(requestersOf(['approved', 'pending'], undefined, DECEMBER_WHOLE, DEV))),
  ),
  q('PG124', 'DEV-001', 'How many pending leave requests does my team have, and how many days in total?', () =>
    figures(near(count(nonZero(requestCount('pending', DEV))), 'request|pending'), near(days(nonZero(pendingDays(DEV))), 'day')),
  ),
  q('PG125', 'DEV-001', 'unpaid leave on my team this yr', () => figures(days(nonZero(leaveTaken(DEV, 'UNPAID', YEAR_TO_DATE))))),
  q('PG126', 'DEV-001', "Chloe Dubois's attendance rate since she started", () => figures(rate(rateOfScope({ ids: ['DEV-013'] }, sinceHire('DEV-013'))))),
  q('PG127', 'DEV-001', 'How many days was Chris absent in October?', () => figures(days(measureNonZero('DEV-006', 'absent', OCTOBER)))),
  q('PG128', 'DEV-001', 'Who on my team forgot to check out this month?', () => people(nonEmpty(peopleWhere(DEV, 'missingCheckOut', ...THIS_MONTH)))),
  q('PG129', 'DEV-001', 'Hours my team worked in the last week of October', () => figures(hours(agreedMeasure(DEV, 'hours', LAST_WEEK_OF_OCTOBER)))),
  q('PG130', 'DEV-001', 'Who on my team was late more than 3 times in September?', () => people(overClean(DEV, 'late', SEPTEMBER, 3))),
  q('PG131', 'DEV-001', 'Attendance rate for my seniors in Q3', () => figures(rate(rateOfScope(levelIn('DEV', 'Senior'), Q3_WHOLE)))),
  q('PG132', 'DEV-001', 'Who on my team is off between 20 and 28 Nov?', () => people(nonEmpty(offBetween(DEV, ...NOV_20_TO_28)))),
  q('PG133', 'DEV-001', "What's my own annual leave balance?", () =>
    figures(near(days(balance('DEV-001', 'ANNUAL').available), 'left|available|remain|balance|annual|leave|day')),
  ),
  q('PG134', 'DEV-001', 'Who on my team has been here more than 7 years?', () => people(nonEmpty(servedMoreThan(7, DEV)))),
  q('PG135', 'DEV-001', 'absnt days on my team by month since aug', () =>
    figures(...MONTHS_SINCE_AUGUST.map((range, i) => near(days(totals(DEV, ...range).absent), MONTH_WORDS[i]!))),
  ),
  q('PG136', 'DEV-001', 'Late arrivals on my team in Q3 versus Q4 so far', () =>
    figures(near(count(totals(DEV, ...Q3_WHOLE).late), 'q3|third|jul|sep'), near(count(totals(DEV, ...THIS_QUARTER).late), 'q4|fourth|so far|this|oct')),
  ),
  q('PG137', 'DEV-001', 'Who on my team took sick leave in Q3?', () => people(nonEmpty(onLeaveOfType('SICK', ...Q3_WHOLE, DEV)))),
  q('PG138', 'DEV-001', 'Who on my team had the lowest attendance rate in October?', () => people(ratesAtEnd(DEV, OCTOBER, 1, 'lowest'))),

  // Elena Petrova, QA.
  q('PG139', 'QA-001', 'How many working days did my team have in September?', () => figures(near(days(workingDaysHalves(SEPTEMBER, 'QA')), 'day'))),
  q('PG140', 'QA-001', 'Annual leave my team took in Q3 versus Q4 so far', () =>
    figures(
      near(days(nonZero(leaveTaken(QA, 'ANNUAL', Q3_WHOLE))), 'q3|third|jul|aug|sep'),
      near(days(nonZero(leaveTaken(QA, 'ANNUAL', THIS_QUARTER))), 'q4|fourth|so far|this|oct'),
    ),
  ),
  q('PG141', 'QA-001', 'What was my team’s attendance rate on the day of the QA Offsite?', () => figures(rate(rateOfScope(QA, ['2025-09-12', '2025-09-12'])))),
  q('PG142', 'QA-001', "Ivan Petrov's attendance since he joined", () => figures(rate(rateOfScope({ ids: ['QA-010'] }, sinceHire('QA-010'))))),
  q('PG143', 'QA-001', 'Any cancelled leave requests on my team?', () => people(nonEmpty(withRequests('cancelled', QA)))),
  q('PG144', 'QA-001', 'Late arrivals on my team in September vs October', () =>
    figures(near(count(totals(QA, ...SEPTEMBER).late), 'sep'), near(count(totals(QA, ...OCTOBER).late), 'oct')),
  ),
  q('PG145', 'QA-001', 'Who on my team is off on 26 November?', () => people(nonEmpty(offBetween(QA, '2025-11-26', '2025-11-26')))),
  q('PG146', 'QA-001', 'pending leave reqs on my team', () => people(nonEmpty(withRequests('pending', QA)))),
  q('PG147', 'QA-001', 'Has anyone left my team this year?', () => answer({ people: leftBetween(...YEAR_TO_DATE, 'QA'), mentions: ['no'] })),
  q('PG148', 'QA-001', 'Who on my team missed more than two days between 1 and 17 October?', () => people(overClean(QA, 'absent', OCT_1_TO_17, 2))),
  q('PG149', 'QA-001', 'Who on my team has been absent more than 3 days since 1 Oct?', () => people(overClean(QA, 'absent', SINCE_1_OCT, 3))),
  q('PG150', 'QA-001', "Leo Martins' late arrivals since 1 October", () => figures(near(count(measureNonZero('QA-008', 'late', SINCE_1_OCT)), 'late|time'))),
  q('PG151', 'QA-001', 'how many wrking days does my team have in dec', () => figures(near(days(workingDaysHalves(DECEMBER_WHOLE, 'QA')), 'day'))),
];
