/*
 * practice48 — lines over scores, people, the calendar, leave and shares (the periods, guards and attendance lines are
 * in practice48-figures.ts). A final score is the mean of three whole inputs rounded to two places (API.md), so a
 * final score sits on a whole-number line only when the three inputs add up to three times it; a group's mean is
 * read both from the rounded final scores and from the unrounded inputs, and the two must stand alike against the
 * line. A band "between a and b" is asked only where no value sits on either end (inclusive and exclusive readings
 * agree). Tenure lines are read on the calendar and in whole years, and must agree. Leave "left" is read as the
 * available balance (pending requests reserved), as the grant less approved leave, and as the grant less the leave
 * gone by, and must agree; "available" is API.md's field alone. Holidays left are counted as holidays and as days
 * (a half-day holiday a half), and must agree. A share of people is over those expected at work in the period
 * (README), of scores over the people scored. Written code-blind; reads only the data set and the oracle modules.
 */
import { TODAY, type LeaveCode } from '../dataset/calendar';
import { dataset } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import { measureOf, peopleIn, type Measure, type Scope } from './attendance-figures';
import { holidaysBetween } from './holiday-figures';
import { balance, leaveDays, requests, requestsOverlapping } from './leave-figures';
import { hiredBetween, leftBetween, select, tenureYears, type PeopleFilter } from './people-figures';
import { agreed } from './practice16-figures';
import { workingDaysHalves } from './practice23-figures';
import { workingDaysFor } from './practice46-figures';
import { expectedPeople } from './practice45-figures';
import { changes, scoresIn } from './score-figures';
import { yearsBeforeToday } from './tenure-since';
import { oneList, passes, settled, stayers, TEAMS, team, toDate, type Op, type Range } from './practice48-figures';

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

/* ---- Scores. ---- */

/** The three inputs' sum of one person's score in a quarter (null when unscored). */
const inputsOf = (id: string, period: string): number | null => {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  return s ? s.kpi + s.completedTask + s.feedback360 : null;
};

/** One person's final score against a line (throws when unscored): whether it passes, and the score. */
export function scoreVs(id: string, period: string, op: Op, line: number): { yes: boolean; score: number } {
  const found = scoresIn([period], { ids: [id] })[0];
  if (!found) throw new Error(`${id} has no score in ${period}`);
  const raw = inputsOf(id, period)! / 3;
  return { yes: agreed([passes(found.score, op, line), passes(raw, op, line)]), score: found.score };
}

/** The people of the scope whose final score in the quarter passes the line, the same with and without leavers. */
export const peopleByScore = (period: string, scope: Scope, op: Op, line: number): string[] =>
  oneList(
    ...[scope, stayers(scope)].map((s) =>
      scoresIn([period], s)
        .filter((x) => passes(x.score, op, line))
        .map((x) => x.id),
    ),
  );

/** The people of the scope scored in every quarter given, each score passing the line. */
export const peopleByScoreInAll = (periods: string[], scope: Scope, op: Op, line: number): string[] =>
  periods.map((p) => peopleByScore(p, scope, op, line)).reduce((acc, list) => acc.filter((id) => list.includes(id)));

/** The people scored between a and b in the quarter, with no score on either end (so "between" reads one way), leavers alike. */
export function peopleScoredBetween(period: string, scope: Scope, low: number, high: number): string[] {
  const band = (s: Scope, inclusive: boolean) =>
    scoresIn([period], s)
      .filter((x) => (inclusive ? passes(x.score, 'ge', low) && passes(x.score, 'le', high) : passes(x.score, 'gt', low) && passes(x.score, 'lt', high)))
      .map((x) => x.id);
  return oneList(band(scope, true), band(scope, false), band(stayers(scope), true));
}

/** Whether someone of the scope scored exactly the line in the quarter (the question tests the line itself). */
export function someoneScoredExactly(period: string, scope: Scope, line: number): boolean {
  if (!scoresIn([period], scope).some((s) => s.score === line)) throw new Error(`nobody scored exactly ${line} in ${period}`);
  return true;
}

