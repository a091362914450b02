/* Who works here: headcounts, lists, hires and leavers, tenure — from the data set's people. */
import { TODAY } from '../dataset/calendar';
import { dataset } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { employedOn } from './absence';

export interface PeopleFilter {
  team?: string;
  position?: Position;
  /** active: employed today; inactive: left. Unset: active (HR's "employees" means the current ones). */
  status?: 'active' | 'inactive' | 'any';
  title?: string;
}

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);

export function select(filter: PeopleFilter = {}): Person[] {
  const status = filter.status ?? 'active';
  return dataset().people.filter(
    (p) =>
      (filter.team === undefined || p.team === filter.team) &&
      (filter.position === undefined || p.position === filter.position) &&
      (filter.title === undefined || p.title === filter.title) &&
      (status === 'any' || (status === 'active') === employedOn(p, TODAY)),
  );
}

export const ids = (filter: PeopleFilter = {}) => select(filter).map((p) => p.id);
export const headcount = (filter: PeopleFilter = {}) => select(filter).length;

export function hiredBetween(from: Day, to: Day, team?: string): string[] {
  return select({ team, status: 'any' })
    .filter((p) => from <= p.hire && p.hire <= to)
    .map((p) => p.id);
}

export function leftBetween(from: Day, to: Day, team?: string): string[] {
  return select({ team, status: 'any' })
    .filter((p) => p.end !== null && from <= p.end && p.end <= to)
    .map((p) => p.id);
}

/** Whole years from hire date to today. */
export function tenureYears(p: Person): number {
  const years = Number(TODAY.slice(0, 4)) - Number(p.hire.slice(0, 4));
  return TODAY.slice(5) >= p.hire.slice(5) ? years : years - 1;
}

/** Active people by hire date, earliest first (ties by name). */
export function longestServing(n: number, filter: PeopleFilter = {}): string[] {
  return select(filter)
    .sort((a, b) => a.hire.localeCompare(b.hire) || byName(a, b))
    .slice(0, n)
    .map((p) => p.id);
}

export function newest(n: number, filter: PeopleFilter = {}): string[] {
  return select(filter)
    .sort((a, b) => b.hire.localeCompare(a.hire) || byName(a, b))
    .slice(0, n)
    .map((p) => p.id);
}

export const hiredBefore = (day: Day, filter: PeopleFilter = {}) =>
  select(filter)
    .filter((p) => p.hire < day)
    .map((p) => p.id);

/** Active people whose whole years of service pass the test. Added for practice3. */
export const tenureWhere = (passes: (years: number) => boolean, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => passes(tenureYears(p)))
    .map((p) => p.id);
