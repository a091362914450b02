import { applyAttendanceChange, employedOn, type AttendancePolicy, type AttendanceRecord } from '../../core/attendance';
import type { Employee } from '../../core/employee';
import { expectedFraction } from '../../core/work-calendar/absence-rule';
import { addDays } from '../../core/work-calendar/dates';
import type { WorkCalendar } from '../../core/work-calendar/work-calendar';
import type { DemoEvents } from './demo-calendar';

/** A stable number in [0, 1) for a person and a day, so the demo is the same on every machine. */
function roll(employeeId: string, date: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (const char of `${employeeId}|${date}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

/**
 * The days of the `days` before `today` on which each employee is expected
 * (the calendar's rule: work days, holidays, employment), in the team of
 * that day: mostly on time, some late, a few half days, a few absences (no
 * record), an afternoon start on a morning off, one forgotten check-out,
 * nobody on the days of their approved leave.
 * Statuses come from the times, through the same policy.
 */
export function demoAttendance(
  employees: Employee[],
  today: string,
  days: number,
  policy: AttendancePolicy,
  calendar: WorkCalendar,
  events: DemoEvents,
): AttendanceRecord[] {
  const records: AttendanceRecord[] = [];
  for (let back = days; back >= 1; back--) {
    const date = addDays(today, -back);
    for (const employee of employees) {
      if (!employedOn(employee, date)) continue;
      const teamId = employee.employee_id === events.move.employee_id && date < events.move.on ? originalTeam(employee) : employee.team_id;
      const day = calendar.day(date, teamId);
      const leave = events.leave.find((l) => l.status === 'approved' && l.employee_id === employee.employee_id && l.from <= date && date <= l.to);
      const kind = leave ? (leave.half_day ?? 'day') : null;
      const e = expectedFraction(day, kind);
      const dice = roll(employee.employee_id, date, 1);
      if (e === 0 || dice < 0.05) continue;
      const start = e === 1 ? 8 * 60 + 20 : 12 * 60 + 20;
      const checkIn =
        dice < 0.15 ? start + 56 + Math.floor(roll(employee.employee_id, date, 2) * 60) : start + Math.floor(roll(employee.employee_id, date, 3) * 55);
      const worked = dice > 0.96 || e < 1 ? 180 + (e < 1 ? 60 : 0) : 480 + Math.floor(roll(employee.employee_id, date, 4) * 60);
      const forgot = employee.employee_id === events.missingCheckOut.employee_id && date === events.missingCheckOut.date;
      const times = { check_in_time: clock(checkIn), check_out_time: forgot ? null : clock(Math.min(checkIn + worked, 23 * 60 + 59)) };
      const morningOff = calendar.morningOff(date, teamId, kind);
      records.push({ employee_id: employee.employee_id, attendance_date: date, team_id: teamId, ...applyAttendanceChange(null, times, policy, morningOff) });
    }
  }
  return records;
}

/** The mover's team before the move is the one their id names. */
function originalTeam(employee: Employee): string {
  return employee.employee_id.slice(0, employee.employee_id.indexOf('-'));
}