/** A group's mean score in a quarter, read from the final scores (two places) and from the raw inputs. */
function means(period: string, scope: Scope): { rounded: number; raw: number } {
  const list = scoresIn([period], scope);
  if (list.length === 0) throw new Error(`no scores in ${period}`);
  const rounded = round(list.reduce((s, x) => s + x.score, 0) / list.length, 2);
  const raw = list.reduce((s, x) => s + inputsOf(x.id, period)!, 0) / (3 * list.length);
  return { rounded, raw };
}

/** A group's mean against a line: both readings must pass alike and stand on it or clear of it by 0.05. */
export function meanVs(period: string, scope: Scope, op: Op, line: number): { yes: boolean; mean: number } {
  const m = means(period, scope);
  settled(m.raw, line, 0.05);
  return { yes: agreed([passes(m.rounded, op, line), passes(m.raw, op, line)]), mean: m.rounded };
}

/** The teams whose mean in the quarter passes the line, the same with and without leavers' scores. */
export const teamsByMean = (period: string, op: Op, line: number): string[] =>
  oneList(...[false, true].map((leaversOut) => TEAMS.filter((code) => meanVs(period, leaversOut ? stayers(team(code)) : team(code), op, line).yes)));

/** The people whose KPI in the quarter passes the line, the same with and without leavers. */
export const peopleByKpi = (period: string, scope: Scope, op: Op, line: number): string[] =>
  oneList(
    ...[scope, stayers(scope)].map((s) =>
      dataset()
        .scores.filter((x) => x.period === period && peopleIn(s).some((p) => p.id === x.employee) && passes(x.kpi, op, line))
        .map((x) => x.employee),
    ),
  );

/** The people whose score moved by more than the line between two quarters (up: a rise, down: a fall), read two ways. */
export function peopleByMove(from: string, to: string, direction: 'up' | 'down', op: Op, line: number, scope: Scope = {}): string[] {
  const sign = direction === 'up' ? 1 : -1;
  const finals = changes(from, to, scope)
    .filter((c) => passes(sign * c.change, op, line))
    .map((c) => c.id);
  const raw = changes(from, to, scope)
    .filter((c) => passes((sign * (inputsOf(c.id, to)! - inputsOf(c.id, from)!)) / 3, op, line))
    .map((c) => c.id);
  return oneList(finals, raw);
}

/* ---- Shares. ---- */

/** The share of the people expected at work in a closed range whose count of a measure passes the line (four places). */
export function shareWhere(scope: Scope, measure: Measure, range: Range, op: Op, n: number): { share: number; having: number; base: number } {
  if (range[1] >= TODAY) throw new Error('a share is asked over closed days only');
  const base = expectedPeople(scope, range);
  const having = base.filter((id) => passes(measureOf(id, measure, range[0], range[1]), op, n)).length;
  return { share: round(having / base.length, 4), having, base: base.length };
}

/** The share of a quarter's scores of the group passing the line (four places), over the people scored. */
export function scoreShare(period: string, scope: Scope, op: Op, line: number): { share: number; having: number; base: number } {
  const list = scoresIn([period], scope);
  const having = list.filter((s) => passes(s.score, op, line)).length;
  return { share: round(having / list.length, 4), having, base: list.length };
}

/* ---- People. ---- */

/** Active headcount of a team (README: headcounts count active staff unless leavers are asked for). */
export const headcountOf = (code: string, filter: Omit<PeopleFilter, 'team'> = {}): number => select({ ...filter, team: code }).length;

/** The teams whose active headcount passes the line. */
export const teamsByHeadcount = (op: Op, n: number): string[] => TEAMS.filter((code) => passes(headcountOf(code), op, n));

/** Active people of the filter whose service passes the line in years, read on the calendar and in whole years (must agree). */
export function peopleByTenure(op: Op, years: number, filter: PeopleFilter = {}): string[] {
  const anniversary = yearsBeforeToday(years);
  const calendar = select(filter).filter((p) => {
    switch (op) {
      case 'ge':
        return p.hire <= anniversary;
      case 'lt':
        return p.hire > anniversary;
      case 'gt':
        return p.hire < anniversary;
      case 'le':
        return p.hire >= anniversary;
      case 'eq':
        throw new Error('"exactly n years" is not asked');
    }
  });
  const whole = select(filter).filter((p) => passes(tenureYears(p), op, years));
  return oneList(
    calendar.map((p) => p.id),
    whole.map((p) => p.id),
  );
}

