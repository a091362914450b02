/*
 * What the twentieth practice set needs beyond the shared oracle: the days people name on their phones
 * (the day before yesterday, this coming Monday, the Friday before last, the last working day of a month,
 * the first Monday of a month), one person's day read back (hours, status, the request covering it, the last
 * day of a kind), yes-or-no answers carrying their figure, and guards that throw when an expected figure
 * would be 0 or a list empty (an answer saying "no" reads poorly against a 0) — built only from the data set
 * (dataset/*) and API.md's rules as the shared oracle reads them. Added for practice20.
 */
import { HOLIDAYS, LEAVE, TODAY, type LeaveRequest } from '../dataset/calendar';
import { addDays, isWeekend, monthRange, weekday, type Day } from '../dataset/dates';
import { answer, type Expected, type Figure } from '../expectation';
import { measureOf, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { statusOn } from './status-on';

/** The most recent day strictly before today on this weekday (0 = Sunday … 6 = Saturday). */
export function lastWeekdayBefore(dow: number, before: Day = TODAY): Day {
  let day = addDays(before, -1);
  while (weekday(day) !== dow) day = addDays(day, -1);
  return day;
}

/** The first day strictly after today on this weekday: "this coming Monday". */
export function comingWeekday(dow: number): Day {
  let day = addDays(TODAY, 1);
  while (weekday(day) !== dow) day = addDays(day, 1);
  return day;
}

export const DAY_BEFORE_YESTERDAY: Day = addDays(TODAY, -2);
export const A_WEEK_AGO: Day = addDays(TODAY, -7);
/** "Last Friday" is the latest Friday before today; "the Friday before last" the one a week before it. */
export const LAST_FRIDAY: Day = lastWeekdayBefore(5);
export const FRIDAY_BEFORE_LAST: Day = addDays(LAST_FRIDAY, -7);
export const LAST_MONDAY: Day = lastWeekdayBefore(1);
export const MONDAY_BEFORE_LAST: Day = addDays(LAST_MONDAY, -7);
export const LAST_THURSDAY: Day = lastWeekdayBefore(4);
export const THIS_COMING_MONDAY: Day = comingWeekday(1);
export const THIS_FRIDAY: Day = comingWeekday(5);

/** The n-th weekday of a month ("the first Monday of November"). */
export function nthWeekdayOf(year: number, month: number, dow: number, n: number): Day {
  let day = monthRange(year, month).from;
  while (weekday(day) !== dow) day = addDays(day, 1);
  return addDays(day, 7 * (n - 1));
}

/** The last day of a month that is a weekday and not a full-day holiday of the organisation. */
export function lastWorkingDayOf(year: number, month: number): Day {
  let day = monthRange(year, month).to;
  while (isWeekend(day) || HOLIDAYS.some((h) => h.date === day && h.team === null && h.half === null)) day = addDays(day, -1);
  return day;
}

/** Throws when the expected figure is 0: the question was meant to have something to count. */
export function nonZero(value: number): number {
  if (value === 0) throw new Error('an expected figure is 0');
  return value;
}

/** Throws when the expected list is empty. */
export function nonEmpty(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** One person's hours on one day (throws when there are none). */
export const hoursOn = (id: string, day: Day): number => nonZero(totals({ ids: [id] }, day, day).hours);

/** A measure of one person over a range that must not be 0. */
export const measureNonZero = (id: string, measure: Measure, [from, to]: readonly [Day, Day]): number => nonZero(measureOf(id, measure, from, to));

/** A measure of a scope over a range that must not be 0. */
export const scopeMeasure = (scope: Scope, measure: Measure, [from, to]: readonly [Day, Day]): number => nonZero(totals(scope, from, to)[measure]);

/** The latest closed day before today on which the person's day was of this status (statusOn's words). */
export function lastDayWhen(id: string, status: string): Day {
  for (let day = addDays(TODAY, -1); day >= '2025-08-01'; day = addDays(day, -1)) if (statusOn(id, day) === status) return day;
  throw new Error(`${id} has no ${status} day`);
}

/** The dates one person was late in the range. */
export const lateDates = (id: string, [from, to]: readonly [Day, Day]): Day[] => {
  const out: Day[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (recordOf(id, day)?.status === 'late') out.push(day);
  return out;
};

/** The request of one person covering a day, whatever its state (throws when none or several). */
export function requestCovering(id: string, day: Day): LeaveRequest {
  const found = LEAVE.filter((l) => l.employee === id && l.from <= day && day <= l.to);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests covering ${day}`);
  return found[0]!;
}

/** A status word an answer about one person's day would use; "half" stays as statusOn gives it. */
export const dayWord = (id: string, day: Day): string => {
  const word = statusOn(id, day);
  if (word === 'not') throw new Error(`${day} is not a work day for ${id}`);
  return word;
};

/**
 * A yes-or-no answer: the word "yes" or "no" with its figures and whatever else must be said.
 * (The grader reads mentions as plain text, so "no" is only a weak check; the figure carries it.)
 */
export function yesNo(truth: boolean, figures: Figure[], extra: { mentions?: string[]; dates?: string[]; people?: string[] } = {}): Expected {
  return answer({
    ...extra,
    ...(figures.length > 0 && { figures }),
    mentions: [truth ? 'yes' : 'no', ...(extra.mentions ?? [])],
  });
}

/**
 * "Did it go up": answered yes or no in the direction's own word ("went down from 68.74 to 67" is a plain
 * "no"), with both figures.
 */
export function wentUp(before: number, after: number, figures: Figure[]): Expected {
  if (after === before) throw new Error('no change: up or down is in doubt');
  return answer({ figures, mentions: [after > before ? 'up' : 'down'] });
}

/** Whether a value passes a threshold, with the value: for yes-or-no questions whose figure decides. */
export const decide = (value: number, passes: (v: number) => boolean): [boolean, number] => [passes(value), value];
