/*
 * practice24 — the HR business partners who are also line managers (DEV-001 and QA-001) preparing their
 * team's page of the review: this month against last, the team's ranks and statistics, thresholds, who is
 * off, pending leave, missing check-outs, headcount and hires; and the same asked of another team or the
 * whole company (named back as outside), or of a person outside the team ("not found"). Written code-blind
 * from /work/shared/API.md, docs/API.md and the README; every figure and person comes from the data set and
 * the oracle.
 */
import { count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { peopleWhere, peopleWithRate, totals, type Scope } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { requesters, COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { ratesAtEnd, rateIn, topBy } from '../../oracle/practice15-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { someoneWith } from '../../oracle/practice23-figures';
import { rateOf } from '../../oracle/practice24-figures';
import { mostImproved, scoredBelow, stats } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, THIS_YEAR } from '../helpers';

type Range = readonly [string, string];
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const r = (scope: Scope, range: Range) => rate(rateIn(scope, range));
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');

export const MANAGERS: readonly Question[] = [
  // DEV-001, Priya Raman, about DEV.
  q('J125', 'DEV-001', 'my team attendence this month vs last month', () => figures(r(DEV, THIS_MONTH), r(DEV, OCTOBER))),
  q('J126', 'DEV-001', 'late arrivals in my team sept vs oct', () =>
    figures(near(count(totals(DEV, ...SEPTEMBER).late), 'late|sep'), near(count(totals(DEV, ...OCTOBER).late), 'late|oct')),
  ),
  q('J127', 'DEV-001', 'top 3 on my team by Q3 score', () => people(rankClean('2025-Q3', 3, 'top', DEV))),
  q('J128', 'DEV-001', 'median and max score for my team in q3', () => figures(score(stats(['2025-Q3'], DEV).median), score(stats(['2025-Q3'], DEV).max))),
  q('J129', 'DEV-001', 'who on my team was under 90% attendance in october', () => people(peopleWithRate(DEV, ...OCTOBER, (x) => x < 0.9))),
  q('J130', 'DEV-001', 'who was late more than twice last mth in my team', () => people(peopleWhere(DEV, 'late', ...OCTOBER, (v) => v > 2))),
  q('J131', 'DEV-001', 'lowest attendance rate on my team this month', () => people(ratesAtEnd(DEV, THIS_MONTH, 1, 'lowest'))),
  q('J132', 'DEV-001', 'who on my team is off next week', () => people(offBetween(DEV, ...NEXT_WEEK))),
  q('J133', 'DEV-001', 'pending leave requests for my team', () => people(requesters('pending', DEV))),
  q('J134', 'DEV-001', 'how many people in my team', () => figures(near(count(headcount({ team: 'DEV' })), 'people|employee|member|staff|headcount|dev'))),
  q('J135', 'DEV-001', 'did anyone join my team this year', () => people(hiredBetween(...THIS_YEAR, 'DEV'))),
  q('J136', 'DEV-001', 'hours worked by my team last week', () => figures(hours(nonZero(totals(DEV, ...LAST_WEEK).hours)))),
  q('J137', 'DEV-001', 'lukas vs daniel attendance in oct', () => figures(rate(rateOf('DEV-004', OCTOBER)), rate(rateOf('DEV-008', OCTOBER)))),
  q('J138', 'DEV-001', 'missing check outs on my team this week', () => people(peopleWhere(DEV, 'missingCheckOut', ...THIS_WEEK))),

  // QA-001, Elena Petrova, about QA.
  q('J139', 'QA-001', 'QA attendence sept vs oct', () => figures(r(QA, SEPTEMBER), r(QA, OCTOBER))),
  q('J140', 'QA-001', 'my teams avg score q2 vs q3', () => figures(score(meanOf('2025-Q2', QA)), score(meanOf('2025-Q3', QA)))),
  q('J141', 'QA-001', 'who scored under 70 in q3 on my team', () => people(scoredBelow('2025-Q3', 70, QA))),
  q('J142', 'QA-001', 'most improved on my team Q2 to Q3', () => people([mostImproved('2025-Q2', '2025-Q3', QA).id])),
  q('J143', 'QA-001', 'top 2 late arrivals in my team last month', () => people(topBy(QA, 'late', OCTOBER, 2))),
  q('J144', 'QA-001', 'missing check-outs in my team this month', () => people(someoneWith(QA, 'missingCheckOut', THIS_MONTH))),
  q('J145', 'QA-001', 'who in QA had more than 2 absent days in october', () => people(peopleWhere(QA, 'absent', ...OCTOBER, (v) => v > 2))),
  q('J146', 'QA-001', 'zoe vs chris walker absences last month', () =>
    figures(...['QA-009', 'QA-004'].map((id) => near(days(totals({ ids: [id] }, ...OCTOBER).absent), 'absen|day|off'))),
  ),

  // Outside their team.
  q('J147', 'DEV-001', 'compare my team with QA on attendance last month', () => otherTeam('QA')),
  q('J148', 'DEV-001', 'attendance by team last month', () => company()),
  q('J149', 'DEV-001', "Elena Petrova's attendance in october", () => notFound()),
  q('J150', 'DEV-001', 'company average score q3', () => company()),
  q('J151', 'DEV-001', 'top 3 performers in the data team', () => otherTeam('DAT')),
  q('J152', 'QA-001', 'how does QA compare with DEV this month', () => otherTeam('DEV')),
  q('J153', 'QA-001', 'which team had the best attendance last month', () => company()),
  q('J154', 'QA-001', 'hours for Lukas Novak last week', () => notFound()),
  q('J155', 'QA-001', 'headcount per team', () => company()),
  q('J156', 'QA-001', 'pending leave in SEC', () => otherTeam('SEC')),
];
