/*
 * practice68 — the calendar side of month-end: working days (README: the days of the work week less the holidays on
 * them, a half-day holiday as a half, on the calendar asked about — the organisation's holidays and a team's own), the
 * holidays of a month, leave taken and booked (the halves off by approved leave and not by a holiday, checked against
 * what each request is charged for its days in the period), pending requests, joiners, leavers and headcounts on a day.
 *
 * Readings that would differ throw: working days asked with no team over a month where the teams' calendars differ, a
 * person's working days over a span in which they have leave or were not employed throughout, leave "taken" over a
 * span reaching today while someone's leave runs through today, and a leave day that also has an attendance record.
 */
import { HOLIDAYS, LEAVE, LEAVE_TYPES, TODAY, type Holiday, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { balance, daysOf } from './leave-figures';
import { costWithoutLeave } from './absence';
import { employed, leaveOn, membersOf, recordAt, type Group } from './practice68-figures';
import { eachDay, isoWeekday, reachesToday, type Span } from './practice68-periods';

const TEAM_CODES = Object.keys(TEAMS);

/* ---- Working days and holidays. ---- */

/** The holidays of a calendar within the span: 'org' for the organisation's only, a team code for its own as well. */
export function holidaysOf(span: Span, whose: string): Holiday[] {
  if (whose !== 'org' && !TEAM_CODES.includes(whose)) throw new Error(`no team ${whose}`);
  return HOLIDAYS.filter((h) => span[0] <= h.date && h.date <= span[1] && (h.team === null || h.team === whose)).sort((a, b) => a.date.localeCompare(b.date));
}

/** Working days on one calendar: Monday to Friday, less each half a holiday takes (two on one half take it once). */
export function workingDaysOn(span: Span, whose: string): number {
  let total = 0;
  for (const d of eachDay(span)) {
    if (isoWeekday(d) > 5) continue;
    const on = holidaysOf([d, d], whose);
    const am = on.some((h) => h.half !== 'pm');
    const pm = on.some((h) => h.half !== 'am');
    total += 1 - (am ? 0.5 : 0) - (pm ? 0.5 : 0);
  }
  return total;
}

/** Working days asked with no team: only where every team's calendar and the organisation's agree. */
export function workingDaysEverywhere(span: Span): number {
  const org = workingDaysOn(span, 'org');
  const differ = TEAM_CODES.filter((t) => workingDaysOn(span, t) !== org);
  if (differ.length > 0) throw new Error(`working days over ${span.join('…')} differ for ${differ.join(', ')}`);
  return org;
}

/** One person's working days: their team's calendar, asked only when they were employed throughout and had no leave. */
export function workingDaysOf(id: string, span: Span): number {
  const p = person(id);
  if (!employed(p, span[0]) || !employed(p, span[1])) throw new Error(`${id} was not employed throughout ${span.join('…')}`);
  const mine = LEAVE.filter((l) => l.employee === id && (l.status === 'approved' || l.status === 'pending') && l.from <= span[1] && span[0] <= l.to);
  if (mine.length > 0) throw new Error(`${id} has leave in ${span.join('…')}`);
  return workingDaysOn(span, p.team);
}

/** Holiday dates of a calendar in a span; the organisation's must be among any team's (so "the holidays" reads one way). */
export function holidayDates(span: Span, whose: string): Day[] {
  const found = holidaysOf(span, whose).map((h) => h.date);
  if (found.length === 0) throw new Error(`no holiday in ${span.join('…')} for ${whose}`);
  return found;
}

/** The holiday on a day of a calendar (throws when there is none). */
export function holidayOn(day: Day, whose: string): Holiday {
  const h = holidaysOf([day, day], whose)[0];
  if (!h) throw new Error(`no holiday on ${day} for ${whose}`);
  return h;
}

/** The teams with a team holiday of their own in the span. */
export const teamsWithOwnHoliday = (span: Span): string[] => [
  ...new Set(HOLIDAYS.filter((h) => h.team !== null && span[0] <= h.date && h.date <= span[1]).map((h) => h.team!)),
];

/* ---- Leave. ---- */

const approved = (code?: LeaveCode) => LEAVE.filter((l) => l.status === 'approved' && (code === undefined || l.code === code));

/** What a request is charged for its days within the span (half a day for a half-day request). */
function chargedWithin(l: LeaveRequest, span: Span): number {
  const p = person(l.employee);
  const days = eachDay([l.from, l.to]).filter((d) => span[0] <= d && d <= span[1]);
  if (l.half !== null) return days.length > 0 ? 0.5 : 0;
  for (const d of days) if (costWithoutLeave(p, d) > 0 && recordAt(p.id, d)) throw new Error(`${p.id} has a record on leave day ${d}`);
  return days.reduce((s, d) => s + costWithoutLeave(p, d), 0);
}

/**
 * Days of approved leave a group has in the span, by the halves off (checked against the requests' charges). Over a
 * span reaching today, only when nobody's leave in the group runs through today or later — unless `booked` is said.
 */
export function leaveIn(g: Group, span: Span, code?: LeaveCode, booked = false): number {
  const people = membersOf(g);
  const ids = new Set(people.map((p) => p.id));
  const byHalves = people.reduce(
    (sum, p) =>
      sum +
      eachDay(span)
        .filter((d) => approved(code).some((l) => l.employee === p.id && l.from <= d && d <= l.to))
        .reduce((s, d) => s + leaveOn(p, d), 0),
    0,
  );
  const byRequests = approved(code)
    .filter((l) => ids.has(l.employee))
    .reduce((s, l) => s + chargedWithin(l, span), 0);
  if (Math.abs(byHalves - byRequests) > 1e-9) throw new Error(`leave over ${span.join('…')}: ${byHalves} by halves, ${byRequests} by requests`);
  if (!booked && reachesToday(span)) {
    const ahead = approved(code).filter((l) => ids.has(l.employee) && l.to >= TODAY && l.from <= span[1]);
    if (ahead.length > 0) throw new Error(`leave taken over a span reaching today is ambiguous: ${ahead.map((l) => l.employee).join(', ')}`);
  }
  return byHalves;
}

/** The people of a group with approved leave in the span (a half or more off by leave on some day). */
export function onLeaveIn(g: Group, span: Span, code?: LeaveCode): string[] {
  return membersOf(g)
    .filter((p) => leaveIn({ ids: [p.id] }, span, code, true) > 0)
    .map((p) => p.id);
}

/** Each leave type's days over the span for a group (types with none left out). */
export const leaveByType = (g: Group, span: Span): Array<{ code: LeaveCode; days: number }> =>
  (Object.keys(LEAVE_TYPES) as LeaveCode[]).map((code) => ({ code, days: leaveIn(g, span, code) })).filter((x) => x.days > 0);

/** Requests of a group in a status, overlapping the span when one is given. */
export function requestsOf(g: Group, status: LeaveStatus, span?: Span): LeaveRequest[] {
  const ids = new Set(membersOf(g).map((p) => p.id));
  return dataset().leave.filter((l) => ids.has(l.employee) && l.status === status && (span === undefined || (l.from <= span[1] && span[0] <= l.to)));
}

/** The one request of a person in a status (throws unless exactly one). */
export function theRequest(id: string, status: LeaveStatus, span?: Span): LeaveRequest {
  const found = requestsOf({ ids: [id] }, status, span);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} ${status} requests`);
  return found[0]!;
}

/** What a request costs (the shared oracle's daysOf, checked against this file's own count). */
export function costOf(l: LeaveRequest): number {
  const mine = chargedWithin(l, [l.from, l.to]);
  if (mine !== daysOf(l)) throw new Error(`cost of ${l.employee}'s request: ${mine} here, ${daysOf(l)} shared`);
  return mine;
}

/** The people with a request in that status (each once), overlapping the span when one is given. */
export const requesters = (g: Group, status: LeaveStatus, span?: Span): string[] => [...new Set(requestsOf(g, status, span).map((l) => l.employee))];

/** What is still available of a leave type this year (pending requests taken off), from the shared oracle. */
export const availableOf = (id: string, code: LeaveCode): number => balance(id, code).available;

/* ---- People. ---- */

export const joinedIn = (span: Span, teamCode?: string): string[] =>
  dataset()
    .people.filter((p) => (teamCode === undefined || p.team === teamCode) && span[0] <= p.hire && p.hire <= span[1])
    .map((p) => p.id);

export const leftIn = (span: Span, teamCode?: string): string[] =>
  dataset()
    .people.filter((p) => (teamCode === undefined || p.team === teamCode) && p.end !== null && span[0] <= p.end && p.end <= span[1])
    .map((p) => p.id);

/** Those employed on a day (hired by then, last day not gone by); a day ahead is not asked. */
export function headcountOn(day: Day, teamCode?: string): number {
  if (day > TODAY) throw new Error(`${day} is ahead`);
  return dataset().people.filter((p) => (teamCode === undefined || p.team === teamCode) && employed(p, day)).length;
}
