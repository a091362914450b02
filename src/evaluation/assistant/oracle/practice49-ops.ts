/*
 * practice49 — the operations a composed question asks of its parts (practice49-figures.ts): look up, count, list,
 * rank top or bottom N, compare, trend, threshold, over attendance (rate, absence rate, late, absent, half days, on
 * leave, missing check-outs, hours), scores (mean, median, min, max, spread, KPI, moves) and people. Each operation
 * runs over every reading of its period and, where the group may or may not hold those who have left, over both; the
 * readings must agree (it throws otherwise), so a question is only asked where its words give one answer. A list
 * about a manager's team is the same with and without the manager. Written code-blind from API.md and the README;
 * reads only the data set and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays } from '../dataset/dates';
import { count, days, hours, rate, score, type Figure } from '../expectation';
import { employedOn } from './absence';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { near } from './practice10-figures';
import { teamLabel } from './practice11-figures';
import { absentDays } from './practice23-figures';
import { firstN, tiedAtCut, type Entry } from './practice45-rankings';
import { changes, scoresIn, stats } from './score-figures';
import { apart, oneOf, stayers, team, without, type Range, type When } from './practice49-figures';

export const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

/* ---- Labels: what a figure must stand next to in the answer. ---- */

export const LATE = 'late|arriv|tard|time';
export const AWAY = 'absen|\\boff\\b|away|missed|no-show|day';
export const HALF = 'half';
export const CHECK_OUT = 'check|missing|forg|clock';
export const HEAD =
  'people|person|employee|staff|headcount|member|active|total|senior|junior|\\bmid|lead|manager|hire|join|starter|left|leaver|engineer|analyst';
export const LEAVE = 'leave|day|off|taken|annual|sick|unpaid|left|available|balance|remaining|booked|request';
export const REQUESTS = 'request|pending|approved';
export const WORKING = 'working|day|work';

export const lateN = (n: number): Figure => near(count(n), LATE);
export const awayDays = (n: number): Figure => near(days(n), AWAY);
export const halfN = (n: number): Figure => near(count(n), HALF);
export const checkOutN = (n: number): Figure => near(count(n), CHECK_OUT);
export const headN = (n: number, extra = ''): Figure => near(count(n), extra ? `${HEAD}|${extra}` : HEAD);
export const leaveDaysFig = (n: number): Figure => near(days(n), LEAVE);
/** A figure next to its team's code or name. */
export const forTeam = (code: string, f: Figure): Figure => near(f, teamLabel(code));

/* ---- Attendance: look up and count. ---- */

/** The rate over every reading of the period (today is open and never rated, so a period to today reads alike). */
export function rateOver(scope: Scope, when: When): number {
  return oneOf(
    when.map(([from, to]) => {
      const r = totals(scope, from, to).rate;
      if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
      return r;
    }),
  );
}

/** The absence rate: 1 − the attendance rate, to four places (README: "the attendance rate taken from 1"). */
export const absenceOver = (scope: Scope, when: When): number => round(1 - rateOver(scope, when), 4);

/** A scope's total of a measure over every reading; a period running to today must read alike without today. */
export function totalOver(scope: Scope, measure: Measure, when: When): number {
  const readings = when.flatMap(([from, to]) => (to === TODAY ? [[from, to] as Range, [from, addDays(TODAY, -1)] as Range] : [[from, to] as Range]));
  return oneOf(readings.map(([from, to]) => totals(scope, from, to)[measure]));
}

/** One person's figure of a measure over every reading. */
export const personOver = (id: string, measure: Measure, when: When): number => totalOver({ ids: [id] }, measure, when);

/* ---- Attendance: lists. ---- */

/**
 * The people of the scope whose figure of the measure passes the test (by default: any at all), over every reading of
 * the period, with and without today, and with and without those who have left — all must agree.
 */
