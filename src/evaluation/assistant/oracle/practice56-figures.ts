/*
 * practice56 — what the "every promise three ways" set needs beyond the earlier oracles: the days and periods its
 * questions name that no earlier module gives as one value (a day of this year, a closed range of days, a holiday by
 * its name, the working day after a holiday, a week ago today, the Friday before last, the last n days read both ways),
 * a headcount on a past day (those employed that day), the share of the people expected at work in a closed period who
 * had something at least once, the people with a perfect rate, the last day a person was late within a period, the
 * teams at nought, score statistics over a quarter's scores (the spread as the highest less the lowest), a score band
 * with both marks included, a team's people above the company's mean, the share of a quarter's scores under a line, and
 * the last day (and cost) of someone's approved leave still ahead. Where a question may be read more than one way, every
 * reading is computed and must agree (else it throws, and the question is not asked). Written code-blind from API.md,
 * docs/API.md and the README's assistant section; reads only the data set (dataset/*) and the other oracle modules.
 */
import { HOLIDAYS, LEAVE, TODAY } from '../dataset/calendar';
import { dataset } from '../dataset/dataset';
import { addDays, daysBetween, weekday, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { employedOnDay } from './practice32-figures';
import { expectedFraction } from './absence';
import { peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { daysOf } from './leave-figures';
import { overAll, rateEntries, type Range } from './practice53-figures';
import { scoresIn, stats } from './score-figures';
import { rate, type Figure } from '../expectation';

/* ---- Days and periods, from today. ---- */

/** A day of this year by month and day. */
export const dayOf = (m: number, d: number): Day => `${TODAY.slice(0, 4)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** A range of this year from one day to another, checked to end before today (it is all recorded). */
export function closedRange(m1: number, d1: number, m2: number, d2: number): Range {
  const range: Range = [dayOf(m1, d1), dayOf(m2, d2)];
  if (range[1] >= TODAY) throw new Error('the range reaches today');
  return range;
}
/** The date of a holiday by its name. */
export function holidayOn(name: string): Day {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday called ${name}`);
  return found.date;
}
/** The working day after a day (the next day of the work week). */
export function dayAfter(day: Day): Day {
  let d = addDays(day, 1);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  if (d !== addDays(day, 1)) throw new Error(`the day after ${day} is a weekend: "the day after" is in doubt`);
  return d;
}
/** "A week ago today": the same weekday a week back. */
export const A_WEEK_AGO: Day = addDays(TODAY, -7);
/** "The Friday before last": the Friday a week before the last Friday. */
export const FRIDAY_BEFORE_LAST: Day = (() => {
  let d = addDays(TODAY, -1);
  while (weekday(d) !== 5) d = addDays(d, -1);
  return addDays(d, -7);
})();
/** "The last n days" read both ways: the n days up to today, and the n days before it. */
export const lastNDays = (n: number): Range[] => [
  [addDays(TODAY, -(n - 1)), TODAY],
  [addDays(TODAY, -n), addDays(TODAY, -1)],
];

/* ---- People. ---- */

/** How many people were employed on a past day (hired by then, last day not gone by), the whole company. */
export function headcountOn(day: Day): number {
  if (day >= TODAY) throw new Error('a past day was meant');
  return employedOnDay(day).length;
}

/* ---- Attendance. ---- */

/** The people of a group expected at work on some closed day of the range (the denominator of a share of staff). */
const expectedIn = (scope: Scope, [from, to]: Range): string[] =>
  peopleIn(scope)
    .filter((p) => daysBetween(from, to).some((d) => d < TODAY && expectedFraction(p, d) > 0))
    .map((p) => p.id);

