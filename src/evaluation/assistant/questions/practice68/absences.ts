/*
 * practice68 — absences over the month, per person and per team, and who had none. API.md's absence rule: absent =
 * Σ (e − min(a, e)) over closed days (a half day expected and not attended is half a day), never on leave, holidays or
 * weekends, and today (open) has no absentees, so "so far this month" reads the same with and without today. The
 * absence rate is the attendance rate taken from 1 (README). Who had *no* absences lists the people employed throughout
 * the period with none (README); asked only where that reads the same counting joiners and leavers over their own days
 * and listing only today's staff, and never where the asking manager would be on the list.
 */
import type { Question } from '../../expectation';
import { absenceRateOf, datesWith, mostWith, nobodyWith, sumOf, topValue, valuesOf, type Group } from '../../oracle/practice68-figures';
import type { Span } from '../../oracle/practice68-periods';
import { q } from '../helpers';
import {
  absentD,
  AI,
  ALL,
  answer,
  AUG,
  DAT,
  dates,
  DEV,
  figs,
  LAST_MONTH,
  LAST_WEEK,
  MONTH_SO_FAR,
  OCT,
  one,
  QA,
  rateF,
  SEC,
  SEP,
  SINCE_AUGUST,
  who,
  yesNo,
} from './shared';

const absent = (g: Group, span: Span) => figs(absentD(sumOf(g, 'absent', span)));
const theirs = (id: string, span: Span) => absent(one(id), span);
const TEAMS = ['DEV', 'QA', 'DAT', 'SEC', 'AI'];
/** The people with absences and each one's days. */
function eachAbsent(g: Group, span: Span) {
  const list = valuesOf(g, 'absent', span).filter((v) => v.value > 0);
  return who(
    list.map((v) => v.id),
    ...list.map((v) => absentD(v.value)),
  );
}
const most = (g: Group, span: Span, asker?: string) => who(mostWith(g, 'absent', span, asker), absentD(topValue(g, 'absent', span)));
const none = (g: Group, span: Span, asker?: string) => who(nobodyWith(g, 'absent', span, asker));
/** The teams with no absence at all over the span. */
function teamsWithout(span: Span) {
  const found = TEAMS.filter((t) => sumOf({ team: t }, 'absent', span) === 0);
  if (found.length === 0) throw new Error('every team had absences');
  return answer({ teams: found });
}
/** Yes or no for one person, with the dates when yes. */
function anyAbsence(id: string, span: Span) {
  const list = datesWith(id, 'absent', span);
  return list.length > 0 ? yesNo(true, { dates: list }) : yesNo(false);
}

export const ABSENCES: readonly Question[] = [
  // HR.
  q('QQ057', 'admin', 'how many days was Chris Morgan absent in October', () => theirs('DEV-006', OCT)),
  q('QQ058', 'admin', 'total absent days in QA for October?', () => absent(QA, OCT)),
  q('QQ059', 'admin', 'who in DEV had no absences in August', () => none(DEV, AUG)),
  q('QQ060', 'admin', 'who in security was absent in October, and for how many days each?', () => eachAbsent(SEC, OCT)),
  q('QQ061', 'admin', 'which teams had no absences last week', () => teamsWithout(LAST_WEEK)),
  q('QQ062', 'admin', 'absent days per team in September', () => figs(...TEAMS.map((t) => absentD(sumOf({ team: t }, 'absent', SEP))))),
  q('QQ063', 'admin', 'who was absent the most in October?', () => most(ALL, OCT)),
  q('QQ064', 'admin', 'absence rate for DAT last month', () => figs(rateF(absenceRateOf(DAT, LAST_MONTH)))),
  q('QQ065', 'admin', 'Zoe Adams absences in November so far', () => theirs('QA-009', MONTH_SO_FAR)),
  q('QQ066', 'admin', 'which days was Pablo Ruiz absent in October', () => dates(datesWith('DAT-006', 'absent', OCT))),
  q('QQ067', 'admin', 'anyone in AI with zero absences in September?', () => none(AI, SEP)),
  q('QQ068', 'admin', 'company-wide absence rate for october', () => figs(rateF(absenceRateOf(ALL, OCT)))),
  q('QQ069', 'admin', 'name the SEC people with zero absences in Oct', () => none(SEC, OCT)),
  // Managers.
  q('QQ070', 'DEV-001', 'who on my team had no absences in august?', () => none(DEV, AUG, 'DEV-001')),
  q('QQ071', 'DEV-001', 'how many days was Ben Carter off in October', () => theirs('DEV-012', OCT)),
  q('QQ072', 'DEV-001', 'absent days for my team this month so far', () => absent(DEV, MONTH_SO_FAR)),
  q('QQ073', 'DEV-001', 'who on my team missed the most days in October?', () => most(DEV, OCT, 'DEV-001')),
  q('QQ074', 'DEV-001', 'which days was Hannah Schmidt absent this month', () => dates(datesWith('DEV-007', 'absent', MONTH_SO_FAR))),
  q('QQ075', 'QA-001', 'which of my people had no absences in August', () => none(QA, AUG, 'QA-001')),
  q('QQ076', 'QA-001', "what was QA's absence rate in october?", () => figs(rateF(absenceRateOf(QA, OCT)))),
  q('QQ077', 'QA-001', 'who in my team has been absent the most so far this month', () => most(QA, MONTH_SO_FAR, 'QA-001')),
  // Employees.
  q('QQ078', 'DEV-003', 'have I been absent at all since August?', () => anyAbsence('DEV-003', SINCE_AUGUST)),
  q('QQ079', 'QA-003', 'which days was i absent in october', () => dates(datesWith('QA-003', 'absent', OCT))),
  q('QQ080', 'QA-003', 'how many days have I been absent since the start of August?', () => theirs('QA-003', SINCE_AUGUST)),
  q('QQ081', 'DAT-004', 'was I absent any day in september? which one', () => anyAbsence('DAT-004', SEP)),
  q('QQ082', 'SEC-004', 'any absences for me last month?', () => anyAbsence('SEC-004', LAST_MONTH)),
];
