import { randomUUID } from 'node:crypto';
import type { Employee } from '../core/employee';
import { BookChange } from '../core/leave/book-change';
import type { LeaveChange } from '../core/leave/leave-repository';
import { requestedDays } from '../core/leave/leave-charge';
import { overlaps, totalOf, yearsOf, type LeaveRequest } from '../core/leave/leave-request';
import type { LeaveType } from '../core/leave/leave-type';
import type { LeaveBook } from '../core/leave/leave-repository';
import type { WorkCalendar } from '../core/work-calendar/work-calendar';

/**
 * A year of leave for every employee of the bench data (issue 27's
 * definition): four stretches of annual leave of one to four working days
 * and two sick half days, approved, over the last `workDays`; one annual
 * request pending a few weeks ahead. Deterministic; charged by the calendar
 * of each employee's team that day (the generated records on those days are
 * not looked at: the volume is what the bench needs, not the reversals).
 */
export function generatedLeave(
  staff: readonly { employee: Employee; teamOn: (date: string) => string }[],
  workDays: readonly string[],
  futureDays: readonly string[],
  calendar: WorkCalendar,
  roll: (key: string) => number,
  at: string,
): LeaveRequest[] {
  const requests: LeaveRequest[] = [];
  for (const { employee, teamOn } of staff) {
    const own: LeaveRequest[] = [];
    const add = (code: string, fromIndex: number, length: number, halfDay: 'am' | 'pm' | null, status: 'approved' | 'pending', days: readonly string[]) => {
      const from = days[Math.max(0, Math.min(days.length - 1, fromIndex))]!;
      const to = days[Math.max(0, Math.min(days.length - 1, fromIndex + length - 1))]!;
      if (from < employee.hire_date || (employee.end_date !== null && to > employee.end_date)) return;
      const range = { from, to, half_day: halfDay };
      if (own.some((other) => overlaps(other, range))) return;
      const charges = requestedDays(range, { dayOf: (date) => calendar.day(date, teamOn(date)) });
      if (totalOf(charges) === 0) return;
      own.push({
        request_id: randomUUID(),
        employee_id: employee.employee_id,
        team_id: employee.team_id,
        code,
        ...range,
        days: totalOf(charges),
        charges,
        status,
        reason: 'generated',
        requested_by: employee.employee_id,
        decided_by: status === 'approved' ? 'admin' : null,
        decided_at: status === 'approved' ? at : null,
        decision_note: null,
        created_at: at,
        updated_at: at,
      });
    };
    const id = employee.employee_id;
    for (let k = 0; k < 4; k++)
      add('ANNUAL', Math.floor(roll(`annual|${id}|${k}`) * workDays.length), 1 + Math.floor(roll(`length|${id}|${k}`) * 4), null, 'approved', workDays);
    for (let k = 0; k < 2; k++) add('SICK', Math.floor(roll(`sick|${id}|${k}`) * workDays.length), 1, k === 0 ? 'am' : 'pm', 'approved', workDays);
    if (employee.end_date === null) add('ANNUAL', Math.floor(roll(`pending|${id}`) * futureDays.length), 2, null, 'pending', futureDays);
    requests.push(...own);
  }
  return requests;
}

/** The change that writes generated requests for some employees: their grants, taken days and reservations. */
export function leaveWrite(
  books: ReadonlyMap<string, LeaveBook>,
  employees: ReadonlyMap<string, Employee>,
  types: ReadonlyMap<string, LeaveType>,
  requests: readonly LeaveRequest[],
): LeaveChange {
  const change = new BookChange(books, employees, types);
  for (const request of requests) {
    if (request.status === 'pending') change.reserve(request, request.charges, 1);
    else change.take(request, request.charges, 'admin', 1);
    change.put(request);
  }
  return change.result();
}

export const yearsOfAll = (requests: readonly LeaveRequest[]) => [...new Set(requests.flatMap((r) => yearsOf(r.from, r.to)))];
