/*
 * practice68 — shorthands the set's files share: the periods of the theme (checked against the ISO dates written
 * beside them), the figures with the words a number must stand next to, and yes-or-no answers, so each question stays
 * one line. A figure of 0 is never expected (an answer says "no one" or "none" rather than a number), and a person's
 * count of times is never 1 or 2 (an answer may say "once" or "twice", which is no number the grader reads).
 */
import { answer, count, days, hours, people, rate, type Expected, type Figure } from '../../expectation';
import type { Day } from '../../dataset/dates';
import { team } from '../../oracle/practice68-figures';
import { between, lastMonth, lastWeek, month, thisMonthSoFar, thisMonthWhole, thisWeekSoFar, weekOf } from '../../oracle/practice68-periods';

export { ALL, one, team } from '../../oracle/practice68-figures';
export { answer, people };

export const DEV = team('DEV');
export const QA = team('QA');
export const DAT = team('DAT');
export const SEC = team('SEC');
export const AI = team('AI');

/* ---- The periods of the set. ---- */
export const AUG = month(8, '2025-08-01', '2025-08-31');
export const SEP = month(9, '2025-09-01', '2025-09-30');
export const OCT = month(10, '2025-10-01', '2025-10-31');
export const NOV = thisMonthWhole('2025-11-01', '2025-11-30');
export const DEC = month(12, '2025-12-01', '2025-12-31');
export const LAST_MONTH = lastMonth('2025-10-01', '2025-10-31');
export const LAST_WEEK = lastWeek('2025-11-10', '2025-11-16');
export const THIS_WEEK = thisWeekSoFar('2025-11-17', '2025-11-19');
export const MONTH_SO_FAR = thisMonthSoFar('2025-11-01', '2025-11-19');
export const WEEK_OF_NOV_3 = weekOf('2025-11-03', '2025-11-03', '2025-11-09');
export const NOV_1_TO_18 = between('2025-11-01', '2025-11-18');
export const NOV_1_TO_14 = between('2025-11-01', '2025-11-14');
export const SINCE_AUGUST = between('2025-08-01', '2025-11-19');

/* ---- Figures, with what each must stand next to. ---- */

const near = (f: Figure, label: string): Figure => ({ ...f, label });
function notZero(n: number): number {
  if (n === 0) throw new Error('a figure of 0 is said in words');
  return n;
}
/** A count a person may say as "once" or "twice": asked only when it is 3 or more. */
export function times(n: number): number {
  if (n < 3) throw new Error(`${n} may be written "once" or "twice"`);
  return n;
}

export const rateF = (n: number): Figure => rate(n);
export const hoursF = (n: number): Figure => hours(notZero(n));
export const lateC = (n: number): Figure => near(count(notZero(n)), 'late|tard|arriv');
export const absentD = (n: number): Figure => near(days(notZero(n)), 'absen|missed|off|away|no-show|day');
export const missingC = (n: number): Figure => near(count(notZero(n)), 'check|clock|missing|forgot|open');
export const leaveD = (n: number): Figure => near(days(notZero(n)), 'leave|day|taken|off|sick|annual|unpaid|booked');
export const workD = (n: number): Figure => near(days(notZero(n)), 'working|work|day');
export const headC = (n: number): Figure =>
  near(count(notZero(n)), 'employee|people|person|staff|headcount|employed|member|active|total|starter|joiner|hire|leaver|left');
export const requestC = (n: number): Figure => near(count(notZero(n)), 'request|pending|waiting|approv');

/* ---- Expectations. ---- */

export const figs = (...list: Figure[]): Expected => answer({ figures: list });
export const dates = (list: Day[]): Expected => {
  if (list.length === 0) throw new Error('no dates');
  return answer({ dates: list });
};
/** A list of people, never empty (an empty list is asked as yes or no instead). */
export const who = (ids: string[], ...list: Figure[]): Expected => {
  if (ids.length === 0) throw new Error('an empty list');
  return people(ids, ...list);
};
/** Yes or no first, then what it rests on. */
export function yesNo(truth: boolean, extra: { figures?: Figure[]; mentions?: string[]; dates?: string[]; people?: string[] } = {}): Expected {
  return answer({ ...extra, mentions: [truth ? 'yes' : 'no', ...(extra.mentions ?? [])] });
}
