import { employedOn } from '../attendance';
import { attends, expectedFraction, leaveTaken, leaveThatStands, round4, type LeaveKind } from './absence-rule';
import { datesBetween } from './dates';
import { teamOn, type TeamPeriod } from './team-period';
import type { CalendarDay, WorkCalendar } from './work-calendar';

export interface PersonDays {
  /** Σ e over the days employed, by the calendar of the team of each day. */
  expected: number;
  /** Σ e − min(a, e) over the closed days. */
  absent: number;
  /** Σ e over the closed days: what the rate divides by, so several people's days pool as one. */
  closed_expected: number;
  /** Attended share of the expected over the closed days; null when nothing was expected on them. */
  rate: number | null;
  /** Σ leave taken (beyond holidays) over the days employed, half days as halves: the summaries' on_leave. */
  on_leave: number;
}

/** A person's days with the dates they count absent on, all the day or part of it. */
export interface PersonDaysAbsent extends PersonDays {
  absent_dates: string[];
}

/** Several stretches of days (people, or one person's teams) as one: the pooled rate a summary gives a group. */
export function poolPersonDays(parts: readonly PersonDays[]): PersonDays {
  const expected = parts.reduce((sum, p) => sum + p.expected, 0);
  const closed = parts.reduce((sum, p) => sum + p.closed_expected, 0);
  const absent = parts.reduce((sum, p) => sum + p.absent, 0);
  const onLeave = parts.reduce((sum, p) => sum + p.on_leave, 0);
  return { expected, absent, closed_expected: closed, rate: closed > 0 ? round4((closed - absent) / closed) : null, on_leave: onLeave };
}

/** One day's part of a person's PersonDays sums: what the rule makes of the day, the leave that stands and the record's status. */
export interface DayShare {
  expected: number;
  on_leave: number;
  /** The expected part again on a closed day (else 0): what the rate divides by. */
  closed_expected: number;
  /** The expected part again on a closed day the person attended (else 0). */
  credited: number;
}

/** The absence rule for one day of one person, with their leave that day (before leaveThatStands) and their record's status if any. */
export function dayShare(day: CalendarDay, leave: LeaveKind | null, status: string | undefined): DayShare {
  const standing = leaveThatStands(leave, status !== undefined);
  const e = expectedFraction(day, standing);
  const closed = day.closed ? e : 0;
  return { expected: e, on_leave: leaveTaken(day, standing), closed_expected: closed, credited: status !== undefined && attends(status) ? closed : 0 };
}

/** Day shares summed (the sums are of halves, so their order does not matter) as a person's days. */
export class DayShareSums {
  private expected = 0;
  private closedExpected = 0;
  private credited = 0;
  private onLeave = 0;

  add(share: DayShare): void {
    this.expected += share.expected;
    this.closedExpected += share.closed_expected;
    this.credited += share.credited;
    this.onLeave += share.on_leave;
  }

  days(): PersonDays {
    return daysFromSums(this.expected, this.closedExpected, this.credited, this.onLeave);
  }
}

/** A person's days from their day shares summed, field by field (DayShare's expected, closed_expected, credited and on_leave). */
export function daysFromSums(expected: number, closedExpected: number, credited: number, onLeave: number): PersonDays {
  return {
    expected,
    absent: closedExpected - credited,
    closed_expected: closedExpected,
    rate: closedExpected > 0 ? round4(credited / closedExpected) : null,
    on_leave: onLeave,
  };
}

/**
 * One person's days from `from` to `to` by the absence rule, with their
 * records and approved leave by date: what a summary counts for them, and
 * the dates they count absent on (all the day or part of it). The records
 * need only answer by date (a map, or a view of day codes).
 */
export function personDays(
  employee: { hire_date: string; end_date: string | null; team_id: string },
  periods: readonly TeamPeriod[],
  records: Pick<ReadonlyMap<string, { status: string }>, 'get'>,
  calendar: WorkCalendar,
  from: string,
  to: string,
  leave: ReadonlyMap<string, LeaveKind> = new Map(),
): PersonDaysAbsent {
  const sums = new DayShareSums();
  const absentDates: string[] = [];
  for (const date of datesBetween(from, to)) {
    if (!employedOn(employee, date)) continue;
    const share = dayShare(calendar.day(date, teamOn(periods, date) ?? employee.team_id), leave.get(date) ?? null, records.get(date)?.status);
    sums.add(share);
    if (share.closed_expected > share.credited) absentDates.push(date);
  }
  return { ...sums.days(), absent_dates: absentDates };
}
