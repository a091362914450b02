/*
 * practice39 — what the outside examiner's promise-by-promise set needs beyond the earlier oracle helpers: the
 * periods its rewordings name ("between the 3rd and the 14th of last month", "the last fortnight" read three
 * ways and checked to agree, "this time last year", wk 46), guards that a list is empty or a count is 0 when the
 * question was written to have none, the headcount on a past day, how many people checked in on a day, hires per
 * team as labelled figures, a team that must lead a count alone, and a yes-or-no whose figure must stand clear of
 * its line — built only from the data set (dataset/*) and the earlier oracle modules' reading of API.md's rules.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { count, type Figure } from '../expectation';
import { peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { hiredBetween, select } from './people-figures';
import { near } from './practice10-figures';
import { TEAM_CODES, teamLabel } from './practice11-figures';
import { rateIn } from './practice15-figures';
import { agreed } from './practice16-figures';
import { employedOnDay } from './practice32-figures';

export type Range = readonly [Day, Day];

export const YESTERDAY: Day = addDays(TODAY, -1);
/** "Monday" alone, for what is recorded: the last one before today. */
export const LAST_MONDAY: Day = '2025-11-17';
/** "Thursday" alone: the last one before today. */
export const LAST_THURSDAY: Day = '2025-11-13';
export const LAST_FRIDAY: Day = '2025-11-14';
/** "The Friday before last": the Friday a week before last Friday (the DEV Recharge Day). */
export const FRIDAY_BEFORE_LAST: Day = '2025-11-07';
/** "The first Monday of November". */
export const FIRST_MONDAY_OF_NOVEMBER: Day = '2025-11-03';
/** "The last working day of September": Tuesday 30 September (no holiday that day). */
export const LAST_WORKING_DAY_OF_SEPTEMBER: Day = '2025-09-30';

export const WEEK_BEFORE_LAST: [Day, Day] = ['2025-11-03', '2025-11-09'];
/** ISO week 46 of 2025: Monday 10 to Sunday 16 November (= last week). */
export const WEEK_46: [Day, Day] = ['2025-11-10', '2025-11-16'];
/** "Between the 3rd and the 14th of last month", asked in November. */
export const OCT_3_TO_14: [Day, Day] = ['2025-10-03', '2025-10-14'];
export const SEP_1_TO_15: [Day, Day] = ['2025-09-01', '2025-09-15'];
export const NOV_1_TO_14: [Day, Day] = ['2025-11-01', '2025-11-14'];
export const SINCE_1_OCT: [Day, Day] = ['2025-10-01', TODAY];
export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
/** "Since the 15th", asked on 19 November. */
export const SINCE_THE_15TH: [Day, Day] = ['2025-11-15', TODAY];
/** Q3 of 2025 (attendance is tracked from 1 August, so its figures cover August and September). */
export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4_SO_FAR: [Day, Day] = ['2025-10-01', TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
/** "This time last year": 2024 up to today's date of 2024 (README: "hires this year vs last year so far"). */
export const LAST_YEAR_SO_FAR: [Day, Day] = ['2024-01-01', `2024-${TODAY.slice(5)}`];
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const OCTOBER_WHOLE: [Day, Day] = ['2025-10-01', '2025-10-31'];

/**
 * "The last fortnight" read three ways: the two calendar weeks before this one, the 14 days to yesterday, and the
 * 14 days to today. A question on it is asked only where all three give one answer.
 */
export const FORTNIGHT_READINGS: ReadonlyArray<[Day, Day]> = [
  ['2025-11-03', '2025-11-16'],
  [addDays(TODAY, -14), addDays(TODAY, -1)],
  [addDays(TODAY, -13), TODAY],
];

/** The people of the scope with any of the measure over the last fortnight, the same under every reading (throws otherwise). */
export const fortnightWho = (scope: Scope, measure: Measure): string[] => agreed(FORTNIGHT_READINGS.map(([from, to]) => peopleWhere(scope, measure, from, to)));

/** A rate that must exist. */
export const rateOf = (scope: Scope, range: Range): number => rateIn(scope, range);

/** A scope's total of a measure over a range. */
export const sumOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** A list the question was written to find empty (throws when someone is in it). */
export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, got ${list.join(', ')}`);
  return list;
}

/** A count the question was written to find at 0 (throws otherwise). */
export function zero(value: number): number {
  if (value !== 0) throw new Error(`expected 0, got ${value}`);
  return value;
}

/** A list that must hold someone. */
export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** How many people were employed on a day (hire date ≤ day ≤ last day): "headcount on 1 October". */
export const headcountOn = (day: Day): number => employedOnDay(day).length;

/** How many people of the scope checked in on a day (a record with a check-in time). */
export const checkedInOn = (scope: Scope, day: Day): number => peopleIn(scope).filter((p) => recordOf(p.id, day)?.checkIn).length;

/** How many distinct people of the scope had any of the measure over the range. */
export const peopleCount = (scope: Scope, measure: Measure, [from, to]: Range): number => peopleWhere(scope, measure, from, to).length;

/** Hires (leavers included) of each team over the range, as counts next to the team's name; teams with none left out. */
export const hiresPerTeam = ([from, to]: Range): Figure[] =>
  TEAM_CODES.map((team) => ({ team, n: hiredBetween(from, to, team).length }))
    .filter((x) => x.n > 0)
    .map((x) => near(count(x.n), teamLabel(x.team)));

/** The one team with the most of a measure over the range, and that figure; throws when two teams share it. */
export function teamLeading(measure: Measure, [from, to]: Range): { team: string; value: number } {
  const sorted = TEAM_CODES.map((team) => ({ team, value: totals({ team }, from, to)[measure] })).sort((a, b) => b.value - a.value);
  if (sorted[0]!.value === sorted[1]!.value) throw new Error(`two teams share the most ${measure}`);
  return sorted[0]!;
}

/** The one person of the scope with the most of a measure, and that figure; throws when tied. */
export function personLeading(scope: Scope, measure: Measure, [from, to]: Range): { id: string; value: number } {
  const sorted = peopleIn(scope)
    .map((p) => ({ id: p.id, value: totals({ ids: [p.id] }, from, to)[measure] }))
    .sort((a, b) => b.value - a.value);
  if (sorted[0]!.value === sorted[1]!.value) throw new Error(`the most ${measure} is tied`);
  return sorted[0]!;
}

/** Whether a value is above a line, checked to stand clear of it by more than the margin (a yes or no never hinges on a near-tie). */
export function clearlyAbove(value: number, line: number, margin: number): boolean {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value > line;
}

/** Active people holding this job title at this position. */
export const titledAt = (title: string, position: Position): string[] => select({ title, position }).map((p) => p.id);

/** A person's hire date and, for a leaver, last day. */
export const hireOf = (id: string): Day => person(id).hire;
export function lastDayOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}
export const titleOf = (id: string): string => person(id).title;
export const positionOf = (id: string): string => person(id).position;

/** Two counts of one thing read two ways, which must agree (throws otherwise). */
export function sameCount(a: number, b: number): number {
  if (a !== b) throw new Error(`the two readings differ: ${a} / ${b}`);
  return a;
}
