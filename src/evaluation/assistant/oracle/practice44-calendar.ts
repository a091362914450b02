/*
 * practice44 — the work calendar as a rota planner asks about it: the holidays of a caller's calendar (the
 * organisation's and their team's) over a period, the next one, the half-day ones, whether a day is wholly a working
 * day or off, and the working days of a period (README: the days of the work week less the holidays on them, a
 * half-day holiday as a half). A question without a team is asked only over days where no team's holiday falls on a
 * working day, so that the organisation's calendar and any team's give the same answer. Written code-blind from
 * API.md's "Work calendar" and the README; reads only the data set (dataset/*) and the other oracle modules.
 */
import { HOLIDAYS, TODAY, type Holiday } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { daysBetween, isWeekend, type Day } from '../dataset/dates';
import { workingDaysHalves } from './practice23-figures';
import type { Range } from './practice44-figures';

/** The holidays a team's members have over the range (the organisation's and the team's), by date; null: the organisation's only. */
export const holidaysOf = ([from, to]: Range, teamCode: string | null): Holiday[] =>
  HOLIDAYS.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === teamCode)).sort((a, b) => a.date.localeCompare(b.date));

/** The dates of those holidays (throws when there are none: the question was written to find some). */
export function holidayDates(range: Range, teamCode: string | null): Day[] {
  const found = holidaysOf(range, teamCode).map((h) => h.date);
  if (found.length === 0) throw new Error(`no holidays over ${range.join('…')}`);
  return found;
}

/** The half-day holidays of a calendar over the range, by date. */
export function halfDayHolidayDates(range: Range, teamCode: string | null): Day[] {
  const found = holidaysOf(range, teamCode)
    .filter((h) => h.half !== null)
    .map((h) => h.date);
  if (found.length === 0) throw new Error('no half-day holidays');
  return found;
}

/** The first holiday of a calendar strictly after today, and its name. */
export function nextHolidayFor(teamCode: string | null): Holiday {
  const found = HOLIDAYS.filter((h) => h.date > TODAY && (h.team === null || h.team === teamCode)).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!found) throw new Error('no holiday ahead');
  return found;
}

/** "The next public holiday": the organisation's next holiday (a team's own day is not a public holiday). */
export const nextPublicHoliday = (): Holiday => nextHolidayFor(null);

/** A holiday of the calendar by its name. */
export function holidayCalled(name: string): Holiday {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday called ${name}`);
  return found;
}

/** The organisation's holiday on a day (throws when there is none). */
export function publicHolidayOn(day: Day): Holiday {
  const found = holidaysOf([day, day], null);
  if (found.length !== 1) throw new Error(`${found.length} public holidays on ${day}`);
  return found[0]!;
}

/** A team's own holidays (not the organisation's), by date. */
export const teamHolidayDates = (teamCode: string): Day[] =>
  HOLIDAYS.filter((h) => h.team === teamCode)
    .map((h) => h.date)
    .sort();

/** Is the day wholly off for a team (a weekend, or a whole-day holiday of the organisation or the team)? */
export const wholeDayOff = (day: Day, teamCode: string | null): boolean =>
  isWeekend(day) || HOLIDAYS.some((h) => h.date === day && h.half === null && (h.team === null || h.team === teamCode));

/** Is the day wholly a working day for a team (a day of the work week with no holiday half on it)? */
export const wholeWorkingDay = (day: Day, teamCode: string | null): boolean => workingDaysHalves([day, day], teamCode) === 1;

/** Is the day half a holiday for a team (one half off)? */
export const halfOff = (day: Day, teamCode: string | null): boolean => workingDaysHalves([day, day], teamCode) === 0.5;

/** Working days of a team's calendar over the range (a half-day holiday a half). */
export const workingDaysFor = (range: Range, teamCode: string): number => workingDaysHalves(range, teamCode);

/** Working days of a person's calendar: their team's. */
export const myWorkingDays = (range: Range, id: string): number => workingDaysHalves(range, person(id).team);

/**
 * Working days over the range asked without a team: the organisation's calendar, checked to be every team's too (no
 * team's holiday falls on a day of the work week in the range), so that the answer is one.
 */
export function workingDaysAnyTeam(range: Range): number {
  const teamDays = HOLIDAYS.filter((h) => h.team !== null && range[0] <= h.date && h.date <= range[1] && !isWeekend(h.date));
  if (teamDays.length > 0) throw new Error(`a team's holiday falls in ${range.join('…')}: working days depend on the team`);
  return workingDaysHalves(range, null);
}

/** The days of the work week in the range (no holiday taken off). */
export const weekdaysIn = ([from, to]: Range): number => daysBetween(from, to).filter((d) => !isWeekend(d)).length;
