/*
 * What the twenty-second practice set needs beyond the shared oracle: a new HR coordinator's everyday
 * figures with exclusions and negations — teams with none of something over a range, the active people not
 * on leave on a day, headcounts and hires outside some teams or positions, the people of a scope with no
 * request of a state, the teams with no pending request, and a person's hours over a range that must not be
 * 0 — built only from the data set (dataset/*) and API.md's rules as the shared oracle reads them. Added for
 * practice22.
 */
import type { LeaveStatus } from '../dataset/calendar';
import type { Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { employedOn, leaveFraction } from './absence';
import { peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { requests } from './leave-figures';
import { hiredBetween, select } from './people-figures';
import { TEAM_CODES } from './practice11-figures';

/** The teams whose people were expected over the range and had none of the measure (ties nothing: a list). */
export function teamsWithNone(measure: Measure, [from, to]: readonly [Day, Day]): string[] {
  return TEAM_CODES.filter((team) => {
    const t = totals({ team }, from, to);
    return t.expected > 0 && t[measure] === 0;
  });
}

/** The people of the scope employed on the day and taking no part of it as approved leave. */
export const notOnLeave = (scope: Scope, day: Day): string[] =>
  peopleIn(scope)
    .filter((p) => employedOn(p, day) && leaveFraction(p, day) === 0)
    .map((p) => p.id);

/** Active headcount outside these teams. */
export const headcountOutside = (teams: string[]): number => select().filter((p) => !teams.includes(p.team)).length;

/** Active headcount of the positions not listed (of a team when given). */
export const headcountExcept = (positions: Position[], team?: string): number => select({ team }).filter((p) => !positions.includes(p.position)).length;

/** People hired within the range (leavers included) outside a team. */
export const hiredOutside = (team: string, [from, to]: readonly [Day, Day]): string[] => hiredBetween(from, to).filter((id) => !id.startsWith(`${team}-`));

/** Active people of the scope with no request of this state. */
export function withoutRequests(status: LeaveStatus, team?: string): string[] {
  const asking = new Set(requests(status, team === undefined ? {} : { team }).map((l) => l.employee));
  return select({ team })
    .filter((p) => !asking.has(p.id))
    .map((p) => p.id);
}

/** The teams with no request of this state. */
export const teamsWithoutRequests = (status: LeaveStatus): string[] => TEAM_CODES.filter((team) => requests(status, { team }).length === 0);

/** Hours of a scope over a range; throws when 0 (the question was meant to have some). */
export function hoursIn(scope: Scope, [from, to]: readonly [Day, Day]): number {
  const value = totals(scope, from, to).hours;
  if (value === 0) throw new Error('no hours in the range');
  return value;
}
