/*
 * What the nineteenth practice set needs beyond the shared oracle: the unusual periods its questions name
 * (the second week of September, 1 to 20 October, since the 15th), scopes that leave a position out
 * ("everyone except the juniors"), people who never had something over a range, rankings whose cut must be
 * clean, requests by kind and state over a range, and holidays of every scope — built only from the data
 * set and the oracle. Added for practice19.
 */
import { HOLIDAYS, LEAVE, TODAY, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { employedOn } from './absence';
import { measureOf, peopleIn, type Measure, type Scope } from './attendance-figures';
import { scoresIn, stats } from './score-figures';

/** 1 September 2025 is a Monday, so its second week is the 8th to the 14th however a week is counted. */
export const SEP_WEEK_2: [Day, Day] = ['2025-09-08', '2025-09-14'];
export const OCT_1_TO_20: [Day, Day] = ['2025-10-01', '2025-10-20'];
/** "Since the 15th", asked on 19 November: the 15th of this month to today. */
export const SINCE_THE_15TH: [Day, Day] = ['2025-11-15', TODAY];
export const SINCE_15_SEPT: [Day, Day] = ['2025-09-15', TODAY];
export const SINCE_15_OCT: [Day, Day] = ['2025-10-15', TODAY];
export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
export const SEPT_AND_OCT: [Day, Day] = ['2025-09-01', '2025-10-31'];

/** The week (Monday to Sunday) that starts on the given Monday. */
export function weekOf(monday: Day): [Day, Day] {
  const d = new Date(`${monday}T00:00:00Z`);
  if (d.getUTCDay() !== 1) throw new Error(`${monday} is not a Monday`);
  return [monday, new Date(d.getTime() + 6 * 86_400_000).toISOString().slice(0, 10)];
}

/** The people of a team (or everyone) whose position is none of these, leavers included unless activeOnly. */
export function allBut(team: string | undefined, positions: Position[], activeOnly = false): Scope {
  return {
    ids: dataset()
      .people.filter((p) => (team === undefined || p.team === team) && !positions.includes(p.position) && (!activeOnly || employedOn(p, TODAY)))
      .map((p) => p.id),
  };
}

/** Everyone outside the team (leavers included). */
export const outside = (team: string): Scope => ({
  ids: dataset()
    .people.filter((p) => p.team !== team)
    .map((p) => p.id),
});

/**
 * The people in scope with none of the measure over the range, counting only those employed over the whole
 * range; throws when someone in scope joined or left within it ("never" would be in doubt for them).
 */
export function neverIn(scope: Scope, measure: Measure, [from, to]: readonly [Day, Day]): string[] {
  const members = peopleIn(scope).filter((p) => employedOn(p, from) || employedOn(p, to));
  if (members.some((p) => !employedOn(p, from) || !employedOn(p, to))) throw new Error('someone joined or left within the range: "never" is in doubt');
  return members.filter((p) => measureOf(p.id, measure, from, to) === 0).map((p) => p.id);
}

/** The top or bottom n by final score in a period; throws when the n-th place is tied with the next. */
export function rankClean(period: string, n: number, direction: 'top' | 'bottom', scope: Scope = {}): string[] {
  const sorted = scoresIn([period], scope).sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score));
  if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`the ${direction} ${n} in ${period} is tied at the cut`);
  return sorted.slice(0, n).map((s) => s.id);
}

/** The mean final score of a scope in a period. */
export const meanOf = (period: string, scope: Scope = {}): number => stats([period], scope).mean;

/** The final score of the one person a ranking of one names. */
export const scoreIn = (period: string, id: string): number => {
  const found = scoresIn([period], { ids: [id] })[0];
  if (!found) throw new Error(`${id} has no score in ${period}`);
  return found.score;
};

/** People in scope scored below the threshold in every one of the periods. */
export function belowInAll(periods: string[], threshold: number, scope: Scope = {}): string[] {
  const ids = peopleIn(scope).map((p) => p.id);
  return ids.filter((id) =>
    periods.every((period) => {
      const s = scoresIn([period], { ids: [id] })[0];
      return s !== undefined && s.score < threshold;
    }),
  );
}

/** The people (each once, in the data set's order) with a request of one of these states, of this kind when given, overlapping the range. */
export function requestersOf(statuses: LeaveStatus[], code: LeaveCode | undefined, [from, to]: readonly [Day, Day], scope: Scope = {}): string[] {
  const inScope = new Set(peopleIn(scope).map((p) => p.id));
  return [
    ...new Set(
      LEAVE.filter(
        (l) => statuses.includes(l.status) && (code === undefined || l.code === code) && inScope.has(l.employee) && l.from <= to && from <= l.to,
      ).map((l) => l.employee),
    ),
  ];
}

/** How many requests of this state the scope has (any dates). */
export const requestsIn = (status: LeaveStatus, scope: Scope = {}): number => {
  const inScope = new Set(peopleIn(scope).map((p) => p.id));
  return LEAVE.filter((l) => l.status === status && inScope.has(l.employee)).length;
};

/** Every holiday in the range, of the organisation and of every team (what an admin sees), by date. */
export const everyHolidayBetween = (from: Day, to: Day): Day[] =>
  HOLIDAYS.filter((h) => from <= h.date && h.date <= to)
    .map((h) => h.date)
    .sort();

/** Half-day holidays of every scope in the range. */
export const halfDayHolidays = (from: Day, to: Day): number => HOLIDAYS.filter((h) => h.half !== null && from <= h.date && h.date <= to).length;

/** The people among these ids whose position is this one. */
export const ofPosition = (ids: string[], position: Position): string[] => ids.filter((id) => person(id).position === position);
