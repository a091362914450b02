/*
 * practice46 — what the set of terse, non-native and misspelt questions needs beyond the earlier oracles: the periods
 * it names loosely ("yday", "lst wk", "this mth", "oct", "sept", "since aug"), each checked against the data set's
 * calendar; scopes by team, person and level; figures labelled with the words an answer stands them next to; guards
 * that throw when a list the question expects filled is empty (or the reverse), when a count could be written as
 * "once" or "twice", or when a figure sits too near a line; and a few small look-ups (a job title's headcount, the
 * approved half-day requests of a period, a team's holidays of a range and their names, one person's rate, a team's
 * list that is the same with or without the manager who asks). Written code-blind from API.md's absence rule, its
 * leave section and the README's assistant section; reads only the data set (dataset/*) and the other oracle modules.
 */
import { HOLIDAYS, LEAVE, TODAY, type LeaveStatus } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, weekday, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { count, days, rate, type Figure } from '../expectation';
import { measureOf, peopleIn, peopleWhere, totals, type Measure, type Scope } from './attendance-figures';
import { holidaysBetween } from './holiday-figures';
import { select } from './people-figures';
import { changes, kpiOf, scoreOf, scoresIn } from './score-figures';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';
import { lastWeekdayBefore } from './practice20-figures';
import { sameWithoutAsker } from './practice34-figures';

export type Range = readonly [Day, Day];

