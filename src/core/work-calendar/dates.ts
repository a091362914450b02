/** Calendar-date arithmetic on YYYY-MM-DD strings, free of any time zone. */
import { setNewest } from '../bounded-map';

export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The first day after `date` (or the last before it) that falls on `weekday` (0 = Sunday): "the Monday after". */
export function weekdayBeside(date: string, weekday: number, after: boolean): string {
  const step = after ? 1 : -1;
  let at = addDays(date, step);
  while (weekdayOf(at) !== weekday) at = addDays(at, step);
  return at;
}

/** The ranges last asked for: a question over thousands of people asks for the same few, person after person. */
const recentRanges = new Map<string, readonly string[]>();
const RECENT_RANGES = 32;

/** Every date from `from` to `to`, inclusive; empty when `from` is after `to`. Shared between callers, so read-only. */
export function datesBetween(from: string, to: string): readonly string[] {
  const key = `${from}/${to}`;
  const known = recentRanges.get(key);
  if (known !== undefined) return known;
  const dates: string[] = [];
  const last = Date.parse(`${to}T00:00:00Z`);
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= last; ms += 86_400_000) dates.push(new Date(ms).toISOString().slice(0, 10));
  const frozen = Object.freeze(dates);
  setNewest(recentRanges, key, frozen, RECENT_RANGES);
  return frozen;
}

/** How many days from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
