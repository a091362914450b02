import { requireRole, scopeEmployeeFilter, summaryTeams, type Principal } from '../../core/access';
import type { AttendanceFilter, AttendanceRecord, PersonRecordsFilter } from '../../core/attendance';
import { summarizeAttendance, summarizeRange, type AttendanceSummary, type RangeSummary } from '../../core/attendance-summary';
import { ValidationError } from '../../core/errors';
import type { AttendanceRepository, EmployeeRepository } from '../../core/ports';
import { hasException, leaveThatStands, type ExceptionStatus, type RecordFacts } from '../../core/work-calendar/absence-rule';
import type { ApprovedLeave } from '../leave/approved-leave';
import { addDays, daysBetween } from '../../core/work-calendar/dates';
import type { CalendarService } from './calendar.service';
import type { Employee, EmployeeBrief } from '../../core/employee';
import { personDays, type PersonDaysAbsent } from '../../core/work-calendar/person-days';
import { exceptionDates } from './exception-dates';
import { personRates, type PersonRate } from './person-rates';
import type { Position } from '../../core/employee';
import { byScoreThenName, collated } from '../../core/collated';
import { RECORD_FACTS } from '../../core/attendance-codes';

/** A range summary reads every day of every team in it; a year is plenty. */
export const MAX_RANGE_DAYS = 366;

/** A person's days under one status over a range, in the team of the first of them: `days` adds half days as halves, as the summaries do. */
export interface PersonExceptionDays {
  employee_id: string;
  name: string;
  team_id: string;
  days: number;
  dates: string[];
}

export interface Exceptions {
  date: string;
  status: ExceptionStatus;
  working_day: boolean;
  holiday: string | null;
  closed: boolean;
  /** On or after the day tracking started: before it nobody is expected. */
  tracked: boolean;
  count: number;
  people: { employee_id: string; name: string; team_id: string }[];
}

/**
 * Every attendance figure the service gives, from the database's day facts
 * and the work calendar, through the absence rule in the core.
 */
