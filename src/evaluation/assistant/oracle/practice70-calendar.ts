/*
 * practice70 — leave and the work calendar for the tester's combinations, on the shared oracle (leave-figures.ts,
 * absence.ts): balances (available has the pending requests taken off; "allowance", "granted" is the year's
 * allocation), leave taken this year (the days gone by, with the approved days still ahead apart), what a request
 * costs, requests by state overlapping a period for a team or everyone, who is off (approved leave taking a half or
 * more off; no pending request may fall in the period unless the question says "approved"), days of leave by kind
 * over a period for a group; holidays on a team's or the organisation's calendar, the next one, and working days (the
 * days of the work week less the holidays on them, a half-day holiday as a half). Written code-blind from API.md,
 * docs/API.md and the README.
 */
import { HOLIDAYS, TODAY, type Holiday, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, isWeekend, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { employedOn, leaveFraction } from './absence';
import { peopleIn } from './attendance-figures';
import { balance, daysOf, grant } from './leave-figures';
import type { Group } from './practice70-figures';
import type { Range } from './practice70-periods';

const gone = (id: string) => !employedOn(person(id), TODAY);
const year = () => Number(TODAY.slice(0, 4));

/* ---- Balances. ---- */

export const available = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code, year()).available;
export const allocated = (id: string, code: LeaveCode = 'ANNUAL'): number => grant(id, code, year());
export const pendingDays = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code, year()).pending;

/** Approved leave of this year split at today: the days gone by (today's included) and those still ahead. */
export function takenSplit(id: string, code?: LeaveCode): { gone: number; ahead: number } {
  const p = person(id);
  const mine = dataset().leave.filter((l) => l.employee === id && l.status === 'approved' && (code === undefined || l.code === code));
  if (mine.some((l) => l.from <= TODAY && TODAY <= l.to)) throw new Error(`${id} is on leave today`);
  let before = 0;
  let ahead = 0;
  for (const l of mine)
    for (const d of daysBetween(l.from, l.to)) {
      if (!d.startsWith(String(year()))) continue;
      if (d <= TODAY) before += leaveFraction(p, d);
      else ahead += leaveFraction(p, d);
    }
  return { gone: before, ahead };
}

/* ---- Requests. ---- */

export function requestsOf(g: Group, statuses: LeaveStatus[], r?: Range, code?: LeaveCode): LeaveRequest[] {
  const ids = new Set(peopleIn(g).map((p) => p.id));
  return dataset().leave.filter(
    (l) =>
      ids.has(l.employee) && statuses.includes(l.status) && (code === undefined || l.code === code) && (r === undefined || (l.from <= r[1] && r[0] <= l.to)),
  );
}

/** The one request of a person overlapping the range. */
export function theRequest(id: string, r: Range, statuses: LeaveStatus[] = ['pending', 'approved', 'rejected', 'cancelled']): LeaveRequest {
  const found = requestsOf({ ids: [id] }, statuses, r);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests in ${r.join('…')}`);
  return found[0]!;
}

export const costOf = (l: LeaveRequest): number => daysOf(l);

/** The people (data-set order) with requests in these states overlapping the range; not empty; never the asker. */
export function requesters(g: Group, statuses: LeaveStatus[], r?: Range, asker?: string, code?: LeaveCode): string[] {
  const ids = [...new Set(requestsOf(g, statuses, r, code).map((l) => l.employee))];
  if (ids.length === 0) throw new Error('no such requests');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} has such a request`);
  if (ids.some(gone)) throw new Error('a leaver among them');
  return ids;
}

/** Who is off over the range: approved leave taking a half or more off; no pending request in it unless approved is said. */
export function offIn(g: Group, r: Range, o: { saysApproved?: boolean; code?: LeaveCode; asker?: string } = {}): string[] {
  const approved = requestsOf(g, ['approved'], r, o.code);
  if (!o.saysApproved && requestsOf(g, ['pending'], r, o.code).length > 0) throw new Error(`pending requests fall in ${r.join('…')}`);
  const all = [...new Set(approved.map((l) => l.employee))];
  const ids = all.filter((id) => daysBetween(r[0], r[1]).some((d) => leaveFraction(person(id), d) > 0));
  if (ids.length !== all.length) throw new Error('a request in the range takes no day off');
  if (o.asker !== undefined && ids.includes(o.asker)) throw new Error(`${o.asker} is off`);
  if (ids.some(gone)) throw new Error('a leaver is off');
  return ids;
}

/** Days of approved leave in a range for a group (halves not already off by a holiday, ÷ 2), by kind if given; today changes nothing. */
export function leaveDaysIn(g: Group, r: Range, code?: LeaveCode): number {
  const over = (to: Day) => {
    let total = 0;
    for (const l of requestsOf(g, ['approved'], [r[0], to], code))
      for (const d of daysBetween(l.from, l.to)) if (r[0] <= d && d <= to) total += leaveFraction(person(l.employee), d);
    return total;
  };
  if (r[1] > TODAY) throw new Error('a range reaching past today');
  const value = over(r[1]);
  if (r[1] === TODAY && over(addDays(TODAY, -1)) !== value) throw new Error('leave taken today changes the figure');
  return value;
}

/** Annual leave still available for the active people of a group, and their list by a line. */
export function availableWhere(g: Group, passes: (v: number) => boolean, asker?: string): string[] {
  const ids = peopleIn(g)
    .filter((p) => !gone(p.id) && passes(available(p.id)))
    .map((p) => p.id);
  if (ids.length === 0) throw new Error('nobody');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}
export const availableTotal = (g: Group): number =>
  peopleIn(g)
    .filter((p) => !gone(p.id))
    .reduce((s, p) => s + available(p.id), 0);

/* ---- The work calendar. ---- */

const calendarOf = (code: string | null) => HOLIDAYS.filter((h) => h.team === null || h.team === code);

/** Holidays in the range: the organisation's ('org'), or a team's and the organisation's. */
export function holidaysIn(r: Range, whose: string): Holiday[] {
  const found = calendarOf(whose === 'org' ? null : whose)
    .filter((h) => r[0] <= h.date && h.date <= r[1])
    .sort((a, b) => a.date.localeCompare(b.date));
  if (found.length === 0) throw new Error(`no holidays in ${r.join('…')}`);
  return found;
}
export const datesOf = (hs: Holiday[]): Day[] => hs.map((h) => h.date);

export function holidayNamed(name: string): Holiday {
  const found = HOLIDAYS.filter((h) => h.name.toLowerCase() === name.toLowerCase());
  if (found.length !== 1) throw new Error(`${found.length} holidays named ${name}`);
  return found[0]!;
}

export function nextHolidayOf(whose: string, after: Day = TODAY): Holiday {
  const found = calendarOf(whose === 'org' ? null : whose)
    .filter((h) => h.date > after)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error('no holiday ahead');
  return found;
}

/** Working days on a team's calendar over the range (a half-day holiday as a half). */
export function workingDays(r: Range, code: string): number {
  if (!(code in TEAMS)) throw new Error(`no team ${code}`);
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
