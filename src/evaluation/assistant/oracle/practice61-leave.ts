/*
 * practice61 — leave and the work calendar, beside oracle/practice61-figures.ts. Balances are worked out again as
 * API.md's ledger would hold them (a grant of the allowance × the calendar months of the year wholly inside the
 * employment ÷ 12, rounded down to a half day; a `taken` entry for each approved request, charged by the expected
 * fraction without leave, a half day 0.5, a full day that has a record given back; pending requests reserving their
 * days) and checked against the shared leave oracle; a balance "left" is asked only where it reads the same with and
 * without the pending requests. Who is off is read two ways — the halves the absence rule gives to leave, and the
 * approved requests whose dates overlap the period — which must agree (a request lying wholly under a holiday would
 * make them differ); unless the question says "approved", no pending request may fall in the period either. Working days are the weekdays less the holiday halves of the calendar asked about, counted day
 * by day here and checked against the two earlier counts. Written code-blind from API.md, docs/API.md and the README.
 */
import { LEAVE_TYPES, TODAY, TRACKING_START, type Half, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, weekday, type Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import { balance } from './leave-figures';
import { workingDaysHalves } from './practice23-figures';
import { workingDays as workingDays58 } from './practice58-calendar';
import { agree, type Range } from './practice58-figures';
import { recordAt, sheetOf, type Group } from './practice61-figures';

const YEAR = Number(TODAY.slice(0, 4));
const weekend = (day: Day) => weekday(day) === 0 || weekday(day) === 6;
const HALVES: Half[] = ['am', 'pm'];
const membersOf = (g: Group): Person[] =>
  dataset().people.filter(
    (p) =>
      (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)) && (g.position === undefined || p.position === g.position),
  );

/* ---- The ledger. ---- */

/** The holiday halves of a day on a calendar (a team's: the organisation's and the team's; null: the organisation's). */
function holidayHalves(day: Day, team: string | null): Set<Half> {
  const off = new Set<Half>();
  for (const h of dataset().holidays)
    if (h.date === day && (h.team === null || h.team === team)) for (const x of h.half === null ? HALVES : [h.half]) off.add(x);
  return off;
}

/** What a request is charged within a year: a half day 0.5; else each day's expected fraction without leave, a full day with a record given back. */
export function chargeOf(l: LeaveRequest, year = YEAR): number {
  const p = person(l.employee);
  let charge = 0;
  for (const day of daysBetween(l.from, l.to)) {
    if (!day.startsWith(String(year))) continue;
    if (weekend(day) || day < TRACKING_START || day < p.hire || (p.end !== null && day > p.end)) continue;
    if (l.half !== null) {
      charge += 0.5;
      continue;
    }
    if (l.status === 'approved' && recordAt(p.id, day)) continue;
    charge += 1 - holidayHalves(day, p.team).size / 2;
  }
  return charge;
}

