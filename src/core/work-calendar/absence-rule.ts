/**
 * The absence rule: who is expected on a day, how much, and what counts as
 * absent. Every figure the service gives about attendance (summaries, the
 * assistant, exports, MCP) comes from here; nothing else decides it.
 */
import { HALVES, type Half, type LeaveKind } from './holiday';
import type { CalendarDay } from './work-calendar';

export type { LeaveKind };
export const LEAVE_KINDS: readonly LeaveKind[] = ['am', 'pm', 'day'];

export function leaveHalves(kind: LeaveKind | null): readonly Half[] {
  return kind === null ? [] : kind === 'day' ? HALVES : [kind];
}

/**
 * A person's expected fraction of a day, e ∈ {0, 0.5, 1}: 0 outside the work
 * week or before tracking; else 1 less each distinct half taken off by a
 * holiday or by their leave (two things off the same half take it once).
 * Employment is the caller's to check: only people employed that day have one.
 */
export function expectedFraction(day: CalendarDay, leave: LeaveKind | null): number {
  if (!day.working_day || !day.tracked) return 0;
  // The common day, nothing off: no set to make (a range over everyone asks hundreds of thousands of times).
  if (leave === null && day.holiday_halves.length === 0) return 1;
  const off = new Set([...day.holiday_halves, ...leaveHalves(leave)]);
  return Math.max(0, 1 - off.size / 2);
}

/** The halves leave takes off beyond those a holiday already has, in days. */
export function leaveTaken(day: CalendarDay, leave: LeaveKind | null): number {
  if (!day.working_day || !day.tracked) return 0;
  return leaveHalves(leave).filter((half) => !day.holiday_halves.includes(half)).length / 2;
}

/** Attends: a record whose status says the person came. */
export const ATTENDING_STATUSES = ['present', 'late', 'half-day'] as const;

export function attends(status: string): boolean {
  return (ATTENDING_STATUSES as readonly string[]).includes(status);
}

/** People of one kind of leave that day: how many, how many of them came, how many have any record. */
export interface PeopleCount {
  people: number;
  attended: number;
  recorded: number;
}

/** Per team and day, what the database counts; the rule turns it into figures. */
export interface TeamDayFacts {
  team_id: string;
  date: string;
  /** People employed that day (hire date ≤ day ≤ end date) who belonged to the team that day. */
  headcount: number;
  /** The team's records of that day, by status. */
  present: number;
  late: number;
  half_day: number;
  absent: number;
  /** Of those records, the ones with a check-in and no check-out. */
  open_records: number;
  /**
   * Of the headcount, the people on approved leave that day, by the halves it
   * takes (combinedLeave), with how many of them came and how many have a record.
   */
  leave?: Partial<Record<LeaveKind, PeopleCount>>;
}

/** The figures of one day for one team or the organisation (API.md, the day object). */
export interface DayFigures {
  date: string;
  working_day: boolean;
  holiday: string | null;
  closed: boolean;
  headcount: number;
  expected: number;
  on_leave: number;
  present: number;
  late: number;
  half_day: number;
  absent: number;
  not_checked_in: number;
  missing_check_out: number;
  /** Attended share of the expected, 0–1, four decimals; null when nothing was expected or the day is open. */
  rate: number | null;
}

export const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
/** Fractions are halves; one decimal keeps float sums exact to the reader. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

function rateOf(closed: boolean, expected: number, absent: number): number | null {
  return closed && expected > 0 ? round4((expected - absent) / expected) : null;
}

/**
 * Whole-day leave on a day the person has a record for is not leave: they
 * came (or were recorded), so they are expected like anyone else. Half-day
 * leave stands whether or not there is a record.
 */
function leaveThatCounts(kind: LeaveKind, count: PeopleCount | undefined): PeopleCount | undefined {
  if (kind !== 'day' || count === undefined) return count;
  return { people: count.people - count.recorded, attended: 0, recorded: 0 };
}

/** One person's leave as the rule counts it: a whole day of it on a day they have a record for is not leave (see leaveThatCounts). */
export function leaveThatStands(kind: LeaveKind | null, recorded: boolean): LeaveKind | null {
  return kind === 'day' && recorded ? null : kind;
}

/** The leave one person has on a day from the halves of each approved request that covers it (null: a whole day): two halves make a day. */
export function combinedLeave(halves: readonly (Half | null)[]): LeaveKind | null {
  if (halves.length === 0) return null;
  // One request a day is the common case, and a range over everyone asks tens of thousands of times.
  if (halves.length === 1) return halves[0] ?? 'day';
  const taken = new Set(halves.flatMap((half) => (half === null ? HALVES : [half])));
  return taken.size === 2 ? 'day' : [...taken][0]!;
}

