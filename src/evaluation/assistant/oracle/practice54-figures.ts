/*
 * practice54 — what the leave-and-calendar set needs beyond the earlier oracles: leave split at today for a team or
 * everyone (taken so far, booked ahead), balances read against a line, request counts by state, kind and period,
 * holidays of every scope over a range, missing check-outs as lists and dates, the on-leave count of a day whose leave
 * lies wholly under a holiday, and guards that make each edge of API.md's absence rule real in the data set (the leave
 * really covers the holiday, the person really left before the period's end, the day really is a weekend). Written
 * code-blind from API.md's "Work calendar" and "Leave" and the README's assistant section; reads only the data set
 * (dataset/*) and the other oracle modules.
 */
import { HOLIDAYS, LEAVE, TODAY, TRACKING_START, type Holiday, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, isWeekend, weekday, type Day } from '../dataset/dates';
import { count, days, type Figure } from '../expectation';
import { approvedLeaveOn, employedOn, leaveFraction } from './absence';
import { peopleIn, recordOf, type Scope } from './attendance-figures';
import { balance, daysOf } from './leave-figures';
import { select } from './people-figures';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';
import { workingDaysHalves } from './practice23-figures';
import { leaveDaysOf, requestsOf, type Range } from './practice44-figures';

/* ---- Days and ranges, as asked on the data set's Wednesday 19 November 2025 (each checked against what the question means). ---- */

/** A day (or a figure) the question writes, checked to be the one the data set gives. */
export function checked<T>(found: T, named: T): T {
  if (found !== named) throw new Error(`the data set gives ${String(found)}, the question names ${String(named)}`);
  return found;
}

export const TOMORROW: Day = checked(addDays(TODAY, 1), '2025-11-20');
export const YESTERDAY: Day = checked(addDays(TODAY, -1), '2025-11-18');
const mondayOf = (day: Day): Day => {
  let d = day;
  while (weekday(d) !== 1) d = addDays(d, -1);
  return d;
};
export const THIS_MONDAY: Day = checked(mondayOf(TODAY), '2025-11-17');
export const week = (monday: Day): [Day, Day] => {
  if (weekday(monday) !== 1) throw new Error(`${monday} is not a Monday`);
  return [monday, addDays(monday, 6)];
};
export const weekHolding = (day: Day): [Day, Day] => week(mondayOf(day));
export const LAST_WEEK = week(addDays(THIS_MONDAY, -7));
export const NEXT_WEEK = week(addDays(THIS_MONDAY, 7));
export const WEEK_AFTER_NEXT = week(addDays(THIS_MONDAY, 14));
/** "This week" for leave: Monday to today, or the whole week — answers asked of leave must agree on both. */
export const THIS_WEEK_READINGS: ReadonlyArray<Range> = [
  [THIS_MONDAY, TODAY],
  [THIS_MONDAY, addDays(THIS_MONDAY, 6)],
];
/** The coming day of this weekday (after today): a weekday alone is the coming one for leave. */
export function coming(dow: number): Day {
  let d = addDays(TODAY, 1);
  while (weekday(d) !== dow) d = addDays(d, 1);
  return d;
}
export const on = (day: Day): [Day, Day] => [day, day];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const AFTER_TODAY: [Day, Day] = [TOMORROW, '2025-12-31'];
export const REST_OF_NOVEMBER: [Day, Day] = [TOMORROW, '2025-11-30'];
export const SINCE_TRACKING: [Day, Day] = [TRACKING_START, TODAY];
export const month = (m: number, year = 2025): [Day, Day] => {
  const from = `${year}-${String(m).padStart(2, '0')}-01`;
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return [from, addDays(next, -1)];
};
export const NOVEMBER_SO_FAR: [Day, Day] = [month(11)[0], TODAY];
export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4: [Day, Day] = ['2025-10-01', '2025-12-31'];
/** An ISO week by its number. */
export function isoWeek(year: number, n: number): [Day, Day] {
  let monday = `${year}-01-04`;
  while (weekday(monday) !== 1) monday = addDays(monday, -1);
  return week(addDays(monday, 7 * (n - 1)));
}

