/*
 * practice25 — the edges a first-week user finds: people's names misspelt or given by first name only (one
 * match in scope is answered; "chris" for the admin matches two people and is asked back, listing both),
 * teams by nickname or misspelling ("the testers", "devs", "the data team", "Quality Assurence", "security
 * folks"), and relative periods ("yesterday", "the day before yesterday", "last Monday", "the past 7 days",
 * "the last 30 days", "H1", "year to date", "since September", "month to date", "the week before last").
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and person
 * comes from the data set and the oracle.
 */
import { answer, ask, count, days, figures, hours, notFound, people, rate, score, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { lastDaysWhere } from '../../oracle/practice16-figures';
import { hireOf, whoOn } from '../../oracle/practice18-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { DAY_BEFORE_YESTERDAY, LAST_MONDAY, lastDayWhen, nonZero } from '../../oracle/practice20-figures';
import { offOn, TOMORROW, WEEK_BEFORE_LAST } from '../../oracle/practice23-figures';
import { H1, lastDaysRate, SINCE_SEPTEMBER, YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const CHRIS = ['DEV-006', 'QA-004'];

export const EDGES: readonly Question[] = [
  // Names: misspelt, first name only, ambiguous.
  q('O136', 'admin', "Jmaes Wilson's start date", () => answer({ dates: [hireOf('SEC-001')] })),
  q('O137', 'admin', 'attendance for Lukas Novac last month', () => figures(rate(rateIn({ ids: ['DEV-004'] }, OCTOBER)))),
  q('O138', 'admin', 'what time did Aisha Kahn clock in yesterday', () => answer({ mentions: [checkInTime('DEV-003', YESTERDAY)] })),
  q('O139', 'admin', "chris's attendance last week", () => ask(...CHRIS)),
  q('O140', 'admin', 'how much PTO does Chris have left', () => ask(...CHRIS)),
  q('O141', 'admin', 'was chris late yesterday', () => ask(...CHRIS)),
  q('O142', 'admin', 'when did chris join', () => ask(...CHRIS)),
  q('O143', 'admin', 'job title of fatima zara', () => answer({ mentions: ['QA Engineer'] })),
  q('O144', 'admin', "yuki tanka's hours in october", () => figures(hours(nonZero(measureOf('DEV-009', 'hours', ...OCTOBER))))),
  q('O145', 'admin', 'Ines start date', () => answer({ dates: [hireOf('AI-010')] })),
  q('O146', 'admin', "danial okafor's unpaid days this year", () =>
    figures(near(days(nonZero(leaveDays('DEV-008', ...YEAR_TO_DATE, 'UNPAID'))), 'unpaid|day')),
  ),
  q('O147', 'DEV-001', 'chris last late when', () => answer({ dates: [lastDayWhen('DEV-006', 'late')] })),
  q('O148', 'QA-001', 'how many days was chris absent in october', () =>
    figures(near(days(nonZero(measureOf('QA-004', 'absent', ...OCTOBER))), 'absen|day|off|missed')),
  ),
  q('O149', 'DEV-003', "chris's attendance last week", () => notFound()),
  q('O150', 'QA-001', 'Jmaes Wilson start date', () => notFound()),
  q('O151', 'DEV-001', "fatima's hours last week", () => notFound()),

  // Teams by nickname or misspelling.
  q('O152', 'admin', 'how many people in the testers team', () => figures(count(headcount({ team: 'QA' })))),
  q('O153', 'admin', 'devs who were late yestrday', () => people(whoOn({ team: 'DEV' }, 'late', YESTERDAY))),
  q('O154', 'admin', 'headcount of the data team', () => figures(count(headcount({ team: 'DAT' })))),
  q('O155', 'admin', 'Quality Assurence attendance last week', () => figures(rate(rateIn({ team: 'QA' }, LAST_WEEK)))),
  q('O156', 'admin', 'security folks average score last quarter', () => figures(score(meanOf('2025-Q3', { team: 'SEC' })))),
  q('O157', 'admin', 'the AI folks attendance in october', () => figures(rate(rateIn({ team: 'AI' }, OCTOBER)))),

  // Relative periods.
  q('O158', 'admin', 'who was late the day before yesterday', () => people(whoOn(ALL, 'late', DAY_BEFORE_YESTERDAY))),
  q('O159', 'admin', 'who was late last monday in QA', () => people(whoOn({ team: 'QA' }, 'late', LAST_MONDAY))),
  q('O160', 'admin', 'who in DAT was absent in the past 7 days', () => people(lastDaysWhere(7, { team: 'DAT' }, 'absent'))),
  q('O161', 'admin', 'attendance rate last 7 days for the AI team', () => figures(rate(lastDaysRate(7, { team: 'AI' })))),
  q('O162', 'admin', 'attendance DEV the week before last', () => figures(rate(rateIn({ team: 'DEV' }, WEEK_BEFORE_LAST)))),
  q('O163', 'admin', 'month to date attendance for SEC', () => figures(rate(rateIn({ team: 'SEC' }, THIS_MONTH)))),
  q('O164', 'admin', 'how many hires in H1', () => figures(near(count(hiredBetween(...H1).length), 'people|employee|hire|join'))),
  q('O165', 'admin', 'who joined the company in the first half of the year', () => people(hiredBetween(...H1))),
  q('O166', 'admin', 'half days in QA since september', () => figures(near(count(nonZero(totals({ team: 'QA' }, ...SINCE_SEPTEMBER).halfDay)), 'half'))),
  q('O167', 'DEV-003', 'annual leave days i have taken year to date', () =>
    figures(near(days(nonZero(balance('DEV-003', 'ANNUAL').taken)), 'annual|leave|day|taken')),
  ),
  q('O168', 'DAT-004', 'my score in Q2', () => figures(score(scoreOf('DAT-004', '2025-Q2')))),
  q('O169', 'QA-001', 'who on my team is off tomorrow', () => people(offOn({ team: 'QA' }, TOMORROW))),
  q('O170', 'admin', 'late arrivals year to date in SEC', () => figures(near(count(nonZero(totals({ team: 'SEC' }, ...YEAR_TO_DATE).late)), 'late'))),
  q('O171', 'admin', 'what time did Omar Haddad check in on Monday', () => answer({ mentions: [checkInTime('DEV-010', LAST_MONDAY)] })),
  q('O172', 'DEV-001', 'hours my team worked yesterday', () => figures(hours(nonZero(totals({ team: 'DEV' }, YESTERDAY, YESTERDAY).hours)))),
  q('O173', 'admin', 'attendance rate for the seniors last week', () => figures(rate(rateIn(levelIn(undefined, 'Senior'), LAST_WEEK)))),
];
