/** A day, or one half of it, off for the whole organisation (team_id null) or one team. */
export const HALVES = ['am', 'pm'] as const;
export type Half = (typeof HALVES)[number];

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