/* ---- Guards. ---- */
export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}
export function nonZero(value: number): number {
  if (value === 0) throw new Error('an expected figure is 0');
  return value;
}
/** A day checked to be a Saturday or a Sunday. */
export function weekendDay(day: Day): Day {
  if (!isWeekend(day)) throw new Error(`${day} is not a weekend`);
  return day;
}
/** A person checked to have left by the end of the range and to have been employed at its start. */
export function leftDuring(id: string, [from, to]: Range): string {
  const p = person(id);
  if (p.end === null || p.end >= to || !employedOn(p, from)) throw new Error(`${id} did not leave during ${from}…${to}`);
  return id;
}
/** A person checked to have been hired before the year began and so have days before tracking in it. */
export function hiredBeforeTracking(id: string, hiredAfter: Day): string {
  const p = person(id);
  if (!(hiredAfter <= p.hire && p.hire < TRACKING_START)) throw new Error(`${id} was hired on ${p.hire}`);
  return id;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (day: Day): string => MONTH_NAMES[Number(day.slice(5, 7)) - 1]!;
/** A person whose hire month is the one the question's context states (the grant's edge). */
export const hiredInMonth = (id: string, name: string): string => (checked(monthName(person(id).hire), name), id);
/** A person whose last day fell in the month the question's context states. */
export function leftInMonth(id: string, name: string): string {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  checked(monthName(end), name);
  return id;
}

/* ---- Labels. ---- */
export const LEFT = 'left|remain|available|balance|leave|day|free';
export const GRANT = 'grant|allocat|allowance|entitle|accru|get|leave|day';
export const TAKEN = 'taken|used|so far|had|to date|leave|sick|unpaid|annual';
export const AHEAD = 'ahead|booked|upcoming|future|come|coming|scheduled|later|rest|after today|tomorrow|remaining|still';
export const PENDING = 'pending|request|wait|approval|reserved|await';
export const COST = 'day|leave|cost|charge|count|use';
export const REQUESTS = 'request|pending|approved|rejected|cancelled|leave';
export const WORKING = 'working|work|day';
export const HOLIDAY_WORDS = 'holiday|day';
export const left = (n: number): Figure => near(days(n), LEFT);
export const taken = (n: number): Figure => near(days(n), TAKEN);
export const ahead = (n: number): Figure => near(days(n), AHEAD);
export const pending = (n: number): Figure => near(days(n), PENDING);
export const cost = (n: number): Figure => near(days(nonZero(n)), COST);
export const granted = (n: number): Figure => near(days(n), GRANT);
export const working = (n: number, ...also: string[]): Figure => near(days(n), [WORKING, ...also].join('|'));
export const requestCount = (n: number, ...also: string[]): Figure => near(count(n), [REQUESTS, ...also].join('|'));

/* ---- Leave split at today, for one person, a team or everyone. ---- */

/** Approved leave of the scope (of a kind when given) on days up to today, and on the days after it to the year's end. */
export function splitAtToday(scope: Scope, code?: LeaveCode): { taken: number; ahead: number } {
  return { taken: leaveDaysOf(scope, YEAR_SO_FAR, code), ahead: leaveDaysOf(scope, AFTER_TODAY, code) };
}

/** Taken so far and booked ahead as figures; both must be non-zero (the question was written to find both). */
export function takenThenAhead(scope: Scope, code?: LeaveCode): Figure[] {
  const split = splitAtToday(scope, code);
  return [taken(nonZero(split.taken)), ahead(nonZero(split.ahead))];
}

/** The people of the scope with approved leave on some day after today (leave under way today included). */
export const withLeaveAhead = (scope: Scope): string[] =>
  peopleIn(scope)
    .filter((p) => daysBetween(...AFTER_TODAY).some((d) => leaveFraction(p, d) > 0))
    .map((p) => p.id)
    .sort();

/* ---- Balances. ---- */

/** One person's balance of a kind read the same with and without pending requests (for "left" without "after pending"). */
export const leftOf = (id: string, code: LeaveCode): number => {
  const b = balance(id, code);
  return agreed([b.available, b.allocated - b.taken]);
};

/** The active people whose balance of a kind is under the line, read with and without pending requests (must agree). */
export function leftUnder(code: LeaveCode, line: number): string[] {
  const active = select({});
  const under = (read: (id: string) => number) => active.filter((p) => read(p.id) < line).map((p) => p.id);
  return some(agreed([under((id) => balance(id, code).available), under((id) => balance(id, code).allocated - balance(id, code).taken)]));
}

/** Leave of a kind still available to the active people of a team, summed (leavers left out), checked to differ from the sum with leavers. */
export function teamAvailable(code: LeaveCode, teamCode: string): number {
  const active = select({ team: teamCode }).reduce((s, p) => s + balance(p.id, code).available, 0);
  const all = select({ team: teamCode, status: 'any' }).reduce((s, p) => s + balance(p.id, code).available, 0);
  if (active === all) throw new Error(`${teamCode} has no leaver with a balance: the question's edge is not there`);
  return active;
}

/* ---- Requests. ---- */

/** How many requests of these states (and kind, and overlapping the range) the scope holds. */
export const howManyRequests = (statuses: LeaveStatus[], scope: Scope = {}, code?: LeaveCode, range?: Range): number =>
  requestsOf(statuses, scope, code, range).length;

/** The people of the scope with requests of these states (of a kind, overlapping a range), each once, in id order. */
export const requestersOf = (statuses: LeaveStatus[], scope: Scope = {}, code?: LeaveCode, range?: Range): string[] =>
  [...new Set(requestsOf(statuses, scope, code, range).map((l) => l.employee))].sort();

/** One person's request that starts on the day (throws unless there is exactly one). */
export function requestStarting(id: string, from: Day): LeaveRequest {
  const found = LEAVE.filter((l) => l.employee === id && l.from === from);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests from ${from}`);
  return found[0]!;
}

/** What a request costs (API.md's `days`), checked to be less than its weekdays when the question's edge says so. */
export function costUnder(l: LeaveRequest, edge: 'holiday' | 'weekend'): number {
  const weekdays = daysBetween(l.from, l.to).filter((d) => !isWeekend(d)).length;
  const calendarDays = daysBetween(l.from, l.to).length;
  const charged = daysOf(l);
  if (edge === 'holiday' && !(charged < weekdays)) throw new Error(`no holiday under ${l.employee}'s leave from ${l.from}`);
  if (edge === 'weekend' && !(weekdays < calendarDays)) throw new Error(`no weekend inside ${l.employee}'s leave from ${l.from}`);
  return nonZero(charged);
}

/** The days the pending requests of the scope reserve. */
export const reservedDays = (scope: Scope = {}): number => requestsOf(['pending'], scope).reduce((s, l) => s + daysOf(l), 0);

/* ---- Leave under a holiday or a weekend. ---- */

/**
 * People on leave on a day whose approved leave lies wholly under a holiday or a weekend: API.md's `on_leave` counts
 * the halves taken off by leave and not already by a holiday, on days someone is expected at all, so the count is 0 —
 * checked to be an edge (someone's approved request does cover the day, and the day is what the question says).
 */
export function onLeaveWhenOff(day: Day, why: 'holiday' | 'weekend'): number {
  if (why === 'weekend') weekendDay(day);
  if (why === 'holiday' && !HOLIDAYS.some((h) => h.date === day && h.team === null && h.half === null)) throw new Error(`${day} is not a whole public holiday`);
  const covered = dataset().people.filter((p) => approvedLeaveOn(p, day).length > 0);
  if (covered.length === 0) throw new Error(`no approved leave covers ${day}`);
  const total = dataset().people.reduce((s, p) => s + leaveFraction(p, day), 0);
  if (total !== 0) throw new Error(`leave takes something off ${day}`);
  return total;
}

/* ---- Holidays. ---- */

/** Every holiday of the range, of any scope, by date. */
export const everyHoliday = ([from, to]: Range): Holiday[] =>
  HOLIDAYS.filter((h) => from <= h.date && h.date <= to).sort((a, b) => a.date.localeCompare(b.date));

/** The dates of a team's calendar (the organisation's and the team's; null: the organisation's only) over the range. */
export function calendarDates([from, to]: Range, teamCode: string | null): Day[] {
  const found = HOLIDAYS.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === teamCode))
    .map((h) => h.date)
    .sort();
  return found;
}

