/*
 * practice63 — the HR admin's people analytics, part one: who works here and how that changed. Headcounts by team,
 * level, job title and status (API.md: a headcount counts active staff unless leavers are asked for; employment is
 * hire date … end date), headcount on a past day (those employed that day), hires and leavers in a period, cohorts
 * (of the people hired in a year, who is still here), and the words a figure must stand next to (tenure is in
 * practice63-tenure). Every figure is worked out twice — once here from the people of
 * the data set, once through the shared oracle (people-figures, absence) — and throws when the two disagree; a
 * question whose two readings differ (tenure "more than n years" on the calendar and in whole years, a list with and
 * without leavers, a ranking tied at its cut) throws too, and is not asked. Written code-blind from API.md,
 * docs/API.md and the README; reads only the data set (dataset/*) and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { count, type Figure } from '../expectation';
import { employedOn } from './absence';
import { hiredBetween, leftBetween, select } from './people-figures';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';

export type Range = readonly [Day, Day];
export const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'] as const;
export const LEVELS: readonly Position[] = ['Junior', 'Mid', 'Senior', 'Lead', 'Manager'];

/* ---- Periods, as asked on Wednesday 19 November 2025. ---- */
export const YEAR_2025: Range = ['2025-01-01', '2025-12-31'];
export const YEAR_2024: Range = ['2024-01-01', '2024-12-31'];
export const YEAR_2023: Range = ['2023-01-01', '2023-12-31'];
export const YEAR_2022: Range = ['2022-01-01', '2022-12-31'];
export const YEAR_2021: Range = ['2021-01-01', '2021-12-31'];
export const Q1_2025: Range = ['2025-01-01', '2025-03-31'];
export const Q2_2025: Range = ['2025-04-01', '2025-06-30'];
export const Q3_2025: Range = ['2025-07-01', '2025-09-30'];
export const Q4_2025: Range = ['2025-10-01', '2025-12-31'];
export const H1_2025: Range = ['2025-01-01', '2025-06-30'];
export const H2_2025: Range = ['2025-07-01', '2025-12-31'];
export const AUG_2025: Range = ['2025-08-01', '2025-08-31'];
export const SEP_2025: Range = ['2025-09-01', '2025-09-30'];
export const OCT_2025: Range = ['2025-10-01', '2025-10-31'];
export const NOV_2025: Range = ['2025-11-01', '2025-11-30'];

/** A date the question writes, checked to be a real calendar day before or on today (a headcount of the past). */
export function pastDay(day: Day): Day {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) throw new Error(`${day} is no date`);
  if (day > TODAY) throw new Error(`${day} is after today`);
  return day;
}

/* ---- Labels: what a count must stand next to in the answer (regular expressions, on lower-cased text). ---- */
export const PEOPLE_LABEL =
  'people|employee|headcount|head count|staff|person|member|total|hire|join|starter|leaver|left|gone|senior|junior|mid|lead|manager|engineer|analyst|developer|team|active|here|with us|of them|in all';
const TEAM_LABEL: Record<string, string> = { DEV: 'dev', QA: 'qa|quality', DAT: 'dat|\\bdata\\b', SEC: 'sec', AI: '\\bai\\b|artificial' };
const LEVEL_LABEL: Record<Position, string> = { Junior: 'junior', Mid: '\\bmid', Senior: 'senior', Lead: '\\blead', Manager: 'manager' };
export const teamLabel = (team: string): string => {
  const label = TEAM_LABEL[team];
  if (label === undefined) throw new Error(`no team ${team}`);
  return label;
};
export const levelLabel = (position: Position): string => LEVEL_LABEL[position];

/** A count of people, next to a word for people (or whatever else the question counts). */
export const heads = (n: number, ...also: string[]): Figure => near(count(n), [PEOPLE_LABEL, ...also].join('|'));
/** A count of people next to a team's name. */
export const headsOfTeam = (team: string, n: number): Figure => near(count(n), teamLabel(team));
/** A count of people next to a level's name. */
export const headsOfLevel = (position: Position, n: number): Figure => near(count(n), levelLabel(position));

/* ---- Who is here: the group a headcount or a list is about. ---- */
export interface Group {
  team?: string;
  position?: Position;
  title?: string;
  /** active (employed today, the default), left (employment over), or all of them. */
  who?: 'active' | 'left' | 'all';
}

/** This module's own reading of "still here": hired by today and the last day, if any, not gone by. */
const stillHere = (p: Person): boolean => p.hire <= TODAY && (p.end === null || p.end >= TODAY);

const inGroup = (p: Person, g: Group): boolean =>
  (g.team === undefined || p.team === g.team) && (g.position === undefined || p.position === g.position) && (g.title === undefined || p.title === g.title);

/** The ids of a group, by id; computed here and through the shared oracle's select(), which must agree. */
export function members(g: Group = {}): string[] {
  const who = g.who ?? 'active';
  const own = dataset()
    .people.filter((p) => inGroup(p, g) && (who === 'all' || (who === 'active') === stillHere(p)))
    .map((p) => p.id)
    .sort();
  const status = who === 'all' ? 'any' : who === 'active' ? 'active' : 'inactive';
  const shared = select({ team: g.team, position: g.position, title: g.title, status })
    .map((p) => p.id)
    .sort();
  return agreed([own, shared]);
}

