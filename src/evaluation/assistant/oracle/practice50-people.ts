/*
 * practice50 — people picked out by filters and descriptions: headcounts, rosters, tenure, hires and leavers, scores
 * and leave of a group, and single people picked out by a description (the newest hire, the longest-serving, the top
 * scorer of a level). The groups and their two readings (everyone the description fits, leavers included, and the
 * current staff only) are in practice50-figures.ts; a figure is given only where the readings agree. A person picked
 * out by a description must be the only one it fits (a tie throws). Tenure lines are read on the calendar and in whole
 * years and must agree (practice48-lines.ts). Written code-blind from /work/shared/API.md, docs/API.md and the README;
 * reads only the data set (dataset/*) and the other oracle modules.
 */
import { TODAY, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import type { Scope } from './attendance-figures';
import { offBetween, requests } from './leave-figures';
import { tenureYears, type PeopleFilter } from './people-figures';
import { agreed } from './practice16-figures';
import { averageTenure } from './practice21-figures';
import { peopleByTenure } from './practice48-lines';
import { scoresIn, stats } from './score-figures';
import { current, everyone, idsOf, passes, sorted, type Group, type Op, type Range } from './practice50-figures';

const filterOf = (g: Group): PeopleFilter => {
  if (g.hired !== undefined) throw new Error('a hire range is not a people filter');
  return { team: g.team, position: g.position, title: g.title };
};

/* ---- Headcounts and rosters (README: active staff unless leavers are asked for). ---- */

export const headcount = (g: Group = {}): number => current(g).length;
export const roster = (g: Group = {}): string[] => idsOf(current(g));
/** Leavers included ("including leavers", "ever"). */
export const headcountWithLeavers = (g: Group = {}): number => everyone(g).length;
/** The people of the group who have left, within the range when given. */
export const leaversOf = (g: Group = {}, range?: Range): string[] =>
  idsOf(everyone(g).filter((p) => p.end !== null && p.end < TODAY && (range === undefined || (range[0] <= p.end && p.end <= range[1]))));

/** A roster with some levels or teams left out ("everyone except QA", "non-seniors in DEV"). */
export const rosterExcept = (g: Group, drop: (p: Person) => boolean): string[] => idsOf(current(g).filter((p) => !drop(p)));

/* ---- Hires: the people of the group hired within the range, leavers among them or not (must agree). ---- */

export const hires = (range: Range, g: Group = {}): string[] =>
  agreed([sorted(idsOf(everyone({ ...g, hired: range }))), sorted(idsOf(current({ ...g, hired: range })))]);

/* ---- Single people picked out by when they joined. ---- */

const byHire = (list: Person[], direction: 'earliest' | 'latest'): Person[] =>
  [...list].sort((a, b) => (direction === 'earliest' ? a.hire.localeCompare(b.hire) : b.hire.localeCompare(a.hire)));

/** The current member of the group who joined first or last; throws on a tie of hire dates. */
export function byTenure(g: Group, direction: 'longest' | 'newest'): string {
  const list = byHire(current(g), direction === 'longest' ? 'earliest' : 'latest');
  if (list.length === 0) throw new Error('nobody in the group');
  if (list.length > 1 && list[0]!.hire === list[1]!.hire) throw new Error(`tied on ${list[0]!.hire}`);
  return list[0]!.id;
}

/* ---- Tenure. ---- */

/** The current members of the group whose service passes the line in years (calendar and whole years alike). */
export const servedPast = (g: Group, op: Op, years: number): string[] => peopleByTenure(op, years, filterOf(g));
/** Whole years of service of one person today. */
export const yearsOf = (id: string): number => tenureYears(person(id));
/** The group's average service in whole years (whole-year and exact means must round down alike). */
export const averageYears = (g: Group): number => averageTenure(filterOf(g));
export const hireOf = (id: string): Day => person(id).hire;
export function endOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}

/* ---- Scores of a group (scores follow the person; read over everyone scored and over the current staff). ---- */

const scorerReadings = (g: Group): Scope[] => [{ ids: idsOf(everyone(g)) }, { ids: idsOf(current(g)) }];
const overScorers = <T>(g: Group, of: (s: Scope) => T): T => agreed(scorerReadings(g).map(of));