/** The holidays that belong to one team only. */
export const teamOnlyDates = (): Day[] =>
  HOLIDAYS.filter((h) => h.team !== null)
    .map((h) => h.date)
    .sort();

/** A team's own holidays (throws when it has none, unless none are expected). */
export const ownHolidays = (teamCode: string): Holiday[] => HOLIDAYS.filter((h) => h.team === teamCode);

/** The holidays of the range on which only one half is off: of every scope, or of a team's calendar (null: the organisation's). */
export const halfHolidayDates = ([from, to]: Range, calendar: { team: string | null } | 'every scope'): Day[] =>
  HOLIDAYS.filter((h) => h.half !== null && from <= h.date && h.date <= to && (calendar === 'every scope' || h.team === null || h.team === calendar.team))
    .map((h) => h.date)
    .sort();

/** Working days of a team's calendar over the range, checked to differ from another team's (the team decides it). */
export function workingDaysAgainst(range: Range, teamCode: string, other: string): number {
  const mine = workingDaysHalves(range, teamCode);
  if (mine === workingDaysHalves(range, other)) throw new Error(`${teamCode} and ${other} have the same working days over ${range.join('…')}`);
  return mine;
}

/* ---- Check-outs and days in. ---- */

/** The closed days on which a person checked in and never checked out, over the range. */
export const missedCheckOutDates = (id: string, [from, to]: Range): Day[] =>
  daysBetween(from, to).filter((d) => {
    const r = recordOf(id, d);
    return d < TODAY && r !== undefined && r.checkIn !== null && r.checkOut === null;
  });

/** Did the person check in today and not out yet (an open day, never a missing check-out)? */
export function openToday(id: string): boolean {
  const r = recordOf(id, TODAY);
  return r !== undefined && r.checkIn !== null && r.checkOut === null;
}

/** Did the person attend on the day (a record that is not "absent")? */
export function cameIn(id: string, day: Day): boolean {
  const r = recordOf(id, day);
  return r !== undefined && r.status !== 'absent';
}
