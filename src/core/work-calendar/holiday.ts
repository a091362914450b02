/** A day, or one half of it, off for the whole organisation (team_id null) or one team. */
export const HALVES = ['am', 'pm'] as const;
export type Half = (typeof HALVES)[number];
/** The halves approved leave takes off a person; `day` takes both. */
export type LeaveKind = Half | 'day';

export interface Holiday {
  holiday_id: string;
  date: string;
  name: string;
  /** Null: the whole organisation. */
  team_id: string | null;
  /** Null: the whole day. */
  half: Half | null;
  created_at: string;
  updated_at: string;
}

export type NewHoliday = Omit<Holiday, 'created_at' | 'updated_at'>;

export type HolidayPatch = Partial<Pick<Holiday, 'date' | 'name' | 'team_id' | 'half'>>;

export interface HolidayFilter {
  from?: string;
  to?: string;
  /** That team's holidays and the organisation's. */
  team_id?: string;
}

/** The halves a holiday (or a leave request) takes off: both for a whole day. */
export function halvesOf(half: Half | null): readonly Half[] {
  return half === null ? HALVES : [half];
}

/**
 * One date's holidays, and what they take off whom. All that writing a
 * record needs of the calendar (whose day is off, whose morning), so a
 * check-in reads the day's holidays and nothing of the work week, the
 * tracking start or today.
 */
export class DayHolidays {
  constructor(private readonly holidays: readonly Holiday[]) {}

  /** Whether any holiday, the organisation's or a team's, falls on the date. */
  get any(): boolean {
    return this.holidays.length > 0;
  }

  /** A team's: its own holidays and the organisation's. The organisation's (null): its own only. */
  of(teamId: string | null): Holiday[] {
    return this.holidays.filter((h) => h.team_id === null || h.team_id === teamId);
  }

  /** The halves the holidays of a team (or of the organisation) take off, in order. */
  halvesOff(teamId: string | null): Half[] {
    return [...new Set(this.of(teamId).flatMap((h) => halvesOf(h.half)))].sort();
  }

  /**
   * Who has the whole day off: null when the organisation does, else the
   * teams with a whole-day holiday (a morning and an afternoon holiday
   * together make a whole day).
   */
  wholeDayOffTeams(): string[] | null {
    if (this.halvesOff(null).length === 2) return null;
    const teams = new Set(this.holidays.flatMap((h) => (h.team_id === null ? [] : [h.team_id])));
    return [...teams].filter((team) => this.halvesOff(team).length === 2).sort();
  }

  /**
   * Whether a person's morning is off, by their own approved leave (`am`, or
   * null for none) or a morning holiday of their team or the organisation:
   * lateness is then judged from the afternoon start.
   */
  morningOff(teamId: string | null, leave: LeaveKind | null): boolean {
    return leave === 'am' || this.halvesOff(teamId).includes('am');
  }
}
