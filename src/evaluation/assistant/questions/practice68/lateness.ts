/*
 * practice68 — late arrivals over the month: counts per person and per team, who was late the most (README: with no
 * number, everyone tied at the top), who was late more than N times, who was never late (the people employed
 * throughout with no late day), and one person's late days. A record's status is late when the check-in is after the
 * start plus the grace (API.md). Today's check-ins are records too, so a period reaching today is asked only where
 * today's records change nothing, or worded to stop before today; a person's count is asked only when it is 3 or more.
 */
import type { Question } from '../../expectation';
import { datesWith, mostWith, nobodyWith, sumOf, topValue, whoWith, type Group } from '../../oracle/practice68-figures';
import { between, type Span } from '../../oracle/practice68-periods';
import { q } from '../helpers';
import {
  ALL,
  answer,
  AUG,
  DAT,
  dates,
  DEV,
  figs,
  LAST_MONTH,
  LAST_WEEK,
  lateC,
  MONTH_SO_FAR,
  NOV_1_TO_18,
  OCT,
  one,
  QA,
  SEC,
  SEP,
  times,
  WEEK_OF_NOV_3,
  who,
  yesNo,
} from './shared';

const late = (g: Group, span: Span) => figs(lateC(sumOf(g, 'late', span)));
const timesLate = (id: string, span: Span) => figs(lateC(times(sumOf(one(id), 'late', span))));
const TEAMS = ['DEV', 'QA', 'DAT', 'SEC', 'AI'];
const most = (g: Group, span: Span, asker?: string) => who(mostWith(g, 'late', span, asker), lateC(topValue(g, 'late', span)));
function topTeam(span: Span) {
  const all = TEAMS.map((t) => ({ t, n: sumOf({ team: t }, 'late', span) })).sort((a, b) => b.n - a.n);
  if (all[0]!.n === all[1]!.n) throw new Error('two teams tied');
  return answer({ mentions: [all[0]!.t], figures: [lateC(all[0]!.n)] });
}
/** Yes or no for one person, with the late days when yes. */
function wasLate(id: string, span: Span) {
  const list = datesWith(id, 'late', span);
  return list.length > 0 ? yesNo(true, { dates: list }) : yesNo(false);
}
/** This month up to yesterday, as the question says "before today". */
const NOV_BEFORE_TODAY = between('2025-11-01', '2025-11-18');

export const LATENESS: readonly Question[] = [
  // HR.
  q('QQ083', 'admin', 'who was late the most in October?', () => most(ALL, OCT)),
  q('QQ084', 'admin', 'who in QA was late most last month', () => most(QA, LAST_MONTH)),
  q('QQ085', 'admin', 'how many late arrivals did DEV have in October', () => late(DEV, OCT)),
  q('QQ086', 'admin', 'late arrivals per team in September', () => figs(...TEAMS.map((t) => lateC(sumOf({ team: t }, 'late', SEP))))),
  q('QQ087', 'admin', 'how many times was Marcus Lee late in October?', () => timesLate('QA-002', OCT)),
  q('QQ088', 'admin', 'who was late more than 5 times in october', () => who(whoWith(ALL, 'late', OCT, (n) => n > 5))),
  q('QQ089', 'admin', 'which team had the most late arrivals in August?', () => topTeam(AUG)),
  q('QQ090', 'admin', 'late arrivals company-wide from 1 to 18 Nov', () => late(ALL, NOV_1_TO_18)),
  q('QQ091', 'admin', 'who in SEC was never late in October', () => who(nobodyWith(SEC, 'late', OCT))),
  q('QQ092', 'admin', 'late arrivals in the data team this month', () => late(DAT, MONTH_SO_FAR)),
  // Managers.
  q('QQ093', 'DEV-001', 'who on my team was late most in october', () => most(DEV, OCT, 'DEV-001')),
  q('QQ094', 'DEV-001', 'how many times was Lukas late in September?', () => timesLate('DEV-004', SEP)),
  q('QQ095', 'DEV-001', 'late arrivals in my team this month', () => late(DEV, MONTH_SO_FAR)),
  q('QQ096', 'DEV-001', 'anyone on my team late more than 3 times in September?', () => who(whoWith(DEV, 'late', SEP, (n) => n > 3, 'DEV-001'))),
  q('QQ097', 'DEV-001', 'which days was Daniel Okafor late in October', () => dates(datesWith('DEV-008', 'late', OCT))),
  q('QQ098', 'QA-001', 'late count for my team in September', () => late(QA, SEP)),
  q('QQ099', 'QA-001', 'who in QA was late the most in August?', () => most(QA, AUG, 'QA-001')),
  q('QQ100', 'QA-001', 'how many late arrivals did my team have in the week of 3 November', () => late(QA, WEEK_OF_NOV_3)),
  q('QQ101', 'QA-001', "who on my team wasn't late at all in september", () => who(nobodyWith(QA, 'late', SEP, 'QA-001'))),
  // Employees.
  q('QQ102', 'DEV-003', 'was I late at all in october?', () => wasLate('DEV-003', OCT)),
  q('QQ103', 'QA-003', 'which day was I late this month, before today?', () => dates(datesWith('QA-003', 'late', NOV_BEFORE_TODAY))),
  q('QQ104', 'DAT-004', 'was i late last month', () => wasLate('DAT-004', LAST_MONTH)),
  q('QQ105', 'SEC-004', 'which days was I late in September?', () => dates(datesWith('SEC-004', 'late', SEP))),
  q('QQ106', 'SEC-004', 'was I late last week', () => wasLate('SEC-004', LAST_WEEK)),
];
