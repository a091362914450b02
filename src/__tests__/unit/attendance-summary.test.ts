import { describeAttendance, summarizeAttendance, summarizeRange } from '../../core/attendance-summary';
import { expectedFraction, personStanding, teamDayFigures, type TeamDayFacts } from '../../core/work-calendar/absence-rule';
import { addDays } from '../../core/work-calendar/dates';
import type { Holiday } from '../../core/work-calendar/holiday';
import { WorkCalendar } from '../../core/work-calendar/work-calendar';
import { DEFAULT_WORK_WEEK, isWorkDay, parseWorkWeek } from '../../core/work-calendar/work-week';

const facts = (team_id: string, date: string, headcount: number, present: number, late = 0, half_day = 0, extra: Partial<TeamDayFacts> = {}): TeamDayFacts => ({
  team_id,
  date,
  headcount,
  present,
  late,
  half_day,
  absent: 0,
  open_records: 0,
  ...extra,
});

const holiday = (date: string, name: string, team_id: string | null = null, half: Holiday['half'] = null): Holiday => ({
  holiday_id: `${date}-${team_id ?? 'ORG'}`,
  date,
  name,
  team_id,
  half,
  created_at: '',
  updated_at: '',
});

// 2025-04-05 is a Saturday; the week ends Friday 2025-04-11. Today (open) is 2025-04-14, a Monday.
const calendar = (holidays: Holiday[] = [], trackingStart = '2025-01-01', today = '2025-04-14') =>
  new WorkCalendar({ workWeek: DEFAULT_WORK_WEEK, trackingStart, holidays, today });

