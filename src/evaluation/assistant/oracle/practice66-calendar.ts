/*
 * practice66 — one person's leave, holidays, working days, scores, tenure and profile, from API.md's "Leave", "Work
 * calendar" and "Performance scores" and the README's assistant section. A balance is worked out here from the
 * ledger's rules (a grant of the allowance × the calendar months of the year wholly inside the employment ÷ 12,
 * rounded down to a half day; `taken` the approved requests' cost in the year, a whole day with an attendance record
 * given back; `pending` the pending requests' cost; available = allocated − taken − pending; a request costs the
 * expected fraction without leave over its days — weekly off and holidays nothing, a half holiday half — and a half
 * day 0.5) and checked against the shared oracle (oracle/leave-figures.ts). Holidays a person gets are the
 * organisation's and their team's; working days are the days of the work week less the holidays on them, a half-day
 * holiday as a half (README). Final scores are the mean of the three inputs rounded half-up to two decimals, checked
 * against the shared oracle; tenure is whole years from the hire date to today. Also the scope checks: someone
 * outside the caller's scope, nobody at all, and the refusals naming a team or the company. Written code-blind;
 * reads only the data set and the shared oracles.
 */
import { HOLIDAYS, LEAVE, LEAVE_TYPES, TODAY, type Holiday, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, monthRange, weekday, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { notFound, refusal, scopeOf, type Caller, type Expected } from '../expectation';
import { balance } from './leave-figures';
import { tenureYears } from './people-figures';
import { kpiOf, scoreOf } from './score-figures';
import { recordOf, type Range } from './practice66-self';

const YEAR = Number(TODAY.slice(0, 4));
const isWorkWeekDay = (d: Day) => weekday(d) !== 0 && weekday(d) !== 6;

/* ---- Holidays and working days. ---- */

/** The holidays a person of this team gets (the organisation's and the team's), in date order; team null: the organisation's only. */
export function holidaysFor(team: string | null, [from, to]: Range): Holiday[] {
  return HOLIDAYS.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === team)).sort((a, b) => a.date.localeCompare(b.date));
}
/** The first holiday of the organisation strictly after today. */
export function nextPublicHoliday(): Holiday {
  const next = holidaysFor(null, [addOne(TODAY), `${YEAR + 1}-12-31`])[0];
  if (!next) throw new Error('no public holiday ahead');
  return next;
}
function addOne(day: Day): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
export const TOMORROW: Day = addOne(TODAY);
export function holidayNamed(name: string): Holiday {
  const found = HOLIDAYS.filter((h) => h.name === name);
  if (found.length !== 1) throw new Error(`${found.length} holidays named ${name}`);
  return found[0]!;
}
/** The halves a holiday of the team or the organisation takes off this day, ÷ 2. */
function holidayOff(team: string, day: Day): number {
  const halves = new Set<string>();
  for (const h of HOLIDAYS) if (h.date === day && (h.team === null || h.team === team)) for (const x of h.half ? [h.half] : ['am', 'pm']) halves.add(x);
  return halves.size / 2;
}
/** Working days of a person's calendar over the range: days of the work week less their holidays, a half as a half. */
export function workingDays(id: string, [from, to]: Range): number {
  const p = person(id);
  if (p.hire > from || (p.end !== null && p.end < to)) throw new Error(`${id} is not employed over the whole range`);
  return daysBetween(from, to)
    .filter(isWorkWeekDay)
    .reduce((s, d) => s + 1 - holidayOff(p.team, d), 0);
}

/* ---- Leave. ---- */

/** What a request costs in the year: a half day 0.5; else the expected fraction without leave over its days. */
export function costOf(l: LeaveRequest, year = YEAR): number {
  const p = person(l.employee);
  if (l.half !== null) return l.from.startsWith(String(year)) ? 0.5 : 0;
  return daysBetween(l.from, l.to)
    .filter((d) => d.startsWith(String(year)) && isWorkWeekDay(d))
    .reduce((s, d) => s + 1 - holidayOff(p.team, d), 0);
}
/** A whole day of approved leave with an attendance record is given back (API.md). */
const givenBack = (l: LeaveRequest, year: number) =>
  l.half !== null || l.status !== 'approved'
    ? 0
    : daysBetween(l.from, l.to).filter((d) => d.startsWith(String(year)) && recordOf(l.employee, d) !== undefined).length;

export interface MyBalance {
  allocated: number;
  taken: number;
  pending: number;
  available: number;
}

export function balanceOf(id: string, code: LeaveCode, year = YEAR): MyBalance {
  const p = person(id);
  let months = 0;
  for (let m = 1; m <= 12; m += 1) {
    const { from: first, to: last } = monthRange(year, m);
    if (p.hire <= first && (p.end === null || last <= p.end)) months += 1;
  }
  const allocated = Math.floor(((LEAVE_TYPES[code].allowance * months) / 12) * 2) / 2;
  const mine = LEAVE.filter((l) => l.employee === id && l.code === code);
  const sum = (status: LeaveStatus) => mine.filter((l) => l.status === status).reduce((s, l) => s + costOf(l, year) - givenBack(l, year), 0);
  const mineB: MyBalance = { allocated, taken: sum('approved'), pending: sum('pending'), available: 0 };
  mineB.available = allocated - mineB.taken - mineB.pending;
  const shared = balance(id, code, year);
  for (const k of ['allocated', 'taken', 'pending', 'available'] as const)
    if (Math.abs(shared[k] - mineB[k]) > 1e-9) throw new Error(`${k} ${code} of ${id}: ${mineB[k]} here, ${shared[k]} in the shared oracle`);
  return mineB;
}

