import { addDays } from '../../core/work-calendar/dates';
import type { NewHoliday } from '../../core/work-calendar/holiday';
import { isWorkDay, type WorkWeek } from '../../core/work-calendar/work-week';

/**
 * The calendar events of the demo, relative to the day it is seeded, so
 * every figure the README shows has a case behind it: an organisation
 * holiday, a team's morning off, a leaver, a team move in the middle of the
 * tracked weeks, a forgotten check-out, and leave: taken, a half day, pending and planned.
 */
export interface DemoEvents {
  holidays: Omit<NewHoliday, 'holiday_id'>[];
  leaver: { employee_id: string; end_date: string };
  move: { employee_id: string; to_team: string; on: string };
  missingCheckOut: { employee_id: string; date: string };
  /** Leave asked for and decided as people would: approved days behind, a morning off, one pending and one approved ahead. */
  leave: DemoLeave[];
}

export interface DemoLeave {
  employee_id: string;
  code: string;
  from: string;
  to: string;
  half_day: 'am' | 'pm' | null;
  status: 'approved' | 'pending';
}

/** The first work day on or after `daysAhead` days after today. */
function workDayAhead(today: string, daysAhead: number, workWeek: WorkWeek): string {
  let date = addDays(today, daysAhead);
  while (!isWorkDay(date, workWeek)) date = addDays(date, 1);
  return date;
}

/** The latest work day on or before `daysBack` days before today. */
function workDayBack(today: string, daysBack: number, workWeek: WorkWeek, taken: string[] = []): string {
  let date = addDays(today, -daysBack);
  while (!isWorkDay(date, workWeek) || taken.includes(date)) date = addDays(date, -1);
  return date;
}

/** The first work day after `date` that is not `taken`. */
function nextWorkDay(date: string, workWeek: WorkWeek, taken: string[]): string {
  let next = addDays(date, 1);
  while (!isWorkDay(next, workWeek) || taken.includes(next)) next = addDays(next, 1);
  return next;
}

export function demoEvents(today: string, workWeek: WorkWeek): DemoEvents {
  const orgHoliday = workDayBack(today, 9, workWeek);
  const qaMorning = workDayBack(today, 4, workWeek, [orgHoliday]);
  // Taken leave of several days, whatever day of the week the demo is seeded on (a weekend in the span would leave one).
  const takenFrom = workDayBack(today, 8, workWeek, [orgHoliday]);
  const takenTo = [workDayBack(today, 6, workWeek, [orgHoliday]), nextWorkDay(takenFrom, workWeek, [orgHoliday])].sort().at(-1)!;
  return {
    holidays: [
      { date: orgHoliday, name: 'Founders Day', team_id: null, half: null },
      { date: qaMorning, name: 'QA offsite', team_id: 'QA', half: 'am' },
    ],
    leaver: { employee_id: 'AI-006', end_date: workDayBack(today, 16, workWeek, [orgHoliday]) },
    move: { employee_id: 'DAT-006', to_team: 'AI', on: workDayBack(today, 23, workWeek) },
    missingCheckOut: { employee_id: 'DEV-004', date: workDayBack(today, 2, workWeek, [orgHoliday, qaMorning]) },
    leave: [
      {
        employee_id: 'DEV-002',
        code: 'ANNUAL',
        from: takenFrom,
        to: takenTo,
        half_day: null,
        status: 'approved',
      },
      {
        employee_id: 'QA-003',
        code: 'SICK',
        from: workDayBack(today, 3, workWeek, [qaMorning]),
        to: workDayBack(today, 3, workWeek, [qaMorning]),
        half_day: 'pm',
        status: 'approved',
      },
      {
        employee_id: 'DEV-003',
        code: 'ANNUAL',
        from: workDayAhead(today, 7, workWeek),
        to: workDayAhead(today, 8, workWeek),
        half_day: null,
        status: 'pending',
      },
      {
        employee_id: 'DAT-002',
        code: 'ANNUAL',
        from: workDayAhead(today, 10, workWeek),
        to: workDayAhead(today, 14, workWeek),
        half_day: null,
        status: 'approved',
      },
    ],
  };
}
