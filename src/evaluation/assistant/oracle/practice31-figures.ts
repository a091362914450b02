/*
 * practice31 — what an outside examiner's check of every promise of the README's assistant section needs
 * beyond the earlier oracle helpers: the periods its questions name (since 1 October, ISO week 45, the whole of
 * this week and of Q4), the best and worst team by rate (throwing on a tie), figures per team labelled by team,
 * how many distinct people something happened to, hour lines and hour rankings with clean cuts, the candidates
 * a first name matches within a caller's scope, score changes counted and score lines held in every quarter,
 * leave taken by kind, average tenure per team, hires to the same day of last year — built only from the data
 * set (dataset/*) and the earlier oracle modules' reading of API.md's rules. Added for practice31.
 */
import { TODAY, type LeaveCode } from '../dataset/calendar';
import { dataset } from '../dataset/dataset';
import { quarter, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { count, days, hours, rate, scopeOf, score, years, type Caller, type Figure } from '../expectation';
import { measureOf, peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { headcount, hiredBetween, select } from './people-figures';
import { near } from './practice10-figures';
import { cutIsClean, TEAM_CODES, teamLabel } from './practice11-figures';
import { rateIn } from './practice15-figures';
import { leaveTaken } from './practice17-figures';
import { tenureMean } from './practice29-figures';
import { changes, scoresIn, stats } from './score-figures';

type Range = readonly [Day, Day];

export const SINCE_OCT_1: [Day, Day] = ['2025-10-01', TODAY];
export const OCT_1_TO_15: [Day, Day] = ['2025-10-01', '2025-10-15'];
export const SEP_1_TO_OCT_15: [Day, Day] = ['2025-09-01', '2025-10-15'];
/** ISO week 45 of 2025: Monday 3 November to Sunday 9 November. */
export const WEEK_45: [Day, Day] = ['2025-11-03', '2025-11-09'];
/** This week whole (Monday to Sunday), for leave booked ahead. */
export const THIS_WEEK_WHOLE: [Day, Day] = ['2025-11-17', '2025-11-23'];
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const Q4_WHOLE: [Day, Day] = [quarter(2025, 4).from, quarter(2025, 4).to];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
/** Today's month and day a year ago: "the same point last year". */
export const LAST_YEAR_TO_DATE: [Day, Day] = ['2024-01-01', `2024-${TODAY.slice(5)}`];
export const THIS_COMING_MONDAY: Day = '2025-11-24';

/** The team with the highest ('best') or lowest ('worst') rate over the range; throws when two share it. */
export function teamByRate(range: Range, direction: 'best' | 'worst'): { team: string; rate: number } {
  const sorted = TEAM_CODES.map((team) => ({ team, rate: rateIn({ team }, range) })).sort((a, b) => (direction === 'best' ? b.rate - a.rate : a.rate - b.rate));
  if (sorted[0]!.rate === sorted[1]!.rate) throw new Error(`the ${direction} team over ${range.join('…')} is tied`);
  return sorted[0]!;
}

/** Each team's rate over the range, each standing next to its team's name. */
export const ratePerTeam = (range: Range): Figure[] => TEAM_CODES.map((team) => near(rate(rateIn({ team }, range)), teamLabel(team)));

/** A measure of each team over the range, as a figure next to the team's name; teams at 0 left out (an answer may say "none"). */
export function measurePerTeam(measure: Measure, range: Range, as: 'count' | 'days' | 'hours'): Figure[] {
  const make = { count, days, hours }[as];
  return TEAM_CODES.map((team) => ({ team, value: totals({ team }, range[0], range[1])[measure] }))
    .filter((x) => x.value > 0)
    .map((x) => near(make(x.value), teamLabel(x.team)));
}

/** How many distinct people of the scope had any of the measure over the range (throws when nobody). */
export function howManyPeople(scope: Scope, measure: Measure, [from, to]: Range): number {
  const n = peopleWhere(scope, measure, from, to).length;
  if (n === 0) throw new Error('nobody had it: the count would be a bare 0');
  return n;
}

/** The n people of the scope with the most hours over the range; throws when the cut is tied. */
export function mostHours(scope: Scope, [from, to]: Range, n: number): string[] {
  const ranked = peopleIn(scope)
    .map((p) => ({ id: p.id, value: measureOf(p.id, 'hours', from, to) }))
    .sort((a, b) => b.value - a.value);
  if (!cutIsClean(ranked, n)) throw new Error(`the ${n} with the most hours are tied at the cut`);
  return ranked.slice(0, n).map((x) => x.id);
}

/** The most recent day, today included, on which the person's record is late (throws when none). */
export function lastLate(id: string): Day {
  const found = dataset()
    .attendance.filter((r) => r.employee === id && r.status === 'late')
    .map((r) => r.date)
    .sort();
  if (found.length === 0) throw new Error(`${id} was never late`);
  return found[found.length - 1]!;
}

/** The dates on which the person was late over the range, today included. */
export const lateDays = (id: string, [from, to]: Range): Day[] =>
  dataset()
    .attendance.filter((r) => r.employee === id && r.status === 'late' && from <= r.date && r.date <= to)
    .map((r) => r.date)
    .sort();

/** The people within the caller's scope whose first name is this one (the candidates a question back lists). */
export function firstNameIn(first: string, who: Caller): string[] {
  const scope = scopeOf(who);
  return dataset()
    .people.filter((p) => p.name.split(' ')[0] === first && (scope === null || scope.has(p.id)))
    .map((p) => p.id);
}

/** The one person within the caller's scope with this first name (throws when none or several). */
export function onlyOne(first: string, who: Caller): string {
  const found = firstNameIn(first, who);
  if (found.length !== 1) throw new Error(`${found.length} people called ${first} in scope of ${who}`);
  return found[0]!;
}

/** How many people scored higher (or lower) in the later quarter than in the earlier one. */
export const movedCount = (from: string, to: string, direction: 'up' | 'down', scope: Scope = {}): number =>
  changes(from, to, scope).filter((c) => (direction === 'up' ? c.change > 0 : c.change < 0)).length;

/** The one person with the biggest rise (or fall) between two quarters; throws when tied. */
export function biggestMove(from: string, to: string, direction: 'up' | 'down', scope: Scope = {}): { id: string; change: number } {
  const sorted = changes(from, to, scope).sort((a, b) => (direction === 'up' ? b.change - a.change : a.change - b.change));
  if (sorted.length > 1 && sorted[0]!.change === sorted[1]!.change) throw new Error('the biggest move is tied');
  return sorted[0]!;
}

/** People of the scope scored strictly above the line in every one of the quarters; throws when a score sits on the line. */
export function aboveInAll(periods: string[], line: number, scope: Scope = {}): string[] {
  const scored = scoresIn(periods, scope);
  if (scored.some((s) => s.score === line)) throw new Error(`a score sits on ${line}`);
  return [...new Set(scored.map((s) => s.id))].filter((id) => periods.every((p) => scored.some((s) => s.id === id && s.period === p && s.score > line)));
}

/** The top scorer of a scope in a quarter with their score; throws when tied. */
export function topScorer(period: string, scope: Scope = {}): { id: string; score: number } {
  const sorted = scoresIn([period], scope).sort((a, b) => b.score - a.score);
  if (sorted.length > 1 && sorted[0]!.score === sorted[1]!.score) throw new Error('the top score is tied');
  return { id: sorted[0]!.id, score: sorted[0]!.score };
}

/** The mean score of a level (optionally of a team) in a quarter. */
export const meanOfLevel = (period: string, position: Position, team?: string): number =>
  stats([period], {
    ids: peopleIn({ team })
      .filter((p) => p.position === position)
      .map((p) => p.id),
  }).mean;

/** The mean score of a team's people whose position is none of these. */
export const meanWithoutLevels = (period: string, team: string, positions: Position[]): number =>
  stats([period], {
    ids: peopleIn({ team })
      .filter((p) => !positions.includes(p.position))
      .map((p) => p.id),
  }).mean;

/** Leave taken over the range by kind, each non-zero kind as days next to its name. */
export function leaveByKind(scope: Scope, range: Range): Figure[] {
  const words: Record<LeaveCode, string> = { ANNUAL: 'annual', SICK: 'sick', UNPAID: 'unpaid' };
  return (['ANNUAL', 'SICK', 'UNPAID'] as LeaveCode[])
    .map((code) => ({ code, value: leaveTaken(scope, code, range) }))
    .filter((x) => x.value > 0)
    .map((x) => near(days(x.value), words[x.code]));
}

/** Each team's active headcount, next to its name. */
export const headcountPerTeam = (): Figure[] => TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team)));

