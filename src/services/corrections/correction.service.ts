import { randomUUID } from 'node:crypto';
import { canReadEmployee, missingWriteTarget, scopeEmployeeFilter, type Principal } from '../../core/access';
import { applyAttendanceChange, employedOn, outsideEmployment, type AttendancePolicy, type AttendanceRecord } from '../../core/attendance';
import { stampFor } from '../../core/audit/audit-entry';
import {
  correctionChange,
  correctionView,
  mayCancelCorrection,
  mayDecideCorrection,
  mayRequestCorrection,
  type AttendanceCorrection,
  type CorrectionDecision,
  type CorrectionFilter,
  type CorrectionView,
} from '../../core/corrections/correction';
import type { CorrectionRepository } from '../../core/corrections/correction-repository';
import { CorrectionStateError, ForbiddenError, NotFoundError, OutOfScopeError, ValidationError } from '../../core/errors';
import { emptyPage, type Page, type PageRequest } from '../../core/page';
import type { AccountRepository, AttendanceRepository, Clock, EmployeeRepository } from '../../core/ports';
import { teamOn } from '../../core/work-calendar/team-period';
import type { AttendanceLeave } from '../attendance.service';
import type { CalendarService } from '../work-calendar/calendar.service';

export interface CorrectionInput {
  employee_id?: string;
  date: string;
  check_in_time?: string | null;
  check_out_time?: string | null;
  status?: AttendanceCorrection['status'];
  reason: string;
}

type Decision = 'approve' | 'reject' | 'cancel';

/**
 * Attendance corrections: asked for by the employee (or their manager, or an
 * admin) for a closed day, decided by someone else, and written on approval
 * through the same rules as a direct edit.
 */
export class CorrectionService {
  constructor(
    private readonly corrections: CorrectionRepository,
    private readonly attendance: AttendanceRepository,
    private readonly employees: EmployeeRepository,
    private readonly accounts: AccountRepository,
    private readonly calendars: CalendarService,
    private readonly leave: Pick<AttendanceLeave, 'approved' | 'recordsChanged'>,
    private readonly policy: AttendancePolicy,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, input: CorrectionInput): Promise<CorrectionView> {
    const employeeId = input.employee_id ?? principal.employee_id;
    if (employeeId === null) throw ValidationError.field('employee_id', 'is required for a login without an employee record');
    const employee = await this.employees.get(employeeId);
    if (!employee) throw missingWriteTarget(principal, 'Employee', employeeId);
    const [record, periods] = await Promise.all([this.attendance.get(employeeId, input.date), this.employees.teamPeriods(employeeId)]);
    const teamId = record?.team_id ?? teamOn(periods, input.date) ?? employee.team_id;
    if (!mayRequestCorrection(principal, { employee_id: employeeId, team_id: teamId })) throw new OutOfScopeError();
    if (input.date >= this.calendars.today()) throw ValidationError.field('date', 'must be a closed day (before today)');
    const trackingStart = await this.calendars.trackingStart();
    if (input.date < trackingStart) throw ValidationError.field('date', `must not be before attendance tracking started (${trackingStart})`);
    if (!employedOn(employee, input.date)) throw outsideEmployment(employeeId, employee, input.date, 'date');
    const now = this.clock.now().toISOString();
    const correction: AttendanceCorrection = {
      correction_id: randomUUID(),
      employee_id: employeeId,
      team_id: teamId,
      date: input.date,
      ...(input.check_in_time !== undefined && { check_in_time: input.check_in_time }),
      ...(input.check_out_time !== undefined && { check_out_time: input.check_out_time }),
      ...(input.status !== undefined && { status: input.status }),
      reason: input.reason,
      state: 'pending',
      record_version: record?.version ?? null,
      requested_by: principal.username,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      created_at: now,
      updated_at: now,
    };
    // Refused now rather than at approval: a change the record cannot take (a check-out before the check-in, no status for an empty day).
    applyAttendanceChange(record, correctionChange(correction), this.policy);
    return correctionView(await this.corrections.create(correction, stampFor(principal, this.clock.now())));
  }

