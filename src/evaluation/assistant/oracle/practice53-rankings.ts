/*
 * practice53 — rankings and teams for the working-week set: entries ranked from the highest or lowest value with ties
 * going by name (API.md: "ties in a ranking go by name"), the first n of a ranking and whether its cut falls inside a
 * tie, everyone tied at an end ("the most" with no number names them all), the teams passing a test or at an end of a
 * figure (ties kept), and each team's figure next to its code or name. Written code-blind from API.md and the README;
 * reads only the data set and the core oracle modules.
 */
import { person } from '../dataset/dataset';
import { TEAMS } from '../dataset/people';
import type { Figure } from '../expectation';
import { near } from './practice10-figures';
import { teamLabel } from './practice11-figures';

const TEAM_CODES: string[] = Object.keys(TEAMS).sort();

/* ---- Rankings: ties go by name (API.md). ---- */

export interface Entry {
  id: string;
  value: number;
}
const byName = (a: Entry, b: Entry) => person(a.id).name.localeCompare(person(b.id).name);
/** Entries from the highest (or lowest) value, ties by name. */
export const ranked = (entries: Entry[], direction: 'high' | 'low'): Entry[] =>
  [...entries].sort((a, b) => (direction === 'high' ? b.value - a.value : a.value - b.value) || byName(a, b));
/** The first n of a ranking. */
export const firstN = (entries: Entry[], n: number, direction: 'high' | 'low'): string[] =>
  ranked(entries, direction)
    .slice(0, n)
    .map((e) => e.id);
/** Whether the n-th and the next share a value: the cut is decided by name. */
export const tiedAtCut = (entries: Entry[], n: number, direction: 'high' | 'low'): boolean => {
  const list = ranked(entries, direction);
  return list.length > n && list[n - 1]!.value === list[n]!.value;
};
/** Everyone tied at the top (or bottom) of a ranking: "the most" with no number names them all. */
export function tiedEnd(entries: Entry[], direction: 'high' | 'low'): { ids: string[]; value: number } {
  const top = ranked(entries, direction)[0];
  if (!top) throw new Error('nothing to rank');
  return { ids: entries.filter((e) => e.value === top.value).map((e) => e.id), value: top.value };
}

/* ---- Teams. ---- */

/** The teams whose figure passes the test. */
export const teamsWhere = (of: (code: string) => number, passes: (v: number) => boolean): string[] => TEAM_CODES.filter((code) => passes(of(code)));
/** The teams at the top (or bottom) of a figure: all of them when tied. */
export function teamsAtEnd(of: (code: string) => number, direction: 'high' | 'low'): { codes: string[]; value: number } {
  const values = TEAM_CODES.map((code) => ({ code, value: of(code) }));
  const end = direction === 'high' ? Math.max(...values.map((v) => v.value)) : Math.min(...values.map((v) => v.value));
  return { codes: values.filter((v) => v.value === end).map((v) => v.code), value: end };
}
/** Each team's figure, standing next to the team's code or name or the measure's words. */
export const perTeam = (of: (code: string) => Figure): Figure[] =>
  TEAM_CODES.map((code) => {
    const f = of(code);
    return f.as === 'rate' || f.as === 'score' ? f : near(f, f.label === undefined ? teamLabel(code) : `${f.label}|${teamLabel(code)}`);
  });
