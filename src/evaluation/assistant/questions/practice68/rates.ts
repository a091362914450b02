/*
 * practice68 — the team's attendance rate for the month, for the month-end report. API.md: the rate is Σ min(a, e) ÷
 * Σ e over the closed days of the period, pooled (not a mean of day rates); today is open and never rated, so "this
 * month" reads the same with and without it. "Attendance issues" is a rate under ATTENDANCE_ALERT_RATE (0.9); a team
 * is asked against a line only when its rate is not within rounding of it. A person's rate is their own days the same way.
 */
import type { Question } from '../../expectation';
import { rateOf, whoRated, type Group } from '../../oracle/practice68-figures';
import type { Span } from '../../oracle/practice68-periods';
import { q } from '../helpers';
import { ALL, answer, AUG, DEV, figs, LAST_MONTH, LAST_WEEK, MONTH_SO_FAR, OCT, one, QA, rateF, SEC, SEP, who } from './shared';

const TEAMS = ['DEV', 'QA', 'DAT', 'SEC', 'AI'];
const rated = (g: Group, span: Span) => figs(rateF(rateOf(g, span)));
/** A rate clearly on one side of a line (not within half a point of it). */
function clear(value: number, line: number): number {
  if (Math.abs(value - line) < 0.005) throw new Error(`${value} is on the line ${line}`);
  return value;
}
/** The teams under a line over the span, named. */
function teamsUnder(span: Span, line: number) {
  const found = TEAMS.filter((t) => clear(rateOf({ team: t }, span), line) < line);
  if (found.length === 0) throw new Error('no team under the line');
  return answer({ teams: found });
}
/** Best and worst team: each with its rate. */
function bestAndWorst(span: Span) {
  const all = TEAMS.map((t) => ({ t, r: rateOf({ team: t }, span) })).sort((a, b) => b.r - a.r);
  const [best, second] = [all[0]!, all[1]!];
  const [worst, above] = [all[all.length - 1]!, all[all.length - 2]!];
  if (best.r === second.r || worst.r === above.r) throw new Error('a tie at an end');
  return answer({ mentions: [best.t, worst.t], figures: [rateF(best.r), rateF(worst.r)] });
}
const under = (g: Group, span: Span, line: number, asker?: string) => who(whoRated(g, span, (r) => clear(r, line) < line, asker));

export const RATES: readonly Question[] = [
  // HR.
  q('QQ175', 'admin', 'attendance rate for QA in October', () => rated(QA, OCT)),
  q('QQ176', 'admin', "DEV's attendance rate last month?", () => rated(DEV, LAST_MONTH)),
  q('QQ177', 'admin', 'which teams were under 90% attendance in October', () => teamsUnder(OCT, 0.9)),
  q('QQ178', 'admin', 'attendance rate by team for September', () => figs(...TEAMS.map((t) => rateF(rateOf({ team: t }, SEP))))),
  q('QQ179', 'admin', 'company attendance rate in august', () => rated(ALL, AUG)),
  q('QQ180', 'admin', 'SEC attendance rate this month so far', () => rated(SEC, MONTH_SO_FAR)),
  q('QQ181', 'admin', 'which team had the best attendance in October, and which the worst?', () => bestAndWorst(OCT)),
  q('QQ182', 'admin', "chris walker's attendance rate in october", () => rated(one('QA-004'), OCT)),
  q('QQ183', 'admin', 'who in QA had an attendance rate under 80% in October?', () => under(QA, OCT, 0.8)),
  // Managers.
  q('QQ184', 'DEV-001', 'our attendance rate for october', () => rated(DEV, OCT)),
  q('QQ185', 'DEV-001', "my team's attendance this month", () => rated(DEV, MONTH_SO_FAR)),
  q('QQ186', 'DEV-001', "Ben Carter's attendance rate last month", () => rated(one('DEV-012'), LAST_MONTH)),
  q('QQ187', 'DEV-001', 'who on my team was below 90% attendance in October', () => under(DEV, OCT, 0.9, 'DEV-001')),
  q('QQ188', 'QA-001', 'QA attendance rate in september', () => rated(QA, SEP)),
  q('QQ189', 'QA-001', 'attendance rate for my team last week?', () => rated(QA, LAST_WEEK)),
  // Employees.
  q('QQ190', 'DEV-003', 'my attendance rate in october', () => rated(one('DEV-003'), OCT)),
  q('QQ191', 'QA-003', 'what is my attendance rate this month?', () => rated(one('QA-003'), MONTH_SO_FAR)),
  q('QQ192', 'DAT-004', 'my attendance % for september', () => rated(one('DAT-004'), SEP)),
  q('QQ193', 'SEC-004', 'attendance rate for me last month?', () => rated(one('SEC-004'), LAST_MONTH)),
];