  async get(principal: Principal, correctionId: string): Promise<CorrectionView> {
    return correctionView(await this.readable(principal, correctionId));
  }

  async list(principal: Principal, filter: CorrectionFilter, page: PageRequest): Promise<Page<CorrectionView>> {
    const scoped = scopeEmployeeFilter(principal, filter);
    if (!scoped) return emptyPage();
    const found = await this.corrections.list(scoped, page);
    return { ...found, items: found.items.map(correctionView) };
  }

  async approve(principal: Principal, correctionId: string, note: string | null): Promise<CorrectionView> {
    const correction = await this.decidable(principal, correctionId, 'approve');
    const current = await this.attendance.get(correction.employee_id, correction.date);
    if ((current?.version ?? null) !== correction.record_version) {
      throw new CorrectionStateError(
        'RECORD_CHANGED',
        `The attendance of ${correction.employee_id} on ${correction.date} changed after this correction was asked for`,
      );
    }
    const { holidays, leave } = await this.calendars.dayOf(correction.employee_id, correction.date);
    const teamId = current?.team_id ?? correction.team_id;
    const record: AttendanceRecord = {
      employee_id: correction.employee_id,
      attendance_date: correction.date,
      team_id: teamId,
      ...applyAttendanceChange(current, correctionChange(correction), this.policy, holidays.morningOff(teamId, leave)),
    };
    const audit = stampFor(principal, this.clock.now());
    const { correction: approved } = await this.corrections.approve(correction, this.decision(principal, 'approved', note), record, audit);
    await this.calendars.noteRecordDates([correction.date]);
    if (!current && leave === 'day') await this.leave.recordsChanged(correction.employee_id, [correction.date], audit);
    return correctionView(approved);
  }

  async reject(principal: Principal, correctionId: string, note: string | null): Promise<CorrectionView> {
    await this.decidable(principal, correctionId, 'reject');
    return this.close(principal, correctionId, this.decision(principal, 'rejected', note));
  }

  async cancel(principal: Principal, correctionId: string, note: string | null): Promise<CorrectionView> {
    await this.decidable(principal, correctionId, 'cancel');
    return this.close(principal, correctionId, this.decision(principal, 'cancelled', note));
  }

  private async close(principal: Principal, correctionId: string, decision: CorrectionDecision): Promise<CorrectionView> {
    const closed = await this.corrections.close(correctionId, decision, stampFor(principal, this.clock.now()));
    if (!closed) throw missingWriteTarget(principal, 'Correction', correctionId);
    return correctionView(closed);
  }

  private decision(principal: Principal, state: CorrectionDecision['state'], note: string | null): CorrectionDecision {
    return { state, decided_by: principal.username, decided_at: this.clock.now().toISOString(), decision_note: note };
  }

  /** A pending correction the caller may decide (or cancel); a write, so out of scope is 403 whether or not it exists. */
  private async decidable(principal: Principal, correctionId: string, decision: Decision): Promise<AttendanceCorrection> {
    const correction = await this.readable(principal, correctionId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? missingWriteTarget(principal, 'Correction', correctionId) : error;
    });
    const login = await this.accounts.get(correction.employee_id);
    const parties = { employee_id: correction.employee_id, team_id: correction.team_id, login_role: login?.role ?? null };
    const allowed = decision === 'cancel' ? mayCancelCorrection(principal, correction) : mayDecideCorrection(principal, parties, correction);
    if (!allowed) throw new ForbiddenError(decision === 'cancel' ? 'Only whoever asked may cancel this correction' : 'You may not decide this correction');
    if (correction.state !== 'pending') throw new CorrectionStateError('NOT_PENDING', `Correction ${correctionId} is ${correction.state}, not pending`);
    return correction;
  }

  /** A correction the caller may see; anything else is 404, as if absent. */
  private async readable(principal: Principal, correctionId: string): Promise<AttendanceCorrection> {
    const correction = await this.corrections.get(correctionId);
    if (!correction || !canReadEmployee(principal, { employee_id: correction.employee_id, team_id: correction.team_id }))
      throw new NotFoundError('Correction', correctionId);
    return correction;
  }
}
