/*
 * What the twenty-eighth practice set needs beyond the shared oracle: the self-service figures of the first
 * month — one person's leave taken so far this year against leave booked ahead, their next day off, whether
 * they are off on a day, their best quarter and score trend, the last days of a month, the past N days — built
 * only from the data set (dataset/*) and API.md's rules as the shared oracle reads them. Added for practice28.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, isWeekend, type Day } from '../dataset/dates';
import { PERIODS } from '../dataset/scores';
import { days, type Figure } from '../expectation';
import { halvesOff } from './absence';
import { leaveDays, requests } from './leave-figures';
import { near } from './practice10-figures';
import { scoreOf } from './score-figures';

export const LAST_MONTH: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const SINCE_NOV_3: [Day, Day] = ['2025-11-03', TODAY];
export const OCT_6_TO_17: [Day, Day] = ['2025-10-06', '2025-10-17'];
export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const NOVEMBER: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const QUARTERS: string[] = PERIODS.map((p) => p.period);

/** Approved leave days of 2025 on days up to today (taken) and after it (booked ahead), holidays aside. */
export const leaveTakenSoFar = (id: string): number => leaveDays(id, '2025-01-01', TODAY);
export const leaveBookedAhead = (id: string): number => leaveDays(id, addDays(TODAY, 1), '2025-12-31');

/** The start dates of one person's requests in a state. */
export const myRequestStarts = (id: string, status: 'pending' | 'approved' | 'rejected' | 'cancelled'): Day[] =>
  requests(status, { ids: [id] }).map((l) => l.from);

/** Whether a person is off (approved leave or a holiday, a half or more) on a day, and why ('leave' or 'holiday'). */
export function offOnDay(id: string, day: Day): { off: boolean; why: 'leave' | 'holiday' | null } {
  const h = halvesOff(person(id), day);
  const why = h.am ?? h.pm ?? null;
  return { off: why !== null, why };
}

/**
 * The next weekday after today on which the person is off by approved leave or a holiday. The contract does
 * not define "my next day off"; an HR user means a working day off, not a weekend. `full` asks for a whole day.
 */
export function nextDayOff(id: string, full = false): Day {
  for (let d = addDays(TODAY, 1); d <= '2026-12-31'; d = addDays(d, 1)) {
    if (isWeekend(d)) continue;
    const h = halvesOff(person(id), d);
    if (full ? h.am !== null && h.pm !== null : h.am !== null || h.pm !== null) return d;
  }
  throw new Error(`${id} has no day off ahead`);
}

/** One person's final score in every scored quarter, oldest first (throws when one is missing). */
export function scoreTrend(id: string): number[] {
  return QUARTERS.map((p) => {
    const s = scoreOf(id, p);
    if (s === null) throw new Error(`${id} has no score in ${p}`);
    return s;
  });
}

/** The quarter of a person's highest score; throws on a tie. */
export function bestQuarter(id: string, direction: 'best' | 'worst' = 'best'): string {
  const trend = scoreTrend(id);
  const target = direction === 'best' ? Math.max(...trend) : Math.min(...trend);
  if (trend.filter((s) => s === target).length > 1) throw new Error(`${id}'s ${direction} quarter is tied`);
  return QUARTERS[trend.indexOf(target)]!;
}

/** A quarter as a person might write it back ("Q3 2025" or "2025-Q3"): its "Q<n>" part. */
export const quarterWord = (period: string): string => period.slice(5);

/** A value checked to stand clear of the line it is read against, so a yes or no never hinges on a near-tie. */
export function clearOf(value: number, line: number, margin: number): number {
  if (Math.abs(value - line) < margin) throw new Error(`${value} is too near ${line}: yes or no is in doubt`);
  return value;
}

/**
 * Leave taken so far this year and booked ahead, as figures with their labels. A part that is 0 is left out:
 * "nothing booked ahead" says it without a 0 (README: this year's leave taken includes the days booked ahead
 * and says so; asked for the split, each non-zero part is expected).
 */
export function takenAndAhead(id: string): Figure[] {
  const parts: Figure[] = [];
  const taken = leaveTakenSoFar(id);
  const ahead = leaveBookedAhead(id);
  if (taken > 0) parts.push(near(days(taken), 'taken|so far|used|had'));
  if (ahead > 0) parts.push(near(days(ahead), 'ahead|booked|upcoming|future|coming'));
  if (parts.length === 0) throw new Error(`${id} has no approved leave this year`);
  return parts;
}
