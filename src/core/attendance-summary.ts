/** The daily, weekly and range summaries: the absence rule's day figures, assembled per team and for all of them. */
import { combineDays, pooledRate, round1, teamDayFigures, type DayFigures, type TeamDayFacts } from './work-calendar/absence-rule';
import { addDays, datesBetween } from './work-calendar/dates';
import type { WorkCalendar } from './work-calendar/work-calendar';

export interface WeekSummary {
  from: string;
  to: string;
  days: DayFigures[];
  average_rate: number | null;
  best_day: { date: string; rate: number } | null;
  worst_day: { date: string; rate: number } | null;
}

export interface AttendanceSummary {
  date: string;
  team_id: string | null;
  day: DayFigures;
  week: WeekSummary;
  teams: { team_id: string; day: DayFigures; week_average_rate: number | null }[];
}

export interface RangeTotals {
  days: number;
  rated_days: number;
  expected: number;
  on_leave: number;
  present: number;
  late: number;
  half_day: number;
  absent: number;
  missing_check_out: number;
  average_rate: number | null;
}

export interface RangeSummary {
  from: string;
  to: string;
  team_id: string | null;
  totals: RangeTotals;
  teams: { team_id: string; totals: RangeTotals }[];
}

const NO_FACTS = { headcount: 0, present: 0, late: 0, half_day: 0, absent: 0, open_records: 0 };

/**
 * Each counted team's figures for each date, and the figures of all of them
 * together (the organisation's calendar names only its own holidays).
 */
function figuresByDay(dates: readonly string[], teamIds: string[], facts: TeamDayFacts[], calendar: WorkCalendar, teamId: string | null) {
  const byKey = new Map(facts.map((f) => [`${f.team_id}|${f.date}`, f]));
  const teams = [...teamIds].sort();
  const perTeam = new Map(teams.map((team) => [team, dates.map((date) => teamDayFigures(calendar.day(date, team), byKey.get(`${team}|${date}`) ?? NO_FACTS))]));
  const overall = dates.map((date, i) =>
    combineDays(
      calendar.day(date, teamId),
      teams.map((team) => perTeam.get(team)![i]!),
    ),
  );
  return { teams, perTeam, overall };
}

function weekOf(days: DayFigures[]): Omit<WeekSummary, 'from' | 'to' | 'days'> {
  const rated = days.filter((day): day is DayFigures & { rate: number } => day.rate !== null);
  if (rated.length === 0) return { average_rate: null, best_day: null, worst_day: null };
  // Ties go to the earlier day.
  const best = rated.reduce((a, b) => (b.rate > a.rate ? b : a));
  const worst = rated.reduce((a, b) => (b.rate < a.rate ? b : a));
  return { average_rate: pooledRate(days), best_day: { date: best.date, rate: best.rate }, worst_day: { date: worst.date, rate: worst.rate } };
}

/** The day and the seven days ending on it, for the teams counted (all of them when teamId is null). */
export function summarizeAttendance(date: string, teamId: string | null, teamIds: string[], facts: TeamDayFacts[], calendar: WorkCalendar): AttendanceSummary {
  const dates = datesBetween(addDays(date, -6), date);
  const { teams, perTeam, overall } = figuresByDay(dates, teamIds, facts, calendar, teamId);
  return {
    date,
    team_id: teamId,
    day: overall[6]!,
    week: { from: dates[0]!, to: date, days: overall, ...weekOf(overall) },
    teams: teams.map((team) => {
      const days = perTeam.get(team)!;
      return { team_id: team, day: days[6]!, week_average_rate: pooledRate(days) };
    }),
  };
}

function totalsOf(days: DayFigures[]): RangeTotals {
  const sum = (key: 'expected' | 'on_leave' | 'present' | 'late' | 'half_day' | 'absent' | 'missing_check_out') =>
    round1(days.reduce((total, day) => total + day[key], 0));
  return {
    days: days.length,
    rated_days: days.filter((day) => day.rate !== null).length,
    expected: sum('expected'),
    on_leave: sum('on_leave'),
    present: sum('present'),
    late: sum('late'),
    half_day: sum('half_day'),
    absent: sum('absent'),
    missing_check_out: sum('missing_check_out'),
    average_rate: pooledRate(days),
  };
}

/** Every day from `from` to `to`, for the teams counted, and each team's own totals. */
export function summarizeRange(
  from: string,
  to: string,
  teamId: string | null,
  teamIds: string[],
  facts: TeamDayFacts[],
  calendar: WorkCalendar,
): RangeSummary {
  const { teams, perTeam, overall } = figuresByDay(datesBetween(from, to), teamIds, facts, calendar, teamId);
  return { from, to, team_id: teamId, totals: totalsOf(overall), teams: teams.map((team) => ({ team_id: team, totals: totalsOf(perTeam.get(team)!) })) };
}

const percent = (rate: number) => `${Number((rate * 100).toFixed(2))}%`;
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function describeDay(d: DayFigures, who: string): string {
  const came = d.present + d.late + d.half_day;
  if (d.rate !== null) {
    const leave = d.on_leave > 0 ? `, ${d.on_leave} on leave` : '';
    const missing = d.missing_check_out > 0 ? ` ${people(d.missing_check_out)} did not check out.` : '';
    return `On ${d.date}, ${who} expected ${d.expected} of ${people(d.headcount)}: ${d.present} present, ${d.late} late, ${d.half_day} on a half day and ${d.absent} absent${leave} — an attendance rate of ${percent(d.rate)}.${missing}`;
  }
  if (!d.closed)
    return `${d.date} is still in progress for ${who}: ${came} checked in so far and ${d.not_checked_in} not checked in yet; no rate is given before the day ends.`;
  const reason =
    d.holiday !== null
      ? `a holiday (${d.holiday})`
      : !d.working_day
        ? 'not a working day'
        : d.headcount === 0
          ? 'a day with nobody employed'
          : 'a day with nobody expected';
  return `${d.date} was ${reason} for ${who}, so there is no attendance rate${came > 0 ? `; ${came} came in anyway` : ''}.`;
}

/** The same facts as two sentences, rates as percentages; a day or week with nothing to rate says so. */
export function describeAttendance(summary: AttendanceSummary): { yesterday_summary: string; last_week_summary: string } {
  const who = summary.team_id ? `team ${summary.team_id}` : 'the organisation';
  const w = summary.week;
  const week =
    w.average_rate === null
      ? `From ${w.from} to ${w.to}, ${who} had no day with anyone expected, so there is no attendance rate to give.`
      : `From ${w.from} to ${w.to}, ${who} averaged ${percent(w.average_rate)} attendance over ${w.days.filter((d) => d.rate !== null).length} rated days; the best day was ${w.best_day!.date} (${percent(w.best_day!.rate)}) and the worst ${w.worst_day!.date} (${percent(w.worst_day!.rate)}).`;
  return { yesterday_summary: describeDay(summary.day, who), last_week_summary: week };
}
