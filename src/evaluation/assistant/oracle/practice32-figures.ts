/*
 * practice32 — figures for a payroll and people-operations lead closing months and quarters, over the evaluation's
 * data set and independent of the app: ranges that cross months, quarters and the year, readings of a period that
 * must agree (weekends carry no records), leave of several kinds over a range, what one request costs, headcounts on
 * a past day, tenure in months, the next working day, and guards that throw when a list would be empty, a ranking
 * tied at its cut or a yes-or-no too close to call — built only from the data set (dataset/*) and the earlier oracle
 * modules. Added for practice32.
 */
import { HOLIDAYS, LEAVE, LEAVE_TYPES, TODAY, type LeaveCode, type LeaveRequest } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, isWeekend, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { employedOn } from './absence';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { balance, daysOf } from './leave-figures';
import { select, type PeopleFilter } from './people-figures';
import { cutIsClean } from './practice11-figures';
import { agreed } from './practice16-figures';
import { leaveTaken } from './practice17-figures';
import { rateIn } from './practice15-figures';
import { changes, kpiOf, scoresIn } from './score-figures';

type Range = readonly [Day, Day];

/** A fortnight across the Q3/Q4 boundary. */
export const SEP_22_TO_OCT_10: [Day, Day] = ['2025-09-22', '2025-10-10'];
/** Across October's end: the Autumn Half Day (31 Oct, pm) and DEV's Recharge Day (7 Nov) inside. */
export const OCT_27_TO_NOV_7: [Day, Day] = ['2025-10-27', '2025-11-07'];
/** The Monday-to-Sunday week across September's end and the quarter's. */
export const SEP_29_TO_OCT_5: [Day, Day] = ['2025-09-29', '2025-10-05'];
/** Across August's end: a hire on the 18th, the Summer Bank Holiday, the QA Offsite morning on the 12th. */
export const AUG_18_TO_SEP_12: [Day, Day] = ['2025-08-18', '2025-09-12'];
/** July is before tracking: the range is rated over August only. */
export const JUL_1_TO_AUG_31: [Day, Day] = ['2025-07-01', '2025-08-31'];
/** 1 September 2025 is a Monday: its first two weeks are the 1st to the 14th however a week is counted. */
export const SEP_FIRST_TWO_WEEKS: [Day, Day] = ['2025-09-01', '2025-09-14'];
/** A pay period of the 26th to the 25th, across the month and quarter ends. */
export const PAY_PERIOD_SEP26_OCT25: [Day, Day] = ['2025-09-26', '2025-10-25'];
export const SINCE_1_OCT: [Day, Day] = ['2025-10-01', TODAY];
export const SINCE_1_AUG: [Day, Day] = ['2025-08-01', TODAY];
export const AUG_AND_SEP: [Day, Day] = ['2025-08-01', '2025-09-30'];
export const SEP_AND_OCT: [Day, Day] = ['2025-09-01', '2025-10-31'];
export const SEP_15_TO_OCT_15: [Day, Day] = ['2025-09-15', '2025-10-15'];
export const NOV_1_TO_18: [Day, Day] = ['2025-11-01', '2025-11-18'];
export const OCT_1_TO_18: [Day, Day] = ['2025-10-01', '2025-10-18'];
export const NOV_1_TO_14: [Day, Day] = ['2025-11-01', '2025-11-14'];
export const NOV_3_TO_14: [Day, Day] = ['2025-11-03', '2025-11-14'];
export const NOV_20_TO_28: [Day, Day] = ['2025-11-20', '2025-11-28'];
export const OCT_1_TO_17: [Day, Day] = ['2025-10-01', '2025-10-17'];
/** The Founders Day week: Monday 13 to Sunday 19 October. */
export const FOUNDERS_WEEK: [Day, Day] = ['2025-10-13', '2025-10-19'];
export const Q3_WHOLE: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4_WHOLE: [Day, Day] = ['2025-10-01', '2025-12-31'];
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const DEC_FIRST_WEEK: [Day, Day] = ['2025-12-01', '2025-12-07'];
/** Across the year's end. */
export const DEC_22_TO_JAN_2: [Day, Day] = ['2025-12-22', '2026-01-02'];
export const DEC_20_TO_JAN_10: [Day, Day] = ['2025-12-20', '2026-01-10'];
export const NOV_2024_TO_JAN_2025: [Day, Day] = ['2024-11-01', '2025-01-31'];
/** "The second half of the year" asked on 19 November: 1 July to today. */
export const H2_SO_FAR: [Day, Day] = ['2025-07-01', TODAY];
export const AFTER_TODAY_TO_JAN_31: [Day, Day] = [addDays(TODAY, 1), '2026-01-31'];
export const AFTER_TODAY_TO_YEAR_END: [Day, Day] = [addDays(TODAY, 1), '2025-12-31'];
export const THIS_WEEK_WHOLE: [Day, Day] = ['2025-11-17', '2025-11-23'];

/**
 * "The last week of October" read three ways — Monday 27 to Friday 31, the seven days to the 31st, the Monday-to-Sunday
 * week holding the 31st; weekends carry no records and expect nothing, so the figures must agree.
 */
