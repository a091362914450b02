/*
 * practice51 — the people of a breakdown one by one (each person's rate, hours, count or leave balance) and the lists
 * several asks name (each person once; a manager's "who on my team" the same with and without the manager; a list
 * expected filled checked to be so). Written code-blind from API.md and the README; reads only the data set
 * (dataset/*) and the other oracle modules.
 */
import { TODAY, type LeaveCode } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { hours, rate, type Figure } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { balance } from './leave-figures';
import { sameWithoutAsker } from './practice34-figures';
import { leaveN, me, measureFig, personSum, team, type Range } from './practice51-figures';

/* ---- People, one by one. ---- */

/** Each person of the scope with something expected over the range, and their rate. */
export function ratesOfEach(scope: Scope, range: Range): { people: string[]; figures: Figure[] } {
  const found = peopleIn(scope)
    .map((p) => ({ id: p.id, r: totals(me(p.id), range[0], range[1]).rate }))
    .filter((x): x is { id: string; r: number } => x.r !== null);
  return { people: found.map((x) => x.id), figures: found.map((x) => rate(x.r)) };
}

/**
 * Each person of the scope employed on some day of the range, and their hours. Someone with no hours (away all week)
 * may or may not be listed: such a range is not asked (throws).
 */
export function hoursOfEach(scope: Scope, range: Range): { people: string[]; figures: Figure[] } {
  const found = peopleIn(scope).filter((p) => p.hire <= range[1] && (p.end === null || p.end >= range[0]));
  const each = found.map((p) => ({ id: p.id, h: personSum(p.id, 'hours', range) }));
  if (each.some((x) => x.h === 0)) throw new Error('someone has no hours over the range');
  return { people: each.map((x) => x.id), figures: each.map((x) => hours(x.h)) };
}

/** The people of the scope with any of the measure over the range, and each one's count when it is 3 or more. */
export function countsOfEach(scope: Scope, measure: Measure, range: Range): { people: string[]; figures: Figure[] } {
  const found = peopleIn(scope)
    .map((p) => ({ id: p.id, n: personSum(p.id, measure, range) }))
    .filter((x) => x.n > 0);
  if (found.length === 0) throw new Error('nobody had any');
  return { people: found.map((x) => x.id), figures: found.filter((x) => x.n >= 3).map((x) => measureFig(measure, x.n, nameWords(x.id))) };
}

/** Each active person of the scope and what they have available of a kind of leave. */
export function availableOfEach(scope: Scope, code: LeaveCode = 'ANNUAL'): { people: string[]; figures: Figure[] } {
  const found = peopleIn(scope).filter((p) => employedOn(p, TODAY));
  return { people: found.map((p) => p.id), figures: found.map((p) => leaveN(balance(p.id, code).available)) };
}

/** What the active people of a team have available of a kind of leave, added up. */
export const availableOfTeam = (code: string, kind: LeaveCode = 'ANNUAL'): number =>
  peopleIn(team(code))
    .filter((p) => employedOn(p, TODAY))
    .reduce((sum, p) => sum + balance(p.id, kind).available, 0);

/** A person's first and last name, lower-cased, as label words. */
export const nameWords = (id: string): string =>
  person(id)
    .name.toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .join('|');

/* ---- Lists. ---- */

/** Each person once, in the order first named. */
export const union = (...lists: string[][]): string[] => [...new Set(lists.flat())];

export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}

/** The people of a scope with any of the measure over the range (a range reaching today read both ways). */
export const who = (scope: Scope, measure: Measure, range: Range): string[] =>
  peopleIn(scope)
    .filter((p) => personSum(p.id, measure, range) > 0)
    .map((p) => p.id);

/** A manager's "who on my team …": the same with or without the manager. */
export const teamWho = (manager: string, measure: Measure, range: Range): string[] =>
  sameWithoutAsker(team(person(manager).team), manager, (s) => who(s, measure, range));

/** A count that must be 3 or more (an answer may write 1 and 2 as "once" and "twice"). */
export function threeOrMore(n: number): number {
  if (n < 3) throw new Error(`a count of ${n} may be written in words the grader does not read`);
  return n;
}

/** A count of people on one measure, for the measure that has them. */
export const howMany = (scope: Scope, measure: Measure, range: Range): number => who(scope, measure, range).length;
