/* Figures the tenth practice set needs beyond the shared oracle, built only from it and the data set. Added for practice10. */
import type { Day } from '../dataset/dates';
import type { Figure } from '../expectation';
import { totals, type Measure } from './attendance-figures';
import { select, type PeopleFilter } from './people-figures';
import { requestsOverlapping } from './leave-figures';
import type { LeaveStatus } from '../dataset/calendar';
import { rank } from './score-figures';
import { yearsBeforeToday } from './tenure-since';

export const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];

/** A figure that must stand next to one of these words (a regular expression) in the answer. */
export const near = (figure: Figure, label: string): Figure => ({ ...figure, label });

/** The teams with the most of a measure over the range (all of them when tied). */
export function teamsWithMost(measure: Measure, from: Day, to: Day): string[] {
  const values = TEAM_CODES.map((team) => ({ team, value: totals({ team }, from, to)[measure] }));
  const top = Math.max(...values.map((v) => v.value));
  return values.filter((v) => v.value === top).map((v) => v.team);
}

/** Active people hired less than a year before today. */
export const withUsUnderAYear = (filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => p.hire > yearsBeforeToday(1))
    .map((p) => p.id);

/** The people whose requests of these states overlap the range (each person once, in the data set's order). */
export const requestersOverlapping = (statuses: LeaveStatus[], from: Day, to: Day, team?: string): string[] => [
  ...new Set(statuses.flatMap((s) => requestsOverlapping(s, from, to, team === undefined ? {} : { team }).map((l) => l.employee))),
];

/** Each team's best scorer in the period. */
export const bestOfEachTeam = (period: string): string[] => TEAM_CODES.flatMap((team) => rank(period, 1, 'top', { team }));