export const LAST_WEEK_OF_OCTOBER: Array<[Day, Day]> = [
  ['2025-10-27', '2025-10-31'],
  ['2025-10-25', '2025-10-31'],
  ['2025-10-27', '2025-11-02'],
];
/** "This week" for leave: Monday to today, or the whole week (leave booked ahead included) — the lists must agree. */
export const THIS_WEEK_READINGS: Array<[Day, Day]> = [
  ['2025-11-17', TODAY],
  ['2025-11-17', '2025-11-23'],
];

/** A scope's measure over several readings of one period, the same under each (throws when they differ). */
export const agreedMeasure = (scope: Scope, measure: Measure | 'rate', readings: readonly Range[]): number => {
  const values = readings.map(([from, to]) => totals(scope, from, to)[measure]);
  const value = agreed(values);
  if (value === null) throw new Error('nothing to rate');
  return value;
};

/** A list over several readings of one period, the same under each (throws when they differ). */
export const agreedList = (readings: readonly Range[], list: (range: Range) => string[]): string[] => agreed(readings.map((r) => list(r)));

/** Days of approved leave of these kinds within the range, summed over the scope (holidays aside). */
export const leaveOfKinds = (scope: Scope, codes: LeaveCode[], range: Range): number => codes.reduce((sum, code) => sum + leaveTaken(scope, code, range), 0);

/** The leave types the calendar marks paid (ANNUAL and SICK). */
export const PAID_CODES: LeaveCode[] = (Object.keys(LEAVE_TYPES) as LeaveCode[]).filter((code) => LEAVE_TYPES[code].paid);

/** The one request of a person starting on a day (throws when there is not exactly one). */
export function requestFrom(id: string, from: Day): LeaveRequest {
  const found = LEAVE.filter((l) => l.employee === id && l.from === from);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests from ${from}`);
  return found[0]!;
}

/** What one request costs in days (weekly off and holidays cost nothing, a half holiday a half). */
export const requestCost = (id: string, from: Day): number => daysOf(requestFrom(id, from));

/** Annual leave: what a person was granted for 2025, and what is available (granted − taken − pending). */
export const annualGranted = (id: string): number => balance(id, 'ANNUAL').allocated;
export const annualAvailable = (id: string): number => balance(id, 'ANNUAL').available;

/** Approved leave of one person within the range, of one kind when given (else of every kind), that must not be 0. */
export function personLeave(id: string, range: Range, code?: LeaveCode): number {
  const codes: LeaveCode[] = code === undefined ? (Object.keys(LEAVE_TYPES) as LeaveCode[]) : [code];
  const value = leaveOfKinds({ ids: [id] }, codes, range);
  if (value === 0) throw new Error(`${id} has no leave in the range`);
  return value;
}

/** The active people of a team with the least annual leave available (all of them when tied). */
export function leastAnnualLeft(team: string): string[] {
  const values = select({ team }).map((p) => ({ id: p.id, available: annualAvailable(p.id) }));
  const low = Math.min(...values.map((v) => v.available));
  return values.filter((v) => v.available === low).map((v) => v.id);
}

/** People employed on a day (hire ≤ day ≤ last day), of a team when given. */
export const employedOnDay = (day: Day, filter: PeopleFilter = {}): string[] =>
  select({ ...filter, status: 'any' })
    .filter((p) => employedOn(p, day))
    .map((p) => p.id);

/** The day n months before today (the same day of the month). */
export function monthsBeforeToday(n: number): Day {
  const year = Number(TODAY.slice(0, 4));
  const month = Number(TODAY.slice(5, 7)) - n;
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-${TODAY.slice(8)}`;
}

/** Active people hired less than n months before today; throws when someone was hired on the very day (in doubt). */
export function withUsUnderMonths(n: number, filter: PeopleFilter = {}): string[] {
  const line = monthsBeforeToday(n);
  if (select(filter).some((p) => p.hire === line)) throw new Error('someone sits on the line');
  return select(filter)
    .filter((p) => p.hire > line)
    .map((p) => p.id);
}

/** Active people whose hire date falls in this calendar month (a work anniversary that month). */
export const anniversariesInMonth = (month: number): string[] =>
  select()
    .filter((p) => Number(p.hire.slice(5, 7)) === month)
    .map((p) => p.id);

/** The first day after the given one that is a weekday with no full-day holiday of the organisation (or of the team). */
export function nextWorkingDayAfter(day: Day, team: string | null = null): Day {
  let d = addDays(day, 1);
  while (isWeekend(d) || HOLIDAYS.some((h) => h.date === d && h.half === null && (h.team === null || h.team === team))) d = addDays(d, 1);
  return d;
}

/** Whether a day is wholly off for a team by its calendar (a weekend or a full-day holiday), and a half holiday apart. */
export function dayOffFor(day: Day, team: string): 'full' | 'half' | 'none' {
  if (isWeekend(day)) return 'full';
  const mine = HOLIDAYS.filter((h) => h.date === day && (h.team === null || h.team === team));
  if (mine.some((h) => h.half === null)) return 'full';
  return mine.length > 0 ? 'half' : 'none';
}

