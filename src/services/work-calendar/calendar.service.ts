import { dateInZone } from '../../core/calendar';
import { ValidationError } from '../../core/errors';
import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { AttendanceRepository, Clock, HolidayRepository, SettingsRepository } from '../../core/ports';
import { combinedLeave, type LeaveKind } from '../../core/work-calendar/absence-rule';
import { DayHolidays } from '../../core/work-calendar/holiday';
import { WorkCalendar } from '../../core/work-calendar/work-calendar';
import type { WorkWeek } from '../../core/work-calendar/work-week';

/** Where the tracking start is kept when ATTENDANCE_START_DATE does not fix it. */
export const TRACKING_START_KEY = 'attendance_start_date';

export interface CalendarOptions {
  workWeek: WorkWeek;
  /** ATTENDANCE_START_DATE, or null to keep the start in the database. */
  fixedTrackingStart: string | null;
  timeZone: string;
}

/** One person's date as writing their record needs it: the day's holidays and the person's approved leave. */
export interface PersonDate {
  holidays: DayHolidays;
  leave: LeaveKind | null;
}

/**
 * Builds the work calendar for the dates a figure needs, from the holidays,
 * the tracking start and today; says what a date takes off a person whose
 * record is written; and keeps the tracking start true as records arrive.
 */
export class CalendarService {
  /**
   * The kept tracking start as last read or written here. It only ever moves
   * back, so a record on or after it cannot move it: checking that needs no
   * read, which keeps a check-in to its one write.
   */
  private knownStart: string | null = null;

  constructor(
    private readonly holidays: HolidayRepository,
    private readonly attendance: AttendanceRepository,
    private readonly settings: SettingsRepository,
    private readonly leave: LeaveRepository,
    private readonly clock: Clock,
    private readonly options: CalendarOptions,
  ) {}

  today(): string {
    return dateInZone(this.clock.now(), this.options.timeZone);
  }

  /** The calendar of the dates from `from` to `to` (holidays outside them are not loaded). */
  async forRange(from: string, to: string): Promise<WorkCalendar> {
    const [trackingStart, holidays] = await Promise.all([this.trackingStart(), this.holidays.inRange(from, to)]);
    return new WorkCalendar({ workWeek: this.options.workWeek, trackingStart, holidays, today: this.today() });
  }

  /**
   * One person's date, for writing their record: one question for the day's
   * holidays and the person's approved leave. Both are read as everyone's
   * that day, which the cached repositories keep until holidays or leave
   * change: one cached answer a day serves every check-in.
   */
  async dayOf(employeeId: string, date: string): Promise<PersonDate> {
    const [holidays, requests] = await Promise.all([this.holidays.inRange(date, date), this.leave.approvedBetween(date, date, { team_ids: null })]);
    const halves = requests.flatMap((request) => (request.employee_id === employeeId ? [request.half_day] : []));
    return { holidays: new DayHolidays(holidays), leave: combinedLeave(halves) };
  }

  async trackingStart(): Promise<string> {
    if (this.options.fixedTrackingStart !== null) return this.options.fixedTrackingStart;
    const kept = (await this.settings.get(TRACKING_START_KEY)) ?? (await this.settle());
    this.knownStart = kept;
    return kept;
  }

  /** At first start: the earliest record's date, else today; kept from then on. */
  async settle(): Promise<string> {
    if (this.options.fixedTrackingStart !== null) return this.options.fixedTrackingStart;
    const earliest = await this.attendance.earliestDate();
    this.knownStart = await this.settings.putIfAbsent(TRACKING_START_KEY, earliest ?? this.today());
    return this.knownStart;
  }

  /** Before a record of `date` is written: refused (422) before a fixed tracking start. */
  admitRecordDate(date: string): void {
    const fixed = this.options.fixedTrackingStart;
    if (fixed !== null && date < fixed) throw ValidationError.field('attendance_date', `must not be before attendance tracking started (${fixed})`);
  }

  /** Once records are written: the oldest of them moves a kept tracking start back (never forward). */
  async noteRecordDates(dates: readonly string[]): Promise<void> {
    if (this.options.fixedTrackingStart !== null || dates.length === 0) return;
    const oldest = dates.reduce((a, b) => (b < a ? b : a));
    if (this.knownStart !== null && oldest >= this.knownStart) return;
    const kept = await this.settings.get(TRACKING_START_KEY);
    this.knownStart = kept === null || oldest < kept ? await this.settings.lowerTo(TRACKING_START_KEY, oldest) : kept;
  }
}
