/*
 * practice63 — the HR admin's people analytics: tenure. Whole years from the hire date to today on the calendar (an
 * anniversary not reached yet this year is not counted), checked against the shared oracle's tenureYears and against
 * days ÷ 365.2425; a leaver's service runs to their last day; the longest-serving and the newest of a group refuse a
 * tie at their cut; an average is given only when its exact and whole-year readings agree on the whole number, clear
 * of the next; "at least n years" and "under n years" read alike on the calendar and in whole years, and "more than n
 * years" is asked only where the two readings agree (else it throws). Written code-blind from API.md, docs/API.md and
 * the README; reads only the data set (dataset/*) and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import { years, type Figure } from '../expectation';
import { tenureYears } from './people-figures';
import { agreed } from './practice16-figures';
import { lastDay, members, type Group } from './practice63-figures';

/** Whole years from the hire date to today, on the calendar (an anniversary not yet reached this year is not counted). */
export function wholeYears(id: string): number {
  const p = person(id);
  const [hy, hm, hd] = p.hire.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = TODAY.split('-').map(Number) as [number, number, number];
  const own = ty - hy - (tm < hm || (tm === hm && td < hd) ? 1 : 0);
  return agreed([own, tenureYears(p)]);
}

/** Service in years as a fraction (days ÷ 365.2425), to today or to the last day of a leaver. */
export function exactYears(id: string): number {
  const p = person(id);
  const until = p.end !== null && p.end < TODAY ? p.end : TODAY;
  return (Date.parse(`${until}T00:00:00Z`) - Date.parse(`${p.hire}T00:00:00Z`)) / (365.2425 * 86_400_000);
}

/** Someone's tenure as a years figure (whole years; "4.4 years" reads as 4). */
export const tenureFigure = (id: string): Figure => {
  const whole = wholeYears(id);
  if (Math.floor(exactYears(id)) !== whole) throw new Error(`the tenure of ${id} is in doubt`);
  return years(whole);
};

/**
 * Average tenure of a group's active people in years: the floor of the exact mean, checked to equal the floor of the
 * mean of whole years and to stand clear of the next whole year (so "6.9" and "7.0" cannot both be fair).
 */
export function averageTenure(g: Omit<Group, 'who'> = {}): number {
  const ids = members({ ...g, who: 'active' });
  if (ids.length === 0) throw new Error('nobody to average');
  const exact = ids.reduce((s, id) => s + exactYears(id), 0) / ids.length;
  const whole = ids.reduce((s, id) => s + wholeYears(id), 0) / ids.length;
  if (Math.floor(exact) !== Math.floor(whole)) throw new Error(`average tenure in doubt: ${exact} against ${whole}`);
  if (exact - Math.floor(exact) > 0.93 || exact - Math.floor(exact) < 0.03) throw new Error(`average tenure ${exact} is too near a whole year`);
  return Math.floor(exact);
}

/** Active people of a group sorted by hire date (earliest first), with ties refused at the cut of n. */
function byHire(g: Omit<Group, 'who'>, direction: 'earliest' | 'latest', n: number): string[] {
  const sorted = members({ ...g, who: 'active' })
    .map((id) => person(id))
    .sort((a, b) => (direction === 'earliest' ? a.hire.localeCompare(b.hire) : b.hire.localeCompare(a.hire)));
  if (sorted.length < n) throw new Error(`fewer than ${n} people`);
  if (sorted.length > n && sorted[n - 1]!.hire === sorted[n]!.hire) throw new Error('a tie at the cut of hire dates');
  return sorted.slice(0, n).map((p) => p.id);
}

export const longestServing = (n: number, g: Omit<Group, 'who'> = {}): string[] => byHire(g, 'earliest', n);
export const newestJoiners = (n: number, g: Omit<Group, 'who'> = {}): string[] => byHire(g, 'latest', n);

/** The day exactly n years before today. */
const yearsAgo = (n: number): Day => `${Number(TODAY.slice(0, 4)) - n}${TODAY.slice(4)}`;

/**
 * Active people of a group with at least n years of service (n whole years done by today), read on the calendar and
 * in whole years; both must agree (they do for "at least", and the check keeps it so).
 */
export function servedAtLeast(n: number, g: Omit<Group, 'who'> = {}): string[] {
  const ids = members({ ...g, who: 'active' });
  return agreed([ids.filter((id) => person(id).hire <= yearsAgo(n)), ids.filter((id) => wholeYears(id) >= n)]);
}

/**
 * Active people of a group with "more than n years": read on the calendar (hired more than n years ago) and as more
 * than n whole years; throws when the two readings differ (someone between n and n + 1 years).
 */
export function servedMoreThan(n: number, g: Omit<Group, 'who'> = {}): string[] {
  const ids = members({ ...g, who: 'active' });
  return agreed([ids.filter((id) => person(id).hire < yearsAgo(n)), ids.filter((id) => wholeYears(id) > n)]);
}

/** Active people of a group with less than n years of service (both readings agree for "less than"). */
export function servedUnder(n: number, g: Omit<Group, 'who'> = {}): string[] {
  const ids = members({ ...g, who: 'active' });
  return agreed([ids.filter((id) => person(id).hire > yearsAgo(n)), ids.filter((id) => wholeYears(id) < n)]);
}

/** Who of two people has served longer (earlier hire); throws when they started the same day. */
export function servedLonger(a: string, b: string): string {
  const [pa, pb] = [person(a), person(b)];
  if (pa.hire === pb.hire) throw new Error('they started the same day');
  return pa.hire < pb.hire ? a : b;
}

/** Whole years a leaver served, hire date to last day, on the calendar; checked against days ÷ 365.2425, clear of a whole year. */
export function leaverYears(id: string): number {
  const p = person(id);
  const end = lastDay(id);
  const [hy, hm, hd] = p.hire.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const whole = ey - hy - (em < hm || (em === hm && ed < hd) ? 1 : 0);
  const exact = exactYears(id);
  if (Math.floor(exact) !== whole || exact - whole > 0.9) throw new Error(`the service of ${id} is in doubt: ${exact}`);
  return whole;
}
