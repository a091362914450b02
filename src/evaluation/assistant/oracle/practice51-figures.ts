/*
 * practice51 — what the breakdowns-and-several-asks set needs beyond the earlier oracles: the periods a series is cut
 * into (the months since tracking began, ISO weeks and Monday-to-Sunday weeks, the quarters tracked), a figure for each
 * team, each period, each level or each person, labelled with the words an answer stands it next to (the team, the
 * period or the measure, any of them), and guards: a count over a range that reaches today is the same with and
 * without today (the day is open); a level's rate is the same with and without the people who have left; a manager's
 * "who on my team" is the same with and without the manager; a ranking's cut is not tied. Written code-blind from
 * API.md's absence rule, its leave section and the README's assistant section; reads only the data set (dataset/*)
 * and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { addDays, monthRange, quarter, type Day } from '../dataset/dates';
import { TEAMS, type Position } from '../dataset/people';
import { count, days, hours, rate, score, type Figure } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { hiredBetween, leftBetween, select } from './people-figures';
import { near } from './practice10-figures';
import { cutIsClean, teamLabel } from './practice11-figures';
import { agreed } from './practice16-figures';
import { isoWeek } from './practice15-figures';
import { scoresIn, stats } from './score-figures';

export type Range = readonly [Day, Day];

/* ---- Teams, scopes and ranges. ---- */

/** The teams of the data set, by code (in code order). */
export const TEAM_LIST: string[] = Object.keys(TEAMS).sort();
export const ALL: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const me = (id: string): Scope => ({ ids: [id] });
/** The people of a position (of a team when given), leavers included: their records and scores stay. */
export const levelOf = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position)
    .map((p) => p.id),
});
/** The same, without the people who have left by today. */
const activeLevelOf = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position && employedOn(p, TODAY))
    .map((p) => p.id),
});

