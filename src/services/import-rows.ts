import { isAdmin, type Principal } from '../core/access';
import type { Employee } from '../core/employee';
import { AppError } from '../core/errors';
import type { EmployeeRepository } from '../core/ports';
import type { TeamPeriod } from '../core/work-calendar/team-period';
import type { ImportRow, Verdicts } from './import-verdicts';

/**
 * The employees of the rows the caller may write: the other rows fail with
 * the same words whether their employee exists or not (only an admin learns which).
 */
export function writableRows<R extends { employee_id: string }>(
  principal: Principal,
  rows: ImportRow<R>[],
  verdicts: Verdicts,
  named: Map<string, Employee>,
  may: (employee: Employee, row: R) => boolean,
): Map<string, Employee> {
  const writable = new Map<string, Employee>();
  for (const { row, value } of rows) {
    const employee = named.get(value!.employee_id);
    if (employee && may(employee, value!)) writable.set(employee.employee_id, employee);
    else if (!employee && isAdmin(principal)) verdicts.fail(row, 'employee_id', `Employee ${value!.employee_id} does not exist`);
    else verdicts.fail(row, 'employee_id', `${value!.employee_id} is outside what you may change`);
  }
  return writable;
}

/** Runs a rule on a row; its field errors fail the row instead of the import. */
export function settle<T>(row: number, verdicts: Verdicts, rule: () => T): T | undefined {
  try {
    return rule();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    verdicts.failAll(row, error.details ?? [{ field: 'row', message: error.message }]);
    return undefined;
  }
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Each employee's team periods over an import's dates, from one read of the memberships (not one read per person). */
export async function teamPeriodsOver(employees: EmployeeRepository, employeeIds: string[], from: string, to: string): Promise<Map<string, TeamPeriod[]>> {
  const wanted = new Set(employeeIds);
  const periods = new Map<string, TeamPeriod[]>();
  for (const { employee_id, ...period } of await employees.membershipsBetween(from, to, null)) {
    if (wanted.has(employee_id)) periods.set(employee_id, [...(periods.get(employee_id) ?? []), period]);
  }
  return periods;
}
