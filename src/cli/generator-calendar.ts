import { SEED_TEAMS } from '../core/team';
import type { Half, NewHoliday } from '../core/work-calendar/holiday';

/**
 * The bench data's calendar (issue 26's definition, kept for the issues that
 * follow): a dozen organisation and team holidays over the span, some of
 * them half days; one employee in 40 a leaver, one in 80 a team mover, each
 * on a day spread over the span. Deterministic, so every run reseeds the same.
 */
export interface GeneratedCalendar {
  holidays: NewHoliday[];
  /** Employee index → last working day. */
  leavers: Map<number, string>;
  /** Employee index → the team moved to and the day the move took effect. */
  movers: Map<number, { to_team: string; on: string }>;
}

const HOLIDAYS = 12;
/** A holiday per this many work days at most, so a short span keeps most of its days (and no two share a date). */
const WORK_DAYS_PER_HOLIDAY = 20;

export function generatedCalendar(employees: number, workDays: readonly string[], roll: (key: string) => number): GeneratedCalendar {
  const count = Math.min(HOLIDAYS, Math.floor(workDays.length / WORK_DAYS_PER_HOLIDAY));
  const holidays = Array.from({ length: count }, (_, k): NewHoliday => {
    const teamId = k % 2 === 0 ? null : SEED_TEAMS[k % SEED_TEAMS.length]!.team_id;
    const half: Half | null = k % 4 === 3 ? 'am' : k % 6 === 5 ? 'pm' : null;
    return {
      holiday_id: `bench-holiday-${k}`,
      date: workDays[Math.floor(((k + 0.5) * workDays.length) / count)]!,
      name: `Bench holiday ${k + 1}`,
      team_id: teamId,
      half,
    };
  });
  const dayOf = (key: string) => workDays[Math.floor(roll(key) * workDays.length)]!;
  const leavers = new Map<number, string>();
  const movers = new Map<number, { to_team: string; on: string }>();
  for (let i = 0; i < employees; i++) {
    if (i % 40 === 7) leavers.set(i, dayOf(`leaver|${i}`));
    else if (i % 80 === 13) movers.set(i, { to_team: SEED_TEAMS[(i + 1) % SEED_TEAMS.length]!.team_id, on: dayOf(`mover|${i}`) });
  }
  return { holidays, leavers, movers };
}
