/*
 * practice23 — the two managers on their phones about their own team: who is off, late, absent or missing
 * a check-out (today, yesterday, this week, last week, next week), the team's hours and attendance, a
 * member's days, pending leave, the team's scores (average, best and worst, the change between quarters);
 * and the same asked of another team or the whole company (named back as outside), or of a person outside
 * the team ("not found"). Written code-blind from /work/shared/API.md, docs/API.md and the README; every
 * figure, date and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, notCheckedInToday, peopleByRate, totals, type Scope } from '../../oracle/attendance-figures';
import { requests } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { whoOn } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { lateDates, nonZero } from '../../oracle/practice20-figures';
import { anyoneWith, absentDays, hoursExtreme, offOn, someoneWith, TOMORROW, WEEK_BEFORE_LAST } from '../../oracle/practice23-figures';
import { offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { mostDeclined, mostImproved } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const teamHours = (scope: Scope, range: readonly [string, string]) => hours(nonZero(totals(scope, ...range).hours));
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const pendingOf = (scope: Scope) => [...new Set(requests('pending', scope).map((l) => l.employee))];

export const MANAGERS: readonly Question[] = [
  // DEV-001, Priya Raman, about DEV.
  q('I046', 'DEV-001', 'who on my team is off today', () => people(offOn(DEV, TODAY))),
  q('I047', 'DEV-001', 'whos off next week', () => people(offBetween(DEV, ...NEXT_WEEK))),
  q('I048', 'DEV-001', 'who was late yesterday in my team', () => people(whoOn(DEV, 'late', YESTERDAY))),
  q('I049', 'DEV-001', 'anyone on my team missing a check-out this week?', () => people(someoneWith(DEV, 'missingCheckOut', THIS_WEEK))),
  q('I050', 'DEV-001', 'team hours last week', () => figures(teamHours(DEV, LAST_WEEK))),
  q('I051', 'DEV-001', 'avg score Q3 for my team', () => figures(score(meanOf('2025-Q3', DEV)))),
  q('I052', 'DEV-001', 'best and worst performer on my team last quarter', () =>
    people([...rankClean('2025-Q3', 1, 'top', DEV), ...rankClean('2025-Q3', 1, 'bottom', DEV)]),
  ),
  q('I053', 'DEV-001', "how did my team's average move from Q2 to Q3", () => figures(score(meanOf('2025-Q2', DEV)), score(meanOf('2025-Q3', DEV)))),
  q('I054', 'DEV-001', 'who dropped the most between Q2 and Q3 in my team', () => people([mostDeclined('2025-Q2', '2025-Q3', DEV).id])),
  q('I055', 'DEV-001', 'who was absent last week', () => people(someoneWith(DEV, 'absent', LAST_WEEK))),
  q('I056', 'DEV-001', 'which days was daniel late this month', () => answer({ dates: lateDates('DEV-008', THIS_MONTH) })),
  q('I057', 'DEV-001', 'chris hrs october', () => figures(hours(measureOf('DEV-006', 'hours', ...OCTOBER)))),
  q('I058', 'DEV-001', 'who in my team has leave waiting for approval', () => people(pendingOf(DEV))),
  q('I059', 'DEV-001', "who hasn't checked in yet today", () => people(notCheckedInToday(DEV))),
  q('I060', 'DEV-001', 'my team attendance this month', () => figures(rate(rateIn(DEV, THIS_MONTH)))),
  q('I061', 'DEV-001', 'lowest attendance on my team in October', () => people([peopleByRate(DEV, ...OCTOBER, 'lowest')[0]!.id])),
  q('I062', 'DEV-001', 'is anyone off on the 26th', () => people(offOn(DEV, '2025-11-26'))),
  q('I063', 'DEV-001', 'who put in the most hours on my team last month', () => people([hoursExtreme(DEV, OCTOBER, 'most').id])),
  q('I064', 'DEV-001', 'ben carter absences in october - which days', () => answer({ dates: absentDays('DEV-012', OCTOBER) })),
  q('I065', 'DEV-001', 'how many late arrivals did my team have this week', () => figures(near(count(totals(DEV, ...THIS_WEEK).late), 'late'))),
  q('I066', 'DEV-001', 'half days in my team last week?', () => people(anyoneWith(DEV, 'halfDay', LAST_WEEK))),
  q('I067', 'DEV-001', "who's away tmrw", () => people(offOn(DEV, TOMORROW))),
  q('I068', 'DEV-001', 'my own attendance in october', () => figures(rate(rateIn({ ids: ['DEV-001'] }, OCTOBER)))),

  // QA-001, Elena Petrova, about QA.
  q('I069', 'QA-001', 'who in QA was late this week', () => people(someoneWith(QA, 'late', THIS_WEEK))),
  q('I070', 'QA-001', 'missing checkouts in my team this month', () => people(someoneWith(QA, 'missingCheckOut', THIS_MONTH))),
  q('I071', 'QA-001', 'total hours for my team in october', () => figures(teamHours(QA, OCTOBER))),
  q('I072', 'QA-001', 'QA avg Q2 vs Q3', () => figures(score(meanOf('2025-Q2', QA)), score(meanOf('2025-Q3', QA)))),
  q('I073', 'QA-001', 'whos off next wk on my team', () => people(offBetween(QA, ...NEXT_WEEK))),
  q('I074', 'QA-001', 'how many days was zoe absent in oct', () => figures(near(days(measureOf('QA-009', 'absent', ...OCTOBER)), 'absen|day|off|missed'))),
  q('I075', 'QA-001', 'attendance of my team the week before last', () => figures(rate(rateIn(QA, WEEK_BEFORE_LAST)))),
  q('I076', 'QA-001', 'anyone on sick leave this month', () => people(onLeaveOfType('SICK', ...THIS_MONTH, QA))),
  q('I077', 'QA-001', 'who improved most Q2 -> Q3', () => people([mostImproved('2025-Q2', '2025-Q3', QA).id])),
  q('I078', 'QA-001', 'pending leave reqs', () => people(pendingOf(QA))),
  q('I079', 'QA-001', 'lowest q3 score in my team', () => people(rankClean('2025-Q3', 1, 'bottom', QA))),
  q('I080', 'QA-001', 'leo hours last week', () => figures(hours(measureOf('QA-008', 'hours', ...LAST_WEEK)))),
  q('I081', 'QA-001', 'who was absent yesterday', () => people(anyoneWith(QA, 'absent', [YESTERDAY, YESTERDAY]))),
  q('I082', 'QA-001', 'which of my people have not clocked in yet', () => people(notCheckedInToday(QA))),
  q('I083', 'QA-001', 'Marcus Lee - days late last week?', () => answer({ dates: lateDates('QA-002', LAST_WEEK) })),
  q('I084', 'QA-001', 'team attendance last week vs the week before', () => figures(rate(rateIn(QA, LAST_WEEK)), rate(rateIn(QA, WEEK_BEFORE_LAST)))),
  q('I085', 'QA-001', 'top scorer in my team q3', () => people(rankClean('2025-Q3', 1, 'top', QA))),
  q('I086', 'QA-001', 'how many absent days did my team rack up last week', () => figures(near(days(totals(QA, ...LAST_WEEK).absent), 'absen|day|off|missed'))),

  // Outside their team.
  q('I087', 'DEV-001', 'who in QA is off next week', () => otherTeam('QA')),
  q('I088', 'DEV-001', 'hours for Zoe Adams last week', () => notFound()),
  q('I089', 'DEV-001', 'attendance for the whole company in october', () => company()),
  q('I090', 'DEV-001', "security team's avg score q3", () => otherTeam('SEC')),
  q('I091', 'QA-001', 'DEV avg score q3', () => otherTeam('DEV')),
  q('I092', 'QA-001', "omar haddad's late days", () => notFound()),
  q('I093', 'QA-001', 'which team had the most absences last month', () => company()),
  q('I094', 'QA-001', 'missing check-outs in the AI team this month', () => otherTeam('AI')),
  q('I095', 'DEV-001', "Kevin O'Brien's leave balance", () => notFound()),
];