/** The share of the people expected at work in a closed period who had some of the measure, with both counts. */
export function shareWith(scope: Scope, measure: Measure, range: Range): { share: number; had: number; of: number } {
  if (range[1] >= TODAY) throw new Error('a closed period was meant');
  const of = expectedIn(scope, range);
  const had = of.filter((id) => totals({ ids: [id] }, range[0], range[1])[measure] > 0);
  if (had.length === 0 || of.length === 0) throw new Error('nothing to share');
  return { share: Math.round((had.length / of.length) * 10_000) / 10_000, had: had.length, of: of.length };
}
/** The share as a rate figure. */
export const shareFigure = (scope: Scope, measure: Measure, range: Range): Figure => rate(shareWith(scope, measure, range).share);

/** The people of a group whose rate over the period is 100 %, read with and without those who have left. */
export const perfectRate = (scope: Scope, range: Range, asker?: string): string[] =>
  overAll(
    scope,
    range,
    (s, r) =>
      rateEntries(s, r)
        .filter((e) => e.value === 1)
        .map((e) => e.id),
    asker,
  );

/** The last day within a range on which a person's record is late (throws when none). */
export function lastLateIn(id: string, [from, to]: Range): Day {
  const found = dataset()
    .attendance.filter((r) => r.employee === id && r.status === 'late' && from <= r.date && r.date <= to)
    .map((r) => r.date)
    .sort();
  if (found.length === 0) throw new Error(`${id} was never late from ${from} to ${to}`);
  return found[found.length - 1]!;
}

/** The teams whose measure over a closed period is nought (throws when none is, or all are). */
export function teamsAtNought(measure: Measure, [from, to]: Range): string[] {
  if (to >= TODAY) throw new Error('a closed period was meant');
  const codes = Object.keys(TEAMS)
    .sort()
    .filter((code) => totals({ team: code }, from, to)[measure] === 0);
  if (codes.length === 0 || codes.length === Object.keys(TEAMS).length) throw new Error('no contrast between the teams');
  return codes;
}

/* ---- Scores. ---- */

/**
 * A statistic of a group's scores in a quarter (the spread is the highest less the lowest). Every score of the quarter
 * counts, those of people who have since left included: a score is a record of its quarter (API.md's score summary
 * counts them all), and only headcounts and leave still available leave leavers out.
 */
export function statOf(period: string, key: 'mean' | 'median' | 'min' | 'max' | 'spread', code?: string): number {
  const s = stats([period], code === undefined ? {} : { team: code });
  return key === 'spread' ? Math.round((s.max - s.min + Number.EPSILON) * 100) / 100 : s[key];
}
/** A team's mean in a quarter. */
export const teamMean = (period: string, code: string): number => statOf(period, 'mean', code);

/** The people of a scope whose score in the quarter lies in the band, both marks included. */
export function inBand(period: string, low: number, high: number, scope: Scope = {}): string[] {
  return scoresIn([period], scope)
    .filter((s) => low <= s.score && s.score <= high)
    .map((s) => s.id);
}

/** The people of a team whose score in the quarter is above the company's mean (throws when one sits on it). */
export function aboveCompanyMean(period: string, code: string): string[] {
  const line = stats([period]).mean;
  const mine = scoresIn([period], { team: code });
  if (mine.some((s) => Math.abs(s.score - line) <= 0.01)) throw new Error('a score sits on the company mean');
  return mine.filter((s) => s.score > line).map((s) => s.id);
}

/** The share of a quarter's scores under a line (throws when a score sits on it). */
export function shareUnder(period: string, line: number, scope: Scope = {}): number {
  const all = scoresIn([period], scope);
  if (all.some((s) => s.score === line)) throw new Error('a score sits on the line');
  return Math.round((all.filter((s) => s.score < line).length / all.length) * 10_000) / 10_000;
}

/* ---- Leave. ---- */

/** The last day of a person's one approved request that ends today or later, and what it costs. */
export function leaveEnding(id: string): { to: Day; days: number } {
  const found = LEAVE.filter((l) => l.employee === id && l.status === 'approved' && l.to >= TODAY);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} approved requests ahead`);
  return { to: found[0]!.to, days: daysOf(found[0]!) };
}
