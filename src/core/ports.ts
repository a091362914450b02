/**
 * What the core needs from the outside world, in business terms. Each
 * repository is shaped for both PostgreSQL and DynamoDB: look-ups by key,
 * opaque page positions, rules as typed errors, and every multi-item write as
 * a single call that an adapter makes atomic.
 *
 * Audited writes: a write given an `audit` stamp appends the audit entries its
 * comment names (`auditEntry(audit, …)`) in the same atomic write as the
 * change, so neither exists without the other. A bulk write appends one entry
 * per row (on DynamoDB each row in its own transaction with its entry). No
 * stamp means the service's own writes (first-start bootstrap, demo data).
 * Entity ids: a team's team_id, an employee's id, a login's username, a
 * record's `<employee_id>/<date>`, a score's `<employee_id>/<period>`.
 */
import type { Account, AccountPatch, NewAccount, Role } from './account';
import type { AuditStamp } from './audit/audit-entry';
import type { AuditRepository } from './audit/audit-repository';
import type { CorrectionRepository } from './corrections/correction-repository';
import type { AttendanceFilter, AttendanceRecord, CheckInConditions, PersonDayCodes, PersonRecords, PersonRecordsFilter } from './attendance';
import type { Employee, EmployeeBrief, EmployeeFilter, EmployeePatch, NewEmployee } from './employee';
import type { LeaveRepository } from './leave/leave-repository';
import type { Page, PageRequest } from './page';
import type { FinalScore, PerformanceScore, RankOrder, ScoreFilter, ScoreInputs, ScoreSummaryItem } from './performance';
import type { NewTeam, Team } from './team';
import type { TeamDayFacts } from './work-calendar/absence-rule';
import type { Holiday, HolidayFilter, HolidayPatch, NewHoliday } from './work-calendar/holiday';
import type { Membership, TeamPeriod } from './work-calendar/team-period';

export interface TeamRepository {
  /** Audit: create (after). @throws TeamExistsError */
  create(team: NewTeam, audit?: AuditStamp): Promise<Team>;
  get(teamId: string): Promise<Team | null>;
  /** Ordered by team_id. */
  list(page: PageRequest): Promise<Page<Team>>;
  /** Null when the team does not exist. Audit: update (before, after). */
  rename(teamId: string, teamName: string, audit?: AuditStamp): Promise<Team | null>;
  /** False when the team does not exist. Audit: delete (before). @throws TeamInUseError while any employee, membership period, record, score or holiday refers to it */
  delete(teamId: string, audit?: AuditStamp): Promise<boolean>;
}

/** A login created together with its employee; its username is the employee id. */
export interface NewEmployeeLogin {
  password_hash: string;
  role: Role;
}

export interface EmployeeRepository {
  /**
   * Writes the employee (assigning the next id of its team when none is given,
   * else moving the team's counter past the given one), its first membership
   * period (its team from its hire date) and, when asked, its login — all or nothing.
   * Audit: create on the employee (after: the employee, with `login: {username, role}` when one was made).
   * @throws EmployeeExistsError, DuplicateEmailError, ValidationError (unknown team)
   */
  create(employee: NewEmployee, login?: NewEmployeeLogin, audit?: AuditStamp): Promise<Employee>;
  get(employeeId: string): Promise<Employee | null>;
  /** Case-insensitive. */
  findByEmail(email: string): Promise<Employee | null>;
  /** Ordered by employee_id. */
  list(filter: EmployeeFilter, page: PageRequest): Promise<Page<Employee>>;
  /** Every employee list() would return, as briefs, at once: a misspelt name or a tenure is looked for over the whole scope. */
  briefs(filter: EmployeeFilter): Promise<EmployeeBrief[]>;
  /** How many employees list() would return across all its pages. */
  count(filter: EmployeeFilter): Promise<number>;
  /**
   * Partial update; a new name or team reaches the copies on the employee's
   * login and scores (on DynamoDB the scores follow in batches a retry completes).
   * A new team closes the open membership period the day before `today` and
   * opens one from `today` (a period that starts on or after `today` just
   * changes team); a new hire date moves the start of the first period.
   * Going inactive gives the login a new token_version, as disabling does.
   * Null when the employee does not exist. Audit: update (before, after).
   * @throws DuplicateEmailError, ValidationError (unknown team)
   */
  update(employeeId: string, patch: EmployeePatch, today: string, audit?: AuditStamp): Promise<Employee | null>;
  /** The employee's membership periods, ordered by `from`; empty when there is no such employee. */
  teamPeriods(employeeId: string): Promise<TeamPeriod[]>;
  /**
   * Who belonged to which team from `from` to `to`: each membership period
   * that overlaps the range within its employee's employment, clipped to both,
   * among the given teams (every team when null). In no particular order; one
   * read whatever the range. A range of one date says who was employed that day in which team.
   */
  membershipsBetween(from: string, to: string, teamIds: string[] | null): Promise<Membership[]>;
  getMany(employeeIds: string[]): Promise<Employee[]>;
  /** Case-insensitive. */
  findManyByEmail(emails: string[]): Promise<Employee[]>;
  /**
   * A bulk import's writes: creates (ids assigned or moved past as in create)
   * and partial updates (team moves and leavers' token versions as in update). All in
   * one transaction where the engine allows. Audit: a create (after) or an update (before, after) per row.
   */
  importMany(creates: NewEmployee[], updates: { employee_id: string; patch: EmployeePatch }[], today: string, audit?: AuditStamp): Promise<void>;
  /**
   * Removes the employee, their login, membership periods, attendance and scores. False when absent
   * (a retry still finishes removing records an interrupted delete left).
   * Audit: delete (before: the employee, with `login`: the username removed, or null).
   * @throws LastAdminError when their login is the last enabled admin
   */
  delete(employeeId: string, audit?: AuditStamp): Promise<boolean>;
}