/** People of the scope scored strictly above the line in every one of the periods; throws when a score sits on it or nobody passes. */
export function aboveInAll(periods: string[], line: number, scope: Scope = {}): string[] {
  const all = scoresIn(periods, scope);
  if (all.some((s) => s.score === line)) throw new Error(`a score sits on ${line}`);
  const ids = [...new Set(all.map((s) => s.id))];
  const passing = ids.filter((id) => periods.every((period) => all.some((s) => s.id === id && s.period === period && s.score > line)));
  if (passing.length === 0) throw new Error('nobody above the line in every period');
  return passing;
}

/** How many people scored in both periods went up; throws when someone did not move (up is in doubt). */
export function improvedCount(from: string, to: string, scope: Scope = {}): number {
  const moves = changes(from, to, scope);
  if (moves.some((m) => m.change === 0)) throw new Error('someone did not move');
  return moves.filter((m) => m.change > 0).length;
}

/** The people who went up, in the data set's order (throws when nobody did or someone did not move). */
export function improvers(from: string, to: string, scope: Scope = {}): string[] {
  const moves = changes(from, to, scope);
  if (moves.some((m) => m.change === 0)) throw new Error('someone did not move');
  const up = moves.filter((m) => m.change > 0).map((m) => m.id);
  if (up.length === 0) throw new Error('nobody improved');
  return up;
}

/** The biggest rise (or fall) from one period to the other; throws when two people share it. */
export function biggestMove(from: string, to: string, direction: 'rise' | 'fall', scope: Scope = {}): { id: string; change: number } {
  const sorted = changes(from, to, scope).sort((a, b) => (direction === 'rise' ? b.change - a.change : a.change - b.change));
  if (sorted.length > 1 && sorted[0]!.change === sorted[1]!.change) throw new Error(`the biggest ${direction} is tied`);
  return sorted[0]!;
}

/** Each team's top scorer in the period; throws when a team's top is tied. */
export function topOfEachTeam(period: string): string[] {
  return ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((team) => {
    const sorted = scoresIn([period], { team }).sort((a, b) => b.score - a.score);
    if (sorted.length > 1 && sorted[0]!.score === sorted[1]!.score) throw new Error(`${team}'s top in ${period} is tied`);
    return sorted[0]!.id;
  });
}

/** The n people of the scope with the most hours over the range, most first; throws when the cut is tied. */
export function mostHours(scope: Scope, [from, to]: Range, n: number): string[] {
  const ranked = peopleIn(scope)
    .map((p) => ({ id: p.id, value: measureOf(p.id, 'hours', from, to) }))
    .sort((a, b) => b.value - a.value);
  if (!cutIsClean(ranked, n)) throw new Error('the most hours are tied at the cut');
  return ranked.slice(0, n).map((x) => x.id);
}

/** A value checked to stand clear of a line by more than a margin, and whether it is above it. */
export function against(value: number, line: number, margin: number): boolean {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value > line;
}

/** The people of the scope whose rate over the range is under the line; throws when one sits within 0.2 points of it. */
export function ratesUnder(scope: Scope, range: Range, line: number): string[] {
  const rated = peopleIn(scope)
    .map((p) => ({ id: p.id, rate: totals({ ids: [p.id] }, range[0], range[1]).rate }))
    .filter((x): x is { id: string; rate: number } => x.rate !== null);
  if (rated.some((x) => Math.abs(x.rate - line) < 0.002)) throw new Error('a rate sits on the line');
  return rated.filter((x) => x.rate < line).map((x) => x.id);
}

/** The people of the scope with a rate of exactly 1 over the range, among those expected throughout it (throws when someone joined or left within it). */
export function perfectThroughout(scope: Scope, [from, to]: Range): string[] {
  const members = peopleIn(scope).filter((p) => employedOn(p, from) || employedOn(p, to));
  if (members.some((p) => !employedOn(p, from) || !employedOn(p, to))) throw new Error('someone joined or left within the range');
  return members.filter((p) => totals({ ids: [p.id] }, from, to).rate === 1).map((p) => p.id);
}

/** A scope's rate over a range, as rateIn, named for the question files. */
export const rateOfScope = (scope: Scope, range: Range): number => rateIn(scope, range);

/** Active headcount of a position, of a team when given. */
export const countOf = (position: Position, team?: string): number => select({ position, team }).length;

/** The hire date of a person (their first day of employment). */
export const startOf = (id: string): Day => person(id).hire;

/** People of the scope scored strictly under the line in the period; throws when a score sits on it or nobody is under. */
export function scoredUnder(period: string, line: number, scope: Scope = {}): string[] {
  const all = scoresIn([period], scope);
  if (all.some((s) => s.score === line)) throw new Error(`a score sits on ${line}`);
  const under = all.filter((s) => s.score < line).map((s) => s.id);
  if (under.length === 0) throw new Error('nobody under the line');
  return under;
}

/** A person's KPI input in a period, which must exist. */
export function kpiKnown(id: string, period: string): number {
  const value = kpiOf(id, period);
  if (value === null) throw new Error(`${id} has no KPI in ${period}`);
  return value;
}
