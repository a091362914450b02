/*
 * practice30 — what the mixed week needs beyond the earlier oracles: whether one day is a full working day for a
 * team (weekends and that team's holidays taken off, as the work calendar does).
 */
import type { Day } from '../dataset/dates';
import { workingDaysHalves } from './practice23-figures';
import { scoreOf } from './score-figures';

/** Whether `day` is a full working day for `team` by the work calendar. */
export const isWorkingDay = (day: Day, team: string): boolean => workingDaysHalves([day, day], team) === 1;

/** A score that must exist: throws when the person has none for the quarter, so no question expects a blank. */
export function scoreKnown(id: string, quarter: string): number {
  const value = scoreOf(id, quarter);
  if (value === null) throw new Error(`${id} has no score for ${quarter}`);
  return value;
}
