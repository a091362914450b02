/*
 * practice36 — what the promise-by-promise set needs beyond the earlier oracles: a few ranges, dated lists of one
 * person's days, clean cuts of rankings and thresholds, and leave left over a team. Reads only the data set and
 * the oracle modules beside it.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { daysBetween, quarter, type Day } from '../dataset/dates';
import type { LeaveCode } from '../dataset/calendar';
import { measureOf, peopleByRate, peopleIn, type Measure, type Scope } from './attendance-figures';
import { balance, requests } from './leave-figures';
import { select, type PeopleFilter } from './people-figures';

export type Range = readonly [Day, Day];

export const Q3_2025: [Day, Day] = [quarter(2025, 3).from, quarter(2025, 3).to];
export const SINCE_OCT_1: [Day, Day] = ['2025-10-01', TODAY];
export const SINCE_AUG_1: [Day, Day] = ['2025-08-01', TODAY];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
export const NOVEMBER: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];

/** The days of the range on which one person has some of the measure, by date. */
export const daysWith = (id: string, measure: Measure, [from, to]: Range): Day[] => daysBetween(from, to).filter((d) => measureOf(id, measure, d, d) > 0);

/** The n lowest (or highest) attendance rates of the scope over the range; throws when the n-th is tied with the next. */
export function ratesCut(scope: Scope, range: Range, n: number, direction: 'lowest' | 'highest'): string[] {
  const ranked = peopleByRate(scope, range[0], range[1], direction);
  if (ranked.length > n && ranked[n - 1]!.rate === ranked[n]!.rate) throw new Error('the cut of the ranking is tied');
  return ranked.slice(0, n).map((r) => r.id);
}

/** People of the scope whose measure over the range is strictly above the line; throws when someone sits on it. */
export function aboveLine(scope: Scope, measure: Measure, [from, to]: Range, line: number): string[] {
  const values = peopleIn(scope).map((p) => ({ id: p.id, value: measureOf(p.id, measure, from, to) }));
  if (values.some((v) => v.value === line)) throw new Error(`someone sits on the line ${line}`);
  return values.filter((v) => v.value > line).map((v) => v.id);
}

/** Active people whose leave of this kind still available is strictly below the line ("fewer than 10": exactly 10 is out). */
export const leaveLeftBelow = (code: LeaveCode, line: number, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => balance(p.id, code).available < line)
    .map((p) => p.id);

/** The last day of the approved request under way or ahead for a person (throws when there is none). */
export function leaveEnds(id: string): Day {
  const found = requests('approved', { ids: [id] }).filter((l) => l.to >= TODAY);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} approved requests under way or ahead`);
  return found[0]!.to;
}

/** A person's hire date. */
export const hireDate = (id: string): Day => person(id).hire;

/** A list that must hold exactly one person. */
export function onlyOne(list: string[]): string[] {
  if (list.length !== 1) throw new Error(`expected one person, got ${list.length}`);
  return list;
}
