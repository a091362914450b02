import { isWorkDay, type WorkWeek } from './work-week';
import { DayHolidays, type Half, type Holiday, type LeaveKind } from './holiday';

/** What the calendar says about one date for one team (or, with no team, for the organisation as a whole). */
export interface CalendarDay {
  date: string;
  /** A day of the work week, holidays aside. */
  working_day: boolean;
  /** The names of the holidays that apply, joined; null when none does. */
  holiday: string | null;
  /** The halves the applicable holidays take off. */
  holiday_halves: readonly Half[];
  /** On or after the day attendance tracking started. */
  tracked: boolean;
  /** The day has ended in the organisation's time zone. */
  closed: boolean;
}

export interface WorkCalendarInput {
  workWeek: WorkWeek;
  /** The first day anyone is expected (ATTENDANCE_START_DATE, or the date kept in the database). */
  trackingStart: string;
  /** Every holiday of the dates that will be asked about (organisation and team). */
  holidays: readonly Holiday[];
  /** Today in the organisation's time zone: it and later days are open. */
  today: string;
}

const NO_HOLIDAYS = new DayHolidays([]);

/** The ground truth of which days are working days, for whom, and which have ended. */
export class WorkCalendar {
  private readonly byDate = new Map<string, DayHolidays>();
  /** Each team's days as made: a range over many people asks for the same few hundred again and again. */
  private readonly made = new Map<string | null, Map<string, CalendarDay>>();

  constructor(private readonly input: WorkCalendarInput) {
    const lists = new Map<string, Holiday[]>();
    for (const holiday of input.holidays) {
      const list = lists.get(holiday.date);
      if (list) list.push(holiday);
      else lists.set(holiday.date, [holiday]);
    }
    for (const [date, list] of lists) this.byDate.set(date, new DayHolidays(list));
  }

  get today(): string {
    return this.input.today;
  }

  get trackingStart(): string {
    return this.input.trackingStart;
  }

  /** The holidays of a date, and what they take off whom. */
  holidaysOn(date: string): DayHolidays {
    return this.byDate.get(date) ?? NO_HOLIDAYS;
  }

  /** Who has the whole day off by a holiday (DayHolidays.wholeDayOffTeams). */
  wholeDayOffTeams(date: string): string[] | null {
    return this.holidaysOn(date).wholeDayOffTeams();
  }

  /** Whether a person's morning is off that day (DayHolidays.morningOff). */
  morningOff(date: string, teamId: string, leave: LeaveKind | null): boolean {
    return this.holidaysOn(date).morningOff(teamId, leave);
  }

  /** For a team: its own holidays and the organisation's. For the organisation (null): the organisation's only. */
  day(date: string, teamId: string | null): CalendarDay {
    let team = this.made.get(teamId);
    if (team === undefined) this.made.set(teamId, (team = new Map<string, CalendarDay>()));
    let day = team.get(date);
    if (day === undefined) team.set(date, (day = this.make(date, teamId)));
    return day;
  }

  private make(date: string, teamId: string | null): CalendarDay {
    const day = this.holidaysOn(date);
    const holidays = day.of(teamId);
    return {
      date,
      working_day: isWorkDay(date, this.input.workWeek),
      holiday: holidays.length === 0 ? null : holidays.map((h) => h.name).join(', '),
      holiday_halves: day.halvesOff(teamId),
      tracked: date >= this.input.trackingStart,
      closed: date < this.input.today,
    };
  }
}
