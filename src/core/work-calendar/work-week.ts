import { weekdayOf } from './dates';

export const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** The days of the week people work (`WORK_WEEK`); every other day is weekly off for everyone. */
export type WorkWeek = ReadonlySet<WeekdayName>;

export const DEFAULT_WORK_WEEK: WorkWeek = new Set<WeekdayName>(['mon', 'tue', 'wed', 'thu', 'fri']);

/** `mon,tue,…` in any case and order; null when a name is unknown, repeated or the list is empty. */
export function parseWorkWeek(text: string): WorkWeek | null {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || new Set(names).size !== names.length) return null;
  if (!names.every((name): name is WeekdayName => (WEEKDAY_NAMES as readonly string[]).includes(name))) return null;
  return new Set(names);
}

export function isWorkDay(date: string, workWeek: WorkWeek): boolean {
  return workWeek.has(WEEKDAY_NAMES[weekdayOf(date)]!);
}
