import { applyAttendanceChange, type AttendancePolicy, type AttendanceRecord } from '../core/attendance';
import { addDays } from '../core/work-calendar/dates';
import { DEFAULT_WORK_WEEK, isWorkDay } from '../core/work-calendar/work-week';
import type { Employee } from '../core/employee';

/** A stable number in [0, 1) for a person and a day, so the demo is the same on every machine. */
function roll(employeeId: string, date: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (const char of `${employeeId}|${date}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

/**
 * The working days of the `days` before `today`, for active employees hired
 * by then: mostly on time, some late, a few half days, a few absences
 * (no record). Statuses come from the times, through the same policy.
 */
export function demoAttendance(employees: Employee[], today: string, days: number, policy: AttendancePolicy): AttendanceRecord[] {
  const records: AttendanceRecord[] = [];
  for (let back = days; back >= 1; back--) {
    const date = addDays(today, -back);
    if (!isWorkDay(date, DEFAULT_WORK_WEEK)) continue;
    for (const employee of employees) {
      if (employee.status !== 'active' || employee.hire_date > date) continue;
      const dice = roll(employee.employee_id, date, 1);
      if (dice < 0.05) continue;
      const checkIn = dice < 0.15 ? 9 * 60 + 16 + Math.floor(roll(employee.employee_id, date, 2) * 60) : 8 * 60 + 20 + Math.floor(roll(employee.employee_id, date, 3) * 55);
      const worked = dice > 0.96 ? 180 : 480 + Math.floor(roll(employee.employee_id, date, 4) * 60);
      records.push({
        employee_id: employee.employee_id,
        attendance_date: date,
        team_id: employee.team_id,
        ...applyAttendanceChange(null, { check_in_time: clock(checkIn), check_out_time: clock(Math.min(checkIn + worked, 23 * 60 + 59)) }, policy),
      });
    }
  }
  return records;
}
