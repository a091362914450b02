/*
 * practice33 — what the phone-and-chat set needs beyond the earlier oracles: people under a rate line (throwing
 * when someone sits on it), a person's last day away, score rankings and changes that must not tie at the top,
 * scores above a line in two quarters or above a team's own mean, per-team figures as labelled figures, leave
 * taken by kind over a range, the union of two lists on a day, and refusal words for a team or the company —
 * built only from the data set (dataset/*) and the earlier oracle modules. Added for practice33.
 */
import { TODAY, TRACKING_START, type LeaveCode } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { days, refusal, type Expected, type Figure } from '../expectation';
import { peopleByRate, peopleIn, peopleWhere, totals, type Measure, type Scope } from './attendance-figures';
import { leaveDays } from './leave-figures';
import { select } from './people-figures';
import { near } from './practice10-figures';
import { TEAM_CODES, teamLabel } from './practice11-figures';
import { COMPANY_WORDS, teamWords } from './practice12-figures';
import { rateIn } from './practice15-figures';
import { statusOn } from './status-on';
import { absentDays } from './practice23-figures';
import { changes, scoresIn, stats } from './score-figures';

type Range = readonly [Day, Day];

export const YESTERDAY: Day = addDays(TODAY, -1);
/** "Since 1 Oct" and "this quarter" asked on 19 November: 1 October to today. */
export const SINCE_OCT_1: [Day, Day] = ['2025-10-01', TODAY];
/** "Between 1 Sep and 15 Oct", both included. */
export const SEP_1_TO_OCT_15: [Day, Day] = ['2025-09-01', '2025-10-15'];
/** "The week of 3 November": Monday 3 to Sunday 9 November. */
export const WEEK_OF_NOV_3: [Day, Day] = ['2025-11-03', '2025-11-09'];
/** "Q3": July to September (attendance is tracked from 1 August). */
export const Q3_RANGE: [Day, Day] = ['2025-07-01', '2025-09-30'];
/** "This quarter" for hires: 1 October to today. */
export const Q4_RANGE: [Day, Day] = ['2025-10-01', TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const WHOLE_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];

/** People in scope whose rate over the range is strictly under the line; throws when a rate sits within 0.05 points of it. */
export function underLine(scope: Scope, [from, to]: Range, line: number): string[] {
  const rated = peopleByRate(scope, from, to, 'lowest');
  if (rated.some((x) => Math.abs(x.rate - line) < 0.0005)) throw new Error(`a rate sits on the line ${line}`);
  return rated.filter((x) => x.rate < line).map((x) => x.id);
}

/** The latest closed day since tracking began on which the person was away for some of what was expected of them. */
export function lastAwayDay(id: string): Day {
  const away = absentDays(id, [TRACKING_START, YESTERDAY]);
  if (away.length === 0) throw new Error(`${id} was never away`);
  return away[away.length - 1]!;
}

/** The one person with the biggest change between two quarters (rise or fall); throws when two share it. */
export function soleMover(from: string, to: string, direction: 'up' | 'down', scope: Scope = {}): { id: string; change: number } {
  const sorted = changes(from, to, scope).sort((a, b) => (direction === 'up' ? b.change - a.change : a.change - b.change));
  if (sorted.length > 1 && sorted[0]!.change === sorted[1]!.change) throw new Error('the biggest change is tied');
  return sorted[0]!;
}

/** How many in scope scored higher in the later quarter than in the earlier one. */
export const improvedCount = (from: string, to: string, scope: Scope = {}): number => changes(from, to, scope).filter((c) => c.change > 0).length;

/** People scored strictly above the line in every one of the quarters; throws when a score sits on the line. */
export function aboveInAll(periods: string[], line: number, scope: Scope = {}): string[] {
  const all = scoresIn(periods, scope);
  if (all.some((s) => s.score === line)) throw new Error(`a score sits on ${line}`);
  return peopleIn(scope)
    .map((p) => p.id)
    .filter((id) => periods.every((period) => all.some((s) => s.id === id && s.period === period && s.score > line)));
}

