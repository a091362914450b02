/**
 * Domain errors carry a stable kind (what class of failure) and code (which
 * rule), never an HTTP status: the HTTP edge maps kinds to statuses in one place.
 */
export type ErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'too_large'
  | 'method_not_allowed'
  | 'unsupported_media_type'
  | 'unavailable'
  | 'upstream'
  | 'upstream_timeout';

export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: FieldIssue[],
    /** Fields of its own for the error body, such as a bulk import's report. */
    readonly fields?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: FieldIssue[] = []) {
    super('validation', 'VALIDATION_FAILED', message, details);
  }

  static field(field: string, message: string): ValidationError {
    return new ValidationError(message, [{ field, message }]);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string) {
    super('bad_request', 'BAD_REQUEST', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('not_found', 'NOT_FOUND', `${what} ${id} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this') {
    super('forbidden', 'FORBIDDEN', message);
  }
}

/**
 * A write outside the caller's scope. One wording whether or not the target
 * exists (or has, say, a score for that quarter), so a refusal reveals nothing.
 */
export class OutOfScopeError extends ForbiddenError {
  constructor() {
    super('That is outside what you may change');
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Invalid or missing credentials') {
    super('unauthorized', 'UNAUTHORIZED', message);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string) {
    super('conflict', code, message);
  }
}

export class DuplicateEmailError extends ConflictError {
  constructor(email: string) {
    super('DUPLICATE_EMAIL', `An employee with email ${email} already exists`);
  }
}

export class EmployeeExistsError extends ConflictError {
  constructor(employeeId: string) {
    super('EMPLOYEE_EXISTS', `Employee ${employeeId} already exists`);
  }
}

export class TeamExistsError extends ConflictError {
  constructor(teamId: string) {
    super('TEAM_EXISTS', `Team ${teamId} already exists`);
  }
}

export class TeamInUseError extends ConflictError {
  constructor(teamId: string) {
    super('TEAM_IN_USE', `Team ${teamId} still has employees, membership periods, records or holidays referring to it`);
  }
}

export class AccountExistsError extends ConflictError {
  constructor(username: string) {
    super('ACCOUNT_EXISTS', `A login named ${username} already exists`);
  }
}

export class LastAdminError extends ConflictError {
  constructor() {
    super('LAST_ADMIN', 'The last enabled admin cannot be disabled, demoted or deleted');
  }
}

export class AttendanceExistsError extends ConflictError {
  constructor(employeeId: string, date: string) {
    super('ATTENDANCE_EXISTS', `${employeeId} already has an attendance record on ${date}`);
  }
}

export class AttendanceStateError extends ConflictError {
  constructor(code: 'ALREADY_CHECKED_IN' | 'NOT_CHECKED_IN' | 'ALREADY_CHECKED_OUT' | 'EMPLOYEE_INACTIVE' | 'DAY_OFF' | 'ON_LEAVE', message: string) {
    super(code, message);
  }
}

/** A date and scope (team, or the organisation: null) that already has its one holiday. */
export interface HolidaySlot {
  date: string;
  team_id: string | null;
}

/** The holiday already holding a slot, when it could be read: named in the message so the caller knows what to move or delete. */
export interface HolidayHolder {
  holiday_id: string;
  name: string;
}

const scopeOf = (teamId: string | null) => (teamId === null ? 'the organisation' : `team ${teamId}`);

export class HolidayExistsError extends ConflictError {
  constructor(date: string, teamId: string | null, message?: string) {
    super('HOLIDAY_EXISTS', message ?? `${teamId === null ? 'The organisation' : `Team ${teamId}`} already has a holiday on ${date}`);
  }

  /** A new holiday (changed: undefined) or holiday `changed` would end up in `slot`, which `holder` already takes. */
  static clash(slot: HolidaySlot, holder: HolidayHolder | undefined, changed?: string): HolidayExistsError {
    const held = holder ? `holiday ${holder.holiday_id} (${holder.name})` : 'a holiday';
    const subject = changed === undefined ? 'The holiday' : `Holiday ${changed}`;
    return new HolidayExistsError(
      slot.date,
      slot.team_id,
      `${subject} would be on ${slot.date} for ${scopeOf(slot.team_id)}, which already has ${held} that date`,
    );
  }
}

export class LeaveTypeExistsError extends ConflictError {
  constructor(code: string) {
    super('LEAVE_TYPE_EXISTS', `Leave type ${code} already exists`);
  }
}

export class LeaveTypeInUseError extends ConflictError {
  constructor(code: string) {
    super('LEAVE_TYPE_IN_USE', `Leave type ${code} is used by requests or ledger entries`);
  }
}

/** A leave request the rules refuse: it clashes with another, the balance cannot pay for it, or it is no longer pending. */
export class LeaveStateError extends ConflictError {
  constructor(code: 'LEAVE_OVERLAP' | 'INSUFFICIENT_BALANCE' | 'NOT_PENDING' | 'NOT_CANCELLABLE', message: string) {
    super(code, message);
  }
}

/** A correction that can no longer be decided as asked: it is not pending, or its record changed since it was made. */
export class CorrectionStateError extends ConflictError {
  constructor(code: 'NOT_PENDING' | 'RECORD_CHANGED', message: string) {
    super(code, message);
  }
}

/** A change to an employee's dates or status that the records or the calendar do not allow. */
export class EmploymentError extends ConflictError {
  constructor(code: 'RECORDS_OUTSIDE_EMPLOYMENT' | 'EMPLOYMENT_ENDED' | 'HIRE_DATE_AFTER_TEAM_MOVE', message: string) {
    super(code, message);
  }
}

export class ScoreExistsError extends ConflictError {
  constructor(employeeId: string, period: string) {
    super('SCORE_EXISTS', `${employeeId} already has a score for ${period}`);
  }
}

/** A bulk write that stopped part-way (only where no transaction can hold it all): which items landed. */
export class PartialWriteError extends AppError {
  constructor(
    readonly written: number[],
    cause: unknown,
  ) {
    super('unavailable', 'IMPORT_INTERRUPTED', 'The import stopped part-way; send the same file again to complete it');
    this.cause = cause;
  }
}

export interface RowFailure {
  row: number;
  errors: FieldIssue[];
}

export interface ImportReport {
  created: number;
  updated: number;
  failed: RowFailure[];
}

/** All-or-nothing import with failing rows: nothing was written; the body carries the report. */
export class ImportRejectedError extends AppError {
  constructor(report: ImportReport) {
    super('validation', 'IMPORT_REJECTED', `${report.failed.length} row(s) failed validation; nothing was written`, undefined, { ...report });
  }
}

/** Past IMPORT_MAX_ROWS or IMPORT_MAX_BYTES. */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super('too_large', 'PAYLOAD_TOO_LARGE', message);
  }
}

/** Past a rate limit: the caller should wait (how long is the edge's to say). */
export class RateLimitedError extends AppError {
  constructor(message: string) {
    super('rate_limited', 'RATE_LIMITED', message);
  }
}

/** A path the API does not serve at all. */
export class NoSuchRouteError extends AppError {
  constructor(path: string) {
    super('not_found', 'NO_SUCH_ROUTE', `There is no ${path}`);
  }
}

/** A path the API serves, asked with a method it does not take there. */
export class MethodNotAllowedError extends AppError {
  constructor(
    method: string,
    readonly allowed: readonly string[],
  ) {
    super('method_not_allowed', 'METHOD_NOT_ALLOWED', `${method} is not supported here; use ${allowed.join(', ')}`);
  }
}

/** A body in a media type, charset or encoding the route does not read. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super('unsupported_media_type', 'UNSUPPORTED_MEDIA_TYPE', message);
  }
}

export class InvalidCursorError extends AppError {
  constructor() {
    super('bad_request', 'INVALID_CURSOR', 'The cursor is not valid for this request');
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(cause?: unknown) {
    super('unavailable', 'DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly');
    this.cause = cause;
  }
}

/** A model service (or any other upstream) answered with an error; its text stays in the logs, never in the body. */
export class UpstreamError extends AppError {
  constructor(service: string, cause?: unknown) {
    super('upstream', 'UPSTREAM_FAILED', `The ${service} service failed to answer; try again later`);
    this.cause = cause;
  }
}

export class UpstreamTimeoutError extends AppError {
  constructor(service: string, timeoutMs: number) {
    super('upstream_timeout', 'UPSTREAM_TIMEOUT', `The ${service} service did not answer within ${timeoutMs} ms`);
  }
}