export const YESTERDAY: Day = addDays(TODAY, -1);
export const month = (m: number): [Day, Day] => {
  const { from, to } = monthRange(2025, m);
  return [from, to < TODAY ? to : TODAY];
};
export const AUG = month(8);
export const SEP = month(9);
export const OCT = month(10);
export const NOV_SO_FAR = month(11);
export const MONTHS_TRACKED: Array<[Day, Day]> = [AUG, SEP, OCT, NOV_SO_FAR];
export const Q3: [Day, Day] = [quarter(2025, 3).from, quarter(2025, 3).to];
export const Q4_SO_FAR: [Day, Day] = [quarter(2025, 4).from, TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
export const wholeMonth = (m: number): [Day, Day] => {
  const { from, to } = monthRange(2025, m);
  return [from, to];
};
export const week = (n: number): [Day, Day] => isoWeek(2025, n);
/** The Monday-to-Sunday weeks starting on each of these Mondays. */
export const weeksFrom = (...mondays: Day[]): Array<[Day, Day]> => mondays.map((m) => [m, addDays(m, 6)]);
/** A day the question writes, checked to be the one the oracle computed. */
export function sameDay(found: Day, named: Day): Day {
  if (found !== named) throw new Error(`the data set's day is ${found}, the question names ${named}`);
  return found;
}

/* ---- Labels: the words a figure may stand next to. ---- */

export const LATE = 'late|arriv|tard|time';
export const AWAY = 'absen|\\boff\\b|away|missed|day';
export const HALF = 'half';
export const CHECK = 'check|missing|clock|forgot';
export const LEAVE = 'leave|day|off|taken|annual|sick|unpaid|left|available|balance|remaining|booked|pending|request';
export const HOURS = '\\bh\\b|hours?|hrs';
export const HEAD = 'people|person|employee|staff|headcount|member|active|total|senior|junior|\\bmid|lead|manager|hire|join|starter|left|leaver';
export const REQUEST = 'request|pending|approved|rejected|cancelled';
export const WORKING = 'working|work|day';

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The words a period's figure may stand next to: its month, "week", "wk" or its quarter. */
export function periodLabel([from, to]: Range): string {
  const m = (d: Day) => MONTH_WORDS[Number(d.slice(5, 7)) - 1]!;
  return [...new Set([m(from), m(to), 'week', 'wk', 'q[1-4]', 'quarter', 'so far', 'to date'])].join('|');
}

type Kind = 'count' | 'days' | 'hours';
const KIND_OF: Record<Measure, Kind> = { late: 'count', absent: 'days', halfDay: 'count', missingCheckOut: 'count', onLeave: 'days', hours: 'hours' };
const WORDS_OF: Record<Measure, string> = { late: LATE, absent: AWAY, halfDay: HALF, missingCheckOut: CHECK, onLeave: LEAVE, hours: HOURS };
const MAKE = { count, days, hours };

/** A measure's figure next to its own words or any of the others given (a team's code, a period's month). */
export const measureFig = (measure: Measure, value: number, ...also: string[]): Figure =>
  near(MAKE[KIND_OF[measure]](value), [WORDS_OF[measure], ...also].join('|'));

export const lateN = (n: number, ...also: string[]) => measureFig('late', n, ...also);
export const awayN = (n: number, ...also: string[]) => measureFig('absent', n, ...also);
export const halfN = (n: number, ...also: string[]) => measureFig('halfDay', n, ...also);
export const checkOutN = (n: number, ...also: string[]) => measureFig('missingCheckOut', n, ...also);
export const leaveN = (n: number, ...also: string[]) => near(days(n), [LEAVE, ...also].join('|'));
export const hoursN = (n: number, ...also: string[]) => measureFig('hours', n, ...also);
export const headN = (n: number, ...also: string[]) => near(count(n), [HEAD, ...also].join('|'));
export const requestN = (n: number, ...also: string[]) => near(count(n), [REQUEST, ...also].join('|'));
export const workingN = (n: number, ...also: string[]) => near(days(n), [WORKING, ...also].join('|'));

/* ---- Attendance figures. ---- */

const round4 = (n: number) => Math.round((n + Number.EPSILON) * 10_000) / 10_000;

/** A rate that must exist (throws when nothing was expected over the range). */
export function rateOf(scope: Scope, [from, to]: Range): number {
  const r = totals(scope, from, to).rate;
  if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
  return r;
}
/** The absence rate: the attendance rate taken from 1. */
export const absenceOf = (scope: Scope, range: Range): number => round4(1 - rateOf(scope, range));

/**
 * A measure summed over a scope and a range. A range reaching today is read with and without today (the day is open:
 * a late check-in of today may or may not be counted yet) and, reaching past today, up to its end; all must agree.
 */
export function sumOf(scope: Scope, measure: Measure, [from, to]: Range): number {
  if (to < TODAY) return totals(scope, from, to)[measure];
  const readings: Range[] = [
    [from, YESTERDAY],
    [from, TODAY],
  ];
  if (to > TODAY) readings.push([from, to]);
  return agreed(readings.map(([f, t]) => (f > t ? 0 : totals(scope, f, t)[measure])));
}

/** One person's measure over a range, with the same guard. */
export const personSum = (id: string, measure: Measure, range: Range): number => sumOf(me(id), measure, range);

/** A level's rate, the same with and without those who have left (throws otherwise). */
export const levelRate = (position: Position, range: Range, code?: string): number =>
  agreed([rateOf(levelOf(position, code), range), rateOf(activeLevelOf(position, code), range)]);

/* ---- Breakdowns. ---- */

export type Breakdown = Measure | 'rate' | 'absence';

/** One figure of a breakdown: a rate, or a measure labelled with its words and the others given. */
export function figureOf(scope: Scope, what: Breakdown, range: Range, ...also: string[]): Figure {
  if (what === 'rate') return rate(rateOf(scope, range));
  if (what === 'absence') return rate(absenceOf(scope, range));
  return measureFig(what, sumOf(scope, what, range), ...also);
}

/**
 * Each team's figure over the range, next to the team's code or name (or the measure's words). Counts at 0 are left
 * out: an answer may say "none" or "no one" beside the team instead of a 0.
 */
export function perTeam(what: Breakdown, range: Range): Figure[] {
  return TEAM_LIST.filter((code) => what === 'rate' || what === 'absence' || sumOf(team(code), what, range) > 0).map((code) =>
    figureOf(team(code), what, range, teamLabel(code)),
  );
}

/** A scope's figure for each period, in order, next to the period's words (or the measure's); counts at 0 left out. */
export function series(scope: Scope, what: Breakdown, ranges: readonly Range[]): Figure[] {
  return ranges.filter((r) => what === 'rate' || what === 'absence' || sumOf(scope, what, r) > 0).map((r) => figureOf(scope, what, r, periodLabel(r)));
}

/** Each team's headcount of active people (of a position when given), next to the team's code or name. */
export const headPerTeam = (position?: Position): Figure[] =>
  TEAM_LIST.map((code) => ({ code, n: select({ team: code, position }).length }))
    .filter((x) => x.n > 0)
    .map((x) => headN(x.n, teamLabel(x.code)));

/** Active headcount, of a team and a position when given. */
export const headcount = (code?: string, position?: Position): number => select({ team: code, position }).length;

/** Hires (or leavers) of each team over the range, next to the team; teams with none left out. */
export function movesPerTeam(kind: 'hires' | 'leavers', [from, to]: Range): Figure[] {
  const list = kind === 'hires' ? hiredBetween : leftBetween;
  const words = kind === 'hires' ? 'hire|hiring|join|new|start' : 'left|leaver|leaving|depart|exit';
  return TEAM_LIST.map((code) => ({ code, n: list(from, to, code).length }))
    .filter((x) => x.n > 0)
    .map((x) => near(count(x.n), `${words}|${teamLabel(x.code)}`));
}

/* ---- Scores. ---- */

/** A level's score statistic in the period, the same with and without the scores of those who have left (throws otherwise). */
export const levelScore = (stat: 'mean' | 'median', period: string, position: Position, code?: string): number =>
  agreed([stats([period], levelOf(position, code))[stat], stats([period], activeLevelOf(position, code))[stat]]);

export const meanOf = (period: string, scope: Scope = ALL): number => stats([period], scope).mean;
export const medianOf = (period: string, scope: Scope = ALL): number => stats([period], scope).median;
export const spreadOf = (period: string, scope: Scope = ALL): number => Math.round((stats([period], scope).max - stats([period], scope).min) * 100) / 100;

/** A statistic of each team's scores in the period, as score figures. */
export const statPerTeam = (period: string, stat: 'mean' | 'median' | 'min' | 'max'): Figure[] =>
  TEAM_LIST.map((code) => score(stats([period], team(code))[stat]));

/** Each person of the scope scored in the period, and their scores. */
export function scoresOfEach(period: string, scope: Scope): { people: string[]; figures: Figure[] } {
  const found = scoresIn([period], scope);
  if (found.length === 0) throw new Error(`nobody scored in ${period}`);
  return { people: found.map((s) => s.id), figures: found.map((s) => score(s.score)) };
}

/** The n best (or worst) of the period in the scope; throws when the cut is tied. */
export function endsOf(period: string, n: number, direction: 'top' | 'bottom', scope: Scope = ALL): string[] {
  const sorted = scoresIn([period], scope)
    .map((s) => ({ id: s.id, value: direction === 'top' ? s.score : -s.score }))
    .sort((a, b) => b.value - a.value);
  if (!cutIsClean(sorted, n)) throw new Error(`the ${direction} ${n} of ${period} is tied at the cut`);
  return sorted.slice(0, n).map((s) => s.id);
}
