/*
 * What the eighteenth practice set needs beyond the shared oracle: the periods its chat-box shorthand
 * names (since August, since September, 2024), the people a measure names on one day, check-out times,
 * whole years of one person's tenure, hire and last days, scores between two bounds (throwing when a score
 * sits on a bound, where "between" is in doubt), unions of lists and a few small look-ups — built only
 * from the data set and the oracle. Added for practice18.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import { peopleWhere, recordOf, type Measure, type Scope } from './attendance-figures';
import { select, tenureYears, type PeopleFilter } from './people-figures';
import { scoresIn } from './score-figures';

/** One day as a range. */
export const day = (d: Day): [Day, Day] => [d, d];

export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
export const SINCE_SEPTEMBER: [Day, Day] = ['2025-09-01', TODAY];
export const YEAR_2024: [Day, Day] = ['2024-01-01', '2024-12-31'];

/** The people a measure names on one day. */
export const whoOn = (scope: Scope, measure: Measure, d: Day): string[] => peopleWhere(scope, measure, d, d);

/** A check-out time as an answer would write it ("17:05"), or throws when there is none. */
export function checkOutTime(id: string, d: Day): string {
  const time = recordOf(id, d)?.checkOut;
  if (!time) throw new Error(`${id} has no check-out on ${d}`);
  return time.slice(0, 5);
}

/** Whole years of one person's service today. */
export const tenureOf = (id: string): number => tenureYears(person(id));

/** A person's hire date; their last day (throws when they have none). */
export const hireOf = (id: string): Day => person(id).hire;
export function lastDayOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}

/** Active people of the filter hired after the day. */
export const hiredAfter = (d: Day, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => p.hire > d)
    .map((p) => p.id);

/** People scored between two bounds in the period; throws when a score sits on a bound (inclusive or not is in doubt). */
export function scoredBetween(period: string, low: number, high: number, scope: Scope = {}): string[] {
  const scores = scoresIn([period], scope);
  if (scores.some((s) => s.score === low || s.score === high)) throw new Error(`a score sits on a bound of ${low}…${high}`);
  return scores.filter((s) => low < s.score && s.score < high).map((s) => s.id);
}

/** Each id once, in first-seen order. */
export const union = (...lists: string[][]): string[] => [...new Set(lists.flat())];