export function whoOver(scope: Scope, measure: Measure, when: When, passes: (v: number) => boolean = (v) => v > 0): string[] {
  const pick = (s: Scope, [from, to]: Range) =>
    peopleIn(s)
      .filter((p) => totals({ ids: [p.id] }, from, to).expected > 0 || measureOf(p.id, measure, from, to) !== 0)
      .filter((p) => passes(measureOf(p.id, measure, from, to)))
      .map((p) => p.id);
  const readings = when.flatMap(([from, to]) => (to === TODAY ? [[from, to] as Range, [from, addDays(TODAY, -1)] as Range] : [[from, to] as Range]));
  return oneOf(readings.flatMap((r) => [pick(scope, r), pick(stayers(scope), r)]));
}

/** Who was absent, read both as days (a half day a half) and as occasions (days away): both must pass alike. */
export function absentOver(scope: Scope, when: When, passes: (v: number) => boolean = (v) => v > 0): string[] {
  const asDays = whoOver(scope, 'absent', when, passes);
  const asOccasions = oneOf(
    when.flatMap((r) =>
      [scope, stayers(scope)].map((s) =>
        peopleIn(s)
          .filter((p) => passes(absentDays(p.id, r).length))
          .map((p) => p.id),
      ),
    ),
  );
  return oneOf([asDays, asOccasions]);
}

/** A manager's list about their team: the same with and without the manager (throws otherwise). */
export const teamList = (manager: string, of: (scope: Scope) => string[]): string[] => {
  const mine = team(person(manager).team);
  return oneOf([of(mine), of(without(mine, manager))]);
};

/** "Who did not …": the people employed throughout the period with none of the measure (README), leavers alike. */
export function notAnyOver(scope: Scope, measure: Measure, [from, to]: Range): string[] {
  const end = to >= TODAY ? addDays(TODAY, -1) : to;
  return peopleIn(scope)
    .filter((p) => employedOn(p, from) && employedOn(p, end))
    .filter((p) => measureOf(p.id, measure, from, to) === 0)
    .map((p) => p.id);
}

/** The teams whose total of a measure over the range is nought ("which teams had no absences"). */
export const teamsWithNone = (measure: Measure, when: When): string[] => TEAMS.filter((code) => totalOver(team(code), measure, when) === 0);

/* ---- Attendance: rank. ---- */

/** Each person's figure of a measure over a range, for the people expected at work on some day of it. */
export const entriesOf = (scope: Scope, measure: Measure, [from, to]: Range): Entry[] =>
  peopleIn(scope)
    .filter((p) => totals({ ids: [p.id] }, from, to).expected > 0)
    .map((p) => ({ id: p.id, value: measureOf(p.id, measure, from, to) }));

/** Each person's rate over a range (people with nothing to rate left out). */
export const rateEntriesOf = (scope: Scope, [from, to]: Range): Entry[] =>
  peopleIn(scope)
    .map((p) => ({ id: p.id, value: totals({ ids: [p.id] }, from, to).rate }))
    .filter((e): e is Entry => e.value !== null);

/** The first n of a ranking, no tie across the cut, the same with and without those who have left. */
export function topN(entries: (s: Scope) => Entry[], scope: Scope, n: number, direction: 'high' | 'low'): string[] {
  const pick = (s: Scope) => {
    const list = entries(s);
    if (tiedAtCut(list, n, direction)) throw new Error(`a tie at the cut of ${n}`);
    return firstN(list, n, direction);
  };
  return oneOf([pick(scope), pick(stayers(scope))]);
}

/** Everyone tied at the top ("who … the most", no number: README), the same with and without those who have left. */
export function mostOver(entries: (s: Scope) => Entry[], scope: Scope, direction: 'high' | 'low' = 'high'): { ids: string[]; value: number } {
  const pick = (s: Scope) => {
    const list = entries(s);
    const values = list.map((e) => e.value);
    const top = direction === 'high' ? Math.max(...values) : Math.min(...values);
    if (direction === 'high' && top <= 0) throw new Error('nobody has any');
    return { ids: list.filter((e) => e.value === top).map((e) => e.id), value: top };
  };
  return oneOf([pick(scope), pick(stayers(scope))]);
}

/** The one team at an end of a figure (throws when two share it). */
export function teamAtEnd(of: (code: string) => number, direction: 'high' | 'low'): string {
  const ranked = TEAMS.map((code) => ({ code, v: of(code) })).sort((a, b) => (direction === 'high' ? b.v - a.v : a.v - b.v));
  apart(ranked[0]!.v, ranked[1]!.v, 1e-9);
  return ranked[0]!.code;
}

