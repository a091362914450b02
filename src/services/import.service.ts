import { canWriteAttendanceOf, canWriteScoreOf, requireRole, type Principal } from '../core/access';
import { stampFor } from '../core/audit/audit-entry';
import type { Role } from '../core/account';
import { applyAttendanceChange, employedOn, outsideEmployment, type AttendancePolicy, type AttendanceRecord, type AttendanceTimes } from '../core/attendance';
import { datesRefusal, nextEmployment } from '../core/employment';
import { teamOn, type TeamPeriod } from '../core/work-calendar/team-period';
import { dateInZone } from '../core/calendar';
import { parseEmployeeId, type Employee, type EmployeePatch, type NewEmployee } from '../core/employee';
import type { ImportReport } from '../core/errors';
import { finalScore, type ScoreInputs } from '../core/performance';
import type { AccountRepository, AttendanceRepository, Clock, EmployeeRepository, NewScore, ScoreRepository, TeamRepository } from '../core/ports';
import type { AccountStateCache } from './account-state-cache';
import { finishImport, firstOccurrence, Verdicts, type ImportRow } from './import-verdicts';
import { groupBy, settle, teamPeriodsOver, writableRows } from './import-rows';
import type { AttendanceLeave } from './attendance.service';
import type { LeaveKind } from '../core/work-calendar/absence-rule';
import type { CalendarService } from './work-calendar/calendar.service';
import { turns } from './turns';

export type ImportMode = 'all' | 'partial';

export type { ImportRow } from './import-verdicts';

export type EmployeeRowInput = Partial<NewEmployee>;
export interface ScoreRowInput extends Partial<ScoreInputs> {
  employee_id: string;
  period: string;
}
export interface AttendanceRowInput extends AttendanceTimes {
  employee_id: string;
  attendance_date: string;
}

const REQUIRED_FOR_NEW_EMPLOYEE = ['name', 'email', 'team_id', 'position'] as const;

/**
 * Bulk imports: every row is checked first (fields at the edge, references,
 * scope and repeats here); all-or-nothing by default, or the valid rows in
 * partial mode; then one bulk write through the repository.
 */
