/*
 * practice73 — leave and the work calendar for the hurried questions, on the shared oracle (leave-figures.ts,
 * absence.ts, holiday-figures.ts), read as API.md and the README define them: a balance's available already has the
 * pending requests taken off; an allowance or grant is its "allocated"; leave taken this year is the approved days gone
 * by, with the approved days still ahead said apart; a request costs the expected fraction without leave over its days
 * (a half day 0.5); who is off is read from approved leave, and no pending request may fall in the period unless the
 * question says "approved" (it would read two ways); working days are the days of the work week less the holidays on
 * them (a half-day holiday as a half), on a team's calendar, and asked with no team only where every team's calendar
 * agrees. Written code-blind from API.md, docs/API.md and the README.
 */
import { HOLIDAYS, TODAY, type Holiday, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, isWeekend, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { leaveFraction } from './absence';
import { peopleIn, type Scope } from './attendance-figures';
import { balance, daysOf, grant } from './leave-figures';
import type { Span } from './practice73-periods';

/* ---- Balances. ---- */

export const free = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code).available;
export const granted = (id: string, code: LeaveCode = 'ANNUAL'): number => grant(id, code, Number(TODAY.slice(0, 4)));

/** This year's approved leave split at today: the days gone by and those ahead; never for someone on leave today. */
export function takenThisYear(id: string, code?: LeaveCode): { gone: number; ahead: number } {
  const p = person(id);
  const year = TODAY.slice(0, 4);
  const mine = dataset().leave.filter((l) => l.employee === id && l.status === 'approved' && (code === undefined || l.code === code));
  if (mine.some((l) => l.from <= TODAY && TODAY <= l.to)) throw new Error(`${id} is on leave today`);
  let gone = 0;
  let ahead = 0;
  for (const l of mine)
    for (const d of daysBetween(l.from, l.to)) {
      if (!d.startsWith(year)) continue;
      if (d < TODAY) gone += leaveFraction(p, d);
      else ahead += leaveFraction(p, d);
    }
  return { gone, ahead };
}

/* ---- Requests. ---- */

export function requestsIn(scope: Scope, statuses: LeaveStatus[], r?: Span): LeaveRequest[] {
  const ids = new Set(peopleIn(scope).map((p) => p.id));
  return dataset().leave.filter((l) => ids.has(l.employee) && statuses.includes(l.status) && (r === undefined || (l.from <= r[1] && r[0] <= l.to)));
}

/** The one request of a person overlapping the span (of any state unless given). */
export function theOne(id: string, r: Span, statuses: LeaveStatus[] = ['pending', 'approved', 'rejected', 'cancelled']): LeaveRequest {
  const found = requestsIn({ ids: [id] }, statuses, r);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests in ${r.join('…')}`);
  return found[0]!;
}

/** What a request costs in leave days. */
export const costs = (l: LeaveRequest): number => daysOf(l);

/** The people with pending requests (overlapping the span, when given); never the asking manager; never none. */
export function waiting(scope: Scope, r?: Span, asker?: string): string[] {
  const ids = [...new Set(requestsIn(scope, ['pending'], r).map((l) => l.employee))];
  if (ids.length === 0) throw new Error('no pending requests');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} has a pending request`);
  return ids;
}

/** Who is off on approved leave over the span (a half or more off some day); no pending request in it unless "approved" is said. */
export function away(scope: Scope, r: Span, saysApproved = false, code?: LeaveCode, asker?: string): string[] {
  const approved = requestsIn(scope, ['approved'], r).filter((l) => code === undefined || l.code === code);
  const pending = requestsIn(scope, ['pending'], r).filter((l) => code === undefined || l.code === code);
  if (!saysApproved && pending.length > 0) throw new Error(`pending requests fall in ${r.join('…')}`);
  const named = [...new Set(approved.map((l) => l.employee))];
  const ids = named.filter((id) => daysBetween(r[0], r[1]).some((d) => leaveFraction(person(id), d) > 0));
  if (ids.length !== named.length) throw new Error('a request in the span takes no day off');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is off`);
  return ids;
}

/** Approved requests not started yet (first day after today): their people. */
export const bookedAhead = (scope: Scope = {}): string[] => [
  ...new Set(
    requestsIn(scope, ['approved'])
      .filter((l) => l.from > TODAY)
      .map((l) => l.employee),
  ),
];

/* ---- The work calendar. ---- */

const calendarOf = (code: string | null) => HOLIDAYS.filter((h) => h.team === null || h.team === code);

/** Holidays in the span on a calendar: 'org' (the organisation's only) or a team's (its own and the organisation's). */
export function holidaysOf(r: Span, whose: string): Holiday[] {
  return calendarOf(whose === 'org' ? null : whose)
    .filter((h) => r[0] <= h.date && h.date <= r[1])
    .sort((a, b) => a.date.localeCompare(b.date));
}
export const datesIn = (hs: Holiday[]): Day[] => {
  if (hs.length === 0) throw new Error('no holidays');
  return hs.map((h) => h.date);
};

/** The holiday of this name (the calendar holds each name once). */
export function named(name: string): Holiday {
  const found = HOLIDAYS.filter((h) => h.name.toLowerCase() === name.toLowerCase());
  if (found.length !== 1) throw new Error(`${found.length} holidays named ${name}`);
  return found[0]!;
}

/** The holiday on a day on a calendar. */
export function holidayAt(d: Day, whose: string): Holiday {
  const found = calendarOf(whose === 'org' ? null : whose).filter((h) => h.date === d);
  if (found.length !== 1) throw new Error(`${found.length} holidays on ${d} for ${whose}`);
  return found[0]!;
}

/** The first holiday after today on a calendar. */
export function upcoming(whose: string): Holiday {
  const found = calendarOf(whose === 'org' ? null : whose)
    .filter((h) => h.date > TODAY)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error('no holiday ahead');
  return found;
}

/** Working days on a team's calendar: days of the work week less the holidays on them (a half-day holiday as a half). */
export function workdays(r: Span, code: string): number {
  let total = 0;
  for (const d of daysBetween(r[0], r[1])) {
    if (isWeekend(d)) continue;
    const off = { am: false, pm: false };
    for (const h of calendarOf(code).filter((x) => x.date === d)) {
      if (h.half !== 'pm') off.am = true;
      if (h.half !== 'am') off.pm = true;
    }
    total += 1 - (off.am ? 0.5 : 0) - (off.pm ? 0.5 : 0);
  }
  return total;
}
/** Working days asked with no team: only where every team's calendar agrees. */
export function workdaysAll(r: Span): number {
  const each = Object.keys(TEAMS).map((t) => workdays(r, t));
  if (new Set(each).size !== 1) throw new Error(`teams' calendars differ over ${r.join('…')}`);
  return each[0]!;
}
/** One person's working days on their team's calendar, with no leave of theirs (approved or pending) in the span. */
export function workdaysOf(id: string, r: Span): number {
  if (requestsIn({ ids: [id] }, ['approved', 'pending'], r).length > 0) throw new Error(`${id} has leave in the span`);
  return workdays(r, person(id).team);
}

/** Is the day a full working day on the team's calendar (a weekday with no holiday)? */
export const fullWorkday = (d: Day, code: string): boolean => !isWeekend(d) && calendarOf(code).every((h) => h.date !== d);
