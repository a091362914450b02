import type { PersonDayCodes } from '../../core/attendance';
import { expectedFraction, type ExceptionStatus, type LeaveKind } from '../../core/work-calendar/absence-rule';
import { datesBetween } from '../../core/work-calendar/dates';
import type { Membership } from '../../core/work-calendar/team-period';
import type { CalendarDay } from '../../core/work-calendar/work-calendar';
import { RangeLeave } from './range-leave';
import { TeamVerdicts } from './team-verdicts';

/** A person's dates under a status, in the team they belonged to on the first of them, and how many days they add up to (half days count half, as in the summaries). */
export interface PersonDates {
  team_id: string;
  dates: string[];
  days: number;
}

export interface RangeFacts {
  memberships: readonly Membership[];
  /** Each person's records as one code a day over the same range (dayCodesByPerson). */
  people: readonly PersonDayCodes[];
  calendar: { day(date: string, teamId: string | null): CalendarDay };
  leave: ReadonlyMap<string, ReadonlyMap<string, LeaveKind>>;
}

/**
 * Per person, the dates from `from` to `to` they count under `status`, each
 * day judged by the core's exceptionDays from the day's record facts, the
 * leave that stands and their team's calendar day. Only the days the status
 * can count are judged: a record's day (late, half-day, missing check-out),
 * a day of leave (on leave), or (absent, not checked in) every day of
 * membership someone is expected on, with each team's days made once.
 */
export function exceptionDates(status: ExceptionStatus, from: string, to: string, facts: RangeFacts): Map<string, PersonDates> {
  const dates = datesBetween(from, to);
  const position = new Map(dates.map((date, i) => [date, i]));
  const codesOf = new Map(facts.people.map((p) => [p.employee_id, p.codes]));
  const verdicts = new TeamVerdicts(status, dates, facts.calendar);
  const rangeLeave = new RangeLeave(dates);
  const periodsOf = new Map<string, Membership[]>();
  for (const m of facts.memberships) {
    const periods = periodsOf.get(m.employee_id);
    if (periods === undefined) periodsOf.set(m.employee_id, [m]);
    else periods.push(m);
  }

  const found = new Map<string, PersonDates & { first: string }>();
  /** Judges one membership's days (positions in the range, ascending, from `start` of `positions` while within `last`). */
  const judge = (m: Membership, positions: readonly number[], start: number, last: number) => {
    const codes = codesOf.get(m.employee_id);
    const leave = rangeLeave.of(facts.leave.get(m.employee_id));
    const team = verdicts.of(m.team_id);
    let counted = found.get(m.employee_id);
    for (let p = start; p < positions.length; p++) {
      const i = positions[p]!;
      if (i > last) break;
      const amount = team.amount(i, leave[i]!, codes === undefined ? 0 : codes[i]!);
      if (amount === 0) continue;
      const date = dates[i]!;
      if (counted === undefined) found.set(m.employee_id, (counted = { team_id: m.team_id, first: date, dates: [date], days: amount }));
      else {
        counted.dates.push(date);
        counted.days += amount;
        if (date < counted.first) Object.assign(counted, { first: date, team_id: m.team_id });
      }
    }
  };
  /** Each of the person's memberships with those of the positions (of the range) that fall in it. */
  const judgePositions = (employeeId: string, positions: readonly number[]) => {
    for (const m of periodsOf.get(employeeId) ?? []) {
      const within = positions.filter((i) => m.from <= dates[i]! && dates[i]! <= m.to);
      judge(m, within, 0, dates.length - 1);
    }
  };

  if (status === 'late' || status === 'half-day' || status === 'missing_check_out' || status === 'checked_in') {
    for (const person of facts.people) judgePositions(person.employee_id, recordPositions(person.codes));
  } else if (status === 'on_leave') {
    for (const [employeeId, days] of facts.leave)
      judgePositions(
        employeeId,
        [...days.keys()].flatMap((date) => (position.has(date) ? [position.get(date)!] : [])),
      );
  } else {
    // A day nobody is expected on (no leave taken) is one nobody is absent or awaited on.
    const expected = new Map<string, number[]>();
    for (const m of facts.memberships) {
      let open = expected.get(m.team_id);
      if (open === undefined) {
        const days = dates.map((d) => facts.calendar.day(d, m.team_id));
        expected.set(m.team_id, (open = dates.flatMap((_, i) => (expectedFraction(days[i]!, null) > 0 ? [i] : []))));
      }
      judge(m, open, firstAtOrAfter(open, position.get(m.from)!), position.get(m.to)!);
    }
  }
  const byPerson = new Map<string, PersonDates>();
  for (const [id, { team_id, dates: counted, days }] of found) byPerson.set(id, { team_id, dates: ascending(counted) ? counted : counted.sort(), days });
  return byPerson;
}

/**
 * Whether the dates are in order already: one membership's are, and sorting
 * four thousand people's dates that were (as strings, by the default order)
 * took 2-4 ms a question, several times the look.
 */
function ascending(dates: readonly string[]): boolean {
  for (let i = 1; i < dates.length; i++) if (dates[i - 1]! > dates[i]!) return false;
  return true;
}

/** The positions of the range a person has a record on, ascending. */
function recordPositions(codes: Uint8Array): number[] {
  const positions: number[] = [];
  for (let i = 0; i < codes.length; i++) if (codes[i] !== 0) positions.push(i);
  return positions;
}

/** The index of the first of the ascending `positions` at or after `from` (their length when none is). */
function firstAtOrAfter(positions: readonly number[], from: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (positions[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low;
}
