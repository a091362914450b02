import type { PersonRecords } from '../../core/attendance';
import {
  exceptionDays,
  expectedFraction,
  leaveThatStands,
  type ExceptionStatus,
  type LeaveKind,
  type RecordFacts,
} from '../../core/work-calendar/absence-rule';
import { datesBetween } from '../../core/work-calendar/dates';
import type { Membership } from '../../core/work-calendar/team-period';
import type { CalendarDay } from '../../core/work-calendar/work-calendar';

/** A person's dates under a status, in the team they belonged to on the first of them, and how many days they add up to (half days count half, as in the summaries). */
export interface PersonDates {
  team_id: string;
  dates: string[];
  days: number;
}

export interface RangeFacts {
  memberships: readonly Membership[];
  people: readonly PersonRecords[];
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
  const teamDays = new Map<string, CalendarDay[]>();
  const daysOf = (teamId: string) => {
    let days = teamDays.get(teamId);
    if (days === undefined) teamDays.set(teamId, (days = dates.map((d) => facts.calendar.day(d, teamId))));
    return days;
  };
  const recordsOf = new Map(facts.people.map((p) => [p.employee_id, p]));
  // Each person's record at each position of the range: its index in their PersonRecords, or -1.
  const slots = new Map<string, Int32Array>();
  const slotsOf = (person: PersonRecords) => {
    let slot = slots.get(person.employee_id);
    if (slot === undefined) {
      slots.set(person.employee_id, (slot = new Int32Array(dates.length).fill(-1)));
      person.dates.forEach((date, k) => (slot![position.get(date)!] = k));
    }
    return slot;
  };
  // A few statuses, open or not: one facts object each, not one a day (hundreds of thousands over a long range).
  const sharedFacts = new Map<string, readonly [RecordFacts, RecordFacts]>();
  const factsOf = (status: string, open: boolean): RecordFacts => {
    let pair = sharedFacts.get(status);
    if (pair === undefined)
      sharedFacts.set(
        status,
        (pair = [
          { status, open: false },
          { status, open: true },
        ]),
      );
    return pair[open ? 1 : 0];
  };
  const periodsOf = new Map<string, Membership[]>();
  for (const m of facts.memberships) periodsOf.set(m.employee_id, [...(periodsOf.get(m.employee_id) ?? []), m]);

  const found = new Map<string, PersonDates & { first: string }>();
  /** Judges one membership's days (positions in the range), each person's records, leave and team days looked up once. */
  const judge = (m: Membership, positions: Iterable<number>) => {
    const person = recordsOf.get(m.employee_id);
    const slot = person === undefined ? undefined : slotsOf(person);
    const leave = facts.leave.get(m.employee_id);
    const days = daysOf(m.team_id);
    let counted = found.get(m.employee_id);
    for (const i of positions) {
      const date = dates[i]!;
      const k = slot === undefined ? -1 : slot[i]!;
      const record = k < 0 ? null : factsOf(person!.statuses[k]!, person!.open[k]!);
      const onLeave = leaveThatStands(leave?.get(date) ?? null, record !== null);
      const amount = exceptionDays(days[i]!, onLeave, record, status);
      if (amount === 0) continue;
      if (counted === undefined) found.set(m.employee_id, (counted = { team_id: m.team_id, first: date, dates: [date], days: amount }));
      else {
        counted.dates.push(date);
        counted.days += amount;
        if (date < counted.first) Object.assign(counted, { first: date, team_id: m.team_id });
      }
    }
  };
  /** Each of the person's memberships with the positions of those dates that fall in it. */
  const judgeDates = (employeeId: string, personDates: readonly string[]) => {
    for (const m of periodsOf.get(employeeId) ?? []) {
      judge(
        m,
        personDates.flatMap((date) => (m.from <= date && date <= m.to && position.has(date) ? [position.get(date)!] : [])),
      );
    }
  };

  if (status === 'late' || status === 'half-day' || status === 'missing_check_out' || status === 'checked_in') {
    for (const person of facts.people) judgeDates(person.employee_id, person.dates);
  } else if (status === 'on_leave') {
    for (const [employeeId, days] of facts.leave) judgeDates(employeeId, [...days.keys()]);
  } else {
    // A day nobody is expected on (no leave taken) is one nobody is absent or awaited on.
    const expected = new Map<string, number[]>();
    for (const m of facts.memberships) {
      let open = expected.get(m.team_id);
      if (open === undefined) {
        const days = daysOf(m.team_id);
        expected.set(m.team_id, (open = dates.flatMap((_, i) => (expectedFraction(days[i]!, null) > 0 ? [i] : []))));
      }
      const first = position.get(m.from)!;
      const last = position.get(m.to)!;
      judge(
        m,
        open.filter((i) => i >= first && i <= last),
      );
    }
  }
  return new Map([...found].map(([id, { team_id, dates: counted, days }]) => [id, { team_id, dates: counted.sort(), days }]));
}