/* ---- Attendance: trend and per team. ---- */

export const ratesAcross = (scope: Scope, ranges: ReadonlyArray<Range>): Figure[] => ranges.map((r) => rate(rateOver(scope, [r])));
export const countsAcross = (scope: Scope, measure: Measure, ranges: ReadonlyArray<Range>, label: string): Figure[] =>
  ranges.map((r) => near(count(totalOver(scope, measure, [r])), label));
export const perTeam = (of: (code: string) => Figure): Figure[] => TEAMS.map((code) => forTeam(code, of(code)));

/* ---- Hours. ---- */

export const hoursOver = (scope: Scope, when: When): number => totalOver(scope, 'hours', when);

/** The people of the scope past a line of hours, nobody within 0.1 h of it (README: expected at work with no record counts with 0). */
export function hoursPast(scope: Scope, when: When, line: number, direction: 'over' | 'under'): string[] {
  return oneOf(
    when.map(([from, to]) =>
      peopleIn(stayers(scope))
        .filter((p) => totals({ ids: [p.id] }, from, to).expected > 0)
        .filter((p) => {
          const h = measureOf(p.id, 'hours', from, to);
          if (Math.abs(h - line) <= 0.1) throw new Error(`${p.id} worked ${h} h, too near ${line}`);
          return direction === 'over' ? h > line : h < line;
        })
        .map((p) => p.id),
    ),
  );
}

/** The n who worked the most (or fewest) hours, no one within 0.1 h across the cut. */
export function hoursEnd(scope: Scope, range: Range, n: number, direction: 'high' | 'low'): string[] {
  const list = entriesOf(stayers(scope), 'hours', range);
  const ranked = [...list].sort((a, b) => (direction === 'high' ? b.value - a.value : a.value - b.value));
  if (ranked.length > n && Math.abs(ranked[n - 1]!.value - ranked[n]!.value) <= 0.1) throw new Error('hours too near at the cut');
  return firstN(list, n, direction);
}

/* ---- Scores. ---- */

/**
 * A group's statistics in a quarter over everyone scored in it, those who have since left included: scores are not
 * dated (API.md), and the score summary counts every score of the quarter.
 */
export const statsOf = (period: string, scope: Scope) => stats([period], scope);

export const spread = (period: string, scope: Scope): number => {
  const s = statsOf(period, scope);
  return round(s.max - s.min, 2);
};

/** A person's final score in a quarter (throws when unscored). */
export function scoreOfOne(id: string, period: string): number {
  const found = scoresIn([period], { ids: [id] })[0];
  if (!found) throw new Error(`${id} has no score in ${period}`);
  return found.score;
}

/** Each quarter's figure, side by side. */
export const scoresAcross = (periods: string[], of: (period: string) => number): Figure[] => periods.map((p) => score(of(p)));

/** The people of the scope scored in the quarter above (or below) a figure, nobody within 0.005 of it, leavers alike. */
export function scoredPast(period: string, scope: Scope, line: number, direction: 'above' | 'below'): string[] {
  const pick = (s: Scope) =>
    scoresIn([period], s)
      .filter((x) => {
        if (Math.abs(x.score - line) < 0.01) throw new Error(`${x.id} scored ${x.score}, too near ${line}`);
        return direction === 'above' ? x.score > line : x.score < line;
      })
      .map((x) => x.id);
  return oneOf([pick(scope), pick(stayers(scope))]);
}

/** Score entries of a quarter. */
export const scoreEntriesOf =
  (period: string) =>
  (s: Scope): Entry[] =>
    scoresIn([period], s).map((x) => ({ id: x.id, value: x.score }));
/** Move entries between two quarters (final scores). */
export const moveEntriesOf =
  (from: string, to: string) =>
  (s: Scope): Entry[] =>
    changes(from, to, s).map((c) => ({ id: c.id, value: c.change }));

/* ---- Figures. ---- */

export const rateFig = (scope: Scope, when: When): Figure => rate(rateOver(scope, when));
export const hoursFig = (scope: Scope, when: When): Figure => hours(hoursOver(scope, when));
