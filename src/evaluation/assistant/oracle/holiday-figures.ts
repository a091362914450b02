/* Holidays as a caller sees them: the organisation's and, for a team member, their team's — from the data set's calendar. */
import { HOLIDAYS, type Holiday } from '../dataset/calendar';
import type { Day } from '../dataset/dates';

/** Holidays in the range, in date order: organisation-wide only when team is null, else also that team's. */
export function holidaysBetween(from: Day, to: Day, team: string | null = null): Holiday[] {
  return HOLIDAYS.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === team)).sort((a, b) => a.date.localeCompare(b.date));
}

/** The first holiday strictly after the day, for the team (or the organisation's). */
export function nextHoliday(after: Day, team: string | null = null): Holiday {
  const found = HOLIDAYS.filter((h) => h.date > after && (h.team === null || h.team === team)).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error(`no holiday after ${after}`);
  return found;
}

export const datesOf = (holidays: Holiday[]) => holidays.map((h) => h.date);