export const groupMean = (g: Group, period: string): number => overScorers(g, (s) => stats([period], s).mean);
export const groupMedian = (g: Group, period: string): number => overScorers(g, (s) => stats([period], s).median);

/** The group's scores of the quarter, none of them on the line. */
const clearScores = (s: Scope, period: string, line: number) =>
  scoresIn([period], s).map((x) => {
    if (x.score === line) throw new Error(`${x.id} scored exactly ${line}`);
    return x;
  });

/** The people of the group whose score in the quarter passes the line. */
export const groupScoredPast = (g: Group, period: string, op: Op, line: number): string[] =>
  overScorers(g, (s) =>
    sorted(
      clearScores(s, period, line)
        .filter((x) => passes(x.score, op, line))
        .map((x) => x.id),
    ),
  );

/** The people of the group whose score passes the line in every one of the quarters. */
export const groupScoredPastInAll = (g: Group, periods: string[], op: Op, line: number): string[] =>
  overScorers(g, (s) =>
    sorted(
      (s.ids ?? []).filter((id) =>
        periods.every((period) => {
          const found = clearScores({ ids: [id] }, period, line)[0];
          return found !== undefined && passes(found.score, op, line);
        }),
      ),
    ),
  );

/** The one person of the group at the top or bottom of the quarter, and their score (throws on a tie). */
export function groupEnd(g: Group, period: string, direction: 'top' | 'bottom'): { id: string; score: number } {
  return overScorers(g, (s) => {
    const list = scoresIn([period], s).sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score));
    if (list.length === 0) throw new Error('nobody scored');
    if (list.length > 1 && list[0]!.score === list[1]!.score) throw new Error('tied at the end');
    return { id: list[0]!.id, score: list[0]!.score };
  });
}

/** The top or bottom n of the group in the quarter (throws on a tie at the cut). */
export function groupRank(g: Group, period: string, direction: 'top' | 'bottom', n: number): string[] {
  return overScorers(g, (s) => {
    const list = scoresIn([period], s).sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score));
    if (list.length > n && list[n - 1]!.score === list[n]!.score) throw new Error('tied at the cut');
    return list.slice(0, n).map((x) => x.id);
  });
}

/** One person's final score in a quarter (throws when unscored). */
export function scoreOfPerson(id: string, period: string): number {
  const found = scoresIn([period], { ids: [id] })[0];
  if (!found) throw new Error(`${id} has no score in ${period}`);
  return found.score;
}

/* ---- Leave of a group. ---- */

/**
 * The people of the group with approved leave taking a half or more off on some day of the range (leave booked is
 * known ahead, so a range to today or beyond is read as written).
 */
export const groupOff = (g: Group, range: Range, asker?: string): string[] =>
  agreed(
    [...scorerReadings(g), ...(asker === undefined ? [] : [{ ids: idsOf(everyone(g)).filter((id) => id !== asker) }])].map((s) =>
      sorted(offBetween(s, range[0], range[1])),
    ),
  );

/** The people of the group with a request in this state (of this kind when given), each once. */
export const groupRequesters = (g: Group, status: LeaveStatus, code?: LeaveCode): string[] =>
  agreed(scorerReadings(g).map((s) => sorted([...new Set(requests(status, s, code).map((l) => l.employee))])));

/** The people of the group with approved leave of this kind overlapping the range (half days only when asked). */
export function groupLeaveTakers(g: Group, range: Range, code?: LeaveCode, halfOnly = false): string[] {
  return agreed(
    scorerReadings(g).map((s) =>
      sorted([
        ...new Set(
          requests('approved', s, code)
            .filter((l) => l.from <= range[1] && range[0] <= l.to && (!halfOnly || l.half !== null))
            .map((l) => l.employee),
        ),
      ]),
    ),
  );
}

/** How many requests of the state the group has (pending ones whatever their dates). */
export const groupRequestCount = (g: Group, status: LeaveStatus): number => agreed(scorerReadings(g).map((s) => requests(status, s).length));
