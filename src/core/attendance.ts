import { AttendanceStateError, NotFoundError, OutOfScopeError, ValidationError, type AppError } from './errors';

export const ATTENDANCE_STATUSES = ['present', 'late', 'half-day', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface AttendanceRecord {
  employee_id: string;
  attendance_date: string;
  /** The employee's team when the record was written; it does not move later. */
  team_id: string;
  status: AttendanceStatus;
  check_in_time: string | null;
  check_out_time: string | null;
  /** Always computed: two decimals, null until checked out. */
  hours_worked: number | null;
  notes: string | null;
  /** 1 when written first, one more on every write: what a correction is checked against. Set by the repository. */
  version?: number;
}

/**
 * What a record reads as: a record of a closed day (before `today`) with a
 * check-in and no check-out carries `missing_check_out`, and its hours stay null.
 */
export function withMissingCheckOut<R extends AttendanceRecord>(record: R, today: string): Omit<R, 'version'> & { missing_check_out: boolean } {
  // The version is the repository's bookkeeping for corrections, not part of the record a reader sees.
  const { version: _version, ...shown } = record;
  return { ...shown, missing_check_out: record.attendance_date < today && record.check_in_time !== null && record.check_out_time === null };
}

/**
 * One person's records over a range, as facts (AttendanceRepository.recordsByPerson):
 * the days they have a record on, in date order, with each record's status and
 * whether it is open (checked in, not out); and the hours of the records with hours.
 */
export interface PersonRecords {
  employee_id: string;
  dates: string[];
  statuses: AttendanceStatus[];
  open: boolean[];
  /** The sum of hours_worked over the records that have it, and how many they are. */
  hours: number;
  hours_days: number;
}

/**
 * One person's records over a range (AttendanceRepository.dayCodesByPerson)
 * as one code a day: `codes[i]` is the code (attendance-codes.ts) of the
 * range's i-th day, 0 when there is no record. A range over everyone is
 * hundreds of thousands of person-days, and a byte each is all the rule reads.
 */
export interface PersonDayCodes {
  employee_id: string;
  codes: Uint8Array;
}

/** Which records recordsByPerson reads: a range, and the records' teams (every team when null), one employee, one status or only open records. */
export interface PersonRecordsFilter {
  from: string;
  to: string;
  team_ids: string[] | null;
  employee_id?: string;
  /** Only these employees' records: a position's people, where the others would be read only to be left out. */
  employee_ids?: readonly string[];
  status?: AttendanceStatus;
  /** Only records checked in and not out. */
  open?: true;
}

export interface AttendanceFilter {
  employee_id?: string;
  team_id?: string;
  status?: AttendanceStatus;
  /** Inclusive. */
  from?: string;
  /** Inclusive. */
  to?: string;
}

/**
 * A path-scoped list's filter (`/attendance/employee/{id}`, `/attendance/team/{id}`):
 * the path is one more filter, so a query filter naming another employee or
 * team leaves nothing to list (null).
 */
export function withinPath<F extends Pick<AttendanceFilter, 'employee_id' | 'team_id'>>(
  filter: F,
  path: Pick<AttendanceFilter, 'employee_id' | 'team_id'>,
): F | null {
  const clashes = (['employee_id', 'team_id'] as const).some((key) => path[key] !== undefined && filter[key] !== undefined && filter[key] !== path[key]);
  return clashes ? null : { ...filter, ...path };
}

export interface AttendancePolicy {
  /** HH:MM */
  workdayStart: string;
  /** HH:MM: the start on a day whose morning is off (a morning half holiday or morning leave). */
  afternoonStart: string;
  lateGraceMinutes: number;
  halfDayHours: number;
}

export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;

export function secondsOfDay(time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw ValidationError.field('time', `${time} is not a time HH:MM:SS`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Late when strictly after the day's start plus the grace: 09:15:00 is on time, 09:15:01 late. */
export function isLate(checkIn: string, policy: AttendancePolicy, morningOff = false): boolean {
  const [hours, minutes] = (morningOff ? policy.afternoonStart : policy.workdayStart).split(':').map(Number) as [number, number];
  return secondsOfDay(checkIn) > hours * 3600 + minutes * 60 + policy.lateGraceMinutes * 60;
}

/** Hours between two times of one day, rounded half-up to two decimals on whole seconds (no float drift). */
export function hoursWorked(checkIn: string | null, checkOut: string | null): number | null {
  if (checkIn === null || checkOut === null) return null;
  const seconds = secondsOfDay(checkOut) - secondsOfDay(checkIn);
  return Math.floor((seconds * 100) / 3600 + 0.5) / 100;
}

/**
 * The status the times say. Half-day (strictly fewer than HALF_DAY_HOURS once
 * checked out) wins over late; exactly the threshold is not a half-day.
 * Null when there is no check-in to judge by.
 */
export function deriveStatus(checkIn: string | null, checkOut: string | null, policy: AttendancePolicy, morningOff = false): AttendanceStatus | null {
  if (checkIn === null) return null;
  if (checkOut !== null && secondsOfDay(checkOut) - secondsOfDay(checkIn) < policy.halfDayHours * 3600) return 'half-day';
  return isLate(checkIn, policy, morningOff) ? 'late' : 'present';
}

export interface AttendanceTimes {
  status?: AttendanceStatus;
  check_in_time?: string | null;
  check_out_time?: string | null;
  notes?: string | null;
}

/**
 * Applies a change to a record (or to nothing, for a new one): times are
 * checked, hours recomputed, and the status derived from the times whenever
 * they change and the change names no status — an explicit status wins.
 * `morningOff`: the day's morning is off for this person, so lateness is
 * judged from the afternoon start.
 */
export function applyAttendanceChange(
  current: Pick<AttendanceRecord, 'status' | 'check_in_time' | 'check_out_time' | 'notes'> | null,
  change: AttendanceTimes,
  policy: AttendancePolicy,
  morningOff = false,
): Pick<AttendanceRecord, 'status' | 'check_in_time' | 'check_out_time' | 'hours_worked' | 'notes'> {
  const checkIn = change.check_in_time !== undefined ? change.check_in_time : (current?.check_in_time ?? null);
  const checkOut = change.check_out_time !== undefined ? change.check_out_time : (current?.check_out_time ?? null);
  if (checkOut !== null && checkIn === null) throw ValidationError.field('check_out_time', 'needs a check_in_time');
  if (checkIn !== null && checkOut !== null && secondsOfDay(checkOut) < secondsOfDay(checkIn)) {
    throw ValidationError.field('check_out_time', 'must not be before check_in_time');
  }
  const timesChanged = change.check_in_time !== undefined || change.check_out_time !== undefined;
  let status = change.status ?? (timesChanged || !current ? deriveStatus(checkIn, checkOut, policy, morningOff) : current.status);
  status ??= current?.status ?? null;
  if (status === null) throw ValidationError.field('status', 'is required when there is no check_in_time');
  return {
    status,
    check_in_time: checkIn,
    check_out_time: checkOut,
    hours_worked: hoursWorked(checkIn, checkOut),
    notes: change.notes !== undefined ? change.notes : (current?.notes ?? null),
  };
}

/** What a check-in's write requires of the employee as it is at that moment. */
export interface CheckInConditions {
  /** A manager's check-in for someone else: only within this team. */
  inTeam?: string;
  /** The teams with a whole-day holiday that day; null when the whole organisation is off. */
  offTeams: string[] | null;
}

export interface CheckInEmployee {
  team_id: string;
  status: string;
  hire_date: string;
  end_date: string | null;
}

export function employedOn(employee: Pick<CheckInEmployee, 'hire_date' | 'end_date'>, date: string): boolean {
  return employee.hire_date <= date && (employee.end_date === null || date <= employee.end_date);
}

export function outsideEmployment(
  employeeId: string,
  employee: Pick<CheckInEmployee, 'hire_date' | 'end_date'>,
  date: string,
  field = 'attendance_date',
): ValidationError {
  return ValidationError.field(field, `${date} is outside ${employeeId}'s employment (${employee.hire_date} to ${employee.end_date ?? 'now'})`);
}

/**
 * Why a check-in could not be written, from the employee as it is now: the
 * first of absent, outside the caller's team, inactive, not employed that
 * day, a day off for their team. Null when none holds, which means the
 * employee changed since the write was refused.
 */
export function checkInRefusal(employeeId: string, employee: CheckInEmployee | null, date: string, conditions: CheckInConditions): AppError | null {
  if (!employee) return new NotFoundError('Employee', employeeId);
  if (conditions.inTeam !== undefined && employee.team_id !== conditions.inTeam) return new OutOfScopeError();
  if (employee.status !== 'active') return new AttendanceStateError('EMPLOYEE_INACTIVE', `${employeeId} is not active`);
  if (!employedOn(employee, date)) return outsideEmployment(employeeId, employee, date);
  if (conditions.offTeams === null || conditions.offTeams.includes(employee.team_id)) {
    return new AttendanceStateError('DAY_OFF', `${date} is a holiday for ${employeeId}; an admin or manager may still record the day`);
  }
  return null;
}
