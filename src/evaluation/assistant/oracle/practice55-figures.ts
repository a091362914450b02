/*
 * practice55 — what the set of phone-typed and rambling messages needs beyond the earlier oracles: the days around
 * the data set's "today" that the short messages name ("yday", "tmrw", "3/11", "wk 45", "1-14 nov"), who did not do
 * something over a period (people employed throughout it with none of the measure), the active people hired before a
 * day and those with us longest, score statistics with their spread, the holidays and working days ahead by a team's
 * calendar, leave taken and requested, the teams under the attendance alert line, and rankings of a team read with
 * and without its manager. Every reading a question allows is computed and must agree (else it throws, and the
 * question is not asked). Written code-blind from API.md, docs/API.md and the README's assistant section; reads only
 * the data set (dataset/*) and the other oracle modules.
 */
import { HOLIDAYS, TODAY, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { ask, type Caller, type Expected } from '../expectation';
import { peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { leaveDays, requests } from './leave-figures';
import { select, type PeopleFilter } from './people-figures';
import { isoWeek } from './practice15-figures';
import { agreed } from './practice16-figures';
import { workingDaysHalves } from './practice23-figures';
import { firstNameIn } from './practice31-figures';
import { notInYet, overAll, team, type Range } from './practice53-figures';
import { firstN, tiedAtCut, tiedEnd, type Entry } from './practice53-rankings';
import { stats } from './score-figures';

/* ---- Days the short messages name, from today. ---- */

export const TOMORROW: Day = addDays(TODAY, 1);
/** One day as a range. */
export const on = (day: Day): Range => [day, day];
/** A day of this year written day first ("3/11" is 3 November), checked to be the date the question means. */
export function dayFirst(written: string, meant: Day): Day {
  const [d, m] = written.split('/').map(Number) as [number, number];
  const found = `${TODAY.slice(0, 4)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (found !== meant) throw new Error(`${written} is ${found}, not ${meant}`);
  return found;
}
/** An ISO week of this year by its number ("wk 45"), checked to have ended before today. */
export function week(n: number): Range {
  const range = isoWeek(Number(TODAY.slice(0, 4)), n);
  if (range[1] >= TODAY) throw new Error(`week ${n} has not ended`);
  return range;
}
/** Days of this month, from one day to another ("1-14 nov"), checked to end before today. */
export function daysOfMonth(m: number, from: number, to: number): Range {
  const at = (d: number) => `${TODAY.slice(0, 4)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (at(to) >= TODAY) throw new Error('the range reaches today');
  return [at(from), at(to)];
}
const END_OF_YEAR: Day = `${TODAY.slice(0, 4)}-12-31`;

/* ---- Who did not: employed throughout the period, with none of the measure. ---- */

/** The people of a group employed for the whole period with none of the measure, read every way (and without the asker). */
export const whoNot = (scope: Scope, measure: Measure, range: Range, asker?: string): string[] =>
  overAll(
    scope,
    range,
    (s, [from, to]) =>
      peopleIn(s)
        .filter((p) => p.hire <= from && (p.end === null || p.end >= to) && totals({ ids: [p.id] }, from, to)[measure] === 0)
        .map((p) => p.id),
    asker,
  );

/** A manager's "who on my team" of today: the same with and without the manager. */
export const myTeamNotInYet = (manager: string): string[] => overAll(team(person(manager).team), on(TODAY), (s) => notInYet(s), manager);

/* ---- People: hired before a day, served longest. ---- */

/** The active people (of a filter) hired before a day. */
export const hiredBefore = (day: Day, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => p.hire < day)
    .map((p) => p.id);

/** The active person of a filter hired first (throws when two share the day). */
export function longestServing(filter: PeopleFilter = {}): string[] {
  const sorted = select(filter).sort((a, b) => a.hire.localeCompare(b.hire));
  if (sorted.length > 1 && sorted[0]!.hire === sorted[1]!.hire) throw new Error('two people share the earliest hire date');
  return [sorted[0]!.id];
}

/** Whole years from a person's hire date to today, checked not to be within a month of an anniversary (the floor is sure). */
export function yearsHere(id: string): number {
  const p = person(id);
  const years = Number(TODAY.slice(0, 4)) - Number(p.hire.slice(0, 4)) - (TODAY.slice(5) >= p.hire.slice(5) ? 0 : 1);
  const anniversary = `${Number(p.hire.slice(0, 4)) + years + 1}${p.hire.slice(4)}`;
  if (anniversary <= addDays(TODAY, 31)) throw new Error(`${id} is within a month of an anniversary`);
  return years;
}

/* ---- Scores. ---- */

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;
/** Mean, median, lowest, highest and their spread (the highest less the lowest). */
export function statsOf(period: string, scope: Scope = {}): { mean: number; median: number; min: number; max: number; spread: number } {
  const s = stats([period], scope);
  return { mean: s.mean, median: s.median, min: s.min, max: s.max, spread: round2(s.max - s.min) };
}

/* ---- Rankings. ---- */

/** The first n of a ranking, checked to have no tie at the cut. */
export function cleanCut(entries: Entry[], n: number, direction: 'high' | 'low'): string[] {
  if (tiedAtCut(entries, n, direction)) throw new Error('a tie at the cut');
  return firstN(entries, n, direction);
}
/** Everyone tied at the top (or bottom) of a ranking, whose value is not 0: "the most" with no number. */
export function theMost(entries: Entry[], direction: 'high' | 'low'): { ids: string[]; value: number } {
  const end = tiedEnd(entries, direction);
  if (end.value === 0) throw new Error('the most is nothing');
  return end;
}
/** A manager's ranking of their own team, read with and without the manager (and without leavers, and both ways of today). */
export const myTeamRanked = (manager: string, range: Range, of: (s: Scope, r: Range) => Entry[], pick: (entries: Entry[]) => string[]): string[] =>
  overAll(team(person(manager).team), range, (s, r) => pick(of(s, r)), manager);

/* ---- The calendar ahead. ---- */

/** The next holiday after today: the organisation's, or also a team's. */
export function nextHolidayFor(code: string | null): { date: Day; name: string } {
  const found = HOLIDAYS.filter((h) => h.date > TODAY && (h.team === null || h.team === code)).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error('no holiday ahead');
  return { date: found.date, name: found.name };
}
/** The dates of the holidays from tomorrow to the end of the year: the organisation's, or also a team's. */
export const holidaysLeft = (code: string | null): Day[] =>
  HOLIDAYS.filter((h) => h.date > TODAY && h.date <= END_OF_YEAR && (h.team === null || h.team === code))
    .map((h) => h.date)
    .sort();
/** Working days of a range by a team's calendar: days of the work week less holidays, a half-day holiday as a half. */
export const workingDays = (range: Range, code: string | null): number => workingDaysHalves(range, code);

/* ---- Leave. ---- */

/** Days of approved leave of a kind one person took over a range that has ended by today (halves, holidays aside). */
export function leaveTaken(id: string, code: LeaveCode, [from, to]: Range): number {
  return agreed([leaveDays(id, from, to > TODAY ? TODAY : to, code), leaveDays(id, from, to > TODAY ? addDays(TODAY, -1) : to, code)]);
}
/** The first and last days of one person's requests in a state (each date once). */
export const requestDates = (id: string, status: LeaveStatus | 'any'): Day[] => [...new Set(requests(status, { ids: [id] }).flatMap((l) => [l.from, l.to]))];

/* ---- Teams under the attendance alert line (ATTENDANCE_ALERT_RATE, 0.9). ---- */

const ALERT_RATE = 0.9;
/** The teams whose rate over the range is under the alert line, each clear of it by more than half a hundredth of a point. */
export function teamsUnderAlert(range: Range): string[] {
  return Object.keys(TEAMS)
    .sort()
    .filter((code) => {
      const r = totals({ team: code }, range[0], range[1]).rate;
      if (r === null) throw new Error(`${code} has nothing to rate`);
      if (Math.abs(r - ALERT_RATE) <= 0.00005) throw new Error(`${code} is on the line`);
      return r < ALERT_RATE;
    });
}

/* ---- Names. ---- */

/** Several people of this first name for the caller: the question asks which. */
export function which(who: Caller, first: string): Expected {
  const found = firstNameIn(first, who);
  if (found.length < 2) throw new Error(`fewer than two called ${first} for ${who}`);
  return ask(...found);
}