/* Days and periods, as asked on Wednesday 19 November 2025; a day the question writes is checked to be the data set's. */
export function sameDay(found: Day, named: Day): Day {
  if (found !== named) throw new Error(`the data set's day is ${found}, the question names ${named}`);
  return found;
}
export const TDY: Day = TODAY;
export const YDAY: Day = addDays(TODAY, -1);
/** "monday" alone, for what is recorded: the last one before today. */
export const LAST_MON: Day = sameDay(lastWeekdayBefore(1), '2025-11-17');
export const LAST_FRI: Day = sameDay(lastWeekdayBefore(5), '2025-11-14');
export const LAST_WK: [Day, Day] = [addDays(LAST_MON, -7), addDays(LAST_MON, -1)];
export const WK_BEFORE_LAST: [Day, Day] = [addDays(LAST_MON, -14), addDays(LAST_MON, -8)];
/** "This week" so far: Monday to today. */
export const THIS_WK: [Day, Day] = [LAST_MON, TODAY];
/** "This week" whole: Monday to Sunday. */
export const THIS_WK_WHOLE: [Day, Day] = [LAST_MON, addDays(LAST_MON, 6)];
export const NEXT_WK: [Day, Day] = [addDays(LAST_MON, 7), addDays(LAST_MON, 13)];
export const AUG: [Day, Day] = ['2025-08-01', '2025-08-31'];
export const SEP: [Day, Day] = ['2025-09-01', '2025-09-30'];
export const OCT: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const NOV_SO_FAR: [Day, Day] = ['2025-11-01', TODAY];
export const NOV_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DEC_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const Q4_SO_FAR: [Day, Day] = ['2025-10-01', TODAY];
export const SINCE_AUG: [Day, Day] = ['2025-08-01', TODAY];
export const SINCE_SEP: [Day, Day] = ['2025-09-01', TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
/** The months since tracking started, this one to today: "month by month since aug". */
export const MONTHS_SINCE_AUG: ReadonlyArray<Range> = [AUG, SEP, OCT, NOV_SO_FAR];
export const on = (d: Day): [Day, Day] => [d, d];

/** The date of a holiday of the calendar by its name, checked against the date the question's comment gives. */
export function holidayDay(name: string, named: Day): Day {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday called ${name}`);
  return sameDay(found.date, named);
}

/* Scopes. */
export const ALL: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const me = (id: string): Scope => ({ ids: [id] });
/** The people of a position (leavers included, their records stay), of a team when given. */
export const level = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position)
    .map((p) => p.id),
});

/* Guards. */
export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}
/** A count of 3 or more: an answer may write 1 as "once" and 2 as "twice", which the grader does not read. */
export function threeOrMore(n: number): number {
  if (n < 3) throw new Error(`a count of ${n} may be written in words the grader does not read`);
  return n;
}
export function nonZero(n: number): number {
  if (n === 0) throw new Error('an expected figure is 0');
  return n;
}
/** Whether a value is past a line, checked to stand clear of it by more than the margin. */
export function clearly(value: number, line: number, margin: number): boolean {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value > line;
}

/* Labelled figures. */
const HEAD = 'people|person|employee|staff|ppl|headcount|member|active|total';
/** A headcount, next to a word for people (or the extra words given). */
export const ppl = (n: number, ...words: string[]): Figure => near(count(n), [HEAD, ...words].join('|'));
export const lateCount = (n: number): Figure => near(count(n), 'late|arriv|tard');
export const absentDays = (n: number): Figure => near(days(n), 'absen|off|away|missed|day');
export const leaveDaysFig = (n: number): Figure => near(days(n), 'leave|day|off|taken|annual|sick|unpaid|left|available|balance');

/* Attendance. */
/** A rate over a range that must exist (throws when nothing was expected). */
export function rateOf(scope: Scope, [from, to]: Range): number {
  const r = totals(scope, from, to).rate;
  if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
  return r;
}
export const rateFig = (scope: Scope, range: Range): Figure => rate(rateOf(scope, range));
/** The absence rate: the attendance rate taken from 1, over the same expected days. */
export const absenceRateOf = (scope: Scope, range: Range): number => Math.round((1 - rateOf(scope, range)) * 10_000) / 10_000;
export const sumOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];
export const personOf = (id: string, measure: Measure, [from, to]: Range): number => measureOf(id, measure, from, to);
export const who = (scope: Scope, measure: Measure, [from, to]: Range): string[] => peopleWhere(scope, measure, from, to);
/** A manager's "who on my team …": the same list with or without the manager, or the question is in doubt (throws). */
export const teamWho = (manager: string, measure: Measure, range: Range): string[] =>
  sameWithoutAsker({ team: person(manager).team }, manager, (s) => who(s, measure, range));
/** Each period's rate, side by side. */
export const ratesOver = (scope: Scope, ranges: ReadonlyArray<Range>): Figure[] => ranges.map((r) => rateFig(scope, r));
/** Each period's total of a count, side by side, each next to the measure's word. */
export const countsOver = (scope: Scope, measure: Measure, ranges: ReadonlyArray<Range>, label: string): Figure[] =>
  ranges.map((r) => near(count(sumOf(scope, measure, r)), label));
/** Whether the first scope's rate is below the second's over the range, checked to differ by more than 0.1 point. */
export const worseThan = (a: Scope, b: Scope, range: Range): boolean => !clearly(rateOf(a, range), rateOf(b, range), 0.001);

/* People. */
/** Active people holding a job title, of a team when given. */
export const withTitle = (title: string, code?: string): string[] => select({ title, team: code }).map((p) => p.id);
/** One person's job title, position, hire date and last day. */
export const titleOf = (id: string): string => person(id).title;
export const positionOf = (id: string): string => person(id).position;
export const hireOf = (id: string): Day => person(id).hire;
export function endOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}

/* Leave. */
/** The people with an approved half-day request (one half of one day) overlapping the range. */
export const halfDayLeaveTakers = ([from, to]: Range): string[] => [
  ...new Set(LEAVE.filter((l) => l.status === 'approved' && l.half !== null && l.from <= to && from <= l.to).map((l) => l.employee)),
];
/** The one request of a person (whatever its state) covering a day, and its state. */
export function stateOn(id: string, d: Day): LeaveStatus {
  const found = LEAVE.filter((l) => l.employee === id && l.from <= d && d <= l.to);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests covering ${d}`);
  return found[0]!.status;
}
/** The last day of the one approved request of a person under way today or ahead. */
export function leaveUntil(id: string): Day {
  const found = LEAVE.filter((l) => l.employee === id && l.status === 'approved' && l.to >= TODAY);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} approved requests under way or ahead`);
  return found[0]!.to;
}

/* Calendar. */
/** The holidays of the range a member of the team has (the organisation's and the team's), by date. */
export const holidayDates = ([from, to]: Range, code: string | null): Day[] => holidaysBetween(from, to, code).map((h) => h.date);
/** The name of the holiday a member of the team has on the day (throws when none). */
export function holidayNameOn(d: Day, code: string | null): string {
  const found = holidaysBetween(d, d, code);
  if (found.length !== 1) throw new Error(`${found.length} holidays on ${d} for ${code ?? 'the organisation'}`);
  return found[0]!.name;
}
/** The first holiday after today a member of the team has. */
export function nextHolidayFor(code: string): { date: Day; name: string } {
  const found = HOLIDAYS.filter((h) => h.date > TODAY && (h.team === null || h.team === code)).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error(`no holiday ahead for ${code}`);
  return { date: found.date, name: found.name };
}
/** Working days of the range by a team's calendar: weekdays, less each holiday on them (a half-day holiday a half). */
export function workingDaysFor([from, to]: Range, code: string | null): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const dow = weekday(d);
    if (dow === 0 || dow === 6) continue;
    const off = holidaysBetween(d, d, code);
    n += off.some((h) => h.half === null) ? 0 : off.length > 0 ? 0.5 : 1;
  }
  return n;
}
/** Whether the day is wholly a working day for the team (a weekday with no holiday half). */
export const isWorkingDay = (d: Day, code: string | null): boolean => workingDaysFor([d, d], code) === 1;

/** Two readings of one question that must agree (throws otherwise). */
export const bothReadings = <T>(a: T, b: T): T => agreed([a, b]);

/** The people of the scope whose rate over the range is below the line, no one within 0.1 point of it (throws). */
export function rateUnder(scope: Scope, [from, to]: Range, line: number): string[] {
  const rated = peopleIn(scope)
    .map((p) => ({ id: p.id, r: totals({ ids: [p.id] }, from, to).rate }))
    .filter((x): x is { id: string; r: number } => x.r !== null);
  return rated.filter((x) => !clearly(x.r, line, 0.001)).map((x) => x.id);
}
/** The people of the scope with a perfect rate over the range (those with nothing expected left out). */
export const fullAttendance = (scope: Scope, [from, to]: Range): string[] =>
  peopleIn(scope)
    .filter((p) => totals({ ids: [p.id] }, from, to).rate === 1)
    .map((p) => p.id);

/** The people of the scope expected at some point of the range whose hours over it pass the line, nobody within 0.1 h of it (throws). */
export function hoursPast(scope: Scope, [from, to]: Range, line: number, direction: 'over' | 'under'): string[] {
  const expected = peopleIn(scope).filter((p) => totals({ ids: [p.id] }, from, to).expected > 0);
  return expected
    .filter((p) => {
      const above = clearly(measureOf(p.id, 'hours', from, to), line, 0.1);
      return direction === 'over' ? above : !above;
    })
    .map((p) => p.id);
}

/** Everyone tied at the bottom of the move between two quarters ("dropped the most"), and the fall (throws when nobody fell). */
export function biggestFall(from: string, to: string, scope: Scope = {}): { ids: string[]; change: number } {
  const all = changes(from, to, scope);
  const bottom = Math.min(...all.map((c) => c.change));
  if (!(bottom < 0)) throw new Error('nobody fell');
  return { ids: all.filter((c) => c.change === bottom).map((c) => c.id), change: bottom };
}
/** The one person at the top (or bottom) of a quarter's scores in the scope, and the score (throws when tied). */
export function onlyAtEnd(period: string, direction: 'top' | 'bottom', scope: Scope = {}): { id: string; score: number } {
  const sorted = scoresIn([period], scope).sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score));
  if (sorted.length > 1 && sorted[0]!.score === sorted[1]!.score) throw new Error(`the ${direction} of ${period} is tied`);
  return { id: sorted[0]!.id, score: sorted[0]!.score };
}
/** A person's final score in a quarter (throws when unscored). */
export function scoreKnown(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}
/** A person's KPI input in a quarter (throws when unscored). */
export function kpiKnown(id: string, period: string): number {
  const k = kpiOf(id, period);
  if (k === null) throw new Error(`${id} has no KPI in ${period}`);
  return k;
}
