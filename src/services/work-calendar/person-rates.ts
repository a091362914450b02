import type { PersonDayCodes } from '../../core/attendance';
import { RECORD_FACTS } from '../../core/attendance-codes';
import { datesBetween } from '../../core/work-calendar/dates';
import type { Employee, Position } from '../../core/employee';
import type { LeaveKind } from '../../core/work-calendar/absence-rule';
import { personDays, poolPersonDays, type PersonDays } from '../../core/work-calendar/person-days';
import type { Membership } from '../../core/work-calendar/team-period';
import type { WorkCalendar } from '../../core/work-calendar/work-calendar';
import { collated } from '../../core/collated';

/** One person's days and rate over a range, in the team of the first of them. */
export interface PersonRate extends PersonDays {
  employee_id: string;
  name: string;
  team_id: string;
  position: Position;
}

export interface RateFacts {
  from: string;
  to: string;
  memberships: readonly Membership[];
  /** Each person's records as one code a day from `from` to `to` (dayCodesByPerson). */
  people: readonly PersonDayCodes[];
  employees: readonly Pick<Employee, 'employee_id' | 'name' | 'position' | 'team_id' | 'hire_date' | 'end_date'>[];
  calendar: WorkCalendar;
  leave: ReadonlyMap<string, ReadonlyMap<string, LeaveKind>>;
}

/**
 * Each person's expected days, absences and rate over the range, by the core's
 * personDays applied to each stretch they spent in a team the caller may see
 * (a move between teams is two stretches, pooled as one person), then the
 * people a position asks for. Ordered by rate, highest first, ties by name.
 */
export function personRates(facts: RateFacts, position?: Position): PersonRate[] {
  const employees = new Map(facts.employees.map((e) => [e.employee_id, e]));
  const people = new Map(facts.people.map((p) => [p.employee_id, p.codes]));
  const dayIndex = new Map(datesBetween(facts.from, facts.to).map((date, i) => [date, i]));
  const stretches = new Map<string, { team_id: string; first: string; days: PersonDays[] }>();
  for (const m of facts.memberships) {
    const employee = employees.get(m.employee_id);
    if (employee === undefined || (position !== undefined && employee.position !== position)) continue;
    const days = personDays(
      employee,
      [{ team_id: m.team_id, from: m.from, to: m.to }],
      recordsByDate(people.get(m.employee_id), dayIndex),
      facts.calendar,
      m.from,
      m.to,
      facts.leave.get(m.employee_id),
    );
    const seen = stretches.get(m.employee_id);
    if (seen === undefined) stretches.set(m.employee_id, { team_id: m.team_id, first: m.from, days: [days] });
    else {
      seen.days.push(days);
      if (m.from < seen.first) Object.assign(seen, { team_id: m.team_id, first: m.from });
    }
  }
  return [...stretches]
    .map(([employee_id, s]) => {
      const e = employees.get(employee_id)!;
      return { employee_id, name: e.name, team_id: s.team_id, position: e.position, ...poolPersonDays(s.days) };
    })
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || collated(a.name, b.name) || collated(a.employee_id, b.employee_id));
}

/** A person's records by date, as personDays reads them: a view of their day codes, so no map is built per person. */
function recordsByDate(codes: Uint8Array | undefined, dayIndex: ReadonlyMap<string, number>): Pick<ReadonlyMap<string, { status: string }>, 'get'> {
  return { get: (date) => (codes === undefined ? undefined : (RECORD_FACTS[codes[dayIndex.get(date) ?? -1] ?? 0] ?? undefined)) };
}