/** The person's requests, by start date; optionally only some states. */
export function requestsOf(id: string, states?: LeaveStatus[]): LeaveRequest[] {
  return LEAVE.filter((l) => l.employee === id && (states === undefined || states.includes(l.status))).sort((a, b) => a.from.localeCompare(b.from));
}
/** The one request of this person that covers the day (any state), checked to be the only one. */
export function requestOn(id: string, day: Day): LeaveRequest {
  const found = LEAVE.filter((l) => l.employee === id && l.from <= day && day <= l.to);
  if (found.length !== 1) throw new Error(`${found.length} requests of ${id} on ${day}`);
  return found[0]!;
}
/** People in the team with approved leave taking some half off a working day of the range (and no pending request in it). */
export function onLeaveIn(team: string, [from, to]: Range): string[] {
  const inTeam = dataset().people.filter((p) => p.team === team);
  const pending = LEAVE.filter((l) => l.status === 'pending' && inTeam.some((p) => p.id === l.employee) && l.from <= to && from <= l.to);
  if (pending.length > 0) throw new Error(`pending requests in ${team} over the range: approved or not is unsaid`);
  return inTeam
    .filter((p) =>
      LEAVE.some(
        (l) =>
          l.employee === p.id &&
          l.status === 'approved' &&
          l.from <= to &&
          from <= l.to &&
          daysBetween(l.from > from ? l.from : from, l.to < to ? l.to : to).some((d) => isWorkWeekDay(d) && holidayOff(p.team, d) < 1),
      ),
    )
    .map((p) => p.id);
}
/** The pending requests of a team, as people. */
export const pendingIn = (team: string): string[] => [
  ...new Set(LEAVE.filter((l) => l.status === 'pending' && person(l.employee).team === team).map((l) => l.employee)),
];

/* ---- Scores, tenure, profile. ---- */

/** The final score: the mean of the three inputs, rounded half-up to two decimals. */
export function scoreIn(id: string, period: string): number {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  if (!s) throw new Error(`${id} has no score in ${period}`);
  const value = Math.round(((s.kpi + s.completedTask + s.feedback360) / 3 + 1e-9) * 100) / 100;
  if (scoreOf(id, period) !== value) throw new Error(`score of ${id} in ${period}: ${value} here, ${scoreOf(id, period)} in the shared oracle`);
  return value;
}
export const kpiIn = (id: string, period: string): number => {
  const k = kpiOf(id, period);
  if (k === null) throw new Error(`${id} has no KPI in ${period}`);
  return k;
};
/** The change from one quarter to another, two decimals. */
export const changeOf = (id: string, from: string, to: string): number => Math.round((scoreIn(id, to) - scoreIn(id, from)) * 100) / 100;

/** Whole years from the hire date to today. */
export function yearsHere(id: string): number {
  const p = person(id);
  let years = Number(TODAY.slice(0, 4)) - Number(p.hire.slice(0, 4));
  if (TODAY.slice(5) < p.hire.slice(5)) years -= 1;
  if (years !== tenureYears(p)) throw new Error(`tenure of ${id}: ${years} here, ${tenureYears(p)} in the shared oracle`);
  return years;
}

/* ---- Scope. ---- */

/** Someone outside the caller's scope: "not found", as if absent. */
export function hidden(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}
/** Someone in the caller's scope (checked before a question names them). */
export function visible(who: Caller, id: string): string {
  const scope = scopeOf(who);
  if (scope !== null && !scope.has(id)) throw new Error(`${id} is outside the scope of ${who}`);
  return id;
}
/** A name that shares no word with anybody's name in the data set. */
export function nobodyCalled(name: string): Expected {
  const words = name.toLowerCase().split(/\s+/);
  const near = dataset().people.filter((p) =>
    p.name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => words.includes(w)),
  );
  if (near.length > 0) throw new Error(`${name} shares a word with ${near.map((p) => p.id).join(', ')}`);
  return notFound();
}
export function noSuchId(id: string): Expected {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}
/** A team named back as outside what the caller can see (for an employee, their own team too). */
export function outsideTeam(who: Caller, code: string): Expected {
  const me = who === 'admin' ? null : person(who);
  if (me === null || (me.login === 'manager' && me.team === code)) throw new Error(`${code} is in the scope of ${who}`);
  return refusal(code, TEAMS[code]!, 'outside', 'your team', 'not in your scope', 'only your own');
}
/** The whole company asked by a manager or an employee. */
export function outsideCompany(who: Caller): Expected {
  if (who === 'admin') throw new Error('the admin sees the company');
  return refusal('company', 'organisation', 'organization', 'everyone', 'whole', 'all teams', 'outside', 'only your own');
}
/** A ranking of people asked by an employee: the others are outside what they can see. */
export function othersHidden(who: Caller, ...words: string[]): Expected {
  if (who === 'admin' || person(who).login !== 'employee') throw new Error(`${who} is not an employee`);
  return refusal(...words, 'outside', 'others', 'other people', 'everyone', 'only your own');
}