export class AttendanceFigures {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly employees: EmployeeRepository,
    private readonly calendars: CalendarService,
    private readonly leave: ApprovedLeave,
  ) {}

  /** The day (default yesterday) and the seven days ending on it; a manager's is their own team's. */
  async summary(principal: Principal, query: { date?: string; team_id?: string }): Promise<AttendanceSummary> {
    const teamIds = summaryTeams(principal, query.team_id);
    const today = this.calendars.today();
    if (query.date !== undefined && query.date > today) throw ValidationError.field('date', 'must not be after today');
    const date = query.date ?? addDays(today, -1);
    const from = addDays(date, -6);
    const [counted, calendar] = await Promise.all([this.facts(from, date, teamIds), this.calendars.forRange(from, date)]);
    return summarizeAttendance(date, this.teamOf(principal, query.team_id), counted.teamIds, counted.facts, calendar);
  }

  /** Any range of days up to today (at most MAX_RANGE_DAYS), with per-team totals. Scoped as summary() is. */
  async rangeSummary(principal: Principal, query: { from: string; to: string; team_id?: string }): Promise<RangeSummary> {
    requireRole(principal, 'admin', 'manager');
    if (query.from > query.to) throw ValidationError.field('from', 'must not be after to');
    if (query.to > this.calendars.today()) throw ValidationError.field('to', 'must not be after today');
    if (daysBetween(query.from, query.to) > MAX_RANGE_DAYS) throw ValidationError.field('to', `must be at most ${MAX_RANGE_DAYS} days from from, inclusive`);
    const teamIds = summaryTeams(principal, query.team_id);
    const [counted, calendar] = await Promise.all([this.facts(query.from, query.to, teamIds), this.calendars.forRange(query.from, query.to)]);
    return summarizeRange(query.from, query.to, this.teamOf(principal, query.team_id), counted.teamIds, counted.facts, calendar);
  }

  /**
   * Who, on one date, was late, on a half day, absent (closed days), not
   * checked in yet (today) or without a check-out, among the people the
   * caller's summaries cover, each in the team they belonged to that day.
   */
  async exceptions(principal: Principal, query: { date: string; status: Exceptions['status']; team_id?: string }): Promise<Exceptions> {
    const teamIds = summaryTeams(principal, query.team_id);
    // Leave is planned ahead; everything else has happened or not.
    if (query.date > this.calendars.today() && query.status !== 'on_leave') throw ValidationError.field('date', 'must not be after today');
    // Who belonged where that day, then the names of only those found: everyone's full rows were most of the read.
    const [members, byEmployee, calendar, leave] = await Promise.all([
      teamIds?.length === 0 ? [] : this.employees.membershipsBetween(query.date, query.date, teamIds),
      teamIds?.length === 0 ? new Map<string, RecordFacts>() : this.factsOn(query.date, teamIds),
      this.calendars.forRange(query.date, query.date),
      this.leave.between(query.date, query.date, { team_ids: null }),
    ]);
    const found = members.filter(({ employee_id, team_id }) => {
      const record = byEmployee.get(employee_id) ?? null;
      const onLeave = leaveThatStands(leave.get(employee_id)?.get(query.date) ?? null, record !== null);
      return hasException(calendar.day(query.date, team_id), onLeave, record, query.status);
    });
    const names = await this.namesOf(
      found.map((m) => m.employee_id),
      teamIds === null && found.length * 2 > members.length,
    );
    const people = found.map(({ employee_id, team_id }) => ({ employee_id, name: names.get(employee_id) ?? employee_id, team_id }));
    people.sort((a, b) => collated(a.name, b.name) || collated(a.employee_id, b.employee_id));
    const day = calendar.day(query.date, teamIds?.length === 1 ? teamIds[0]! : null);
    return {
      date: query.date,
      status: query.status,
      working_day: day.working_day,
      holiday: day.holiday,
      closed: day.closed,
      tracked: day.tracked,
      count: people.length,
      people,
    };
  }

  /**
   * exceptions() over a range in one read of each kind (who belonged where,
   * the records, the calendar, the leave) rather than one per day: each
   * person with the dates they counted under the status, most days first;
   * with a position, only the people who hold it.
   */
  async exceptionsBetween(
    principal: Principal,
    query: { from: string; to: string; status: ExceptionStatus; team_id?: string; position?: Position },
  ): Promise<PersonExceptionDays[]> {
    const teamIds = summaryTeams(principal, query.team_id);
    if (query.to > this.calendars.today() && query.status !== 'on_leave') throw ValidationError.field('to', 'must not be after today');
    if (query.from > query.to || teamIds?.length === 0) return [];
    // Late and half-day are statuses of records, a missing check-out is an open record's: only those records are read.
    const byStatus = query.status === 'late' || query.status === 'half-day' ? query.status : undefined;
    const openOnly = query.status === 'missing_check_out';
    const holders = await this.holdersOf(query.position);
    // Absences of everyone name most of them (over months, nearly all): their briefs are read beside the range, not after it.
    const [facts, everyone] = await Promise.all([
      this.rangeFacts(query, teamIds, {
        ...(byStatus !== undefined && { status: byStatus }),
        ...(openOnly && { open: true as const }),
        ...(holders && { employee_ids: holders.map((e) => e.employee_id) }),
      }),
      this.everyoneIf(holders === undefined && teamIds === null && (query.status === 'absent' || query.status === 'not_checked_in')),
    ]);
    const found = exceptionDates(query.status, query.from, query.to, facts);
    const known = holders ?? everyone;
    const names = known
      ? new Map(known.map((e) => [e.employee_id, e.name]))
      : await this.namesOf([...found.keys()], teamIds === null && found.size * 2 > facts.memberships.length);
    const people = [...found].map(([employee_id, p]) => ({
      employee_id,
      name: names.get(employee_id) ?? employee_id,
      team_id: p.team_id,
      days: p.days,
      dates: p.dates,
    }));
    return byScoreThenName(
      people,
      (p) => p.days,
      (p) => p.name,
      (a, b) => collated(a.dates[0]!, b.dates[0]!) || collated(a.employee_id, b.employee_id),
    );
  }

  /**
   * Each person's rate over a range (at most MAX_RANGE_DAYS, up to today), among
   * the people the caller's summaries cover, optionally of one position: the
   * same reads as exceptionsBetween, each person's days by the core's rule.
   */
  async ratesBetween(principal: Principal, query: { from: string; to: string; team_id?: string; position?: Position }): Promise<PersonRate[]> {
    const teamIds = summaryTeams(principal, query.team_id);
    if (query.to > this.calendars.today()) throw ValidationError.field('to', 'must not be after today');
    if (daysBetween(query.from, query.to) > MAX_RANGE_DAYS) throw ValidationError.field('to', `must be at most ${MAX_RANGE_DAYS} days from from, inclusive`);
    if (query.from > query.to || teamIds?.length === 0) return [];
    const holders = await this.holdersOf(query.position);
    const [facts, everyone] = await Promise.all([
      this.rangeFacts(query, teamIds, holders && { employee_ids: holders.map((e) => e.employee_id) }),
      this.everyoneIf(holders === undefined && teamIds === null),
    ]);
    const employees = holders ?? everyone ?? (await this.employees.getMany([...new Set(facts.memberships.map((m) => m.employee_id))]));
    return personRates({ ...facts, from: query.from, to: query.to, employees }, query.position);
  }

  /** Names by id; `most` when they are most of everyone: their briefs in one read cost less than their thousands of full rows by id. */
  private async namesOf(ids: string[], most: boolean): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await (most ? this.employees.briefs({}) : this.employees.getMany(ids))).map((e) => [e.employee_id, e.name]));
  }

  /** Everyone who holds the position (none asked: undefined), read first so that only their days are read and judged. */
  private async holdersOf(position: Position | undefined): Promise<EmployeeBrief[] | undefined> {
    return position === undefined ? undefined : this.employees.briefs({ position });
  }

  /**
   * Over every team, everyone's briefs, read beside the range: a figure over
   * everyone names thousands, and their ids as a parameter, then their full
   * rows, cost more. Otherwise (undefined) the people named are read by id.
   */
  private async everyoneIf(overEveryTeam: boolean): Promise<EmployeeBrief[] | undefined> {
    return overEveryTeam ? this.employees.briefs({}) : undefined;
  }

  /**
   * What a range's per-person figures are judged from, one read of each kind:
   * who belonged where, their records as day codes (of a status, or open, when
   * only those count), the calendar, the leave.
   */
  private async rangeFacts(
    range: { from: string; to: string },
    teamIds: string[] | null,
    records: Pick<PersonRecordsFilter, 'status' | 'open' | 'employee_ids'> = {},
  ) {
    const only = records.employee_ids && new Set(records.employee_ids);
    const [memberships, people, calendar, leave] = await Promise.all([
      this.employees.membershipsBetween(range.from, range.to, teamIds).then((all) => (only ? all.filter((m) => only.has(m.employee_id)) : all)),
      this.attendance.dayCodesByPerson({ from: range.from, to: range.to, team_ids: teamIds, ...records }),
      this.calendars.forRange(range.from, range.to),
      this.leave.between(range.from, range.to, { team_ids: null }),
    ]);
    return { memberships, people, calendar, leave };
  }

  /**
   * Hours worked per person from one date to another over the records the
   * caller may read (by the record's team, or their own), in one read grouped by person.
   */
  async hoursBetween(
    principal: Principal,
    query: { from: string; to: string; team_id?: string },
  ): Promise<{ employee_id: string; hours: number; days: number }[]> {
    const asked: Omit<AttendanceFilter, 'status'> = { from: query.from, to: query.to, ...(query.team_id !== undefined && { team_id: query.team_id }) };
    const scoped = scopeEmployeeFilter(principal, asked);
    if (scoped === null) return [];
    const people = await this.attendance.recordsByPerson({
      from: query.from,
      to: query.to,
      team_ids: scoped.team_id === undefined ? null : [scoped.team_id],
      ...(scoped.employee_id !== undefined && { employee_id: scoped.employee_id }),
    });
    return people.filter((p) => p.hours_days > 0).map((p) => ({ employee_id: p.employee_id, hours: p.hours, days: p.hours_days }));
  }

  /** One employee's days by the rule (see personDays), from their records of the range. */
  async personDays(employee: Employee, records: readonly AttendanceRecord[], from: string, to: string): Promise<PersonDaysAbsent> {
    const [periods, calendar, leave] = await Promise.all([
      this.employees.teamPeriods(employee.employee_id),
      this.calendars.forRange(from, to),
      this.leave.between(from, to, { employee_id: employee.employee_id }),
    ]);
    return personDays(employee, periods, new Map(records.map((r) => [r.attendance_date, r])), calendar, from, to, leave.get(employee.employee_id));
  }

  /**
   * What the rule reads of each record of one day, of the given teams (every
   * team when null), by person: the day's code from each person's month (the
   * month table's short rows read faster than the day's records grouped).
   */
  private async factsOn(date: string, teamIds: string[] | null): Promise<Map<string, RecordFacts>> {
    const people = await this.attendance.dayCodesByPerson({ from: date, to: date, team_ids: teamIds });
    return new Map(people.map((p) => [p.employee_id, RECORD_FACTS[p.codes[0]!]!]));
  }

  private facts(from: string, to: string, teamIds: string[] | null) {
    return teamIds?.length === 0 ? Promise.resolve({ teamIds: [], facts: [] }) : this.attendance.dailyFacts(from, to, teamIds);
  }

  private teamOf(principal: Principal, requested: string | undefined): string | null {
    return requested ?? (principal.role === 'manager' ? principal.team_id : null);
  }
}
