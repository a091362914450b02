/*
 * practice72 — people, tenure and leave for the quarterly review, on the shared people-figures.ts, tenure-since.ts,
 * leave-figures.ts and absence.ts: hires and leavers in a period (a hire who has since left still joined then), a
 * headcount on a past day (those employed that day: hired by then, last day not gone by — the whole company only, as
 * the README says), active headcounts, tenure (whole years; the longest-serving, those past a line of years), leave
 * taken by kind over a range (approved leave's halves off, holidays aside, ÷ 2) and who took it; names (a first name
 * two people share, a name or id nobody has, someone outside the caller's scope). Guards, each throwing rather than
 * guessing: a past day on which someone joined or left (counted or not, it reads two ways); two people hired the same
 * day at the top of a tenure ranking or at its cut; someone at exactly n whole years under "more than n years"; leave
 * over a range reaching today that today or the days ahead change; a list of people holding a leaver or the manager.
 * Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY, type LeaveCode } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { notFound, scopeOf, ask, type Caller, type Expected } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, type Scope } from './attendance-figures';
import { leaveDays } from './leave-figures';
import { select, tenureYears, type PeopleFilter } from './people-figures';
import { yearsBeforeToday } from './tenure-since';
import { closedPart, reachesToday, type Range } from './practice72-periods';

const hasLeft = (id: string) => !employedOn(person(id), TODAY);

/* ---- Hires, leavers, headcounts. ---- */

/** People hired within the range (leavers included: they joined then), optionally of one team or position. */
export function hiredIn(r: Range, filter: { team?: string; position?: Position } = {}): string[] {
  if (reachesToday(r) && dataset().people.some((p) => p.hire === TODAY)) throw new Error('someone joins today');
  return select({ ...filter, status: 'any' })
    .filter((p) => r[0] <= p.hire && p.hire <= r[1])
    .map((p) => p.id);
}

/** People whose last day fell within the range (a last day of today would read two ways). */
export function leftIn(r: Range, filter: { team?: string; position?: Position } = {}): string[] {
  const ids = select({ ...filter, status: 'any' })
    .filter((p) => p.end !== null && r[0] <= p.end && p.end <= r[1])
    .map((p) => p.id);
  if (ids.some((id) => person(id).end! >= TODAY)) throw new Error('a last day still to come');
  return ids;
}

/** Those employed on a past day, company-wide; nobody may have joined or left on that very day. */
export function headcountOn(d: Day): number {
  if (d >= TODAY) throw new Error(`${d} is not a past day`);
  const edge = dataset().people.filter((p) => p.hire === d || p.end === d);
  if (edge.length > 0) throw new Error(`${edge.map((p) => p.id).join(', ')} joined or left on ${d}`);
  return dataset().people.filter((p) => employedOn(p, d)).length;
}

/** Today's active headcount. */
export const headcount = (filter: PeopleFilter = {}): number => select(filter).length;

/* ---- Tenure. ---- */

/** Whole years of service today (an active person). */
export function yearsOf(id: string): number {
  if (hasLeft(id)) throw new Error(`${id} has left`);
  return tenureYears(person(id));
}

/** The n longest-serving active people (earliest hire first): no two hired the same day at the cut; not the manager. */
export function longestServing(n: number, filter: PeopleFilter = {}, asker?: string): string[] {
  const sorted = select(filter).sort((a, b) => a.hire.localeCompare(b.hire));
  if (sorted.length > n && sorted[n - 1]!.hire === sorted[n]!.hire) throw new Error('two hired the same day at the cut');
  const ids = sorted.slice(0, n).map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is among their own team's longest-serving`);
  return ids;
}

/** The newest active hire: one clear newest; not the manager. */
export function newestHire(filter: PeopleFilter = {}): string {
  const sorted = select(filter).sort((a, b) => b.hire.localeCompare(a.hire));
  if (sorted.length > 1 && sorted[0]!.hire === sorted[1]!.hire) throw new Error('two hired the same day');
  return sorted[0]!.id;
}

/** Active people with strictly more than n years on the calendar; nobody at exactly n whole years (read two ways). */
export function servedOver(n: number, filter: PeopleFilter = {}, asker?: string): string[] {
  const edge = select(filter).filter((p) => tenureYears(p) === n);
  if (edge.length > 0) throw new Error(`${edge.map((p) => p.id).join(', ')} have ${n} whole years`);
  const ids = select(filter)
    .filter((p) => p.hire < yearsBeforeToday(n))
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their own team's list`);
  return ids;
}

