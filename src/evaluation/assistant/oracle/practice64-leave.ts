/*
 * practice64 — leave and the work calendar behind the long messages, beside oracle/practice64-figures.ts. A request's
 * cost is worked out again here from API.md's "Leave" (each day's expected fraction without leave: a weekly off day and
 * a full holiday cost nothing, a half holiday half; a half day of leave 0.5) and checked against practice61's ledger;
 * balances come from practice61's ledger, itself checked against the shared leave oracle; who is off is read from the
 * requests and from the absence rule, which must agree; working days are counted here day by day on a team's calendar
 * (or the organisation's) and checked against the earlier counts. Written code-blind from API.md, docs/API.md and the
 * README; reads only the data set and the other oracle modules.
 */
import { TODAY, TRACKING_START, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, weekday, type Day } from '../dataset/dates';
import { agree, type Range } from './practice58-figures';
import { availableOf, chargeOf, ledgerOf, offDuring, workDays } from './practice61-leave';
import type { Group } from './practice64-figures';

export { afterRequests, availableOf, leftOf, usedOf } from './practice61-leave';

const YEAR = Number(TODAY.slice(0, 4));
const weekend = (day: Day) => weekday(day) === 0 || weekday(day) === 6;

/** The holiday halves of a day on a calendar: the organisation's, and a team's when one is given. */
function holidayHalves(day: Day, code: string | null): number {
  let am = false;
  let pm = false;
  for (const h of dataset().holidays) {
    if (h.date !== day || (h.team !== null && h.team !== code)) continue;
    if (h.half !== 'pm') am = true;
    if (h.half !== 'am') pm = true;
  }
  return (am ? 0.5 : 0) + (pm ? 0.5 : 0);
}

/** What a request costs in days (within this year), counted here and checked against practice61's ledger charge. */
export function costOf(l: LeaveRequest): number {
  const p = person(l.employee);
  let mine = 0;
  for (const day of daysBetween(l.from, l.to)) {
    if (!day.startsWith(String(YEAR)) || weekend(day) || day < TRACKING_START || day < p.hire || (p.end !== null && day > p.end)) continue;
    mine += l.half !== null ? 0.5 : 1 - holidayHalves(day, p.team);
  }
  return agree([mine, chargeOf(l)]);
}

/** The requests of a person in these states (starting on a day, when given): exactly one, or throws. */
export function requestOf(id: string, statuses: LeaveStatus[], from?: Day, code?: LeaveCode): LeaveRequest {
  const found = dataset().leave.filter(
    (l) => l.employee === id && statuses.includes(l.status) && (from === undefined || l.from === from) && (code === undefined || l.code === code),
  );
  if (found.length !== 1) throw new Error(`${id} has ${found.length} such requests`);
  return found[0]!;
}

/** The people of a group with requests in these states (of a kind; overlapping a period), sorted. */
export function requesters(statuses: LeaveStatus[], g: Group = {}, code?: LeaveCode, range?: Range): string[] {
  return [
    ...new Set(
      dataset()
        .leave.filter(
          (l) =>
            statuses.includes(l.status) &&
            (g.team === undefined || person(l.employee).team === g.team) &&
            (g.ids === undefined || g.ids.includes(l.employee)) &&
            (code === undefined || l.code === code) &&
            (!range || (l.from <= range[1] && range[0] <= l.to)),
        )
        .map((l) => l.employee),
    ),
  ].sort();
}
export const requestCount = (statuses: LeaveStatus[], g: Group = {}): number =>
  dataset().leave.filter((l) => statuses.includes(l.status) && (g.team === undefined || person(l.employee).team === g.team)).length;

/** Who of a group is off on approved leave in a period: by the requests and by the absence rule (practice61), agreeing. */
export function offIn(g: Group, range: Range, saysApproved = false): string[] {
  return agree([requesters(['approved'], g, undefined, range), offDuring(g, range, undefined, saysApproved)]);
}

/** A person's balance of a kind as the API gives it: allocated, taken, pending, available. */
export const ledger = (id: string, code: LeaveCode = 'ANNUAL') => ledgerOf(id, code);
export const grantOf = (id: string, code: LeaveCode = 'ANNUAL'): number => ledgerOf(id, code).granted;
/** Available after everything approved and pending, which must equal what practice61 calls available. */
export const availableNow = (id: string, code: LeaveCode = 'ANNUAL'): number => availableOf(id, code);

/* ---- The work calendar. ---- */

/** Working days of a period on a team's calendar (or the organisation's), counted here and checked against practice61's. */
export function workingDays(range: Range, code: string | null): number {
  const mine = daysBetween(range[0], range[1]).reduce((n, d) => n + (weekend(d) ? 0 : 1 - holidayHalves(d, code)), 0);
  return agree([mine, workDays(range, code)]);
}

/** The holidays of a period on a calendar: 'all' for every holiday, a team code for its calendar, null the organisation's. */
export const holidaysIn = ([from, to]: Range, code: string | null) =>
  dataset()
    .holidays.filter((h) => from <= h.date && h.date <= to && (code === 'all' || h.team === null || h.team === code))
    .sort((a, b) => a.date.localeCompare(b.date));
export const holidayDates = (range: Range, code: string | null): Day[] => holidaysIn(range, code).map((h) => h.date);

export function holidayNamed(name: string) {
  const h = dataset().holidays.find((x) => x.name === name);
  if (!h) throw new Error(`no holiday called ${name}`);
  return h;
}
/** The first holiday after today on a team's calendar. */
export function nextHoliday(code: string | null): Day {
  const h = holidaysIn([addDays(TODAY, 1), `${YEAR}-12-31`], code)[0];
  if (!h) throw new Error('no holiday ahead');
  return h.date;
}
/** Is the day a whole working day on a team's calendar (a weekday with no holiday half)? */
export const wholeWorkingDay = (day: Day, code: string | null): boolean => workingDays([day, day], code) === 1;
