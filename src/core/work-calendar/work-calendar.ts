import { isWorkDay, type WorkWeek } from './work-week';
import { halvesOf, type Half, type Holiday } from './holiday';

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

/** The ground truth of which days are working days, for whom, and which have ended. */
export class WorkCalendar {
  private readonly byDate = new Map<string, Holiday[]>();
  /** Each team's days as made: a range over many people asks for the same few hundred again and again. */
  private readonly made = new Map<string | null, Map<string, CalendarDay>>();

  constructor(private readonly input: WorkCalendarInput) {
    for (const holiday of input.holidays) {
      const list = this.byDate.get(holiday.date);
      if (list) list.push(holiday);
      else this.byDate.set(holiday.date, [holiday]);
    }
  }

  get today(): string {
    return this.input.today;
  }

  get trackingStart(): string {
    return this.input.trackingStart;
  }

  hasHoliday(date: string): boolean {
    return this.byDate.has(date);
  }

  /**
   * Who has the whole day off by a holiday: null when the organisation does,
   * else the teams with a whole-day holiday (a morning and an afternoon
   * holiday together make a whole day).
   */
  wholeDayOffTeams(date: string): string[] | null {
    if (this.day(date, null).holiday_halves.length === 2) return null;
    const teams = new Set((this.byDate.get(date) ?? []).flatMap((h) => (h.team_id === null ? [] : [h.team_id])));
    return [...teams].filter((team) => this.day(date, team).holiday_halves.length === 2).sort();
  }

  /** Whether a team's morning is off that day by a holiday: lateness is then judged from the afternoon start. */
  morningOff(date: string, teamId: string): boolean {
    return this.day(date, teamId).holiday_halves.includes('am');
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
    const holidays = (this.byDate.get(date) ?? []).filter((h) => h.team_id === null || h.team_id === teamId);
    const halves = new Set(holidays.flatMap((h) => halvesOf(h.half)));
    return {
      date,
      working_day: isWorkDay(date, this.input.workWeek),
      holiday: holidays.length === 0 ? null : holidays.map((h) => h.name).join(', '),
      holiday_halves: [...halves].sort(),
      tracked: date >= this.input.trackingStart,
      closed: date < this.input.today,
    };
  }
}
