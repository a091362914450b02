/*
 * practice38 — what the line manager's week needs beyond the shared oracles: the week's named days and ranges,
 * per-person lists over a team (rates, scores, balances, hours), the pending queue and what a manager may decide
 * in it, strict and inclusive thresholds, "who did not" over people employed throughout a range, working days
 * by a team's calendar, check-in times, and the shapes of a yes-or-no answer and of a scope refusal. Reads only
 * the data set and the shared oracle modules; nothing here is an answer written by hand.
 */
import { TODAY, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, isWeekend, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { answer, days, hours, rate, refusal, score, type Expected, type Figure } from '../expectation';
import { employedOn, holidaysOn } from './absence';
import { measureOf, peopleIn, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { balance, daysOf, leaveDays, requests } from './leave-figures';
import { scoreOf, scoresIn } from './score-figures';

export type Range = readonly [Day, Day];

export const YESTERDAY: Day = addDays(TODAY, -1);
export const TOMORROW: Day = addDays(TODAY, 1);
/** "Monday" alone, for what is recorded: the last one (this week's). */
export const MONDAY: Day = '2025-11-17';
/** "Friday" alone: the last one for what is recorded, the coming one for leave. */
export const LAST_FRIDAY: Day = '2025-11-14';
export const COMING_FRIDAY: Day = '2025-11-21';
export const WEEK_BEFORE_LAST: [Day, Day] = ['2025-11-03', '2025-11-09'];
export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4_SO_FAR: [Day, Day] = ['2025-10-01', TODAY];
export const SINCE_SEP_1: [Day, Day] = ['2025-09-01', TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];

/** A count (or days, hours) that must stand next to one of these words. */
export const near = (f: Figure, label: string): Figure => ({ ...f, label });

/** "Yes." or "No." first, then the figures (and people, dates, words) behind it. */
export function yesNo(yes: boolean, list: Figure[] = [], extra: { people?: string[]; dates?: string[]; mentions?: string[] } = {}): Expected {
  return answer({ ...(list.length > 0 && { figures: list }), ...extra, mentions: [yes ? 'yes' : 'no', ...(extra.mentions ?? [])] });
}

/** A team the caller may not see, named back as outside what they can see. */
export const outsideTeam = (team: string): Expected => refusal(team, TEAMS[team]!, 'outside', 'not in your scope');

/** The whole company, asked by a manager or an employee: named back as outside. */
export const outsideCompany = (): Expected => refusal('company', 'organisation', 'organization', 'everyone', 'all teams', 'whole', 'outside');

/** Team by team, asked by a manager: the other teams are outside what they can see. */
export const otherTeams = (mine: string): Expected =>
  refusal(
    ...Object.keys(TEAMS)
      .filter((t) => t !== mine)
      .flatMap((t) => [t, TEAMS[t]!]),
    'outside',
    'other teams',
    'each team',
    'team by team',
  );

/** A rate that must exist. */
export function rateOf(scope: Scope, [from, to]: Range): number {
  const value = totals(scope, from, to).rate;
  if (value === null) throw new Error(`no rate for ${JSON.stringify(scope)} over ${from}…${to}`);
  return value;
}

/** A scope's total of a measure over a range. */
export const totalOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** One person's figure of a measure over a range. */
export const personOf = (id: string, measure: Measure, [from, to]: Range): number => measureOf(id, measure, from, to);

/** The people of the scope with any of the measure over the range. */
export const peopleWith = (scope: Scope, measure: Measure, [from, to]: Range): string[] =>
  peopleIn(scope)
    .filter((p) => measureOf(p.id, measure, from, to) > 0)
    .map((p) => p.id);

/** Each person's rate over the range as figures (people with nothing expected left out). */
export const ratesEach = (scope: Scope, [from, to]: Range): Figure[] =>
  peopleIn(scope)
    .map((p) => totals({ ids: [p.id] }, from, to).rate)
    .filter((r): r is number => r !== null)
    .map(rate);

/** Each scored person's final score in the period as figures. */
export const scoresEach = (period: string, scope: Scope): Figure[] => scoresIn([period], scope).map((s) => score(s.score));

/** Each person's hours over the range as figures. */
export const hoursEach = (scope: Scope, [from, to]: Range): Figure[] => peopleIn(scope).map((p) => hours(measureOf(p.id, 'hours', from, to)));

/** Each active person's leave of a kind still available this year as figures. */
export const balancesEach = (scope: Scope, code: LeaveCode): Figure[] =>
  peopleIn(scope)
    .filter((p) => employedOn(p, TODAY))
    .map((p) => days(balance(p.id, code).available));

/** The people of the scope whose measure over the range is strictly above the line (or at least the line). */
export function over(scope: Scope, measure: Measure, [from, to]: Range, line: number, inclusive = false): string[] {
  return peopleIn(scope)
    .filter((p) => {
      const v = measureOf(p.id, measure, from, to);
      return inclusive ? v >= line : v > line;
    })
    .map((p) => p.id);
}

/** The people of the scope whose measure over the range is strictly below the line. */
export const under = (scope: Scope, measure: Measure, [from, to]: Range, line: number): string[] =>
  peopleIn(scope)
    .filter((p) => measureOf(p.id, measure, from, to) < line)
    .map((p) => p.id);

/** The people of the scope whose rate over the range passes (people with nothing expected left out). */
export const rateWhere = (scope: Scope, [from, to]: Range, passes: (r: number) => boolean): string[] =>
  peopleIn(scope)
    .filter((p) => {
      const r = totals({ ids: [p.id] }, from, to).rate;
      return r !== null && passes(r);
    })
    .map((p) => p.id);

/** "Who did not": the people of the scope employed throughout the range with none of the measure. */
export const noneOf = (scope: Scope, measure: Measure, [from, to]: Range): string[] =>
  peopleIn(scope)
    .filter((p) => p.hire <= from && (p.end === null || p.end >= to) && measureOf(p.id, measure, from, to) === 0)
    .map((p) => p.id);

/** The people whose requests of a status (in the scope) exist, once each. */
export const requesters = (status: LeaveStatus, scope: Scope = {}): string[] => [...new Set(requests(status, scope).map((l) => l.employee))];

/**
 * The pending requests a manager may decide (API.md: the manager of the employee's team, when the employee's login
 * role is `employee`, never their own): the requesters.
 */
export function decidableBy(managerId: string): string[] {
  const me = person(managerId);
  return requesters('pending', { team: me.team }).filter((id) => id !== managerId && person(id).login === 'employee');
}

/** One person's pending request (exactly one), its dates and days. */
export function pendingOf(id: string): { from: Day; to: Day; days: number } {
  const found = requests('pending', { ids: [id] });
  if (found.length !== 1) throw new Error(`${id} has ${found.length} pending requests`);
  const l = found[0]!;
  return { from: l.from, to: l.to, days: daysOf(l) };
}

const holidayHalves = (team: string, day: Day): number => {
  const halves = new Set<string>();
  for (const h of holidaysOn(day, team)) for (const half of h.half === null ? ['am', 'pm'] : [h.half]) halves.add(half);
  return halves.size;
};

/** One person's approved request under way or ahead (exactly one): its first and last day. */
export function approvedAhead(id: string): { from: Day; to: Day } {
  const found = requests('approved', { ids: [id] }).filter((l) => l.to >= TODAY);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} approved requests under way or ahead`);
  return { from: found[0]!.from, to: found[0]!.to };
}

/** The attendance corrections filed in the data set: load.ts files none, so every queue of them is empty. */
export const pendingCorrections = (): string[] => [];

/** Leave of a kind (or any) taken this year up to today. */
export const takenThisYear = (id: string, code?: LeaveCode): number => leaveDays(id, ...YEAR_SO_FAR, code);

/** The days of the range on which one person has some of the measure. */
export const daysWith = (id: string, measure: Measure, [from, to]: Range): Day[] => daysBetween(from, to).filter((d) => measureOf(id, measure, d, d) > 0);

/** A check-in time as an answer may write it, without the seconds and the leading zero ("9:48" is in "09:48:00"). */
export function checkIn(id: string, day: Day): string {
  const r = recordOf(id, day);
  if (!r?.checkIn) throw new Error(`${id} has no check-in on ${day}`);
  return r.checkIn.slice(0, 5).replace(/^0/, '');
}

/** Working days in a range by a team's calendar: days of the work week less their holiday halves. */
export const workingDays = ([from, to]: Range, team: string): number =>
  daysBetween(from, to)
    .filter((d) => !isWeekend(d))
    .reduce((sum, d) => sum + 1 - holidayHalves(team, d) / 2, 0);

/** The next holiday of a team's calendar after today, and its name. */
export function nextHolidayOf(team: string): { date: Day; name: string } {
  const found = dataset()
    .holidays.filter((h) => h.date > TODAY && (h.team === null || h.team === team))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error(`no holiday ahead for ${team}`);
  return { date: found.date, name: found.name };
}

/** A person's score (must exist). */
export function scoreKnown(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}

/** The change of a team's (or person's) figure between two values, in points, to two places. */
export const move = (before: number, after: number): number => Math.round((after - before) * 100) / 100;

/** A rate change in percentage points (figures compared as a score: the sign may be in words). */
export const points = (before: number, after: number): Figure => ({ value: Math.round((after - before) * 10000) / 100, as: 'score' });

/** The people of a scope with the most of a measure (ties kept), throwing when nobody has any. */
export function mostOf(scope: Scope, measure: Measure, [from, to]: Range): string[] {
  const values = peopleIn(scope).map((p) => ({ id: p.id, v: measureOf(p.id, measure, from, to) }));
  const top = Math.max(...values.map((x) => x.v));
  if (top <= 0) throw new Error('nobody has any');
  return values.filter((x) => x.v === top).map((x) => x.id);
}

/** Two figures that must differ, so that "better or worse" is decided. */
export function differs(a: number, b: number): boolean {
  if (a === b) throw new Error('equal: better or worse is in doubt');
  return a > b;
}

/** A list the question expects to hold someone. */
export function filled(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** A list the question expects to be empty (the answer must say nobody). */
export function empty(list: string[]): string[] {
  if (list.length !== 0) throw new Error(`an expected empty list holds ${list.join(', ')}`);
  return list;
}
