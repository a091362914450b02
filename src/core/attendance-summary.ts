/** Per team and day, what the database counts; the summary's arithmetic is done here, once, for every backend. */
export interface TeamDayCount {
  team_id: string;
  date: string;
  /** Employees active now, in the team, hired on or before the day. */
  headcount: number;
  present: number;
  late: number;
  half_day: number;
}

export interface DaySummary {
  date: string;
  working_day: boolean;
  headcount: number;
  present: number;
  late: number;
  half_day: number;
  absent: number;
  /** (present + late + half_day) / headcount, 0–1, four decimals; null on weekends or with nobody to count. */
  rate: number | null;
}

export interface WeekSummary {
  from: string;
  to: string;
  days: DaySummary[];
  average_rate: number | null;
  best_day: { date: string; rate: number } | null;
  worst_day: { date: string; rate: number } | null;
}

export interface AttendanceSummary {
  date: string;
  team_id: string | null;
  day: DaySummary;
  week: WeekSummary;
  teams: { team_id: string; day: DaySummary; week_average_rate: number | null }[];
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function daySummary(date: string, counts: Omit<TeamDayCount, 'team_id' | 'date'>): DaySummary {
  const working = isWorkingDay(date);
  const attended = counts.present + counts.late + counts.half_day;
  return {
    date,
    working_day: working,
    headcount: counts.headcount,
    present: counts.present,
    late: counts.late,
    half_day: counts.half_day,
    // Everyone expected who has no attending record; nobody is absent on a weekend.
    absent: working ? Math.max(0, counts.headcount - attended) : 0,
    rate: working && counts.headcount > 0 ? round4(Math.min(1, attended / counts.headcount)) : null,
  };
}

function weekOf(days: DaySummary[]): Omit<WeekSummary, 'from' | 'to' | 'days'> {
  const rated = days.filter((day): day is DaySummary & { rate: number } => day.rate !== null);
  if (rated.length === 0) return { average_rate: null, best_day: null, worst_day: null };
  // Ties go to the earlier day.
  const best = rated.reduce((a, b) => (b.rate > a.rate ? b : a));
  const worst = rated.reduce((a, b) => (b.rate < a.rate ? b : a));
  return {
    average_rate: round4(rated.reduce((sum, day) => sum + day.rate, 0) / rated.length),
    best_day: { date: best.date, rate: best.rate },
    worst_day: { date: worst.date, rate: worst.rate },
  };
}

const ZERO = { headcount: 0, present: 0, late: 0, half_day: 0 };

/** The day and the seven days ending on it, for the teams counted (all of them when teamId is null). */
export function summarizeAttendance(date: string, teamId: string | null, teamIds: string[], counts: TeamDayCount[]): AttendanceSummary {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(date, i - 6));
  const byKey = new Map(counts.map((c) => [`${c.team_id}|${c.date}`, c]));
  const countOf = (team: string, day: string) => byKey.get(`${team}|${day}`) ?? ZERO;
  const total = (day: string) =>
    teamIds.reduce(
      (sum, team) => {
        const c = countOf(team, day);
        return { headcount: sum.headcount + c.headcount, present: sum.present + c.present, late: sum.late + c.late, half_day: sum.half_day + c.half_day };
      },
      { ...ZERO },
    );
  const days = dates.map((day) => daySummary(day, total(day)));
  return {
    date,
    team_id: teamId,
    day: days[6]!,
    week: { from: dates[0]!, to: date, days, ...weekOf(days) },
    teams: [...teamIds].sort().map((team) => {
      const teamDays = dates.map((day) => daySummary(day, countOf(team, day)));
      return { team_id: team, day: teamDays[6]!, week_average_rate: weekOf(teamDays).average_rate };
    }),
  };
}

/** Totals over a range of days: the same day arithmetic, the rate averaged over working days as the week's is. */
export interface RangeTotals {
  working_days: number;
  present: number;
  late: number;
  half_day: number;
  absent: number;
  average_rate: number | null;
}

export interface RangeSummary extends RangeTotals {
  from: string;
  to: string;
  team_id: string | null;
  teams: ({ team_id: string } & RangeTotals)[];
}

function totalsOf(days: DaySummary[]): RangeTotals {
  const working = days.filter((day) => day.working_day);
  return {
    working_days: working.length,
    present: days.reduce((sum, day) => sum + day.present, 0),
    late: days.reduce((sum, day) => sum + day.late, 0),
    half_day: days.reduce((sum, day) => sum + day.half_day, 0),
    absent: days.reduce((sum, day) => sum + day.absent, 0),
    average_rate: weekOf(days).average_rate,
  };
}

/** Every day from `from` to `to`, for the teams counted, and each team's own totals. */
export function summarizeRange(from: string, to: string, teamId: string | null, teamIds: string[], counts: TeamDayCount[]): RangeSummary {
  const dates: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) dates.push(day);
  const byKey = new Map(counts.map((c) => [`${c.team_id}|${c.date}`, c]));
  const countOf = (team: string, day: string) => byKey.get(`${team}|${day}`) ?? ZERO;
  const teamDays = new Map(teamIds.map((team) => [team, dates.map((day) => daySummary(day, countOf(team, day)))]));
  const days = dates.map((day, i) =>
    daySummary(
      day,
      teamIds.reduce(
        (sum, team) => {
          const d = teamDays.get(team)![i]!;
          return { headcount: sum.headcount + d.headcount, present: sum.present + d.present, late: sum.late + d.late, half_day: sum.half_day + d.half_day };
        },
        { ...ZERO },
      ),
    ),
  );
  return {
    from,
    to,
    team_id: teamId,
    ...totalsOf(days),
    teams: [...teamIds].sort().map((team) => ({ team_id: team, ...totalsOf(teamDays.get(team)!) })),
  };
}

const percent = (rate: number | null) => (rate === null ? 'no rate' : `${Number((rate * 100).toFixed(2))}%`);

/** The same facts as two sentences, rates as percentages. */
export function describeAttendance(summary: AttendanceSummary): { yesterday_summary: string; last_week_summary: string } {
  const who = summary.team_id ? `team ${summary.team_id}` : 'the organisation';
  const d = summary.day;
  const yesterday = d.working_day
    ? `On ${d.date}, ${who} had ${d.present} present, ${d.late} late, ${d.half_day} on a half day and ${d.absent} absent out of ${d.headcount}: an attendance rate of ${percent(d.rate)}.`
    : `${d.date} was not a working day for ${who}; ${d.present + d.late + d.half_day} people recorded attendance.`;
  const w = summary.week;
  const week =
    w.average_rate === null
      ? `From ${w.from} to ${w.to}, ${who} had no working day with anyone to count.`
      : `From ${w.from} to ${w.to}, ${who} averaged ${percent(w.average_rate)} attendance on working days; the best day was ${w.best_day!.date} (${percent(w.best_day!.rate)}) and the worst ${w.worst_day!.date} (${percent(w.worst_day!.rate)}).`;
  return { yesterday_summary: yesterday, last_week_summary: week };
}