describe('the work week', () => {
  it('knows weekly off days, and WORK_WEEK changes them', () => {
    expect(isWorkDay('2025-04-05', DEFAULT_WORK_WEEK)).toBe(false);
    expect(isWorkDay('2025-04-07', DEFAULT_WORK_WEEK)).toBe(true);
    const sunToThu = parseWorkWeek('Sun,mon,tue,wed,thu')!;
    expect(isWorkDay('2025-04-06', sunToThu)).toBe(true);
    expect(isWorkDay('2025-04-11', sunToThu)).toBe(false);
    expect(parseWorkWeek('mon,mon')).toBeNull();
    expect(parseWorkWeek('mon,funday')).toBeNull();
    expect(parseWorkWeek('')).toBeNull();
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('the absence rule', () => {
  it('expects a whole day on a work day, half on a half holiday, none on a holiday, a weekly off day or before tracking', () => {
    const cal = calendar([holiday('2025-04-08', 'Team day', 'DEV'), holiday('2025-04-09', 'Morning off', null, 'am')], '2025-04-03');
    expect(expectedFraction(cal.day('2025-04-07', 'DEV'), null)).toBe(1);
    expect(expectedFraction(cal.day('2025-04-08', 'DEV'), null)).toBe(0);
    expect(expectedFraction(cal.day('2025-04-08', 'QA'), null)).toBe(1);
    expect(expectedFraction(cal.day('2025-04-09', 'QA'), null)).toBe(0.5);
    expect(expectedFraction(cal.day('2025-04-05', 'QA'), null)).toBe(0);
    expect(expectedFraction(cal.day('2025-04-02', 'QA'), null)).toBe(0);
  });

  it('takes each half off once: a morning holiday and morning leave leave the afternoon; with afternoon leave, nothing', () => {
    const day = calendar([holiday('2025-04-09', 'Morning off', null, 'am')]).day('2025-04-09', 'DEV');
    expect(expectedFraction(day, 'am')).toBe(0.5);
    expect(expectedFraction(day, 'pm')).toBe(0);
    expect(expectedFraction(day, 'day')).toBe(0);
  });

  it('a team holiday and an organisation holiday on different halves make a whole day off for that team only', () => {
    const cal = calendar([holiday('2025-04-09', 'Org morning', null, 'am'), holiday('2025-04-09', 'DEV afternoon', 'DEV', 'pm')]);
    expect(cal.wholeDayOffTeams('2025-04-09')).toEqual(['DEV']);
    expect(cal.day('2025-04-09', 'DEV').holiday).toBe('Org morning, DEV afternoon');
    expect(cal.day('2025-04-09', null).holiday).toBe('Org morning');
    expect(calendar([holiday('2025-04-10', 'Org')]).wholeDayOffTeams('2025-04-10')).toBeNull();
  });

  it('counts the absent on closed days only; today shows who has not checked in', () => {
    const cal = calendar();
    expect(personStanding(cal.day('2025-04-11', 'DEV'), null, null)).toBe('absent');
    expect(personStanding(cal.day('2025-04-11', 'DEV'), null, 'absent')).toBe('absent');
    expect(personStanding(cal.day('2025-04-11', 'DEV'), null, 'late')).toBeNull();
    expect(personStanding(cal.day('2025-04-14', 'DEV'), null, null)).toBe('not_checked_in');
    expect(personStanding(cal.day('2025-04-14', 'DEV'), null, 'present')).toBeNull();
    expect(personStanding(cal.day('2025-04-12', 'DEV'), null, null)).toBeNull();
  });

  it('gives a day with leave as API.md shows it: expected 4 of 5, one on leave, rate 0.75', () => {
    const day = teamDayFigures(calendar().day('2025-04-11', 'DEV'), {
      ...facts('DEV', '2025-04-11', 5, 1, 1, 1),
      leave: { day: { people: 1, attended: 0, recorded: 0 } },
    });
    expect(day).toEqual({
      date: '2025-04-11',
      working_day: true,
      holiday: null,
      closed: true,
      headcount: 5,
      expected: 4,
      on_leave: 1,
      present: 1,
      late: 1,
      half_day: 1,
      absent: 1,
      not_checked_in: 0,
      missing_check_out: 0,
      rate: 0.75,
    });
  });

  it('on a morning half holiday expects halves: 4 people, 3 came → expected 2, absent 0.5, rate 0.75', () => {
    const cal = calendar([holiday('2025-04-09', 'Offsite', 'QA', 'am')]);
    const day = teamDayFigures(cal.day('2025-04-09', 'QA'), facts('QA', '2025-04-09', 4, 3));
    expect(day).toMatchObject({ holiday: 'Offsite', expected: 2, absent: 0.5, rate: 0.75 });
  });

  it('counts a record on a holiday as present but leaves the day unrated', () => {
    const cal = calendar([holiday('2025-04-10', 'Org')]);
    const day = teamDayFigures(cal.day('2025-04-10', 'DEV'), facts('DEV', '2025-04-10', 4, 1));
    expect(day).toMatchObject({ holiday: 'Org', expected: 0, present: 1, absent: 0, rate: null });
  });

  it('today is open: no absentees, no rate, and who has not checked in yet', () => {
    const day = teamDayFigures(calendar().day('2025-04-14', 'DEV'), facts('DEV', '2025-04-14', 5, 1, 1, 0, { absent: 1, open_records: 2 }));
    expect(day).toMatchObject({ closed: false, expected: 5, absent: 0, not_checked_in: 2, missing_check_out: 0, rate: null });
  });

  it('counts forgotten check-outs on a closed day, and their records still attend', () => {
    const day = teamDayFigures(calendar().day('2025-04-11', 'DEV'), facts('DEV', '2025-04-11', 2, 2, 0, 0, { open_records: 1 }));
    expect(day).toMatchObject({ missing_check_out: 1, absent: 0, rate: 1 });
  });

  it('before tracking starts nobody is expected and no rate is given', () => {
    const day = teamDayFigures(calendar([], '2025-04-12').day('2025-04-11', 'DEV'), facts('DEV', '2025-04-11', 5, 0));
    expect(day).toMatchObject({ expected: 0, absent: 0, rate: null });
  });
});

describe('attendance summary', () => {
  const counts = [
    facts('DEV', '2025-04-05', 4, 1),
    facts('DEV', '2025-04-07', 4, 4),
    facts('DEV', '2025-04-08', 4, 3),
    facts('DEV', '2025-04-09', 4, 2, 1, 1),
    facts('DEV', '2025-04-10', 4, 4),
    facts('DEV', '2025-04-11', 4, 1, 1, 1),
    facts('QA', '2025-04-11', 2, 2),
    facts('QA', '2025-04-10', 2, 1),
  ];

  it('gives the week with weekly off days unrated, the pooled average, best and worst', () => {
    const { week } = summarizeAttendance('2025-04-11', 'DEV', ['DEV'], counts, calendar());
    expect(week.days.map((d) => d.date)).toEqual(['2025-04-05', '2025-04-06', '2025-04-07', '2025-04-08', '2025-04-09', '2025-04-10', '2025-04-11']);
    expect(week.days[0]).toMatchObject({ working_day: false, rate: null, present: 1, absent: 0 });
    // (4 + 3 + 4 + 4 + 3) / 20 = 0.9; ties go to the earlier day.
    expect(week.average_rate).toBe(0.9);
    expect(week.best_day).toEqual({ date: '2025-04-07', rate: 1 });
    expect(week.worst_day).toEqual({ date: '2025-04-08', rate: 0.75 });
  });

  it('pools teams of different sizes rather than averaging their rates', () => {
    // 2025-04-10: DEV 4/4, QA 1/2 → 5/6, not (1 + 0.5) / 2.
    const summary = summarizeAttendance('2025-04-10', null, ['DEV', 'QA'], counts, calendar());
    expect(summary.day.rate).toBe(0.8333);
    expect(summary.teams.map((t) => [t.team_id, t.day.rate])).toEqual([
      ['DEV', 1],
      ['QA', 0.5],
    ]);
  });

  it('a team holiday takes that team out of the day and leaves the others rated', () => {
    const summary = summarizeAttendance('2025-04-11', null, ['DEV', 'QA'], counts, calendar([holiday('2025-04-11', 'DEV day', 'DEV')]));
    expect(summary.day).toMatchObject({ holiday: null, headcount: 6, expected: 2, absent: 0, present: 3, rate: 1 });
    expect(summary.teams.find((t) => t.team_id === 'DEV')!.day).toMatchObject({ holiday: 'DEV day', expected: 0, rate: null });
  });

  it('adds a range up and says when nothing can be rated', () => {
    const range = summarizeRange('2025-04-05', '2025-04-11', 'DEV', ['DEV'], counts, calendar());
    expect(range.totals).toEqual({
      days: 7,
      rated_days: 5,
      expected: 20,
      on_leave: 0,
      present: 15,
      late: 2,
      half_day: 2,
      absent: 2,
      missing_check_out: 0,
      average_rate: 0.9,
    });
    const before = summarizeRange('2025-04-05', '2025-04-11', 'DEV', ['DEV'], counts, calendar([], '2025-04-12'));
    expect(before.totals.average_rate).toBeNull();
    expect(before.totals.rated_days).toBe(0);
  });

  it('says so in words when a day or week has nothing to rate, instead of 0%', () => {
    const text = describeAttendance(summarizeAttendance('2025-04-06', 'DEV', ['DEV'], counts, calendar([], '2025-04-12')));
    expect(text.yesterday_summary).toContain('no attendance rate');
    expect(text.last_week_summary).toContain('no attendance rate');
    expect(text.last_week_summary).not.toContain('0%');
    const rated = describeAttendance(summarizeAttendance('2025-04-11', 'DEV', ['DEV'], counts, calendar()));
    expect(rated.yesterday_summary).toContain('75%');
    expect(rated.last_week_summary).toContain('90%');
  });
});