export interface AccountRepository {
  get(username: string): Promise<Account | null>;
  /** Ordered by username. */
  list(page: PageRequest): Promise<Page<Account>>;
  /** Audit: create on the login (after). @throws AccountExistsError, NotFoundError (employee_id names no employee) */
  create(account: NewAccount, audit?: AuditStamp): Promise<Account>;
  /**
   * A new password_hash, or disabling, gives a new token_version. Null when absent.
   * Audit: login_change (before, after; `password_changed: true` in after when the hash changed).
   * @throws LastAdminError when this would leave no enabled admin
   */
  update(username: string, patch: AccountPatch, audit?: AuditStamp): Promise<Account | null>;
  hasAny(): Promise<boolean>;
}

export interface AttendanceRepository {
  get(employeeId: string, date: string): Promise<AttendanceRecord | null>;
  /**
   * One record per employee per date, guaranteed by the database; version 1. Audit: create (after).
   * @throws AttendanceExistsError, NotFoundError (no such employee)
   */
  create(record: AttendanceRecord, audit?: AuditStamp): Promise<AttendanceRecord>;
  /**
   * A check-in: the day's record, written with the employee's team as it is
   * at the moment of writing, and only if the employee exists, is active, is
   * employed that day (hire date ≤ day ≤ end date), when `inTeam` is given
   * belongs to that team then, and their team is not off that whole day
   * (`offTeams`: the teams with a whole-day holiday; null when the whole
   * organisation is off). Audit: create (after).
   * @throws the error checkInRefusal gives for the employee as it is then, AttendanceExistsError
   */
  checkIn(entry: Omit<AttendanceRecord, 'team_id'>, conditions: CheckInConditions, audit?: AuditStamp): Promise<AttendanceRecord>;
  /**
   * Atomic read-modify-write: `change` sees the stored record and returns the
   * new one (it may throw to refuse); the version goes up by one. Null when
   * there is no record. Audit: update (before, after).
   */
  update(employeeId: string, date: string, change: (current: AttendanceRecord) => AttendanceRecord, audit?: AuditStamp): Promise<AttendanceRecord | null>;
  /** Audit: delete (before). */
  delete(employeeId: string, date: string, audit?: AuditStamp): Promise<boolean>;
  /** Ordered by attendance_date descending, then employee_id. */
  list(filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>>;
  getMany(keys: { employee_id: string; attendance_date: string }[]): Promise<AttendanceRecord[]>;
  /** Every record of these employees from `from` to `to` (inclusive), in no particular order: a slice of the payroll export. */
  ofEmployees(employeeIds: readonly string[], from: string, to: string): Promise<AttendanceRecord[]>;
  /**
   * Writes whole records, replacing any with the same key (its version up by
   * one): a bulk import's writes. Audit: a create (after) or an update (before, after) per record.
   */
  upsertMany(records: AttendanceRecord[], audit?: AuditStamp): Promise<void>;
  /**
   * Per team and day from `from` to `to`, what the absence rule needs
   * (TeamDayFacts: headcount over employment dates and membership periods,
   * records by status, open records), for the given teams (every existing
   * team when null; unknown ones are left out). Returns the teams counted.
   */
  dailyFacts(from: string, to: string, teamIds: string[] | null): Promise<{ teamIds: string[]; facts: TeamDayFacts[] }>;
  /**
   * Per employee with records in the filter's range (inclusive; by the
   * record's own team when team_ids is given), their records as facts
   * (PersonRecords), in no particular order of employees: one read for a
   * range over everyone, where the rule that counts them is the core's.
   */
  recordsByPerson(filter: PersonRecordsFilter): Promise<PersonRecords[]>;
  /**
   * The same records as recordsByPerson (the same filter, the same people), as
   * one code a day over the range (PersonDayCodes), without hours: what a
   * figure over months of everyone reads, in the fewest bytes.
   */
  dayCodesByPerson(filter: PersonRecordsFilter): Promise<PersonDayCodes[]>;
  /** The first and last dates of the employee's records; null when they have none. */
  dateSpan(employeeId: string): Promise<{ first: string; last: string } | null>;
  /** The oldest record's date; null when there are no records. */
  earliestDate(): Promise<string | null>;
}

export interface NewScore extends ScoreInputs {
  employee_id: string;
  period: string;
  final_score: number;
}

export interface ScoreRepository {
  get(employeeId: string, period: string): Promise<PerformanceScore | null>;
  /**
   * Copies the employee's name and team onto the score. Audit: create (after).
   * @throws ScoreExistsError, NotFoundError (no such employee)
   */
  create(score: NewScore, audit?: AuditStamp): Promise<PerformanceScore>;
  /** Atomic read-modify-write of the inputs and final score. Null when absent. Audit: update (before, after). */
  update(
    employeeId: string,
    period: string,
    change: (current: PerformanceScore) => ScoreInputs & { final_score: number },
    audit?: AuditStamp,
  ): Promise<PerformanceScore | null>;
  /** Audit: delete (before). */
  delete(employeeId: string, period: string, audit?: AuditStamp): Promise<boolean>;
  /** Ordered by period descending, then employee_id. */
  list(filter: ScoreFilter, page: PageRequest): Promise<Page<PerformanceScore>>;
  /**
   * Every final score of one period among those the filter selects, in the
   * list's order (employee_id): a quarter's median or change reads them all,
   * where their inputs, timestamps and a round trip per page were most of the time.
   */
  finalScores(filter: ScoreFilter & { period: string }): Promise<FinalScore[]>;
  getMany(keys: { employee_id: string; period: string }[]): Promise<PerformanceScore[]>;
  /**
   * Writes whole scores (inputs and final score), replacing any with the same
   * key: a bulk import's writes. Audit: a create (after) or an update (before, after) per score.
   */
  upsertMany(scores: NewScore[], audit?: AuditStamp): Promise<void>;
  /**
   * The `limit` best (or worst) scores of a period among those the filter
   * selects, in rankComparator order; fewer when fewer exist. Without a
   * period, of the newest period with scores among those the filter selects.
   */
  rank(filter: ScoreFilter & { period?: string }, order: RankOrder, limit: number): Promise<PerformanceScore[]>;
  /** count, mean, min, max of final_score per team and period; ordered by period, then team. */
  summary(filter: { period?: string; team_ids?: string[] }): Promise<ScoreSummaryItem[]>;
}

export interface HolidayRepository {
  /** Audit: create (after). @throws HolidayExistsError (the same scope already has a holiday that date), ValidationError (unknown team) */
  create(holiday: NewHoliday, audit?: AuditStamp): Promise<Holiday>;
  get(holidayId: string): Promise<Holiday | null>;
  /** Null when absent. Audit: update (before, after). @throws HolidayExistsError, ValidationError (unknown team) */
  update(holidayId: string, patch: HolidayPatch, audit?: AuditStamp): Promise<Holiday | null>;
  /** The deleted holiday; null when absent. Audit: delete (before). */
  delete(holidayId: string, audit?: AuditStamp): Promise<Holiday | null>;
  /** Ordered by date, then holiday_id; with team_id, that team's and the organisation's. */
  list(filter: HolidayFilter, page: PageRequest): Promise<Page<Holiday>>;
  /** Every holiday (organisation and team) from `from` to `to`: what a summary's calendar needs. */
  inRange(from: string, to: string): Promise<Holiday[]>;
  /**
   * A bulk import's writes, all or nothing where the engine allows: a holiday
   * whose date and scope exist gets the new name and half (its id stays), others are created.
   * Audit: a create (after) or an update (before, after) per holiday.
   * @throws ValidationError (unknown team)
   */
  upsertMany(holidays: NewHoliday[], audit?: AuditStamp): Promise<void>;
}

/** Small named values kept with the data (a generated signing secret, first-run markers, the tracking start). */
export interface SettingsRepository {
  get(key: string): Promise<string | null>;
  /** Stores the value unless the key exists; returns whichever value is stored. */
  putIfAbsent(key: string, value: string): Promise<string>;
  /** Stores the value when the key is absent or holds a greater one (string order); returns whichever value is stored. */
  lowerTo(key: string, value: string): Promise<string>;
}

export interface Repositories {
  teams: TeamRepository;
  employees: EmployeeRepository;
  accounts: AccountRepository;
  attendance: AttendanceRepository;
  scores: ScoreRepository;
  holidays: HolidayRepository;
  leave: LeaveRepository;
  corrections: CorrectionRepository;
  audit: AuditRepository;
  settings: SettingsRepository;
}

export type { ExternalIdentity, IdentityVerifier, IssuedToken, PasswordHasher, TokenClaims, TokenService } from './auth-ports';

export interface Clock {
  now(): Date;
}

/**
 * A shared key-value store with expiry: Redis when configured (shared by every
 * instance), else the process's memory. A cache may forget anything at any
 * time; callers treat a miss, and a store that is down, as "compute it".
 */
export interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /**
   * Adds one to a counter (a missing one counts from zero). A store that is
   * down must still apply it once it is back: it is how cached values are
   * invalidated, so it is never lost.
   */
  increment(key: string): Promise<void>;
}
