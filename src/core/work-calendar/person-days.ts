import { employedOn } from '../attendance';
import { attends, expectedFraction, leaveTaken, leaveThatStands, round4, type LeaveKind } from './absence-rule';
import { datesBetween } from './dates';
import { teamOn, type TeamPeriod } from './team-period';
import type { WorkCalendar } from './work-calendar';

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

/** Several stretches of days (people, or one person's teams) as one: the pooled rate a summary gives a group. */
export function poolPersonDays(parts: readonly PersonDays[]): PersonDays {
  const expected = parts.reduce((sum, p) => sum + p.expected, 0);
  const closed = parts.reduce((sum, p) => sum + p.closed_expected, 0);
  const absent = parts.reduce((sum, p) => sum + p.absent, 0);
  const onLeave = parts.reduce((sum, p) => sum + p.on_leave, 0);
  return { expected, absent, closed_expected: closed, rate: closed > 0 ? round4((closed - absent) / closed) : null, on_leave: onLeave };
}

/**
 * One person's days from `from` to `to` by the absence rule, with their
 * records and approved leave by date: what a summary counts for them. The
 * records need only answer by date (a map, or a view of day codes).
 */
export function personDays(
  employee: { hire_date: string; end_date: string | null; team_id: string },
  periods: readonly TeamPeriod[],
  records: Pick<ReadonlyMap<string, { status: string }>, 'get'>,
  calendar: WorkCalendar,
  from: string,
  to: string,
  leave: ReadonlyMap<string, LeaveKind> = new Map(),
): PersonDays {
  let expected = 0;
  let closedExpected = 0;
  let credited = 0;
  let onLeave = 0;
  for (const date of datesBetween(from, to)) {
    if (!employedOn(employee, date)) continue;
    const day = calendar.day(date, teamOn(periods, date) ?? employee.team_id);
    const status = records.get(date)?.status;
    const standing = leaveThatStands(leave.get(date) ?? null, status !== undefined);
    const e = expectedFraction(day, standing);
    expected += e;
    onLeave += leaveTaken(day, standing);
    if (!day.closed) continue;
    closedExpected += e;
    if (status !== undefined && attends(status)) credited += e;
  }
  return {
    expected,
    absent: closedExpected - credited,
    closed_expected: closedExpected,
    rate: closedExpected > 0 ? round4(credited / closedExpected) : null,
    on_leave: onLeave,
  };
}
