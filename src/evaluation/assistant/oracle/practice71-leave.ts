/*
 * practice71 — leave and the work calendar for a manager's week, on the shared oracle (leave-figures.ts, absence.ts),
 * read as API.md and the README define them: a balance's available already has the pending requests taken off; an
 * allowance is the year's grant ("allocated"); leave taken this year is the approved days gone by; a request costs the
 * expected fraction without leave over its days (holidays cost nothing, a half day 0.5); who is off over a period is
 * read from approved leave, and no pending request may fall in the period unless the question says "approved" (and no
 * request may sit wholly on holidays); pending requests are listed by the people who filed them. Working days are the
 * days of the work week less the holidays on them on a team's calendar (a half-day holiday as a half). Guards throw
 * rather than guess. Written code-blind from API.md, docs/API.md and the README.
 */
import { HOLIDAYS, TODAY, type Holiday, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, isWeekend, type Day } from '../dataset/dates';
import { employedOn, leaveFraction } from './absence';
import { peopleIn, type Scope } from './attendance-figures';
import { balance, daysOf, grant } from './leave-figures';
import type { Range } from './practice71-periods';

const YEAR = () => Number(TODAY.slice(0, 4));

/* ---- Balances. ---- */

export const available = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code, YEAR()).available;
export const allocated = (id: string, code: LeaveCode = 'ANNUAL'): number => grant(id, code, YEAR());

/** Approved leave of this year gone by (today included), when none of it is under way today or still ahead. */
export function takenSoFar(id: string, code?: LeaveCode): number {
  const p = person(id);
  const year = String(YEAR());
  const mine = dataset().leave.filter((l) => l.employee === id && l.status === 'approved' && (code === undefined || l.code === code));
  if (mine.some((l) => l.to >= TODAY)) throw new Error(`${id} has approved leave today or ahead: "taken" reads two ways`);
  return mine.reduce((sum, l) => sum + daysBetween(l.from, l.to).reduce((s, d) => s + (d.startsWith(year) ? leaveFraction(p, d) : 0), 0), 0);
}

/** The people of a scope (active) whose available leave passes the test; not the asking manager. */
export function balanceWhere(scope: Scope, passes: (days: number) => boolean, code: LeaveCode = 'ANNUAL', asker?: string): string[] {
  const ids = peopleIn(scope)
    .filter((p) => employedOn(p, TODAY))
    .filter((p) => passes(available(p.id, code)))
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/* ---- Requests. ---- */

export function requestsOf(scope: Scope, statuses: LeaveStatus[], r?: Range): LeaveRequest[] {
  const ids = new Set(peopleIn(scope).map((p) => p.id));
  return dataset().leave.filter((l) => ids.has(l.employee) && statuses.includes(l.status) && (r === undefined || (l.from <= r[1] && r[0] <= l.to)));
}

/** The one request of a person overlapping the range (of any state unless given). */
export function theRequest(id: string, r: Range, statuses: LeaveStatus[] = ['pending', 'approved', 'rejected', 'cancelled']): LeaveRequest {
  const found = requestsOf({ ids: [id] }, statuses, r);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests in ${r.join('…')}`);
  return found[0]!;
}

/** What a request costs (a half day 0.5; a holiday nothing, a half holiday half). */
export const costOf = (l: LeaveRequest): number => daysOf(l);

/** The people with pending requests (in the range, when given); for a manager, never themselves; never empty. */
export function pendingPeople(scope: Scope, r?: Range, asker?: string): string[] {
  const ids = [...new Set(requestsOf(scope, ['pending'], r).map((l) => l.employee))];
  if (ids.length === 0) throw new Error('no pending requests');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} has a pending request`);
  return ids;
}

/** The number of pending requests (in the range, when given); for a manager, none of their own. */
export function pendingCount(scope: Scope, r?: Range, asker?: string): number {
  const found = requestsOf(scope, ['pending'], r);
  if (asker !== undefined && found.some((l) => l.employee === asker)) throw new Error(`${asker} has a pending request`);
  return found.length;
}

/**
 * Who is off (approved leave taking a half or more off) over the range; no pending request may fall in it unless the
 * question says approved, nor then a rejected or cancelled one (a reader might count it), and no request in the range
 * may take nothing off (wholly on holidays).
 */
export function offIn(scope: Scope, r: Range, saysApproved = false, asker?: string): string[] {
  const approved = requestsOf(scope, ['approved'], r);
  if (!saysApproved && requestsOf(scope, ['pending'], r).length > 0) throw new Error(`pending requests fall in ${r.join('…')}`);
  if (!saysApproved && requestsOf(scope, ['rejected', 'cancelled'], r).length > 0) throw new Error(`a rejected or cancelled request falls in ${r.join('…')}`);
  const byPerson = [...new Set(approved.map((l) => l.employee))];
  const ids = byPerson.filter((id) => daysBetween(r[0], r[1]).some((d) => leaveFraction(person(id), d) > 0));
  if (ids.length !== byPerson.length) throw new Error('a request in the range takes no day off');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is off`);
  return ids;
}

/** Is a person's approved leave on this day a half day only? (Then "off" reads two ways.) */
export function fullDayOff(id: string, d: Day): boolean {
  return leaveFraction(person(id), d) === 1;
}

/* ---- The work calendar. ---- */

const calendarOf = (code: string) => HOLIDAYS.filter((h) => h.team === null || h.team === code);

/** The first holiday after today on a team's calendar (the organisation's and the team's own). */
export function nextHolidayOf(code: string): Holiday {
  const found = calendarOf(code)
    .filter((h) => h.date > TODAY)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error('no holiday ahead');
  return found;
}

/** Holidays in a range on a team's calendar, in date order; never empty. */
export function holidaysIn(r: Range, code: string): Holiday[] {
  const found = calendarOf(code)
    .filter((h) => r[0] <= h.date && h.date <= r[1])
    .sort((a, b) => a.date.localeCompare(b.date));
  if (found.length === 0) throw new Error('no holidays');
  return found;
}

/** Working days on a team's calendar: days of the work week less the holidays on them (a half-day holiday as a half). */
export function workingDays(r: Range, code: string): number {
  let sum = 0;
  for (const d of daysBetween(r[0], r[1])) {
    if (isWeekend(d)) continue;
    const off = { am: false, pm: false };
    for (const h of calendarOf(code).filter((x) => x.date === d)) {
      if (h.half !== 'pm') off.am = true;
      if (h.half !== 'am') off.pm = true;
    }
    sum += 1 - (off.am ? 0.5 : 0) - (off.pm ? 0.5 : 0);
  }
  return sum;
}
