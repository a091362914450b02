/*
 * What the twenty-third practice set needs beyond the shared oracle: working days of the calendar with a
 * half-day holiday counted as a half (as the README's "working days" reads them), who in a scope was late,
 * absent, off on leave or missing a check-out over a range or on a day, a person's rate against a line, a
 * scope's hours per person, and the leavers of a range with their last days — built only from the data set
 * (dataset/*) and API.md's rules as the shared oracle reads them. Added for practice23.
 */
import { HOLIDAYS, TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { daysBetween, isWeekend, type Day } from '../dataset/dates';
import { expectedFraction } from './absence';
import { measureOf, peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { offBetween } from './leave-figures';
import { leftBetween } from './people-figures';
import { nonEmpty } from './practice20-figures';
import { rateIn } from './practice15-figures';

type Range = readonly [Day, Day];

/** Last Monday to last Sunday, as helpers' LAST_WEEK, and the week before it. */
export const WEEK_BEFORE_LAST: [Day, Day] = ['2025-11-03', '2025-11-09'];
export const TOMORROW: Day = '2025-11-20';

/** Working days over the range: days of the work week less the holidays on them, a half-day holiday as a half. */
export function workingDaysHalves([from, to]: Range, team: string | null = null): number {
  const mine = HOLIDAYS.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === team) && !isWeekend(h.date));
  const weekdays = daysBetween(from, to).filter((d) => !isWeekend(d)).length;
  return weekdays - mine.reduce((s, h) => s + (h.half === null ? 1 : 0.5), 0);
}

/** The people in scope with more than n of a measure over the range. */
export const moreThan = (scope: Scope, measure: Measure, [from, to]: Range, n: number): string[] => peopleWhere(scope, measure, from, to, (v) => v > n);

/** The people in scope with any of a measure over the range (throws when nobody: the question expects someone). */
export const someoneWith = (scope: Scope, measure: Measure, [from, to]: Range): string[] => nonEmpty(peopleWhere(scope, measure, from, to));

/** The people in scope with any of a measure over the range, possibly nobody. */
export const anyoneWith = (scope: Scope, measure: Measure, [from, to]: Range): string[] => peopleWhere(scope, measure, from, to);

/** The people in scope with approved leave taking a half or more off on the day. */
export const offOn = (scope: Scope, d: Day): string[] => offBetween(scope, d, d);

/** One person's rate over a range against a line (at or above): the verdict and the rate. */
export function rateAtLeast(id: string, range: Range, line: number): [boolean, number] {
  const value = rateIn({ ids: [id] }, range);
  return [value >= line, value];
}

/** The hours of each person in scope with any hours over the range, in the data set's order. */
export function hoursEach(scope: Scope, [from, to]: Range): Array<{ id: string; hours: number }> {
  return peopleIn(scope)
    .map((p) => ({ id: p.id, hours: measureOf(p.id, 'hours', from, to) }))
    .filter((x) => x.hours > 0);
}

/** The person in scope with the most (or fewest) hours over the range among those expected; throws when tied. */
export function hoursExtreme(scope: Scope, range: Range, direction: 'most' | 'fewest'): { id: string; hours: number } {
  const sorted = hoursEach(scope, range).sort((a, b) => (direction === 'most' ? b.hours - a.hours : a.hours - b.hours));
  if (sorted.length > 1 && sorted[0]!.hours === sorted[1]!.hours) throw new Error(`the ${direction} hours are tied`);
  return sorted[0]!;
}

/** The leavers of a range and their last days. */
export function leaversWithLastDays([from, to]: Range, team?: string): Array<{ id: string; end: Day }> {
  return leftBetween(from, to, team).map((id) => ({ id, end: person(id).end! }));
}

/** Whether anyone in scope had the measure over the range, and how many people. */
export function anyone(scope: Scope, measure: Measure, [from, to]: Range): [boolean, string[]] {
  const who = peopleWhere(scope, measure, from, to);
  return [who.length > 0, who];
}

/**
 * The closed days of the range on which one person was away for some of what was expected of them: expected a
 * half or more (expectedFraction) with no record, or an "absent" record — a half day off by a holiday or
 * leave and the other half unattended counts.
 */
export const absentDays = (id: string, [from, to]: Range): Day[] =>
  daysBetween(from, to).filter((d) => {
    if (d >= TODAY || expectedFraction(person(id), d) === 0) return false;
    const r = recordOf(id, d);
    return r === undefined || r.status === 'absent';
  });

/** The people in scope expected at work over the range whose hours fall below the line (no record counts as 0). */
export const hoursBelow = (scope: Scope, [from, to]: Range, line: number): string[] =>
  peopleIn(scope)
    .filter((p) => totals({ ids: [p.id] }, from, to).expected > 0 && measureOf(p.id, 'hours', from, to) < line)
    .map((p) => p.id);

/** The people of both lists, in the first list's order. */
export const both = (a: string[], b: string[]): string[] => a.filter((id) => b.includes(id));
