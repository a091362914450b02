/*
 * practice28 — the two team managers (DEV-001 Priya Raman for DEV, QA-001 Elena Petrova for QA) in their first
 * month of self-service, asking about their team on a phone: who is off, late or absent today, this week and
 * next week; pending leave requests and corrections; team hours and attendance rate, month by month; who was
 * not late; the team's score average, median and range, top or bottom N, thresholds; a member by first name or
 * misspelt name. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date
 * and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn, topBy } from '../../oracle/practice15-figures';
import { withRequests } from '../../oracle/practice17-figures';
import { checkOutTime, whoOn } from '../../oracle/practice18-figures';
import { neverIn, rankClean } from '../../oracle/practice19-figures';
import { lastDayWhen, nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { hoursIn } from '../../oracle/practice22-figures';
import { hoursBelow, moreThan } from '../../oracle/practice23-figures';
import { monthlyRates, rateBelow } from '../../oracle/practice27-figures';
import { LAST_MONTH } from '../../oracle/practice28-figures';
import { scoredAbove, scoredBelow, scoreOf, stats } from '../../oracle/score-figures';
import { checkInTime } from '../../oracle/practice15-figures';
import { LAST_WEEK, NEXT_WEEK, q, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const Q3 = '2025-Q3';
const list = (ids: string[]) => people(nonEmpty(ids));
const teamRate = (scope: Scope, range: Range) => figures(rate(rateIn(scope, range)));
const teamHours = (scope: Scope, range: Range) => figures(hours(nonZero(hoursIn(scope, range))));
const lateCount = (scope: Scope, range: Range) => figures(near(count(totals(scope, ...range).late), 'late'));
const pending = (scope: Scope) => list(withRequests('pending', scope));
const corrections = () => answer({ mentions: ['correction'] });
const byMonth = (scope: Scope) => figures(...monthlyRates(scope).map((r) => rate(r)));
const mean = (scope: Scope, period = Q3) => figures(score(stats([period], scope).mean));
const median = (scope: Scope, period = Q3) => figures(score(stats([period], scope).median));
// "Range ..., lowest to highest" asks for the two ends; the spread between them is asked separately (PC144).
const lowHigh = (scope: Scope, period = Q3) => {
  const s = stats([period], scope);
  return figures(score(s.min), score(s.max));
};
const memberRate = (id: string, range: Range) => figures(rate(rateIn({ ids: [id] }, range)));
const memberLate = (id: string, range: Range) => figures(near(count(measureOf(id, 'late', ...range)), 'late|time'));

export const MANAGERS: readonly Question[] = [
  // DEV-001, Priya Raman.
  q('PC099', 'DEV-001', 'morning! who on my team was late last week', () => list(peopleWhere(DEV, 'late', ...LAST_WEEK))),
  q('PC100', 'DEV-001', 'who hasnt checked in yet today', () => list(notCheckedInToday(DEV))),
  q('PC101', 'DEV-001', 'who was absent last week on my team', () => list(peopleWhere(DEV, 'absent', ...LAST_WEEK))),
  q('PC102', 'DEV-001', 'whos on leave this week', () => list(offBetween(DEV, ...THIS_WEEK))),
  q('PC103', 'DEV-001', 'who will be off next week', () => list(offBetween(DEV, ...NEXT_WEEK))),
  q('PC104', 'DEV-001', 'who on my team was late this week', () => list(peopleWhere(DEV, 'late', ...THIS_WEEK))),
  q('PC105', 'DEV-001', 'pending leave requests on my team', () => pending(DEV)),
  q('PC106', 'DEV-001', 'any corrections waiting for me to approve?', () => corrections()),
  q('PC107', 'DEV-001', 'total team hours last week', () => teamHours(DEV, LAST_WEEK)),
  q('PC108', 'DEV-001', 'team hours this month so far', () => teamHours(DEV, THIS_MONTH)),
  q('PC109', 'DEV-001', 'my teams attendance rate last month', () => teamRate(DEV, LAST_MONTH)),
  q('PC110', 'DEV-001', 'attendance rate month by month since august', () => byMonth(DEV)),
  q('PC111', 'DEV-001', 'who on my team was not late at all last month', () => list(neverIn(DEV, 'late', LAST_MONTH))),
  q('PC112', 'DEV-001', 'how many late arrivals on the team last week', () => lateCount(DEV, LAST_WEEK)),
  q('PC113', 'DEV-001', 'average score of my team in q3', () => mean(DEV)),
  q('PC114', 'DEV-001', 'median team score last quarter', () => median(DEV)),
  q('PC115', 'DEV-001', 'range of scores on my team in Q3, lowest to highest', () => lowHigh(DEV)),
  q('PC116', 'DEV-001', 'top 3 on my team last quarter', () => list(rankClean(Q3, 3, 'top', DEV))),
  q('PC117', 'DEV-001', 'bottom 2 scores in my team q3', () => list(rankClean(Q3, 2, 'bottom', DEV))),
  q('PC118', 'DEV-001', 'who on my team is below 90% attendance last month', () => list(rateBelow(DEV, LAST_MONTH, 0.9))),
  q('PC119', 'DEV-001', 'who scored under 70 in q3 on my team', () => list(scoredBelow(Q3, 70, DEV))),
  q('PC120', 'DEV-001', 'who was late more than 3 times last month', () => list(moreThan(DEV, 'late', LAST_MONTH, 3))),
  q('PC121', 'DEV-001', 'who worked under 32 hours last week', () => list(hoursBelow(DEV, LAST_WEEK, 32))),
  q('PC122', 'DEV-001', 'how many times was lukas late last month', () => memberLate('DEV-004', LAST_MONTH)),
  q('PC123', 'DEV-001', "lukas novac's attendance rate this month", () => memberRate('DEV-004', THIS_MONTH)),
  q('PC124', 'DEV-001', "chris's absences last month", () => figures(near(days(measureOf('DEV-006', 'absent', ...LAST_MONTH)), 'absen|day|missed'))),
  q('PC125', 'DEV-001', 'hanah schmidt score q3', () => figures(score(scoreOf('DEV-007', Q3)))),
  q('PC126', 'DEV-001', 'what time did yuki check in yesterday', () => answer({ mentions: [checkInTime('DEV-009', YESTERDAY)] })),
  q('PC127', 'DEV-001', 'when was daniel last late', () => answer({ dates: [lastDayWhen('DEV-008', 'late')] })),
  q('PC128', 'DEV-001', 'top 3 latecomers on my team this month', () => list(topBy(DEV, 'late', THIS_MONTH, 3))),
  q('PC129', 'DEV-001', 'who scored above 85 last quarter', () => list(scoredAbove(Q3, 85, DEV))),

  // QA-001, Elena Petrova.
  q('PC130', 'QA-001', 'hi, who on my team is late today?', () => list(whoOn(QA, 'late', TODAY))),
  q('PC131', 'QA-001', 'anyone on my team not checked in yet', () => list(notCheckedInToday(QA))),
  q('PC132', 'QA-001', 'who was absent yday', () => list(whoOn(QA, 'absent', YESTERDAY))),
  q('PC133', 'QA-001', 'who is off next week on my team', () => list(offBetween(QA, ...NEXT_WEEK))),
  q('PC134', 'QA-001', 'who was late this wk', () => list(peopleWhere(QA, 'late', ...THIS_WEEK))),
  q('PC135', 'QA-001', 'leave requests waiting for approval', () => pending(QA)),
  q('PC136', 'QA-001', 'pending corrections for my team', () => corrections()),
  q('PC137', 'QA-001', 'how many hours did my team work last week', () => teamHours(QA, LAST_WEEK)),
  q('PC138', 'QA-001', 'team attendance rate this month', () => teamRate(QA, THIS_MONTH)),
  q('PC139', 'QA-001', 'attendance by month for my team', () => byMonth(QA)),
  q('PC140', 'QA-001', 'who wasnt late at all this month', () => list(neverIn(QA, 'late', THIS_MONTH))),
  q('PC141', 'QA-001', 'late arrivals on my team last month', () => lateCount(QA, LAST_MONTH)),
  q('PC142', 'QA-001', 'team avg score q3', () => mean(QA)),
  q('PC143', 'QA-001', 'median score on my team in Q2', () => median(QA, '2025-Q2')),
  q('PC144', 'QA-001', 'score spread on my team q3 (max minus min)', () => figures(score(spreadOf(Q3, QA)))),
  q('PC145', 'QA-001', 'top 2 performers on my team last quarter', () => list(rankClean(Q3, 2, 'top', QA))),
  q('PC146', 'QA-001', 'lowest 3 scores q3', () => list(rankClean(Q3, 3, 'bottom', QA))),
  q('PC147', 'QA-001', 'who on my team is below 90% attendance this month', () => list(rateBelow(QA, THIS_MONTH, 0.9))),
  q('PC148', 'QA-001', 'who was absent more than 2 days last month', () => list(moreThan(QA, 'absent', LAST_MONTH, 2))),
  q('PC149', 'QA-001', "marcus lea's late arrivals this month", () => memberLate('QA-002', THIS_MONTH)),
  q('PC150', 'QA-001', 'nina kowalsky attendance last month', () => memberRate('QA-005', LAST_MONTH)),
  q('PC151', 'QA-001', 'what time did zoe check out yesterday', () => answer({ mentions: [checkOutTime('QA-009', YESTERDAY)] })),
  q('PC152', 'QA-001', 'when was peter last absent', () => answer({ dates: [lastDayWhen('QA-006', 'absent')] })),
  q('PC153', 'QA-001', "grace's score in q3", () => figures(score(scoreOf('QA-007', Q3)))),
  q('PC154', 'QA-001', 'team hours this week so far', () => teamHours(QA, THIS_WEEK)),
];
