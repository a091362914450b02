/*
 * practice26 — the two team managers at month end: Priya Raman (DEV-001) for Development and Elena Petrova
 * (QA-001) for Quality Assurance, signing off their team's hours and attendance before payroll: hours by
 * person and team, days late and absent, thresholds and rankings, rates over two periods, month-by-month
 * trends, leave and pending requests, corrections, scores and tenure; and probes of their scope (another
 * team, someone elsewhere, the whole company: refused as outside or "not found"). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set and
 * the oracle.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, years, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { absenceRate, leaveTaken, withRequests } from '../../oracle/practice17-figures';
import { neverIn, rankClean } from '../../oracle/practice19-figures';
import { lateDates, nonZero } from '../../oracle/practice20-figures';
import { averageTenure, spreadOf } from '../../oracle/practice21-figures';
import { hoursIn } from '../../oracle/practice22-figures';
import { absentDays, hoursBelow, hoursExtreme, moreThan, someoneWith } from '../../oracle/practice23-figures';
import { Q3_2025 } from '../../oracle/practice24-figures';
import { SINCE_SEPTEMBER } from '../../oracle/practice25-figures';
import { monthByMonth, MONTHS_THIS_QUARTER, ratesByMonth } from '../../oracle/practice26-figures';
import { stats } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_YEAR, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const hoursOf = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));
const lateCount = (scope: Scope, range: Range) => near(count(totals(scope, ...range).late), 'late');
const absent = (scope: Scope, range: Range) => near(days(totals(scope, ...range).absent), 'absen|day|missed');

export const MANAGERS: readonly Question[] = [
  // DEV-001, Priya Raman, signing off Development.
  q('PA091', 'DEV-001', 'How many hours did my team work in October?', () => figures(hours(hoursIn(DEV, OCTOBER)))),
  q('PA092', 'DEV-001', 'team hours last week', () => figures(hours(hoursIn(DEV, LAST_WEEK)))),
  q('PA093', 'DEV-001', 'hours worked by my team this quarter', () => figures(hours(hoursIn(DEV, THIS_QUARTER)))),
  q('PA094', 'DEV-001', 'How many hours did Maria Gonzalez work in October?', () => figures(hoursOf('DEV-005', OCTOBER))),
  q('PA095', 'DEV-001', 'hours for omar yesterday', () => figures(hoursOf('DEV-010', [YESTERDAY, YESTERDAY]))),
  q('PA096', 'DEV-001', 'Who on my team worked the most hours in October?', () => people([hoursExtreme(DEV, OCTOBER, 'most').id])),
  q('PA097', 'DEV-001', 'who on my team worked less than 160 hours in october', () => people(hoursBelow(DEV, OCTOBER, 160))),
  q('PA098', 'DEV-001', 'How many late arrivals did my team have in October?', () => figures(lateCount(DEV, OCTOBER))),
  q('PA099', 'DEV-001', 'late arrivals month by month this quarter', () => figures(...monthByMonth(DEV, 'late', MONTHS_THIS_QUARTER).map((n) => count(n)))),
  q('PA100', 'DEV-001', 'Who on my team missed more than 2 days in October?', () => people(moreThan(DEV, 'absent', OCTOBER, 2))),
  q('PA101', 'DEV-001', 'which days was daniel late in october', () => answer({ dates: lateDates('DEV-008', OCTOBER) })),
  q('PA102', 'DEV-001', "Ben Carter's absences in October, which days?", () => answer({ dates: absentDays('DEV-012', OCTOBER) })),
  q('PA103', 'DEV-001', 'who on my team forgot to check out this month', () => people(someoneWith(DEV, 'missingCheckOut', THIS_MONTH))),
  q('PA104', 'DEV-001', 'My team attendance rate, September versus October', () => figures(rate(rateIn(DEV, SEPTEMBER)), rate(rateIn(DEV, OCTOBER)))),
  q('PA105', 'DEV-001', 'team attendance month by month this quarter', () => figures(...ratesByMonth(DEV, MONTHS_THIS_QUARTER).map((r) => rate(r)))),
  q('PA106', 'DEV-001', 'What was the absence rate on my team in Q3?', () => figures(rate(absenceRate(DEV, Q3_2025)))),
  q('PA107', 'DEV-001', 'the 3 lowest attendance rates on my team this quarter', () => people(ratesAtEnd(DEV, THIS_QUARTER, 3, 'lowest'))),
  q('PA108', 'DEV-001', 'who on my team was not late in october', () => people(neverIn(DEV, 'late', OCTOBER))),
  q('PA109', 'DEV-001', 'pending leave requests on my team', () => people(withRequests('pending', DEV))),
  q('PA110', 'DEV-001', 'How much annual leave has my team taken this year?', () => figures(days(leaveTaken(DEV, 'ANNUAL', THIS_YEAR)))),
  q('PA111', 'DEV-001', "yuki's annual leave balance", () =>
    figures(near(days(balance('DEV-009', 'ANNUAL').available), 'left|available|remain|balance|annual')),
  ),
  q('PA112', 'DEV-001', 'any corrections waiting for me?', () => answer({ mentions: ['correction'] })),
  q('PA113', 'DEV-001', 'average tenure on my team', () => figures(years(averageTenure({ team: 'DEV' })))),
  q('PA114', 'DEV-001', 'avg, median, lowest and highest score on my team in Q3', () => {
    const s = stats(['2025-Q3'], DEV);
    return figures(score(s.mean), score(s.median), score(s.min), score(s.max));
  }),
  q('PA115', 'DEV-001', 'top 2 scorers on my team last quarter', () => people(rankClean('2025-Q3', 2, 'top', DEV))),
  // Priya's scope probes.
  q('PA116', 'DEV-001', 'How many hours did the QA team work in October?', () => otherTeam('QA')),
  q('PA117', 'DEV-001', 'compare my team average score with the data team in Q3', () => otherTeam('DAT')),
  q('PA118', 'DEV-001', "Grace Kim's hours last week", () => notFound()),
  q('PA119', 'DEV-001', 'company attendance rate in october', () => company()),

  // QA-001, Elena Petrova, signing off Quality Assurance.
  q('PA120', 'QA-001', 'total hours for my team in october', () => figures(hours(hoursIn(QA, OCTOBER)))),
  q('PA121', 'QA-001', 'How many hours did Nina Kowalski work last week?', () => figures(hoursOf('QA-005', LAST_WEEK))),
  q('PA122', 'QA-001', 'hrs worked by ivan this month', () => figures(hoursOf('QA-010', THIS_MONTH))),
  q('PA123', 'QA-001', 'Who on my team worked the fewest hours in October?', () => people([hoursExtreme(QA, OCTOBER, 'fewest').id])),
  q('PA124', 'QA-001', 'How many days absent did my team have in October?', () => figures(absent(QA, OCTOBER))),
  q('PA125', 'QA-001', 'absences by month this quarter', () => figures(...monthByMonth(QA, 'absent', MONTHS_THIS_QUARTER).map((n) => days(n)))),
  q('PA126', 'QA-001', 'who on my team was late more than twice in october', () => people(moreThan(QA, 'late', OCTOBER, 2))),
  q('PA127', 'QA-001', 'Top 2 absentees on my team in September', () => people(topBy(QA, 'absent', SEPTEMBER, 2))),
  q('PA128', 'QA-001', 'My team attendance rate this quarter compared with last quarter', () =>
    figures(rate(rateIn(QA, Q3_2025)), rate(rateIn(QA, THIS_QUARTER))),
  ),
  q('PA129', 'QA-001', "zoe's absence days since september", () => figures(near(days(measureOf('QA-009', 'absent', ...SINCE_SEPTEMBER)), 'absen|day|missed'))),
  q('PA130', 'QA-001', 'Who on my team has pending leave requests?', () => people(withRequests('pending', QA))),
  q('PA131', 'QA-001', 'sick leave taken by my team this year', () => figures(days(leaveTaken(QA, 'SICK', THIS_YEAR)))),
  q('PA132', 'QA-001', 'spread between the highest and lowest score on my team in Q3', () => figures(score(spreadOf('2025-Q3', QA)))),
  q('PA133', 'QA-001', 'average tenure of my team', () => figures(years(averageTenure({ team: 'QA' })))),
  q('PA134', 'QA-001', 'pending corrections on my team?', () => answer({ mentions: ['correction'] })),
  // Elena's scope probes.
  q('PA135', 'QA-001', 'How many hours did the DEV team log last week?', () => otherTeam('DEV')),
  q('PA136', 'QA-001', 'late arrivals in security this month', () => otherTeam('SEC')),
  q('PA137', 'QA-001', "what is Tom Becker's leave balance", () => notFound()),
  q('PA138', 'QA-001', 'headcount across the company excluding DEV', () => company()),
  q('PA139', 'QA-001', 'who in AI missed more than 2 days in october', () => otherTeam('AI')),
];
