import type { Employee } from '../../core/employee';
import { ValidationError } from '../../core/errors';
import { MAX_LEAVE_DAYS, yearOf } from '../../core/leave/leave-request';
import { daysBetween } from '../../core/work-calendar/dates';

/** The dates of leave the rules admit: in order, at most MAX_LEAVE_DAYS, within employment and tracking (else 422). */
export function checkLeaveDates(employee: Pick<Employee, 'employee_id' | 'hire_date' | 'end_date'>, from: string, to: string, trackingStart: string): void {
  if (from > to) throw ValidationError.field('from', 'must not be after to');
  if (daysBetween(from, to) > MAX_LEAVE_DAYS) throw ValidationError.field('to', `must be at most ${MAX_LEAVE_DAYS} days from from, inclusive`);
  if (from < employee.hire_date) throw ValidationError.field('from', `must not be before ${employee.employee_id}'s hire date (${employee.hire_date})`);
  if (employee.end_date !== null && to > employee.end_date)
    throw ValidationError.field('to', `must not be after ${employee.employee_id}'s end date (${employee.end_date})`);
  if (from < trackingStart) throw ValidationError.field('from', `must not be before attendance tracking started (${trackingStart})`);
}

/**
 * The year of a leave adjustment, bounded as leave dates are: one the employee is employed in at
 * some time (the years the balance listing shows), and not wholly before tracking started (else 422).
 */
export function checkLeaveYear(employee: Pick<Employee, 'employee_id' | 'hire_date' | 'end_date'>, year: number, trackingStart: string): void {
  if (year < yearOf(employee.hire_date)) throw ValidationError.field('year', `must not be before ${employee.employee_id}'s hire date (${employee.hire_date})`);
  if (employee.end_date !== null && year > yearOf(employee.end_date))
    throw ValidationError.field('year', `must not be after ${employee.employee_id}'s end date (${employee.end_date})`);
  if (year < yearOf(trackingStart)) throw ValidationError.field('year', `must not be before attendance tracking started (${trackingStart})`);
}