/** The people hired (or who left) in a range, of a team when given. */
export const hiresIn = (range: Range, code?: string): string[] => hiredBetween(range[0], range[1], code);
export const leaversIn = (range: Range, code?: string): string[] => leftBetween(range[0], range[1], code);

/** The teams whose hires over the range pass the line. */
export const teamsByHires = (range: Range, op: Op, n: number): string[] => TEAMS.filter((code) => passes(hiresIn(range, code).length, op, n));

/* ---- Calendar. ---- */

/** Working days of a range by a team's calendar, read by two oracle modules (must agree). */
export const workingDaysOf = (range: Range, code: string | null): number => agreed([workingDaysHalves(range, code), workingDaysFor(range, code)]);

/** The holidays left this year for a member of the team, counted as holidays and as days; the line must read alike. */
export function holidaysLeftVs(code: string, op: Op, n: number): { yes: boolean; count: number; dates: Day[] } {
  const left = holidaysBetween(addDays(TODAY, 1), `${TODAY.slice(0, 4)}-12-31`, code);
  const asDays = left.reduce((s, h) => s + (h.half === null ? 1 : 0.5), 0);
  return { yes: agreed([passes(left.length, op, n), passes(asDays, op, n)]), count: left.length, dates: left.map((h) => h.date) };
}

/* ---- Leave. ---- */

const YEAR_START: Day = `${TODAY.slice(0, 4)}-01-01`;

/** One person's leave of a type left this year, read three ways (available, grant less approved, grant less gone by). */
export function leftReadings(id: string, code: LeaveCode): number[] {
  const b = balance(id, code);
  return [b.available, b.allocated - b.taken, b.allocated - leaveDays(id, YEAR_START, addDays(TODAY, -1), code)];
}

/** Active people of the filter whose leave left passes the line, all three readings alike. */
export const peopleByLeaveLeft = (code: LeaveCode, op: Op, line: number, filter: PeopleFilter = {}): string[] =>
  oneList(
    ...[0, 1, 2].map((i) =>
      select(filter)
        .filter((p) => passes(leftReadings(p.id, code)[i]!, op, line))
        .map((p) => p.id),
    ),
  );

/** Active people of the filter whose available balance (API.md's field) passes the line. */
export const peopleByAvailable = (code: LeaveCode, op: Op, line: number, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => passes(balance(p.id, code).available, op, line))
    .map((p) => p.id);

/** One person's leave of a type left against a line, all readings alike: whether it passes, and what is available. */
export function leaveLeftVs(id: string, code: LeaveCode, op: Op, line: number): { yes: boolean; left: number } {
  const readings = leftReadings(id, code);
  return { yes: agreed(readings.map((r) => passes(r, op, line))), left: readings[0]! };
}

/** Leave of a type (or any) taken so far this year: the days gone by, the same with and without today. */
export const takenSoFar = (id: string, code?: LeaveCode): number => toDate([YEAR_START, TODAY], (r) => leaveDays(id, r[0], r[1], code));

/** The people of the scope whose leave taken so far this year passes the line, the same with and without today. */
export const peopleByTakenSoFar = (scope: Scope, op: Op, line: number, code?: LeaveCode): string[] =>
  oneList(
    ...[TODAY, addDays(TODAY, -1)].map((end) =>
      peopleIn(scope)
        .filter((p) => passes(leaveDays(p.id, YEAR_START, end, code), op, line))
        .map((p) => p.id),
    ),
  );

/** The people of the scope whose days of approved leave within the range pass the line. */
export const peopleByLeaveIn = (scope: Scope, range: Range, op: Op, line: number): string[] =>
  peopleIn(scope)
    .filter((p) => passes(leaveDays(p.id, range[0], range[1]), op, line))
    .map((p) => p.id);

/** How many requests of a state the scope has (pending ones are pending whatever their dates). */
export const requestCount = (status: 'pending' | 'approved', scope: Scope = {}): number => requests(status, scope).length;

/** How many requests of a state overlap a range. */
export const requestsIn = (status: 'pending' | 'approved', range: Range, scope: Scope = {}): number =>
  requestsOverlapping(status, range[0], range[1], scope).length;