/** One team's day: the rule applied to each kind of person the facts count (no leave, am, pm, whole day). */
export function teamDayFigures(day: CalendarDay, facts: Omit<TeamDayFacts, 'team_id' | 'date'>): DayFigures {
  const attendedAll = facts.present + facts.late + facts.half_day;
  const recordedAll = attendedAll + facts.absent;
  const kinds: { kind: LeaveKind | null; count: PeopleCount }[] = LEAVE_KINDS.flatMap((kind) => {
    const count = leaveThatCounts(kind, facts.leave?.[kind]);
    return count && count.people > 0 ? [{ kind, count }] : [];
  });
  const onLeave = kinds.reduce(
    (sum, k) => ({ people: sum.people + k.count.people, attended: sum.attended + k.count.attended, recorded: sum.recorded + k.count.recorded }),
    {
      people: 0,
      attended: 0,
      recorded: 0,
    },
  );
  kinds.push({
    kind: null,
    count: {
      people: Math.max(0, facts.headcount - onLeave.people),
      attended: Math.max(0, attendedAll - onLeave.attended),
      recorded: Math.max(0, recordedAll - onLeave.recorded),
    },
  });
  let expected = 0;
  let credited = 0;
  let leave = 0;
  let notCheckedIn = 0;
  for (const { kind, count } of kinds) {
    const e = expectedFraction(day, kind);
    expected += count.people * e;
    // a ∈ {0, 1} and e ≤ 1, so min(a, e) = a·e.
    credited += Math.min(count.attended, count.people) * e;
    leave += count.people * leaveTaken(day, kind);
    if (e > 0) notCheckedIn += Math.max(0, count.people - count.recorded);
  }
  const absent = day.closed ? round1(expected - credited) : 0;
  return {
    date: day.date,
    working_day: day.working_day,
    holiday: day.holiday,
    closed: day.closed,
    headcount: facts.headcount,
    expected: round1(expected),
    on_leave: round1(leave),
    present: facts.present,
    late: facts.late,
    half_day: facts.half_day,
    absent,
    not_checked_in: day.closed ? 0 : notCheckedIn,
    missing_check_out: day.closed ? facts.open_records : 0,
    rate: rateOf(day.closed, round1(expected), absent),
  };
}

/** Several teams' figures of the same day as one: counts and fractions add, the rate is pooled. */
export function combineDays(day: CalendarDay, teams: readonly DayFigures[]): DayFigures {
  const sum = (key: 'headcount' | 'expected' | 'on_leave' | 'present' | 'late' | 'half_day' | 'absent' | 'not_checked_in' | 'missing_check_out') =>
    round1(teams.reduce((total, team) => total + team[key], 0));
  const expected = sum('expected');
  const absent = sum('absent');
  return {
    date: day.date,
    working_day: day.working_day,
    holiday: day.holiday,
    closed: day.closed,
    headcount: sum('headcount'),
    expected,
    on_leave: sum('on_leave'),
    present: sum('present'),
    late: sum('late'),
    half_day: sum('half_day'),
    absent,
    not_checked_in: sum('not_checked_in'),
    missing_check_out: sum('missing_check_out'),
    rate: rateOf(day.closed, expected, absent),
  };
}

/** Σ attended share ÷ Σ expected over the days with a rate (pooled, not a mean of day rates); null when none has one. */
export function pooledRate(days: readonly DayFigures[]): number | null {
  const rated = days.filter((day) => day.rate !== null);
  const expected = rated.reduce((sum, day) => sum + day.expected, 0);
  if (expected === 0) return null;
  return round4(rated.reduce((sum, day) => sum + (day.expected - day.absent), 0) / expected);
}

/**
 * One person's standing on a day they are employed: whether they count as
 * absent (closed day, expected, no attending record) or not checked in yet
 * (open day, expected, no record at all).
 */
export function personStanding(day: CalendarDay, leave: LeaveKind | null, recordStatus: string | null): 'absent' | 'not_checked_in' | null {
  const e = expectedFraction(day, leave);
  if (e === 0) return null;
  if (day.closed) return recordStatus !== null && attends(recordStatus) ? null : 'absent';
  return recordStatus === null ? 'not_checked_in' : null;
}

/** What a day's list of exceptions can ask for. */
export type ExceptionStatus = 'late' | 'absent' | 'half-day' | 'not_checked_in' | 'missing_check_out' | 'on_leave' | 'checked_in';

/** What the rule reads of a record: its status, and whether it is open (checked in, not out). */
export interface RecordFacts {
  status: string;
  open: boolean;
}

export function recordFacts(record: { status: string; check_in_time: string | null; check_out_time: string | null }): RecordFacts {
  return { status: record.status, open: record.check_in_time !== null && record.check_out_time === null };
}

/**
 * Whether one person employed on the day counts under `status`, from their
 * record of the day (null: none) and the leave that stands (leaveThatStands).
 */
export function hasException(day: CalendarDay, leave: LeaveKind | null, record: RecordFacts | null, status: ExceptionStatus): boolean {
  return exceptionDays(day, leave, record, status) > 0;
}

/**
 * How much of the day counts under `status`, in days, as the summaries add it
 * up: absent is the expected fraction not attended (half a day on a half
 * holiday), on leave the leave taken beyond a holiday; the other statuses
 * count the day once. 0 when the person does not count under it.
 */
export function exceptionDays(day: CalendarDay, leave: LeaveKind | null, record: RecordFacts | null, status: ExceptionStatus): number {
  if (status === 'on_leave') return leaveTaken(day, leave);
  if (status === 'absent') return personStanding(day, leave, record?.status ?? null) === 'absent' ? expectedFraction(day, leave) : 0;
  if (status === 'not_checked_in') return personStanding(day, leave, record?.status ?? null) === 'not_checked_in' ? 1 : 0;
  if (status === 'missing_check_out') return day.closed && record !== null && record.open ? 1 : 0;
  // Came in: any attending record (present, late or a half day).
  if (status === 'checked_in') return record !== null && attends(record.status) ? 1 : 0;
  return record?.status === status ? 1 : 0;
}
