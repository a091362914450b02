import { datesBetween } from './dates';
import type { WorkCalendar } from './work-calendar';

export interface WorkingDays {
  /** Days of the work week in the range. */
  work_week_days: number;
  /** Of those, the days the holidays take off (a half-day holiday as a half). */
  holiday_days: number;
  /** What is left to work: the days of the work week less the holidays. */
  working_days: number;
  /** The holidays on days of the work week, with the share of the day each takes. */
  holidays: { date: string; name: string; days: number }[];
}

/** The working days of a range for a team (its holidays and the organisation's) or, with none, for the organisation. */
export function workingDaysIn(calendar: WorkCalendar, from: string, to: string, teamId: string | null): WorkingDays {
  let workWeek = 0;
  const holidays: WorkingDays['holidays'] = [];
  for (const date of datesBetween(from, to)) {
    const day = calendar.day(date, teamId);
    if (!day.working_day) continue;
    workWeek += 1;
    if (day.holiday !== null && day.holiday_halves.length > 0) holidays.push({ date, name: day.holiday, days: day.holiday_halves.length / 2 });
  }
  const off = holidays.reduce((sum, h) => sum + h.days, 0);
  return { work_week_days: workWeek, holiday_days: off, working_days: workWeek - off, holidays };
}