/** People of a team scored above the team's own mean in the quarter; throws when a score equals the mean. */
export function aboveOwnMean(period: string, team: string): string[] {
  const mean = stats([period], { team }).mean;
  const scores = scoresIn([period], { team });
  if (scores.some((s) => s.score === mean)) throw new Error('a score equals the mean');
  return scores.filter((s) => s.score > mean).map((s) => s.id);
}

/** The team with the highest (or lowest) mean in the quarter; throws when two teams share it. */
export function teamByMean(period: string, direction: 'highest' | 'lowest'): string {
  const means = TEAM_CODES.map((team) => ({ team, mean: stats([period], { team }).mean })).sort((a, b) =>
    direction === 'highest' ? b.mean - a.mean : a.mean - b.mean,
  );
  if (means[0]!.mean === means[1]!.mean) throw new Error('two teams share the mean');
  return means[0]!.team;
}

/** Each team's rate over the range, as a figure next to the team's name. */
export const rateByTeam = (range: Range, rate: (value: number) => Figure): Figure[] =>
  TEAM_CODES.map((team) => near(rate(rateIn({ team }, range)), teamLabel(team)));

/** Each team's measure over the range, as a figure next to the team's name. */
export const measureByTeam = (measure: Measure, [from, to]: Range, as: (value: number) => Figure): Figure[] =>
  TEAM_CODES.map((team) => near(as(totals({ team }, from, to)[measure]), teamLabel(team)));

/** Days of approved leave of one kind in the range, summed over the scope. */
export const leaveOfKind = (scope: Scope, code: LeaveCode, [from, to]: Range): number =>
  peopleIn(scope).reduce((s, p) => s + leaveDays(p.id, from, to, code), 0);

/** Leave taken over the range, kind by kind, as figures next to the kind's name; kinds with none are left out. */
export function leaveByKind(scope: Scope, range: Range): Figure[] {
  const labels: Record<LeaveCode, string> = { ANNUAL: 'annual', SICK: 'sick', UNPAID: 'unpaid' };
  return (['ANNUAL', 'SICK', 'UNPAID'] as const)
    .filter((code) => leaveOfKind(scope, code, range) > 0)
    .map((code) => near(days(leaveOfKind(scope, code, range)), labels[code]));
}

/** The people in scope with either measure over the range, each once. */
export const eitherOf = (scope: Scope, a: Measure, b: Measure, [from, to]: Range): string[] => [
  ...new Set([...peopleWhere(scope, a, from, to), ...peopleWhere(scope, b, from, to)]),
];

/** Active people holding this job title. */
export const withTitle = (title: string, team?: string): string[] => select({ title, team }).map((p) => p.id);

/** Active people of the position, optionally in a team. */
export const atLevel = (position: Position, team?: string): string[] => select({ position, team }).map((p) => p.id);

/** A person's hire date and job title as the data set holds them. */
export const hiredOn = (id: string): Day => person(id).hire;
export const jobTitle = (id: string): string => person(id).title;

/** A team asked about by someone who may not see it: named back as outside what they can see. */
export const outsideTeam = (code: string): Expected => refusal(...teamWords(code), 'outside');

/** The whole organisation asked about by a manager or an employee. */
export const outsideCompany = (): Expected => refusal(...COMPANY_WORDS, 'outside');

/** Throws unless the list holds someone: the question was meant to name people. */
export function someone(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/**
 * The last day up to and including today with this status. A grading correction: PH101 ("when was I last late")
 * first looked from yesterday, but a late arrival this morning is the last one.
 */
export function lastDayUpToToday(id: string, status: string): Day {
  for (let day = TODAY; day >= TRACKING_START; day = addDays(day, -1)) if (statusOn(id, day) === status) return day;
  throw new Error(`${id} has no ${status} day`);
}
