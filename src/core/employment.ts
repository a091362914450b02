/** Employment dates: when someone is employed, and which changes to them the records allow. */
import type { EmployeeStatus } from './employee';
import { EmploymentError, ValidationError } from './errors';
import type { TeamPeriod } from './work-calendar/team-period';
import { addDays } from './work-calendar/dates';

export interface Employment {
  status: EmployeeStatus;
  hire_date: string;
  end_date: string | null;
}

/**
 * The employment after a change (a create when there is no current one):
 * going inactive without an end date ends it today (or on the hire date, if
 * that is later); going active again clears the end date only while no day
 * after it has closed — after that a rehire is a new employee.
 * @throws ValidationError (an end before the hire date, an inactive employee without one), EmploymentError
 */
export function nextEmployment(current: Employment | null, change: Partial<Employment>, today: string): Employment {
  const status = change.status ?? current?.status ?? 'active';
  const hire = change.hire_date ?? current?.hire_date ?? today;
  let end = change.end_date !== undefined ? change.end_date : (current?.end_date ?? null);
  const reactivated = current?.status === 'inactive' && status === 'active';
  if (reactivated && change.end_date === undefined) end = null;
  if (reactivated && current.end_date !== null && end === null && addDays(current.end_date, 1) < today) {
    throw new EmploymentError('EMPLOYMENT_ENDED', `The employment ended on ${current.end_date} and days after it have closed; a rehire is a new employee`);
  }
  if (status === 'inactive' && end === null) {
    if (change.end_date === null) throw ValidationError.field('end_date', 'is required while the employee is inactive');
    end = hire > today ? hire : today;
  }
  if (end !== null && end < hire)
    throw ValidationError.field(change.end_date !== undefined ? 'end_date' : 'hire_date', `end_date ${end} must not be before hire_date ${hire}`);
  return { status, hire_date: hire, end_date: end };
}

/**
 * A date change that would leave existing records outside the employment,
 * or move the hire date past the first team move; null when it is allowed.
 */
export function datesRefusal(next: Employment, records: { first: string; last: string } | null, periods: readonly TeamPeriod[]): EmploymentError | null {
  if (records && records.first < next.hire_date) {
    return new EmploymentError('RECORDS_OUTSIDE_EMPLOYMENT', `Records from ${records.first} would fall before hire_date ${next.hire_date}`);
  }
  if (records && next.end_date !== null && records.last > next.end_date) {
    return new EmploymentError('RECORDS_OUTSIDE_EMPLOYMENT', `Records up to ${records.last} would fall after end_date ${next.end_date}`);
  }
  const firstMove = periods[0]?.to ?? null;
  if (firstMove !== null && next.hire_date > firstMove) {
    return new EmploymentError(
      'HIRE_DATE_AFTER_TEAM_MOVE',
      `hire_date ${next.hire_date} would be after the first team move (the first team ends on ${firstMove})`,
    );
  }
  return null;
}
