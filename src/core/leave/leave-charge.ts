/**
 * What leave costs, day by day, by the absence rule: the halves it takes off
 * that the employee would otherwise be expected, so weekly off days and
 * holidays are never charged.
 */
import { datesBetween } from '../work-calendar/dates';
import { leaveTaken, type LeaveKind } from '../work-calendar/absence-rule';
import type { CalendarDay } from '../work-calendar/work-calendar';
import { roundDays } from './ledger';
import { leaveKindOf, totalOf, type LeaveRequest, type YearCharges } from './leave-request';

export interface LeaveDays {
  /** The calendar of a date for the team the employee belongs to that day. */
  dayOf(date: string): CalendarDay;
  /** Whether the employee has an attendance record that day. */
  hasRecord(date: string): boolean;
}

/**
 * One day's charge. A whole day of leave on a day with an attendance record
 * is not leave (the person came), so it costs nothing; half-day leave is
 * charged whether or not the day has a record.
 */
export function dayCharge(day: CalendarDay, kind: LeaveKind, recorded: boolean): number {
  if (kind === 'day' && recorded) return 0;
  return leaveTaken(day, kind);
}

type Range = Pick<LeaveRequest, 'from' | 'to' | 'half_day'>;

/** What a request costs by the calendar, per year: the `days` it is filed with. */
export function requestedDays(request: Range, days: Pick<LeaveDays, 'dayOf'>): YearCharges {
  return perYear(request, (date) => leaveTaken(days.dayOf(date), leaveKindOf(request)));
}

/** What approved leave takes from the balance now, per year: records made on whole days of it give those days back. */
export function approvedCharge(request: Range, days: LeaveDays): YearCharges {
  const kind = leaveKindOf(request);
  return perYear(request, (date) => dayCharge(days.dayOf(date), kind, days.hasRecord(date)));
}

/** What approved leave has taken by a date: its charge for the days up to and including it, the rest being still ahead. */
export function chargedBy(request: Range, days: LeaveDays, date: string): number {
  if (request.from > date) return 0;
  return totalOf(approvedCharge({ ...request, to: request.to < date ? request.to : date }, days));
}

function perYear(request: Range, cost: (date: string) => number): YearCharges {
  const charges: YearCharges = {};
  for (const date of datesBetween(request.from, request.to)) {
    const year = date.slice(0, 4);
    charges[year] = roundDays((charges[year] ?? 0) + cost(date));
  }
  return charges;
}
