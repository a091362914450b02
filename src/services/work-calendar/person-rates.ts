import type { PersonDayCodes } from '../../core/attendance';
import { RECORD_FACTS } from '../../core/attendance-codes';
import { datesBetween } from '../../core/work-calendar/dates';
import type { Employee, Position } from '../../core/employee';
import type { LeaveKind } from '../../core/work-calendar/absence-rule';
import { dayShare, daysFromSums, poolPersonDays, type PersonDays } from '../../core/work-calendar/person-days';
import type { Membership } from '../../core/work-calendar/team-period';
import type { CalendarDay, WorkCalendar } from '../../core/work-calendar/work-calendar';
import { byScoreThenName, collated } from '../../core/collated';
import { KIND_PLACES, kindAt, RangeLeave } from './range-leave';

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
 * day shares summed over each stretch they spent in a team the caller may see
 * (a move between teams is two stretches, pooled as one person), then the
 * people a position asks for. Ordered by rate, highest first, ties by name.
 */
export function personRates(facts: RateFacts, position?: Position): PersonRate[] {
  const employees = new Map(facts.employees.map((e) => [e.employee_id, e]));
  const people = new Map(facts.people.map((p) => [p.employee_id, p.codes]));
  const dates = datesBetween(facts.from, facts.to);
  const shares = new TeamShares(dates, facts.calendar);
  const rangeLeave = new RangeLeave(dates);
  const stretches = new Map<string, { team_id: string; first: string; days: PersonDays[] }>();
  for (const m of facts.memberships) {
    const employee = employees.get(m.employee_id);
    if (employee === undefined || (position !== undefined && employee.position !== position)) continue;
    const days = stretchDays(m, employee, dates, shares.of(m.team_id), people.get(m.employee_id), rangeLeave.of(facts.leave.get(m.employee_id)));
    const seen = stretches.get(m.employee_id);
    if (seen === undefined) stretches.set(m.employee_id, { team_id: m.team_id, first: m.from, days: [days] });
    else {
      seen.days.push(days);
      if (m.from < seen.first) Object.assign(seen, { team_id: m.team_id, first: m.from });
    }
  }
  const rates = [...stretches].map(([employee_id, s]) => {
    const e = employees.get(employee_id)!;
    return { employee_id, name: e.name, team_id: s.team_id, position: e.position, ...poolPersonDays(s.days) };
  });
  return byScoreThenName(
    rates,
    (r) => r.rate ?? -1,
    (r) => r.name,
    (a, b) => collated(a.employee_id, b.employee_id),
  );
}

/** The days of one membership the person was employed on, each the core's share for the team's day, their leave and their record. */
function stretchDays(
  m: Membership,
  employee: { hire_date: string; end_date: string | null },
  dates: readonly string[],
  team: DayShares,
  codes: Uint8Array | undefined,
  leave: Uint8Array,
): PersonDays {
  // The days both in the membership and employed, found once: comparing every day's date with four others was over a
  // quarter of rating everyone over four months.
  const first = atOrAfter(dates, m.from > employee.hire_date ? m.from : employee.hire_date);
  const end = atOrAfter(dates, employee.end_date !== null && employee.end_date < m.to ? employee.end_date : m.to, true);
  // Summed in locals from the shares' numbers: adding each day's share object to a DayShareSums was a third of what was
  // left of rating everyone over four months.
  const values = team.values;
  let expected = 0;
  let closedExpected = 0;
  let credited = 0;
  let onLeave = 0;
  for (let i = first; i < end; i++) {
    const at = team.share(i, leave[i]!, codes === undefined ? 0 : codes[i]!);
    expected += values[at]!;
    closedExpected += values[at + 1]!;
    credited += values[at + 2]!;
    onLeave += values[at + 3]!;
  }
  return daysFromSums(expected, closedExpected, credited, onLeave);
}

/** The index of the first of the ascending `dates` at or after `date` (after it, when `past`); their length when none is. */
function atOrAfter(dates: readonly string[], date: string, past = false): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (dates[mid]! < date || (past && dates[mid] === date)) low = mid + 1;
    else high = mid;
  }
  return low;
}

const CASES = KIND_PLACES * RECORD_FACTS.length;

/**
 * The core's dayShare remembered per team day, leave kind and record code:
 * rates over everyone ask the same few dozen cases of each day hundreds of
 * thousands of times, and the same inputs give the same share.
 */
class TeamShares {
  private readonly teams = new Map<string, DayShares>();

  constructor(
    private readonly dates: readonly string[],
    private readonly calendar: { day(date: string, teamId: string | null): CalendarDay },
  ) {}

  of(teamId: string): DayShares {
    let team = this.teams.get(teamId);
    if (team === undefined) this.teams.set(teamId, (team = new DayShares(this.dates.map((date) => this.calendar.day(date, teamId)))));
    return team;
  }
}

/** Each case's share as four numbers in a row: expected, closed expected, credited, on leave (DayShare's). */
const SHARE_NUMBERS = 4;

class DayShares {
  readonly values: Float64Array;
  private readonly made: Uint8Array;

  constructor(private readonly days: readonly CalendarDay[]) {
    this.values = new Float64Array(days.length * CASES * SHARE_NUMBERS);
    this.made = new Uint8Array(days.length * CASES);
  }

  /** Where in `values` the share of the range's day `i` is for someone of this team with that leave (its kindIndex) and record code (RECORD_FACTS). */
  share(i: number, leave: number, code: number): number {
    const at = i * CASES + leave * RECORD_FACTS.length + code;
    if (this.made[at] === 0) {
      const share = dayShare(this.days[i]!, kindAt(leave), RECORD_FACTS[code]?.status);
      this.values.set([share.expected, share.closed_expected, share.credited, share.on_leave], at * SHARE_NUMBERS);
      this.made[at] = 1;
    }
    return at * SHARE_NUMBERS;
  }
}
