/*
 * practice69 — leave and the work calendar for the newcomer's questions, on the shared oracle (leave-figures.ts,
 * absence.ts, holiday-figures.ts), read as API.md and the README define them: a balance's available already has the
 * pending requests taken off; an allowance is the grant ("allocated"); leave taken this year is the approved days gone
 * by, the approved days still ahead said apart; a request costs the expected fraction without leave over its days;
 * who is off is read from approved leave, and no pending request may fall in the period unless the question says
 * "approved"; working days are the days of the work week less the holidays on them (a half-day holiday as a half), on
 * a team's calendar, and with no team only where every team's calendar agrees. Written code-blind from API.md,
 * docs/API.md and the README.
 */
import { HOLIDAYS, TODAY, type Holiday, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, isWeekend, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { costWithoutLeave, leaveFraction } from './absence';
import { peopleIn, type Scope } from './attendance-figures';
import { balance, daysOf, grant } from './leave-figures';
import type { Range } from './practice69-periods';

/* ---- Balances. ---- */

export const available = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code).available;
export const allocated = (id: string, code: LeaveCode = 'ANNUAL'): number => grant(id, code, Number(TODAY.slice(0, 4)));

/** Approved leave of this year, split at today: the days gone by (today included, as the README says) and those ahead. */
export function takenSplit(id: string, code?: LeaveCode): { gone: number; ahead: number } {
  const p = person(id);
  const year = TODAY.slice(0, 4);
  const mine = dataset().leave.filter((l) => l.employee === id && l.status === 'approved' && (code === undefined || l.code === code));
  let gone = 0;
  let ahead = 0;
  for (const l of mine)
    for (const d of daysBetween(l.from, l.to)) {
      if (!d.startsWith(year)) continue;
      const f = leaveFraction(p, d);
      if (d <= TODAY) gone += f;
      else ahead += f;
    }
  if (mine.some((l) => l.from <= TODAY && TODAY <= l.to)) throw new Error(`${id} is on leave today: split at today is asked elsewhere`);
  return { gone, ahead };
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

/** The people (ids, in data-set order) with pending requests; for a manager, never themselves. */
export function pendingPeople(scope: Scope, r?: Range, asker?: string): string[] {
  const ids = [...new Set(requestsOf(scope, ['pending'], r).map((l) => l.employee))];
  if (ids.length === 0) throw new Error('no pending requests');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} has a pending request`);
  return ids;
}

/** Who is off (approved leave) over the range; no pending request may fall in it unless the question says approved. */
export function offIn(scope: Scope, r: Range, saysApproved = false, code?: LeaveCode, asker?: string): string[] {
  const approved = requestsOf(scope, ['approved'], r).filter((l) => code === undefined || l.code === code);
  const pending = requestsOf(scope, ['pending'], r).filter((l) => code === undefined || l.code === code);
  if (!saysApproved && pending.length > 0) throw new Error(`pending requests fall in ${r.join('…')}`);
  const p = (id: string) => person(id);
  // Read by the halves as well: a request wholly on holidays takes nothing off.
  const ids = [...new Set(approved.map((l) => l.employee))].filter((id) => daysBetween(r[0], r[1]).some((d) => leaveFraction(p(id), d) > 0));
  if (ids.length !== new Set(approved.map((l) => l.employee)).size) throw new Error('a request in the range takes no day off');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is off`);
  return ids;
}

/** Approved requests that have not started yet (their first day after today). */
export const approvedAhead = (): string[] => [
  ...new Set(
    dataset()
      .leave.filter((l) => l.status === 'approved' && l.from > TODAY)
      .map((l) => l.employee),
  ),
];

/** Days of approved leave taken in the range by kind (halves not already off by a holiday, ÷ 2). */
export function leaveByKind(r: Range, code: LeaveCode, scope: Scope = {}): number {
  if (r[1] >= TODAY) throw new Error('a range reaching today');
  let sum = 0;
  for (const l of requestsOf(scope, ['approved'], r).filter((x) => x.code === code))
    for (const d of daysBetween(l.from, l.to)) if (r[0] <= d && d <= r[1]) sum += leaveFraction(person(l.employee), d);
  return sum;
}

/* ---- The work calendar. ---- */

const calendarOf = (code: string | null) => HOLIDAYS.filter((h) => h.team === null || h.team === code);

/** Holidays in the range on a calendar: 'org' (the organisation's only), or a team code (that team's and the organisation's). */
export function holidaysIn(r: Range, whose: string): Holiday[] {
  return calendarOf(whose === 'org' ? null : whose)
    .filter((h) => r[0] <= h.date && h.date <= r[1])
    .sort((a, b) => a.date.localeCompare(b.date));
}
export const datesOf = (hs: Holiday[]): Day[] => {
  if (hs.length === 0) throw new Error('no holidays');
  return hs.map((h) => h.date);
};

/** The holiday of this name (the calendar holds each name once). */
export function holidayNamed(name: string): Holiday {
  const found = HOLIDAYS.filter((h) => h.name.toLowerCase() === name.toLowerCase());
  if (found.length !== 1) throw new Error(`${found.length} holidays named ${name}`);
  return found[0]!;
}

/** The holiday on a day on a team's calendar (or the organisation's). */
export function holidayOn(d: Day, whose: string): Holiday {
  const found = calendarOf(whose === 'org' ? null : whose).filter((h) => h.date === d);
  if (found.length !== 1) throw new Error(`${found.length} holidays on ${d} for ${whose}`);
  return found[0]!;
}

/** The first holiday after today on a calendar. */
export function nextHolidayOf(whose: string): Holiday {
  const found = calendarOf(whose === 'org' ? null : whose)
    .filter((h) => h.date > TODAY)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error('no holiday ahead');
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
/** Working days asked with no team: only where every team's calendar agrees. */
export function workingEverywhere(r: Range): number {
  const each = Object.keys(TEAMS).map((t) => workingDays(r, t));
  if (new Set(each).size !== 1) throw new Error(`teams' calendars differ over ${r.join('…')}: ${each.join(', ')}`);
  return each[0]!;
}
/** One person's working days: their team's calendar, with no leave of theirs (approved or pending) in the range. */
export function workingDaysOf(id: string, r: Range): number {
  if (requestsOf({ ids: [id] }, ['approved', 'pending'], r).length > 0) throw new Error(`${id} has leave in the range`);
  return workingDays(r, person(id).team);
}

/** Is the day a full working day on the team's calendar (a weekday with no holiday)? */
export const isFullWorkingDay = (d: Day, code: string): boolean => !isWeekend(d) && calendarOf(code).every((h) => h.date !== d);

/** The cost of a day for a person without leave (checks the leave-free calendar reading). */
export const dayCost = (id: string, d: Day): number => costWithoutLeave(person(id), d);