/** Each team's average tenure in whole years, next to its name (tenureMean throws when whole and exact years disagree). */
export const tenurePerTeam = (): Figure[] => TEAM_CODES.map((team) => near(years(tenureMean({ team })), teamLabel(team)));

/** Hires (leavers included) of the range, counted. */
export const hiresIn = ([from, to]: Range, team?: string): number => hiredBetween(from, to, team).length;

/** The people (leavers included) of a filter hired before the day. */
export const hiredBeforeDay = (day: Day, position?: Position): string[] =>
  select({ position, status: 'any' })
    .filter((p) => p.hire < day)
    .map((p) => p.id);

/** One person's check-in or check-out on a day as "H:MM" ("9:05" is in "09:05"); throws when there is none. */
export function clockAt(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordOf(id, day);
  const time = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!time) throw new Error(`${id} has no check-${which} on ${day}`);
  return time.slice(0, 5).replace(/^0/, '');
}

/** The change of one person's score between two quarters, as a score figure (its sign may be said in words). */
export function scoreChange(id: string, from: string, to: string): Figure {
  const found = changes(from, to, { ids: [id] })[0];
  if (!found) throw new Error(`${id} is not scored in both ${from} and ${to}`);
  return score(found.change);
}

/** The people scored strictly above (or below) the line in a quarter; throws when a score sits on the line. */
export function scoredPast(period: string, line: number, direction: 'above' | 'below', scope: Scope = {}): string[] {
  const scored = scoresIn([period], scope);
  if (scored.some((s) => s.score === line)) throw new Error(`a score in ${period} sits on ${line}`);
  return scored.filter((s) => (direction === 'above' ? s.score > line : s.score < line)).map((s) => s.id);
}

/**
 * Attendance corrections pending a decision: the data set (dataset/dataset.ts) holds none and load.ts files
 * none, so this reads whatever list the data set may carry and counts the pending ones — 0 today.
 */
export function pendingCorrections(): number {
  const held = (dataset() as unknown as { corrections?: Array<{ state?: string }> }).corrections ?? [];
  return held.filter((c) => c.state === 'pending').length;
}

/** "Since the 10th", asked on 19 November: the 10th of this month to today. */
export const SINCE_THE_10TH: [Day, Day] = ['2025-11-10', TODAY];
/** 1 September 2025 is a Monday: the first week of September is the 1st to the 7th however a week is counted. */
export const FIRST_WEEK_OF_SEPTEMBER: [Day, Day] = ['2025-09-01', '2025-09-07'];
