/*
 * practice52 — what the outside tester's capability-by-capability set needs beyond the earlier oracles: every relative
 * period the questions name, computed from the data set's "today" (dataset/calendar.ts) by API.md's definitions
 * (weeks start on Monday, "last week" is the previous Monday to Sunday, "this month" the 1st to today, quarters of
 * three calendar months, "so far" up to today); lists and counts over a range guarded to read the same with and
 * without today (the day is open) and, for a manager's "my team", with and without the manager; the people outside a
 * caller's scope; and the calendar seen from a team. Written code-blind from API.md's absence rule, its leave and
 * work-calendar sections and the README's assistant section; reads only the data set (dataset/*) and the other
 * oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, monthRange, quarter, quarterOf, weekday, type Day } from '../dataset/dates';
import { ask, notFound, scopeOf, type Caller, type Expected } from '../expectation';
import { peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { nextHoliday } from './holiday-figures';
import { offBetween, requests } from './leave-figures';
import { agreed } from './practice16-figures';
import { firstNameIn } from './practice31-figures';

export type Range = readonly [Day, Day];

const YEAR = Number(TODAY.slice(0, 4));
const MONTH = Number(TODAY.slice(5, 7));

/* ---- Relative periods, from today. ---- */

export const YESTERDAY: Day = addDays(TODAY, -1);
export const oneDay = (d: Day): Range => [d, d];
export const TODAY_ONLY: Range = oneDay(TODAY);
export const YESTERDAY_ONLY: Range = oneDay(YESTERDAY);

function mondayOf(d: Day): Day {
  let day = d;
  while (weekday(day) !== 1) day = addDays(day, -1);
  return day;
}
const MONDAY = mondayOf(TODAY);
/** This week: Monday to today. Last week: the previous Monday to Sunday. Next week: the coming Monday to Sunday. */
export const THIS_WEEK: Range = [MONDAY, TODAY];
export const LAST_WEEK: Range = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
export const NEXT_WEEK: Range = [addDays(MONDAY, 7), addDays(MONDAY, 13)];

/** A whole month of this year; the current month runs to today. */
export function monthOf(m: number, year = YEAR): Range {
  const { from, to } = monthRange(year, m);
  if (from > TODAY) throw new Error(`${from} is ahead of today`);
  return [from, to < TODAY ? to : TODAY];
}
/** A whole month of this year, its days ahead included (for the calendar and leave booked ahead). */
export const wholeMonthOf = (m: number, year = YEAR): Range => {
  const { from, to } = monthRange(year, m);
  return [from, to];
};
export const THIS_MONTH: Range = monthOf(MONTH);
export const LAST_MONTH: Range = MONTH === 1 ? monthOf(12, YEAR - 1) : monthOf(MONTH - 1);

const current = quarterOf(TODAY);
const previous = quarterOf(addDays(current.from, -1));
/** This quarter so far, and last quarter whole; their score periods ("2025-Q4", "2025-Q3"). */
export const THIS_QUARTER: Range = [current.from, TODAY];
export const LAST_QUARTER: Range = [previous.from, previous.to];
export const LAST_QUARTER_PERIOD: string = previous.period;
/** The score period of quarter n of this year (or another). */
export const period = (n: number, year = YEAR): string => quarter(year, n).period;
/** Every quarter the data set holds scores for, in order. */
export const SCORED_PERIODS: string[] = [...new Set(dataset().scores.map((s) => s.period))].sort();

export const THIS_YEAR: Range = [`${YEAR}-01-01`, TODAY];
export const REST_OF_YEAR: Range = [addDays(TODAY, 1), `${YEAR}-12-31`];
export const dayOf = (m: number, d: number, year = YEAR): Day => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** A range of this year's days, given as month and day at each end. */
export const between = (m1: number, d1: number, m2: number, d2: number): Range => [dayOf(m1, d1), dayOf(m2, d2)];
/** "The 12th", said this month: that day of the current month (checked to be before today). */
export function theNth(d: number): Day {
  const day = dayOf(MONTH, d);
  if (day >= TODAY) throw new Error(`${day} is not a closed day of this month`);
  return day;
}

/* ---- Scopes. ---- */

export const ALL: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const me = (id: string): Scope => ({ ids: [id] });
/** A manager's team, as a scope. */
export const teamOf = (manager: string): Scope => team(person(manager).team);
const without = (scope: Scope, id: string): Scope => ({
  ids: peopleIn(scope)
    .filter((p) => p.id !== id)
    .map((p) => p.id),
});

/** The ranges a question over this range may be read as: a range reaching today with and without the open day. */
function readingsOf([from, to]: Range): Range[] {
  if (to < TODAY) return [[from, to]];
  const end: Day = to > TODAY ? to : TODAY;
  return from < TODAY
    ? [
        [from, YESTERDAY],
        [from, end],
      ]
    : [[from, end]];
}
/** The scopes a question may be read over: a manager's "my team" with and without the manager. */
const scopesOf = (scope: Scope, asker?: string): Scope[] => (asker === undefined ? [scope] : [scope, without(scope, asker)]);