export class ImportService {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly teams: TeamRepository,
    private readonly scores: ScoreRepository,
    private readonly attendance: AttendanceRepository,
    private readonly accounts: AccountRepository,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly policy: AttendancePolicy,
    private readonly accountStates: AccountStateCache,
    private readonly calendars: CalendarService,
    private readonly leave: AttendanceLeave,
  ) {}

  async importEmployees(principal: Principal, rows: ImportRow<EmployeeRowInput>[], mode: ImportMode): Promise<ImportReport> {
    requireRole(principal, 'admin');
    const verdicts = new Verdicts();
    for (const r of rows) if (r.errors) verdicts.failAll(r.row, r.errors);
    const valid = rows.filter((r) => r.value);
    firstOccurrence(valid, verdicts, (v) => v.employee_id ?? (v.email === undefined ? undefined : `email:${v.email.toLowerCase()}`), 'employee_id');
    firstOccurrence(valid, verdicts, (v) => v.email?.toLowerCase(), 'email');

    const ids = valid.flatMap((r) => (r.value!.employee_id ? [r.value!.employee_id] : []));
    const emails = valid.flatMap((r) => (r.value!.email ? [r.value!.email] : []));
    const [byId, byEmail, teamIds] = await Promise.all([
      this.employees.getMany(ids).then((list) => new Map(list.map((e) => [e.employee_id, e]))),
      this.employees.findManyByEmail(emails).then((list) => new Map(list.map((e) => [e.email.toLowerCase(), e]))),
      this.knownTeams(valid.flatMap((r) => (r.value!.team_id ? [r.value!.team_id] : []))),
    ]);

    const today = dateInZone(this.clock.now(), this.timeZone);
    const creates: { row: number; employee: NewEmployee }[] = [];
    const updates: { row: number; employee_id: string; patch: EmployeePatch }[] = [];
    const turn = turns();
    for (const { row, value } of valid) {
      await turn();
      const v = value!;
      // Matched on employee_id, or on email when no id is given.
      const target = v.employee_id !== undefined ? byId.get(v.employee_id) : v.email !== undefined ? byEmail.get(v.email.toLowerCase()) : undefined;
      if (v.team_id !== undefined && !teamIds.has(v.team_id)) verdicts.fail(row, 'team_id', `Team ${v.team_id} does not exist`);
      const owner = v.email === undefined ? undefined : byEmail.get(v.email.toLowerCase());
      if (owner && owner.employee_id !== (target?.employee_id ?? v.employee_id)) verdicts.fail(row, 'email', `belongs to ${owner.employee_id}`);
      if (target) {
        const { employee_id: _id, ...patch } = v;
        const settled = settle(row, verdicts, () => nextEmployment(target, patch, today));
        if (settled) updates.push({ row, employee_id: target.employee_id, patch: { ...patch, ...settled } });
        continue;
      }
      for (const field of REQUIRED_FOR_NEW_EMPLOYEE) if (v[field] === undefined) verdicts.fail(row, field, 'is required for a new employee');
      if (v.employee_id !== undefined && v.team_id !== undefined && parseEmployeeId(v.employee_id)?.team_id !== v.team_id) {
        verdicts.fail(row, 'employee_id', `must carry the team prefix ${v.team_id}- of the employee's team`);
      }
      const employment = settle(row, verdicts, () => nextEmployment(null, v, today));
      if (verdicts.ok(row) && employment) {
        creates.push({
          row,
          employee: {
            ...(v.employee_id !== undefined && { employee_id: v.employee_id }),
            name: v.name!,
            email: v.email!,
            team_id: v.team_id!,
            position: v.position!,
            job_title: v.job_title ?? null,
            ...employment,
          },
        });
      }
    }
    await this.refuseStrandingDates(updates, byId, verdicts);
    const writeCreates = creates.filter((c) => verdicts.ok(c.row));
    const writeUpdates = updates.filter((u) => verdicts.ok(u.row));
    return finishImport(
      verdicts,
      mode,
      { created: writeCreates.length, updated: writeUpdates.length },
      [...writeCreates.map((c) => c.row), ...writeUpdates.map((u) => u.row)],
      async () => {
        try {
          await this.employees.importMany(
            writeCreates.map((c) => c.employee),
            writeUpdates.map(({ employee_id, patch }) => ({ employee_id, patch })),
            today,
            stampFor(principal, this.clock.now(), 'import'),
          );
        } finally {
          // As PUT /employees/{id} does: a moved or re-statused login gets its new scope at once on this instance,
          // also after a partial write; a given id may be one a deleted employee's cached state still names.
          for (const id of [...writeUpdates.map((u) => u.employee_id), ...writeCreates.flatMap((c) => c.employee.employee_id ?? [])])
            this.accountStates.invalidate(id);
        }
      },
    );
  }

  async importScores(principal: Principal, rows: ImportRow<ScoreRowInput>[], mode: ImportMode): Promise<ImportReport> {
    requireRole(principal, 'admin', 'manager');
    const verdicts = new Verdicts();
    for (const r of rows) if (r.errors) verdicts.failAll(r.row, r.errors);
    const valid = rows.filter((r) => r.value);
    firstOccurrence(valid, verdicts, (v) => `${v.employee_id}|${v.period}`, 'period');
    const named = await this.namedEmployees(valid);
    const roles = await this.loginRoles(principal, named);
    const employees = writableRows(principal, valid, verdicts, named, (employee) =>
      canWriteScoreOf(principal, employee, roles.get(employee.employee_id) ?? null),
    );
    const existing = new Map(
      (await this.scores.getMany(valid.map((r) => ({ employee_id: r.value!.employee_id, period: r.value!.period })))).map((s) => [
        `${s.employee_id}|${s.period}`,
        s,
      ]),
    );
    const writes: { row: number; score: NewScore; created: boolean }[] = [];
    const turn = turns();
    for (const { row, value } of valid) {
      await turn();
      const v = value!;
      if (!verdicts.ok(row) || !employees.has(v.employee_id)) continue;
      const current = existing.get(`${v.employee_id}|${v.period}`);
      const inputs = {
        kpi: v.kpi ?? current?.kpi,
        completed_task: v.completed_task ?? current?.completed_task,
        feedback_360: v.feedback_360 ?? current?.feedback_360,
      };
      for (const [field, given] of Object.entries(inputs)) if (given === undefined) verdicts.fail(row, field, 'is required for a new score');
      if (verdicts.ok(row)) {
        const complete = inputs as ScoreInputs;
        writes.push({ row, score: { employee_id: v.employee_id, period: v.period, ...complete, final_score: finalScore(complete) }, created: !current });
      }
    }
    return finishImport(
      verdicts,
      mode,
      { created: writes.filter((w) => w.created).length, updated: writes.filter((w) => !w.created).length },
      writes.map((w) => w.row),
      () =>
        this.scores.upsertMany(
          writes.map((w) => w.score),
          stampFor(principal, this.clock.now(), 'import'),
        ),
    );
  }

  async importAttendance(principal: Principal, rows: ImportRow<AttendanceRowInput>[], mode: ImportMode): Promise<ImportReport> {
    requireRole(principal, 'admin', 'manager');
    const verdicts = new Verdicts();
    for (const r of rows) if (r.errors) verdicts.failAll(r.row, r.errors);
    const valid = rows.filter((r) => r.value);
    firstOccurrence(valid, verdicts, (v) => `${v.employee_id}|${v.attendance_date}`, 'attendance_date');
    const today = dateInZone(this.clock.now(), this.timeZone);
    for (const { row, value } of valid) {
      if (value!.attendance_date > today) verdicts.fail(row, 'attendance_date', 'must not be in the future');
      settle(row, verdicts, () => this.calendars.admitRecordDate(value!.attendance_date));
    }
    const named = await this.namedEmployees(valid);
    const dates = valid.map((r) => r.value!.attendance_date).sort();
    const [periods, calendar, leave] = await Promise.all([
      dates.length === 0 ? new Map<string, TeamPeriod[]>() : teamPeriodsOver(this.employees, [...named.keys()], dates[0]!, dates[dates.length - 1]!),
      dates.length === 0 ? null : this.calendars.forRange(dates[0]!, dates[dates.length - 1]!),
      dates.length === 0 ? new Map<string, Map<string, LeaveKind>>() : this.leave.approved.between(dates[0]!, dates[dates.length - 1]!, { team_ids: null }),
    ]);
    const existing = new Map(
      (await this.attendance.getMany(valid.map((r) => ({ employee_id: r.value!.employee_id, attendance_date: r.value!.attendance_date })))).map((a) => [
        `${a.employee_id}|${a.attendance_date}`,
        a,
      ]),
    );
    // As PUT /attendance/{id}/{date} does: a record already written is judged by the team it was written in.
    const employees = writableRows(principal, valid, verdicts, named, (employee, row) =>
      canWriteAttendanceOf(principal, existing.get(`${employee.employee_id}|${row.attendance_date}`) ?? employee),
    );
    const writes: { row: number; record: AttendanceRecord; created: boolean }[] = [];
    const turn = turns();
    for (const { row, value } of valid) {
      await turn();
      const { employee_id, attendance_date, ...change } = value!;
      const employee = employees.get(employee_id);
      if (!verdicts.ok(row) || !employee) continue;
      const current = existing.get(`${employee_id}|${attendance_date}`);
      if (!employedOn(employee, attendance_date)) verdicts.failAll(row, outsideEmployment(employee_id, employee, attendance_date).details ?? []);
      // A new record goes to the team the employee belonged to that day; an existing one keeps its own.
      const teamId = current?.team_id ?? teamOn(periods.get(employee_id) ?? [], attendance_date) ?? employee.team_id;
      const morningOff = calendar?.morningOff(attendance_date, teamId, leave.get(employee_id)?.get(attendance_date) ?? null) ?? false;
      const applied = verdicts.ok(row) && settle(row, verdicts, () => applyAttendanceChange(current ?? null, change, this.policy, morningOff));
      if (applied) writes.push({ row, record: { employee_id, attendance_date, team_id: teamId, ...applied }, created: !current });
    }
    const audit = stampFor(principal, this.clock.now(), 'import');
    return finishImport(
      verdicts,
      mode,
      { created: writes.filter((w) => w.created).length, updated: writes.filter((w) => !w.created).length },
      writes.map((w) => w.row),
      async () => {
        try {
          await this.attendance.upsertMany(
            writes.map((w) => w.record),
            audit,
          );
        } finally {
          // Also after a partial write: the rows written may be older than the tracking start.
          await this.calendars.noteRecordDates(writes.map((w) => w.record.attendance_date));
          // A new record on a whole day of approved leave gives that day back to the balance.
          const onLeave = writes.filter((w) => w.created && leave.get(w.record.employee_id)?.get(w.record.attendance_date) === 'day');
          for (const [employeeId, days] of groupBy(onLeave, (w) => w.record.employee_id))
            await this.leave.recordsChanged(
              employeeId,
              days.map((w) => w.record.attendance_date),
              audit,
            );
        }
      },
    );
  }

  /** Updates that would leave records or team moves outside the new dates fail their row. */
  private async refuseStrandingDates(
    updates: { row: number; employee_id: string; patch: EmployeePatch }[],
    byId: Map<string, Employee>,
    verdicts: Verdicts,
  ): Promise<void> {
    const moved = updates.filter(({ employee_id, patch }) => {
      const current = byId.get(employee_id);
      return current !== undefined && (patch.hire_date !== current.hire_date || patch.end_date !== current.end_date);
    });
    const checks = await Promise.all(
      moved.map(async (u) => ({ u, span: await this.attendance.dateSpan(u.employee_id), periods: await this.employees.teamPeriods(u.employee_id) })),
    );
    for (const { u, span, periods } of checks) {
      const refusal = datesRefusal({ status: u.patch.status!, hire_date: u.patch.hire_date!, end_date: u.patch.end_date ?? null }, span, periods);
      if (refusal) verdicts.fail(u.row, 'end_date', refusal.message);
    }
  }

  private async namedEmployees(rows: ImportRow<{ employee_id: string }>[]): Promise<Map<string, Employee>> {
    return new Map((await this.employees.getMany([...new Set(rows.map((r) => r.value!.employee_id))])).map((e) => [e.employee_id, e]));
  }

  /** The login roles of the named employees a manager might score (their team's); nobody else's is read. */
  private async loginRoles(principal: Principal, named: Map<string, Employee>): Promise<Map<string, Role>> {
    if (principal.role !== 'manager') return new Map();
    const team = [...named.values()].filter((e) => e.team_id === principal.team_id);
    const logins = await Promise.all(team.map((e) => this.accounts.get(e.employee_id)));
    return new Map(logins.flatMap((login) => (login ? [[login.username, login.role] as const] : [])));
  }

  private async knownTeams(teamIds: string[]): Promise<Set<string>> {
    const unique = [...new Set(teamIds)];
    const found = await Promise.all(unique.map(async (id) => ((await this.teams.get(id)) ? id : null)));
    return new Set(found.filter((id): id is string => id !== null));
  }
}
