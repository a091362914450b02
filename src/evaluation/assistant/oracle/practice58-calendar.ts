/*
 * practice58 — leave, the work calendar and the people side of month-end, beside oracle/practice58-figures.ts. Leave taken
 * is the halves taken off by approved leave and not by a holiday, on the employee's working days (API.md's `on_leave`);
 * "taken so far" is read with and without today and must agree; balances come from the shared leave oracle and, where
 * a question says "left" without "after my pending request", must read the same with and without pending days. Working
 * days are the days of the work week less the holidays on them, a half-day holiday as a half (README), computed here
 * and checked against the shared oracle's count. Hires, leavers, headcounts and tenure come from the data set's people.
 * Written code-blind from API.md, docs/API.md and the README; reads only the data set and the other oracles.
 */
import { TODAY, type Half, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, weekday, type Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import { answer, count, days, type Expected, type Figure } from '../expectation';
import { balance, daysOf } from './leave-figures';
import { workingDaysHalves } from './practice23-figures';
import { pendingCorrections } from './practice31-figures';
import { agree, nonZero, offOn, YEAR_SO_FAR, YESTERDAY, type Group, type Range } from './practice58-figures';

const isWeekday = (day: Day) => weekday(day) !== 0 && weekday(day) !== 6;
const employedOn = (p: Person, day: Day) => p.hire <= day && (p.end === null || day <= p.end);
const members = (g: Group): Person[] =>
  dataset().people.filter((p) => (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)));

/* ---- Leave. ---- */

/** Days of approved leave (of a kind when given) a person has over any range, past or ahead: halves not under a holiday ÷ 2. */
export function leaveDaysOver(id: string, [from, to]: Range, code?: LeaveCode): number {
  const p = person(id);
  let total = 0;
  for (const day of daysBetween(from, to)) {
    if (!isWeekday(day) || !employedOn(p, day)) continue;
    const off = offOn(p, day);
    for (const half of ['am', 'pm'] as Half[]) {
      const why = off[half];
      if (why !== null && why !== 'holiday' && (code === undefined || why === code)) total += 0.5;
    }
  }
  return total;
}

/** A group's leave over a range; a range reaching today read with and without today. */
export function leaveOf(g: Group, range: Range, code?: LeaveCode): number {
  const readings: Range[] = range[0] < TODAY && range[1] >= TODAY ? [range, [range[0], YESTERDAY]] : [range];
  return agree(readings.map((r) => members(g).reduce((s, p) => s + leaveDaysOver(p.id, r, code), 0)));
}
/** Leave taken this year so far (the days gone by), read with and without today. */
export const takenThisYear = (g: Group, code?: LeaveCode): number => leaveOf(g, YEAR_SO_FAR, code);

/** The people of a group with approved leave taking a half or more off on some day of the range (each range reading must agree). */
export function onLeave(g: Group, ...readings: Range[]): string[] {
  return agree(
    readings.map((r) =>
      members(g)
        .filter((p) => leaveDaysOver(p.id, r) > 0)
        .map((p) => p.id)
        .sort(),
    ),
  );
}

/** The last day of the approved leave a person is on today. */
export function leaveEndsOn(id: string): Day {
  const l = dataset().leave.find((x) => x.employee === id && x.status === 'approved' && x.from <= TODAY && TODAY <= x.to);
  if (!l) throw new Error(`${id} is not on leave today`);
  return l.to;
}

/** Requests of these states in a group (of a kind, overlapping a range, when given). */
export const requestsOf = (statuses: LeaveStatus[], g: Group = {}, code?: LeaveCode, range?: Range) => {
  const ids = new Set(members(g).map((p) => p.id));
  return dataset().leave.filter(
    (l) =>
      statuses.includes(l.status) && ids.has(l.employee) && (code === undefined || l.code === code) && (!range || (l.from <= range[1] && range[0] <= l.to)),
  );
};
export const requestersOf = (statuses: LeaveStatus[], g: Group = {}, code?: LeaveCode, range?: Range): string[] =>
  [...new Set(requestsOf(statuses, g, code, range).map((l) => l.employee))].sort();
/** The days a person's pending requests (of a kind) reserve. */
export const pendingDays = (id: string, code: LeaveCode = 'ANNUAL'): number =>
  nonZero(requestsOf(['pending'], { ids: [id] }, code).reduce((s, l) => s + daysOf(l), 0));

/** A balance "left": the same with and without the pending requests (else "left" is in doubt). */
export const leftOf = (id: string, code: LeaveCode = 'ANNUAL'): number => {
  const b = balance(id, code);
  return agree([b.available, b.allocated - b.taken]);
};
/** What stays available once the pending requests are counted (there must be some). */
export const afterPending = (id: string, code: LeaveCode = 'ANNUAL'): number => {
  const b = balance(id, code);
  nonZero(b.pending);
  return b.available;
};
export const grantOf = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code).allocated;
/** Balance taken (approved, ahead included) — asked only where nothing is booked ahead, so it is also the days gone by. */
export const usedOf = (id: string, code: LeaveCode): number => agree([balance(id, code).taken, takenThisYear({ ids: [id] }, code)]);

/* ---- The work calendar. ---- */

