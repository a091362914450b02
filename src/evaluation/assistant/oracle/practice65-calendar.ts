/*
 * practice65 — leave, holidays, working days, scores and hires over the periods of oracle/practice65-periods.ts, each
 * worked out here from API.md's rules and the data set and checked against the earlier oracles. Leave taken is the
 * halves approved leave takes off and a holiday does not (API.md's `on_leave`), from this folder's day objects, and
 * must match oracle/practice61-leave.ts and the shared leave oracle; who is off is read by those halves and by the
 * approved requests overlapping the period, which must agree, and — unless the question says approved — no pending
 * request may fall in the period. A request's cost is the expected fraction without leave over its days (a half day
 * 0.5). Holidays are the organisation's and, on a team's calendar, the team's; working days the days of the work week
 * less the holidays on them, a half-day holiday as a half (README), matched against the earlier counts. Scores: the
 * final score is the mean of the three inputs rounded half-up to two decimals, a team's mean likewise, matched against
 * oracle/score-figures.ts. Written code-blind from API.md, docs/API.md and the README.
 */
import { type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import { costWithoutLeave } from './absence';
import { daysOf, leaveDays } from './leave-figures';
import { agree } from './practice58-figures';
import { chargeOf, holidaysOver, leaveDatesOf, leaveDaysIn, workDays } from './practice61-leave';
import { dayFor, membersOf, type Group } from './practice65-figures';
import { eachDay, isWorkWeekDay, type Period, type Range } from './practice65-periods';
import { rank, scoreOf, stats } from './score-figures';

/* ---- Leave taken and who is off. ---- */

/** Days of approved leave (of a kind) a group has over a period, every reading agreeing, checked person by person. */
export function leaveOf(g: Group, period: Period, code?: LeaveCode): number {
  return agree(
    period.readings.map((r) =>
      membersOf(g).reduce((sum, p) => {
        const mine = eachDay(r).reduce((s, d) => {
          const x = dayFor(p, d);
          return s + (code === undefined ? x.leave.ANNUAL + x.leave.SICK + x.leave.UNPAID : x.leave[code]);
        }, 0);
        agree([mine, leaveDaysIn(p.id, r, code), leaveDays(p.id, r[0], r[1], code)]);
        return sum + mine;
      }, 0),
    ),
  );
}

/** The days of a range on which a person's approved leave (of a kind) takes a half or more off, checked against practice61. */
export function leaveDates(id: string, range: Range, code?: LeaveCode): Day[] {
  const p = person(id);
  const mine = eachDay(range).filter((d) => {
    const x = dayFor(p, d);
    return (code === undefined ? x.leave.ANNUAL + x.leave.SICK + x.leave.UNPAID : x.leave[code]) > 0;
  });
  return agree([mine, leaveDatesOf(id, range, code)]);
}

/** Requests of these states (of a group, overlapping a range, of a kind), in the order filed. */
export function requestsIn(statuses: LeaveStatus[], g: Group = {}, range?: Range, code?: LeaveCode): LeaveRequest[] {
  const ids = new Set(membersOf(g).map((p) => p.id));
  return dataset().leave.filter(
    (l) =>
      statuses.includes(l.status) && ids.has(l.employee) && (code === undefined || l.code === code) && (!range || (l.from <= range[1] && range[0] <= l.to)),
  );
}

/**
 * The people of a group off on approved leave (of a kind) on some day of a period: by the halves of the day objects
 * and by the approved requests overlapping it, on every reading, and without the asker when given; unless the question
 * says "approved", no pending request may fall in the period.
 */
export function offIn(g: Group, period: Period, opts: { code?: LeaveCode; saysApproved?: boolean; asker?: string } = {}): string[] {
  const lists = period.readings.flatMap((r) => {
    const byHalves = membersOf(g)
      .filter((p) =>
        eachDay(r).some((d) => {
          const x = dayFor(p, d);
          return opts.code === undefined ? x.leave.ANNUAL + x.leave.SICK + x.leave.UNPAID > 0 : x.leave[opts.code] > 0;
        }),
      )
      .map((p) => p.id)
      .sort();
    const byRequests = [...new Set(requestsIn(['approved'], g, r, opts.code).map((l) => l.employee))].sort();
    if (!opts.saysApproved && requestsIn(['pending'], g, r, opts.code).length > 0) throw new Error('a pending request falls in the period');
    const found = agree([byHalves, byRequests]);
    return opts.asker === undefined ? [found] : [found, found.filter((id) => id !== opts.asker)];
  });
  return agree(lists);
}

/** What a request costs (a half day 0.5; else each day's expected fraction without leave), three ways. */
export function costOf(l: LeaveRequest): number {
  const p = person(l.employee);
  const mine =
    l.half !== null
      ? 0.5
      : eachDay([l.from, l.to]).reduce((s, d) => {
          if (!isWorkWeekDay(d)) return s;
          const x = dayFor(p, d);
          return s + x.e + x.leave.ANNUAL + x.leave.SICK + x.leave.UNPAID;
        }, 0);
  const shared = l.half !== null ? 0.5 : eachDay([l.from, l.to]).reduce((s, d) => s + costWithoutLeave(p, d), 0);
  return agree([mine, shared, daysOf(l), l.status === 'approved' || l.status === 'pending' ? chargeOf(l) : mine]);
}
/** The one request of a person (in these states, overlapping a range): throws unless there is exactly one. */
export function theRequestOf(id: string, statuses: LeaveStatus[], range?: Range): LeaveRequest {
  const found = requestsIn(statuses, { ids: [id] }, range);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} such requests`);
  return found[0]!;
}

/* ---- Holidays and working days. ---- */

/** 'public' (the organisation's holidays), 'all' (every holiday) or a team's code (its calendar). */
export type Calendar = string;
/** The holidays of a range on a calendar: the organisation's ('public'), every one ('all'), or a team's. */
export function holidaysIn([from, to]: Range, whose: Calendar) {
  const mine = dataset()
    .holidays.filter((h) => from <= h.date && h.date <= to && (h.team === null || whose === 'all' || h.team === whose))
    .sort((a, b) => a.date.localeCompare(b.date));
  const theirs = holidaysOver([from, to], whose === 'public' ? 'no team' : whose);
  agree([mine.map((h) => h.date), theirs.map((h) => h.date)]);
  return mine;
}
export const holidayDates = (range: Range, whose: Calendar): Day[] => holidaysIn(range, whose).map((h) => h.date);
export function holidayAt(day: Day, whose: Calendar) {
  const found = holidaysIn([day, day], whose);
  if (found.length !== 1) throw new Error(`${found.length} holidays on ${day}`);
  return found[0]!;
}

/** Working days of a range on a team's calendar (null: the organisation's), day by day, checked against the earlier count. */
export function workingIn(range: Range, whose: string | null): number {
  let n = 0;
  for (const d of eachDay(range)) {
    if (!isWorkWeekDay(d)) continue;
    const halves = new Set<string>();
    for (const h of holidaysIn([d, d], whose ?? 'public')) for (const x of h.half ? [h.half] : ['am', 'pm']) halves.add(x);
    n += 1 - halves.size / 2;
  }
  return agree([n, workDays(range, whose)]);
}
/** Working days asked with no team: every calendar must give the same. */
export const workingEverywhere = (range: Range): number => agree([null, 'AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => workingIn(range, t)));

/* ---- Scores by quarter. ---- */

const halfUp2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;
/** A person's final score for a period, checked against the shared oracle. */
export function scoreIn(id: string, period: string): number {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  if (!s) throw new Error(`${id} has no score for ${period}`);
  const mine = halfUp2((s.kpi + s.completedTask + s.feedback360) / 3);
  agree([mine, scoreOf(id, period)]);
  return mine;
}
/** A group's mean final score for a period, checked against the shared oracle. */
export function meanIn(period: string, g: Group = {}): number {
  const values = membersOf(g)
    .filter((p) => dataset().scores.some((s) => s.employee === p.id && s.period === period))
    .map((p) => scoreIn(p.id, period));
  if (values.length === 0) throw new Error(`nobody scored in ${period}`);
  const mean = halfUp2(values.reduce((a, b) => a + b, 0) / values.length);
  return agree([mean, stats([period], g.team ? { team: g.team } : g.ids ? { ids: g.ids } : {}).mean]);
}
/** The top (or bottom) n of a group in a period, ties by name; throws when the n-th place is tied with the next. */
export function ranked(period: string, n: number, direction: 'top' | 'bottom', g: Group = {}): string[] {
  const list = membersOf(g)
    .filter((p) => dataset().scores.some((s) => s.employee === p.id && s.period === period))
    .map((p) => ({ id: p.id, name: p.name, v: scoreIn(p.id, period) }))
    .sort((a, b) => (direction === 'top' ? b.v - a.v : a.v - b.v) || a.name.localeCompare(b.name));
  if (list.length > n && list[n - 1]!.v === list[n]!.v) throw new Error(`a tie at place ${n}`);
  const mine = list.slice(0, n).map((x) => x.id);
  return agree([mine, rank(period, n, direction, g.team ? { team: g.team } : g.ids ? { ids: g.ids } : {})]);
}

/* ---- Hires and leavers in a range. ---- */

export const joinedIn = ([from, to]: Range, g: Group = {}): string[] =>
  membersOf(g)
    .filter((p) => from <= p.hire && p.hire <= to)
    .map((p) => p.id)
    .sort();
export const leftIn = ([from, to]: Range, g: Group = {}): string[] =>
  membersOf(g)
    .filter((p) => p.end !== null && from <= p.end && p.end <= to)
    .map((p) => p.id)
    .sort();