/** A measure's total over the scope and range, the same under every reading (throws otherwise). */
export const countIn = (scope: Scope, measure: Measure, range: Range, asker?: string): number =>
  agreed(scopesOf(scope, asker).flatMap((s) => readingsOf(range).map(([f, t]) => totals(s, f, t)[measure])));

/** The people of the scope with any of the measure over the range, the same under every reading (throws otherwise). */
export const whoIn = (scope: Scope, measure: Measure, range: Range, asker?: string): string[] =>
  agreed(scopesOf(scope, asker).flatMap((s) => readingsOf(range).map(([f, t]) => peopleWhere(s, measure, f, t))));

/** The people of the scope with the most of the measure over the range (all of them when tied; throws when nobody has any). */
export function mostIn(scope: Scope, measure: Measure, range: Range): string[] {
  const values = peopleIn(scope).map((p) => ({ id: p.id, value: countIn(me(p.id), measure, range) }));
  const top = Math.max(...values.map((v) => v.value));
  if (!(top > 0)) throw new Error('nobody has any');
  return values.filter((v) => v.value === top).map((v) => v.id);
}

/** The scope's rate over the range (closed days only; throws when nothing was expected). */
export function rateIn(scope: Scope, [from, to]: Range): number {
  const r = totals(scope, from, to).rate;
  if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
  return r;
}
/** The absence rate: the attendance rate taken from 1. */
export const absenceIn = (scope: Scope, range: Range): number => Math.round((1 - rateIn(scope, range)) * 10_000) / 10_000;

/** People of the scope expected today with no record yet. */
export const notInYet = (scope: Scope, asker?: string): string[] =>
  agreed(
    scopesOf(scope, asker).map((s) =>
      peopleIn(s)
        .filter((p) => totals(me(p.id), TODAY, TODAY).expected > 0 && !recordOf(p.id, TODAY))
        .map((p) => p.id),
    ),
  );

/** People of the scope with a record today (they checked in). */
export const inToday = (scope: Scope): string[] =>
  peopleIn(scope)
    .filter((p) => recordOf(p.id, TODAY) !== undefined)
    .map((p) => p.id);

/** A check-in time as an answer would write it ("9:48" is in "09:48"); throws when there is none. */
export function checkInAt(id: string, d: Day): string {
  const t = recordOf(id, d)?.checkIn;
  if (!t) throw new Error(`${id} has no check-in on ${d}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/* ---- Leave. ---- */

/** People of the scope with approved leave taking a half or more off in the range, the same with and without the asker. */
export const offIn = (scope: Scope, [from, to]: Range, asker?: string): string[] => agreed(scopesOf(scope, asker).map((s) => offBetween(s, from, to)));

/** The people with a leave request in this state (each once), the same with and without the asker. */
export const requestersIn = (status: 'pending' | 'approved' | 'rejected' | 'cancelled', scope: Scope, asker?: string): string[] =>
  agreed(scopesOf(scope, asker).map((s) => [...new Set(requests(status, s).map((l) => l.employee))]));

/** How many requests are in this state, the same with and without the asker. */
export const requestCount = (status: 'pending' | 'approved' | 'rejected' | 'cancelled', scope: Scope, asker?: string): number =>
  agreed(scopesOf(scope, asker).map((s) => requests(status, s).length));

/** Attendance corrections pending a decision: the data set files none (load.ts files none); throws if it ever holds some. */
export function noPendingCorrections(): number {
  const held = (dataset() as unknown as { corrections?: Array<{ state?: string }> }).corrections ?? [];
  const pending = held.filter((c) => c.state === 'pending').length;
  if (pending !== 0) throw new Error('the data set now holds pending corrections');
  return pending;
}

/* ---- The calendar. ---- */

/** The next holiday after today for a member of the team (the organisation's or the team's own). */
export const nextDayOff = (code: string | null): Day => nextHoliday(TODAY, code).date;

/* ---- People and scope. ---- */

/** "Not found": someone (by id) the data set holds who is outside the caller's scope. */
export function outsideFor(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  person(id);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}

/** "Not found": an employee id nobody holds. */
export function nobodyHolds(id: string): Expected {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}

/** A first name shared by several people the caller can see: it asks which, naming them. */
export function whichOf(who: Caller, first: string): Expected {
  const found = firstNameIn(first, who);
  if (found.length < 2) throw new Error(`fewer than two people called ${first} for ${who}`);
  return ask(...found);
}

/** The one person of this first name the caller can see (throws when none or several). */
export function theOne(who: Caller, first: string): string {
  const found = firstNameIn(first, who);
  if (found.length !== 1) throw new Error(`${found.length} people called ${first} for ${who}`);
  return found[0]!;
}
