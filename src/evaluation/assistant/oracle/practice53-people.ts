/*
 * practice53 — people, scores, leave and series for the working-week set: who is on the books (by team, position,
 * title and status), hires and leavers, scores and their moves as ranking entries, a level's mean read with and without
 * those who have left, leave booked and waiting, and a figure for each period of a series next to the period's words.
 * Written code-blind from API.md and the README; reads only the data set (dataset/*) and the core oracle modules.
 */
import { TODAY, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { rate, type Figure } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, type Measure, type Scope } from './attendance-figures';
import { balance, offBetween, requests } from './leave-figures';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';
import { select, type PeopleFilter } from './people-figures';
import { changes, scoresIn, stats } from './score-figures';
import { absenceOf, fig, level, rateOf, sumOf, type Range } from './practice53-figures';
import { type Entry } from './practice53-rankings';

/* ---- Who is on the books. ---- */

/** The active people of the filter, by id (status 'any' or 'inactive' to include or pick leavers). */
export const roster = (filter: PeopleFilter = {}): string[] => select(filter).map((p) => p.id);
export const headcountOf = (filter: PeopleFilter = {}): number => select(filter).length;
/** Hired within the range (leavers included). */
export const hiredIn = ([from, to]: Range, code?: string): string[] =>
  roster({ team: code, status: 'any' }).filter((id) => from <= person(id).hire && person(id).hire <= to);
/** Whose last day falls within the range. */
export const leftIn = ([from, to]: Range, code?: string): string[] =>
  roster({ team: code, status: 'any' }).filter((id) => {
    const end = person(id).end;
    return end !== null && from <= end && end <= to;
  });
/** The day n years before today. */
export const yearsAgo = (n: number): Day => `${Number(TODAY.slice(0, 4)) - n}${TODAY.slice(4)}`;

/* ---- Scores. ---- */

export function scoreOfOne(id: string, period: string): number {
  const found = scoresIn([period], { ids: [id] })[0];
  if (!found) throw new Error(`${id} has no score in ${period}`);
  return found.score;
}
export const meanOf = (period: string, scope: Scope = {}): number => stats([period], scope).mean;
export const medianOf = (period: string, scope: Scope = {}): number => stats([period], scope).median;
/** A level's mean, the same with and without the scores of those who have left (throws otherwise). */
export const levelMean = (period: string, position: Position, code?: string): number =>
  agreed([
    meanOf(period, level(position, code)),
    meanOf(period, {
      ids: peopleIn(level(position, code))
        .filter((p) => employedOn(p, TODAY))
        .map((p) => p.id),
    }),
  ]);
export const scoreEntries = (period: string, scope: Scope = {}): Entry[] => scoresIn([period], scope).map((s) => ({ id: s.id, value: s.score }));
/** Each person's move from one quarter to the next (people scored in both). */
export const moveEntries = (from: string, to: string, scope: Scope = {}): Entry[] => changes(from, to, scope).map((c) => ({ id: c.id, value: c.change }));
/** The people of the scope whose score in every period passes. */
export const scoredInAll = (periods: string[], passes: (s: number) => boolean, scope: Scope = {}): string[] =>
  peopleIn(scope)
    .filter((p) => periods.every((period) => scoresIn([period], { ids: [p.id] }).some((s) => passes(s.score))))
    .map((p) => p.id);
/** A score clear of a line by more than the margin (so that neither rounding nor "at least" decides). */
export function clearOf(value: number, line: number, margin = 0.005): number {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value;
}

/* ---- Leave. ---- */

/** People of the scope with approved leave on some day of the period, read over each of the ranges given (throws when they differ). */
export const onLeave = (scope: Scope, ...ranges: Range[]): string[] => agreed(ranges.map(([from, to]) => offBetween(scope, from, to)));
/** The people of the scope with a request in this state (each once). */
export const requesters = (status: LeaveStatus, scope: Scope = {}): string[] => [...new Set(requests(status, scope).map((l) => l.employee))];
/** Requests of the state whose days overlap the range. */
export const requestsIn = (status: LeaveStatus, [from, to]: Range, scope: Scope = {}) => requests(status, scope).filter((l) => l.from <= to && from <= l.to);
export const available = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code).available;

/* ---- Series: a figure for each period, next to the period's words. ---- */

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The words a period's figure may stand next to: its months, "week", "wk", its quarter, "so far". */
export function periodWords([from, to]: Range): string {
  const m = (d: Day) => MONTH_WORDS[Number(d.slice(5, 7)) - 1]!;
  return [...new Set([m(from), m(to), 'week', 'wk', 'q[1-4]', 'quarter', 'so far', 'to date', 'this month', 'last month'])].join('|');
}
export type SeriesOf = Measure | 'rate' | 'absence';
/** A figure for each period; counts at 0 are left out (an answer may say "none" beside the period). */
export function series(scope: Scope, what: SeriesOf, ranges: readonly Range[]): Figure[] {
  return ranges
    .filter((r) => what === 'rate' || what === 'absence' || sumOf(scope, what, r) > 0)
    .map((r) => {
      if (what === 'rate') return rate(rateOf(scope, r));
      if (what === 'absence') return rate(absenceOf(scope, r));
      return fig(what, sumOf(scope, what, r), periodWords(r));
    });
}
/** A figure next to a person's first or last name (or its own words). */
export const nextToName = (f: Figure, id: string): Figure =>
  near(
    f,
    [
      f.label,
      ...person(id)
        .name.toLowerCase()
        .replace(/[^a-z ]/g, '')
        .split(' '),
    ]
      .filter(Boolean)
      .join('|'),
  );