/** Active people who have passed the n-year mark (at least n whole years); not the manager. */
export function passedMark(n: number, filter: PeopleFilter = {}, asker?: string): string[] {
  const ids = select(filter)
    .filter((p) => tenureYears(p) >= n)
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their own team's list`);
  return ids;
}

/** Active people with less than a year of service (nobody hired exactly a year ago). */
export function underAYear(filter: PeopleFilter = {}): string[] {
  const line = yearsBeforeToday(1);
  if (select(filter).some((p) => p.hire === line)) throw new Error('someone hired exactly a year ago');
  return select(filter)
    .filter((p) => p.hire > line)
    .map((p) => p.id);
}

/* ---- Leave taken by kind. ---- */

/** Days of approved leave of one kind a scope took over the range; over a range reaching today, the same to yesterday. */
export function leaveTaken(scope: Scope, r: Range, code: LeaveCode, asker?: string): number {
  const sum = (sc: Scope, rr: Range | null) => (rr ? peopleIn(sc).reduce((s, p) => s + leaveDays(p.id, rr[0], rr[1], code), 0) : 0);
  const value = sum(scope, r);
  if ((reachesToday(r) || r[1] > TODAY) && sum(scope, closedPart(r)) !== value) throw new Error(`${code} leave over ${r.join('…')} changes with today`);
  if (asker !== undefined) {
    const others = peopleIn(scope).filter((p) => p.id !== asker);
    if (sum({ ids: others.map((p) => p.id) }, r) !== value) throw new Error(`${code} leave differs without ${asker}`);
  }
  return value;
}

/** Who took leave of a kind over the range (a half or more off on some day), guarded for today, leavers and the manager. */
export function tookLeave(scope: Scope, r: Range, code: LeaveCode, asker?: string): string[] {
  const list = (rr: Range | null) => (rr ? peopleIn(scope).filter((p) => leaveDays(p.id, rr[0], rr[1], code) > 0) : []).map((p) => p.id);
  const ids = list(r);
  if ((reachesToday(r) || r[1] > TODAY) && list(closedPart(r)).join() !== ids.join()) throw new Error('the list changes with today');
  if (ids.some(hasLeft)) throw new Error('a leaver took leave');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} took leave themselves`);
  return ids;
}

/* ---- Names. ---- */

/** Everyone of this first name in the caller's scope: two or more, so the assistant asks which. */
export function askFirst(first: string, who: Caller): Expected {
  const scope = scopeOf(who);
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase())
    .map((p) => p.id)
    .filter((id) => scope === null || scope.has(id));
  if (found.length < 2) throw new Error(`${first}: ${found.length} in the scope of ${who}`);
  return ask(...found);
}

/** The one person of a shared first name the caller can see (a manager seeing one of two). */
export function onlyOneSeen(first: string, who: Caller): string {
  const scope = scopeOf(who);
  const all = dataset().people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase());
  const seen = all.filter((p) => scope === null || scope.has(p.id));
  if (all.length < 2 || seen.length !== 1) throw new Error(`${first}: ${seen.length} of ${all.length} seen by ${who}`);
  return seen[0]!.id;
}

/** Someone outside the caller's scope: "not found", exactly as if absent. */
export function unseen(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  person(id);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}

/** A full name nobody has, sharing neither a first nor a last name with anyone. */
export function nobodyCalled(name: string): Expected {
  const words = name.toLowerCase().split(/\s+/);
  const near = dataset().people.filter((p) =>
    p.name
      .toLowerCase()
      .split(' ')
      .some((w) => words.includes(w)),
  );
  if (near.length > 0) throw new Error(`${name} shares a name with ${near.map((p) => p.id).join(', ')}`);
  return notFound();
}

/** An employee id nobody has. */
export function noSuchId(id: string): Expected {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}

/** The one person a misspelt full name is nearest to (by edit distance), clearly nearer than anyone else. */
export function misspelt(written: string, id: string): string {
  const distance = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
    for (let i = 1; i <= a.length; i += 1)
      for (let j = 1; j <= b.length; j += 1) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const ranked = dataset()
    .people.map((p) => ({ id: p.id, d: distance(p.name.toLowerCase(), written.toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  if (ranked[0]!.id !== id || ranked[0]!.d === 0 || ranked[1]!.d <= ranked[0]!.d + 1) throw new Error(`${written} is not clearly ${id}`);
  return id;
}
