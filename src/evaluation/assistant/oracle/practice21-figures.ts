/*
 * What the twenty-first practice set needs beyond the shared oracle: an HR analyst's report figures — each
 * closed day's rate and the best and worst of them, working days of the calendar over a range, shares and
 * counts of scores against a line (throwing when a score sits on the line, where "above" is in doubt), the
 * spread of scores, average tenure (throwing when whole and exact years disagree), days of pending leave,
 * the extremes of leave left, the figures of the same period of last year — built only from the data set
 * and API.md. Added for practice21.
 */
import { HOLIDAYS, TODAY, type LeaveCode } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { daysBetween, isWeekend, type Day } from '../dataset/dates';
import { totals, type Scope } from './attendance-figures';
import { balance, daysOf, requests } from './leave-figures';
import { select, tenureYears, type PeopleFilter } from './people-figures';
import { scoresIn, stats } from './score-figures';

export const NOVEMBER_SO_FAR: [Day, Day] = ['2025-11-01', TODAY];
/** The same stretch of last year as this year so far: 1 January 2024 to 19 November 2024. */
export const LAST_YEAR_SO_FAR: [Day, Day] = ['2024-01-01', '2024-11-19'];
export const YEAR_2025_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

/** Each closed day of the range with something expected, and the scope's rate that day. */
export function dayRates(scope: Scope, [from, to]: readonly [Day, Day]): Array<{ day: Day; rate: number }> {
  return daysBetween(from, to)
    .filter((d) => d < TODAY)
    .map((d) => ({ day: d, rate: totals(scope, d, d).rate }))
    .filter((x): x is { day: Day; rate: number } => x.rate !== null);
}

/** The day of the range with the highest (or lowest) rate; throws when two days share it. */
export function extremeDay(scope: Scope, range: readonly [Day, Day], direction: 'best' | 'worst'): { day: Day; rate: number } {
  const sorted = dayRates(scope, range).sort((a, b) => (direction === 'best' ? b.rate - a.rate : a.rate - b.rate));
  if (sorted.length > 1 && sorted[0]!.rate === sorted[1]!.rate) throw new Error(`the ${direction} day is tied: ${sorted[0]!.day}, ${sorted[1]!.day}`);
  return sorted[0]!;
}

/** Working days of the calendar over the range for the organisation (team null) or a team; throws when a half-day holiday falls in it. */
export function workingDays([from, to]: readonly [Day, Day], team: string | null = null): number {
  const mine = HOLIDAYS.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === team) && !isWeekend(h.date));
  if (mine.some((h) => h.half !== null)) throw new Error('a half-day holiday in the range: the count of working days is in doubt');
  const off = new Set(mine.map((h) => h.date));
  return daysBetween(from, to).filter((d) => !isWeekend(d) && !off.has(d)).length;
}

/** The names of the holidays in the range (every scope), by date. */
export const holidayNames = (from: Day, to: Day): string[] =>
  HOLIDAYS.filter((h) => from <= h.date && h.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((h) => h.name);

function clearOf(period: string, line: number, scope: Scope): Array<{ id: string; score: number }> {
  const scores = scoresIn([period], scope);
  if (scores.some((s) => s.score === line)) throw new Error(`a score in ${period} sits on ${line}`);
  return scores;
}

/** How many scored above (or below) the line in the period; throws when a score sits on it. */
export const countAbove = (period: string, line: number, scope: Scope = {}): number => clearOf(period, line, scope).filter((s) => s.score > line).length;
export const countBelow = (period: string, line: number, scope: Scope = {}): number => clearOf(period, line, scope).filter((s) => s.score < line).length;

/** The share of the scored who scored above the line, as a fraction to four places. */
export function shareAbove(period: string, line: number, scope: Scope = {}): number {
  const scores = clearOf(period, line, scope);
  return round(scores.filter((s) => s.score > line).length / scores.length, 4);
}

/** The spread of a period's scores: the highest less the lowest. */
export function spreadOf(period: string, scope: Scope = {}): number {
  const s = stats([period], scope);
  return round(s.max - s.min, 2);
}

/** How many were scored in the period. */
export const scoredCount = (period: string, scope: Scope = {}): number => scoresIn([period], scope).length;

/** Average tenure in whole years of the active people of the filter; throws when the mean of whole years and of exact years round down differently. */
export function averageTenure(filter: PeopleFilter = {}): number {
  const people = select(filter);
  const whole = people.reduce((s, p) => s + tenureYears(p), 0) / people.length;
  const exact =
    people.reduce((s, p) => s + (Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${p.hire}T00:00:00Z`)) / (365.2425 * 86_400_000), 0) / people.length;
  if (Math.floor(whole) !== Math.floor(exact)) throw new Error(`average tenure is in doubt: ${whole} whole, ${exact} exact`);
  return Math.floor(exact);
}

/** Days asked for by the pending requests of the scope. */
export const pendingDays = (scope: Scope = {}): number => requests('pending', scope).reduce((s, l) => s + daysOf(l), 0);

/** The active person of the filter with the most (or least) of a leave type left this year; throws when tied. */
export function leaveLeftExtreme(code: LeaveCode, direction: 'most' | 'least', filter: PeopleFilter = {}): { id: string; available: number } {
  const sorted = select(filter)
    .map((p) => ({ id: p.id, available: balance(p.id, code).available }))
    .sort((a, b) => (direction === 'most' ? b.available - a.available : a.available - b.available));
  if (sorted.length > 1 && sorted[0]!.available === sorted[1]!.available) throw new Error(`the ${direction} ${code} left is tied`);
  return sorted[0]!;
}

/** Leave of a type still available to each active person of the filter, summed. */
export const leaveLeftTotal = (code: LeaveCode, filter: PeopleFilter = {}): number => select(filter).reduce((s, p) => s + balance(p.id, code).available, 0);

/** The percentage-point change of a rate between two ranges, as a fraction (later less earlier). */
export function rateChange(scope: Scope, earlier: readonly [Day, Day], later: readonly [Day, Day]): number {
  const a = totals(scope, earlier[0], earlier[1]).rate;
  const b = totals(scope, later[0], later[1]).rate;
  if (a === null || b === null) throw new Error('no rate to compare');
  return round(b - a, 4);
}

/** A person's team. */
export const teamOf = (id: string): string => person(id).team;

/** The active people of the filter with the most of a leave type left this year, all of them when tied. */
export function mostLeaveLeft(code: LeaveCode, filter: PeopleFilter = {}): string[] {
  const values = select(filter).map((p) => ({ id: p.id, available: balance(p.id, code).available }));
  const top = Math.max(...values.map((v) => v.available));
  return values.filter((v) => v.available === top).map((v) => v.id);
}
