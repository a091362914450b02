/**
 * The payroll export's figures for one employee over a month (API.md,
 * "Corrections, audit and exports"): the absence rule applied to each day
 * counted for them, added up. Nothing here decides who is absent on its own.
 */
import { attends, combinedLeave, expectedFraction, leaveThatStands, round1 } from '../work-calendar/absence-rule';
import { halvesOf, type Half } from '../work-calendar/holiday';
import type { CalendarDay } from '../work-calendar/work-calendar';

export const PAYROLL_COLUMNS = [
  'employee_id',
  'name',
  'team_id',
  'working_days',
  'expected_days',
  'present',
  'late',
  'half_day',
  'absent',
  'on_leave_paid',
  'on_leave_unpaid',
  'holidays',
  'missing_check_out',
  'hours_worked',
] as const;

export type PayrollRow = {
  employee_id: string;
  name: string;
  team_id: string;
  working_days: number;
  expected_days: number;
  present: number;
  late: number;
  half_day: number;
  absent: number;
  on_leave_paid: number;
  on_leave_unpaid: number;
  holidays: number;
  missing_check_out: number;
  hours_worked: number;
};

/** One counted day of one employee: the calendar of their team that day, their approved leave by half, their record. */
export interface PayrollDay {
  day: CalendarDay;
  /** Each approved request over the day: the half it takes (null: the whole day) and whether its type is paid. */
  leave: readonly { half: Half | null; paid: boolean }[];
  record: { status: string; check_in_time: string | null; check_out_time: string | null; hours_worked: number | null } | null;
}

export function payrollRow(employee: { employee_id: string; name: string }, teamId: string, days: readonly PayrollDay[]): PayrollRow {
  const row: PayrollRow = {
    employee_id: employee.employee_id,
    name: employee.name,
    team_id: teamId,
    working_days: 0,
    expected_days: 0,
    present: 0,
    late: 0,
    half_day: 0,
    absent: 0,
    on_leave_paid: 0,
    on_leave_unpaid: 0,
    holidays: 0,
    missing_check_out: 0,
    hours_worked: 0,
  };
  // Two sets for the whole month, emptied each day: an export adds up tens of thousands of days.
  const paidHalves = new Set<Half>();
  const unpaidHalves = new Set<Half>();
  for (const { day, leave, record } of days) {
    if (!day.tracked) continue;
    if (day.working_day) {
      row.working_days += 1;
      row.holidays += day.holiday_halves.length / 2;
    }
    paidHalves.clear();
    unpaidHalves.clear();
    for (const l of leave) for (const half of halvesOf(l.half)) (l.paid ? paidHalves : unpaidHalves).add(half);
    // A half off by paid and unpaid leave at once is paid.
    for (const half of paidHalves) unpaidHalves.delete(half);
    const kind = leaveThatStands(leave.length === 0 ? null : combinedLeave([...paidHalves, ...unpaidHalves]), record !== null);
    const e = expectedFraction(day, kind);
    if (kind !== null && day.working_day) {
      const free = (halves: Set<Half>) => [...halves].filter((h) => !day.holiday_halves.includes(h)).length / 2;
      row.on_leave_paid += free(paidHalves);
      row.on_leave_unpaid += free(unpaidHalves);
    }
    if (record) {
      if (record.status === 'present') row.present += 1;
      if (record.status === 'late') row.late += 1;
      if (record.status === 'half-day') row.half_day += 1;
      row.hours_worked += record.hours_worked ?? 0;
    }
    if (!day.closed) continue;
    row.expected_days += e;
    row.absent += e - (record !== null && attends(record.status) ? e : 0);
    if (record && record.check_in_time !== null && record.check_out_time === null) row.missing_check_out += 1;
  }
  return {
    ...row,
    expected_days: round1(row.expected_days),
    absent: round1(row.absent),
    holidays: round1(row.holidays),
    on_leave_paid: round1(row.on_leave_paid),
    on_leave_unpaid: round1(row.on_leave_unpaid),
    hours_worked: Math.round(row.hours_worked * 100) / 100,
  };
}