/** Allowance × the months of the year wholly inside the employment ÷ 12, rounded down to a half day. */
export function grantFor(id: string, code: LeaveCode, year = YEAR): number {
  const p = person(id);
  let months = 0;
  for (let m = 1; m <= 12; m += 1) {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    const last = addDays(m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`, -1);
    if (p.hire <= first && (p.end === null || last <= p.end)) months += 1;
  }
  return Math.floor(((LEAVE_TYPES[code].allowance * months) / 12) * 2) / 2;
}

export interface Ledger {
  granted: number;
  taken: number;
  pending: number;
  available: number;
}

/** A person's balance of a kind, from the ledger rebuilt here, checked against the shared leave oracle. */
export function ledgerOf(id: string, code: LeaveCode = 'ANNUAL'): Ledger {
  const mine = dataset().leave.filter((l) => l.employee === id && l.code === code);
  const sum = (status: LeaveStatus) => mine.filter((l) => l.status === status).reduce((s, l) => s + chargeOf(l), 0);
  const granted = grantFor(id, code);
  const ledger = { granted, taken: sum('approved'), pending: sum('pending'), available: granted - sum('approved') - sum('pending') };
  const shared = balance(id, code, YEAR);
  agree([
    [ledger.granted, ledger.taken, ledger.pending, ledger.available],
    [shared.allocated, shared.taken, shared.pending, shared.available],
  ]);
  return ledger;
}

/** "Available": what the API calls available (the pending days reserved). */
export const availableOf = (id: string, code: LeaveCode = 'ANNUAL'): number => ledgerOf(id, code).available;
/** "Left": the same with and without the pending days, or the question is in doubt. */
export const leftOf = (id: string, code: LeaveCode = 'ANNUAL'): number => {
  const l = ledgerOf(id, code);
  return agree([l.available, l.granted - l.taken]);
};
/** What stays once a pending request is counted (there must be one). */
export const afterRequests = (id: string, code: LeaveCode = 'ANNUAL'): number => {
  const l = ledgerOf(id, code);
  if (l.pending === 0) throw new Error(`${id} has nothing pending`);
  return l.available;
};
/** Leave used this year: the ledger's taken, which must be the days already gone by (nothing approved lies ahead). */
export function usedOf(id: string, code: LeaveCode = 'ANNUAL'): number {
  const taken = ledgerOf(id, code).taken;
  const p = person(id);
  const gone = daysBetween(`${YEAR}-01-01`, addDays(TODAY, -1)).reduce((s, d) => {
    const onThisCode = dataset().leave.some((l) => l.status === 'approved' && l.employee === id && l.code === code && l.from <= d && d <= l.to);
    return s + (onThisCode ? sheetOf(p, d).leave : 0);
  }, 0);
  return agree([taken, gone]);
}
/** The sum over a group's people still employed of what is available. */
export const groupAvailable = (g: Group, code: LeaveCode = 'ANNUAL'): number =>
  membersOf(g)
    .filter((p) => p.end === null || p.end >= TODAY)
    .reduce((s, p) => s + availableOf(p.id, code), 0);

/* ---- Requests and who is off. ---- */

/** Requests of these states (of a group, a kind, overlapping a period, when given), in the order filed. */
export function requestsWhere(statuses: LeaveStatus[], g: Group = {}, code?: LeaveCode, range?: Range): LeaveRequest[] {
  const ids = new Set(membersOf(g).map((p) => p.id));
  return dataset().leave.filter(
    (l) =>
      statuses.includes(l.status) && ids.has(l.employee) && (code === undefined || l.code === code) && (!range || (l.from <= range[1] && range[0] <= l.to)),
  );
}
export const whoRequested = (statuses: LeaveStatus[], g: Group = {}, code?: LeaveCode, range?: Range): string[] =>
  [...new Set(requestsWhere(statuses, g, code, range).map((l) => l.employee))].sort();
/** The one request of a person in a state (throws unless there is exactly one). */
export function theRequest(id: string, statuses: LeaveStatus[] = ['pending', 'approved', 'rejected', 'cancelled'], from?: Day): LeaveRequest {
  const found = requestsWhere(statuses, { ids: [id] }).filter((l) => from === undefined || l.from === from);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} such requests`);
  return found[0]!;
}

/** The one request of a person in these states whose dates overlap a period (throws unless there is exactly one). */
export function requestOver(id: string, statuses: LeaveStatus[], range: Range): LeaveRequest {
  const found = requestsWhere(statuses, { ids: [id] }, undefined, range);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} such requests over ${range.join('…')}`);
  return found[0]!;
}

/**
 * The people of a group off on approved leave (of a kind) on some day of the period: by the absence rule's halves and
 * by the requests overlapping it, which must agree; and, unless the question says "approved", no pending request may
 * fall in the period (else "off" and "booked" would be in doubt).
 */
export function offDuring(g: Group, range: Range, code?: LeaveCode, saysApproved = false): string[] {
  const byRule = membersOf(g)
    .filter((p) =>
      daysBetween(range[0], range[1]).some(
        (d) =>
          sheetOf(p, d).leave > 0 &&
          (code === undefined || dataset().leave.some((l) => l.status === 'approved' && l.employee === p.id && l.code === code && l.from <= d && d <= l.to)),
      ),
    )
    .map((p) => p.id)
    .sort();
  const byRequest = whoRequested(['approved'], g, code, range);
  if (!saysApproved && whoRequested(['pending'], g, code, range).length > 0) throw new Error('a pending request falls in the period');
  return agree([byRule, byRequest]);
}

/** Days of approved leave (of a kind) a person has over a period: the halves the rule gives to leave ÷ 2. */
export function leaveDaysIn(id: string, [from, to]: Range, code?: LeaveCode): number {
  const p = person(id);
  return daysBetween(from, to).reduce((s, d) => {
    const mine = dataset().leave.some(
      (l) => l.status === 'approved' && l.employee === id && (code === undefined || l.code === code) && l.from <= d && d <= l.to,
    );
    return s + (mine ? sheetOf(p, d).leave : 0);
  }, 0);
}

/** The days of a period on which the rule gives a person's half or whole day to approved leave (of a kind). */
export const leaveDatesOf = (id: string, [from, to]: Range, code?: LeaveCode): Day[] => daysBetween(from, to).filter((d) => leaveDaysIn(id, [d, d], code) > 0);

/* ---- The work calendar. ---- */

/** Working days of a period on a calendar, day by day, checked against the two earlier counts. */
export function workDays([from, to]: Range, team: string | null): number {
  let n = 0;
  for (const day of daysBetween(from, to)) if (!weekend(day)) n += 1 - holidayHalves(day, team).size / 2;
  return agree([n, workingDaysHalves([from, to], team), workingDays58([from, to], team)]);
}
/** Working days asked without a team: every calendar must give the same. */
export const workDaysAnywhere = (range: Range): number => agree([null, 'AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => workDays(range, t)));
/** A person's working days: their team's calendar, the same with and without their approved leave. */
export const myWorkDays = (id: string, range: Range): number => {
  const p = person(id);
  const lessLeave = daysBetween(range[0], range[1]).reduce((s, d) => s + (weekend(d) ? 0 : 1 - holidayHalves(d, p.team).size / 2 - sheetOf(p, d).leave), 0);
  return agree([workDays(range, p.team), lessLeave]);
};

/** 'all' (every holiday), 'public' (the organisation's) or a team code (its calendar). */
export type Whose = string;
/** The holidays of a period: every one ('all'), the organisation's ('public'), or a team's calendar. */
export const holidaysOver = ([from, to]: Range, whose: Whose) =>
  dataset()
    .holidays.filter((h) => from <= h.date && h.date <= to && (whose === 'all' || h.team === null || h.team === whose))
    .sort((a, b) => a.date.localeCompare(b.date));
export const holidayDatesOver = (range: Range, whose: Whose): Day[] => holidaysOver(range, whose).map((h) => h.date);
export const halfHolidayDates = (range: Range, whose: Whose): Day[] =>
  holidaysOver(range, whose)
    .filter((h) => h.half !== null)
    .map((h) => h.date);
export const teamHolidayDates = (range: Range): Day[] =>
  holidaysOver(range, 'all')
    .filter((h) => h.team !== null)
    .map((h) => h.date);
export function holidayCalled(name: string) {
  const h = dataset().holidays.find((x) => x.name === name);
  if (!h) throw new Error(`no holiday called ${name}`);
  return h;
}
/** The first holiday after today on a calendar. */
export function nextHolidayOf(whose: Whose) {
  const h = holidaysOver([addDays(TODAY, 1), `${YEAR}-12-31`], whose)[0];
  if (!h) throw new Error('no holiday ahead');
  return h;
}