export const headcountOf = (g: Group = {}): number => members(g).length;

/** A group's list that must not be empty (a question written to find someone). */
export function filled(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** The teams whose active headcount passes the test (both readings, by team codes). */
export const teamsWithHeadcount = (passes: (n: number) => boolean): string[] => TEAM_CODES.filter((team) => passes(headcountOf({ team })));

/** The team with the most (or fewest) active people; throws on a tie. */
export function teamByHeadcount(direction: 'most' | 'fewest'): string {
  const ranked = TEAM_CODES.map((team) => ({ team, n: headcountOf({ team }) })).sort((a, b) => (direction === 'most' ? b.n - a.n : a.n - b.n));
  if (ranked[0]!.n === ranked[1]!.n) throw new Error(`two teams have ${ranked[0]!.n} people`);
  return ranked[0]!.team;
}

/** Those employed on a past day (hired by then, last day not gone by), the whole company or a group; two ways. */
export function employedAt(day: Day, g: Omit<Group, 'who'> = {}): string[] {
  const own = dataset()
    .people.filter((p) => inGroup(p, g) && p.hire <= day && (p.end === null || day <= p.end))
    .map((p) => p.id);
  const shared = dataset()
    .people.filter((p) => inGroup(p, g) && employedOn(p, day))
    .map((p) => p.id);
  return agreed([own, shared]);
}

/* ---- Hires and leavers. ---- */

/** The people hired within the range (leavers included: they were hired), of a group; two ways. */
export function hiresIn([from, to]: Range, g: Omit<Group, 'who'> = {}): string[] {
  const own = dataset()
    .people.filter((p) => inGroup(p, g) && from <= p.hire && p.hire <= to)
    .map((p) => p.id);
  const shared = hiredBetween(from, to, g.team).filter((id) => inGroup(person(id), g));
  return agreed([own, shared]);
}

/** The people whose last day fell within the range and has gone by (they have left), of a group; two ways. */
export function leaversIn([from, to]: Range, g: Omit<Group, 'who'> = {}): string[] {
  const own = dataset()
    .people.filter((p) => inGroup(p, g) && p.end !== null && from <= p.end && p.end <= to && p.end < TODAY)
    .map((p) => p.id);
  const shared = leftBetween(from, to, g.team).filter((id) => inGroup(person(id), g));
  return agreed([own, shared]);
}

/** Hires per team over the range, as counts next to each team's name; only the teams that hired (a 0 may be left out). */
export const hiresPerTeam = (range: Range): Figure[] =>
  TEAM_CODES.map((team) => ({ team, n: hiresIn(range, { team }).length }))
    .filter((x) => x.n > 0)
    .map((x) => headsOfTeam(x.team, x.n));

/** The team that hired the most over the range; throws on a tie. */
export function teamHiringMost(range: Range): string {
  const ranked = TEAM_CODES.map((team) => ({ team, n: hiresIn(range, { team }).length })).sort((a, b) => b.n - a.n);
  if (ranked[0]!.n === ranked[1]!.n) throw new Error('two teams hired alike');
  return ranked[0]!.team;
}

/* ---- Cohorts: the people hired in a period, and what became of them. ---- */
export interface Cohort {
  hired: string[];
  stayed: string[];
  gone: string[];
}

export function cohort(range: Range, g: Omit<Group, 'who'> = {}): Cohort {
  const hired = hiresIn(range, g);
  const stayed = hired.filter((id) => stillHere(person(id)));
  const gone = hired.filter((id) => !stillHere(person(id)));
  // Second way: those still here are the cohort's part of today's active staff.
  const active = new Set(members({ ...g, who: 'active' }));
  agreed([stayed, hired.filter((id) => active.has(id))]);
  if (stayed.length + gone.length !== hired.length) throw new Error('a cohort does not add up');
  return { hired, stayed, gone };
}

export const hireDate = (id: string): Day => person(id).hire;
export function lastDay(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}

/** The hires of "the last n days", read as today and the n - 1 days before it and as the n days before today. */
export const hiresLastDays = (n: number, g: Omit<Group, 'who'> = {}): string[] =>
  agreed([hiresIn([addDays(TODAY, -(n - 1)), TODAY], g), hiresIn([addDays(TODAY, -n), addDays(TODAY, -1)], g)]);

/** The most recent leaver (the latest last day gone by); throws on a tie. */
export function latestLeaver(): string {
  const gone = dataset()
    .people.filter((p) => p.end !== null && p.end < TODAY)
    .sort((a, b) => b.end!.localeCompare(a.end!));
  if (gone.length === 0) throw new Error('nobody has left');
  if (gone.length > 1 && gone[0]!.end === gone[1]!.end) throw new Error('two leavers left the same day');
  return gone[0]!.id;
}

/** A count that may stand anywhere in the answer (dates and years around it leave no room for a word): 10 or more only, so it is not read in another small figure. */
export function bare(n: number): Figure {
  if (n < 10) throw new Error(`a bare count of ${n} could be read in another figure`);
  return near(count(n), '');
}

/** An unqualified list of a group: the same with and without the people who have left, or the question is in doubt. */
export const listOf = (g: Omit<Group, 'who'>): string[] => agreed([members({ ...g, who: 'active' }), members({ ...g, who: 'all' })]);
