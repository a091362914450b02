/*
 * What the thirteenth practice set needs beyond the shared oracle: a few small look-ups (a check-in time of
 * day, a week read back from another, teams by headcount, a range's rate), built only from the data set and
 * the oracle. Added for practice13.
 */
import { addDays, type Day } from '../dataset/dates';
import { recordOf, totals, type Scope } from './attendance-figures';
import { headcount } from './people-figures';
import { TEAM_CODES } from './practice11-figures';

/** One person's check-in on a day as "HH:MM" (what an answer would write), or throws when there is none. */
export function checkInAt(id: string, day: Day): string {
  const time = recordOf(id, day)?.checkIn;
  if (time === null || time === undefined) throw new Error(`${id} has no check-in on ${day}`);
  return time.slice(0, 5);
}

/** The week (Monday to Sunday) before the one given by its Monday. */
export const weekBefore = (monday: Day): [Day, Day] => [addDays(monday, -7), addDays(monday, -1)];

/** The rate of a scope over a range (throws when nothing was expected). */
export function rateOver(scope: Scope, range: readonly [Day, Day]): number {
  const rate = totals(scope, range[0], range[1]).rate;
  if (rate === null) throw new Error(`no rate for ${JSON.stringify(scope)} over ${range.join('…')}`);
  return rate;
}

/** The teams whose active headcount passes the test, by code. */
export const teamsWithHeadcount = (passes: (n: number) => boolean): string[] => TEAM_CODES.filter((team) => passes(headcount({ team })));