/** The holidays of a range: the organisation's only ('public'), or a team's calendar (the organisation's and the team's). */
export function holidaysIn([from, to]: Range, whose: string) {
  return dataset()
    .holidays.filter((h) => from <= h.date && h.date <= to && (h.team === null || (whose !== 'public' && h.team === whose)))
    .sort((a, b) => a.date.localeCompare(b.date));
}
export const holidayDates = (range: Range, whose: string): Day[] => holidaysIn(range, whose).map((h) => h.date);
/** The holiday of this name. */
export function holidayNamed(name: string) {
  const h = dataset().holidays.find((x) => x.name === name);
  if (!h) throw new Error(`no holiday called ${name}`);
  return h;
}

/** Working days of a range on a team's calendar (null: the organisation's), checked against the shared oracle. */
export function workingDays(range: Range, code: string | null): number {
  let n = 0;
  for (const day of daysBetween(range[0], range[1])) {
    if (!isWeekday(day)) continue;
    const off = new Set<Half>();
    for (const h of holidaysIn([day, day], code ?? 'public')) for (const x of h.half === null ? (['am', 'pm'] as Half[]) : [h.half]) off.add(x);
    n += 1 - off.size / 2;
  }
  return agree([n, workingDaysHalves(range, code)]);
}
/** Working days on which every team's calendar agrees (asked without a team). */
export const workingDaysEverywhere = (range: Range): number => agree([null, 'AI', 'DAT', 'DEV', 'QA', 'SEC'].map((code) => workingDays(range, code)));
/** The next holiday after today on a calendar. */
export function nextHoliday(whose: string) {
  const h = holidaysIn([addDays(TODAY, 1), '9999-12-31'], whose)[0];
  if (!h) throw new Error('no holiday ahead');
  return h;
}

/* ---- People. ---- */

const active = (p: Person) => p.end === null || p.end >= TODAY;
export const headcount = (g: Group = {}): number => nonZero(members(g).filter(active).length);
/** Those employed on a day (hired by then, last day not gone by). */
export const employedCountOn = (day: Day): number => nonZero(dataset().people.filter((p) => employedOn(p, day)).length);
export const hiredIn = ([from, to]: Range, g: Group = {}): string[] =>
  members(g)
    .filter((p) => from <= p.hire && p.hire <= to)
    .map((p) => p.id)
    .sort();
export const leftIn = ([from, to]: Range, g: Group = {}): string[] =>
  members(g)
    .filter((p) => p.end !== null && from <= p.end && p.end <= to)
    .map((p) => p.id)
    .sort();
/** Whole years from hire to today, checked not to be within a month of an anniversary either way. */
export function yearsOf(id: string): number {
  const p = person(id);
  const before = TODAY.slice(5) < p.hire.slice(5) ? 1 : 0;
  const years = Number(TODAY.slice(0, 4)) - Number(p.hire.slice(0, 4)) - before;
  const last = `${Number(p.hire.slice(0, 4)) + years}${p.hire.slice(4)}`;
  const next = `${Number(p.hire.slice(0, 4)) + years + 1}${p.hire.slice(4)}`;
  if (addDays(last, 31) >= TODAY || next <= addDays(TODAY, 31)) throw new Error(`${id} is within a month of an anniversary`);
  return years;
}
export const startOf = (id: string): Day => person(id).hire;
export function lastDayOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}
/** The active person of a group hired first or last (throws on a tie). */
export function byHire(g: Group, which: 'first' | 'last'): string[] {
  const sorted = members(g)
    .filter(active)
    .sort((a, b) => a.hire.localeCompare(b.hire));
  if (which === 'last') sorted.reverse();
  if (sorted.length > 1 && sorted[0]!.hire === sorted[1]!.hire) throw new Error('a tie on the hire date');
  return [sorted[0]!.id];
}
/** Active people (of a group) hired less than a year before today. */
export const underAYear = (g: Group = {}): string[] => {
  const line = `${Number(TODAY.slice(0, 4)) - 1}${TODAY.slice(4)}`;
  return members(g)
    .filter((p) => active(p) && p.hire > line)
    .map((p) => p.id)
    .sort();
};

/* ---- Corrections: the data set files none, so each question about pending ones is answered no. ---- */

export function noCorrections(): Expected {
  if (pendingCorrections() !== 0) throw new Error('the data set holds pending corrections');
  return answer({ mentions: ['correction'] });
}

/* ---- Labels. ---- */

const near = (f: Figure, label: string): Figure => ({ ...f, label });
export const leftD = (n: number): Figure => near(days(n), 'left|remain|available|balance|leave|day|free');
export const grantD = (n: number): Figure => near(days(n), 'grant|allocat|allowance|entitle|leave|day');
export const pendingD = (n: number): Figure => near(days(n), 'pending|request|wait|approval|reserved|await|day');
export const workingD = (n: number): Figure => near(days(n), 'working|work|day');
export const requestN = (n: number): Figure => near(count(nonZero(n)), 'request|pending|approved|waiting|leave');
export const holidayN = (n: number): Figure => near(count(nonZero(n)), 'holiday|day');
export const headN = (n: number): Figure => near(count(nonZero(n)), 'people|employee|headcount|staff|person|member|hire|join|starter|leaver|left');
