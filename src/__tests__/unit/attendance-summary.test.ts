import { addDays, describeAttendance, isWorkingDay, summarizeAttendance, summarizeRange, type TeamDayCount } from '../../core/attendance-summary';

const count = (team_id: string, date: string, headcount: number, present: number, late = 0, half_day = 0): TeamDayCount => ({ team_id, date, headcount, present, late, half_day });

describe('attendance summary', () => {
  // 2025-04-05 is a Saturday; the week ends Friday 2025-04-11.
  const counts = [
    count('DEV', '2025-04-05', 4, 1),
    count('DEV', '2025-04-07', 4, 4),
    count('DEV', '2025-04-08', 4, 3),
    count('DEV', '2025-04-09', 4, 2, 1, 1),
    count('DEV', '2025-04-10', 4, 4),
    count('DEV', '2025-04-11', 4, 1, 1, 1),
    count('QA', '2025-04-11', 2, 2),
    count('QA', '2025-04-10', 2, 1),
  ];

  it('knows weekends', () => {
    expect(isWorkingDay('2025-04-05')).toBe(false);
    expect(isWorkingDay('2025-04-06')).toBe(false);
    expect(isWorkingDay('2025-04-07')).toBe(true);
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('gives the day as API.md shows it', () => {
    const summary = summarizeAttendance('2025-04-11', 'DEV', ['DEV'], counts);
    expect(summary.day).toEqual({ date: '2025-04-11', working_day: true, headcount: 4, present: 1, late: 1, half_day: 1, absent: 1, rate: 0.75 });
  });

  it('gives the week with weekend days unrated, and the average, best and worst of working days', () => {
    const { week } = summarizeAttendance('2025-04-11', 'DEV', ['DEV'], counts);
    expect(week.from).toBe('2025-04-05');
    expect(week.days.map((d) => d.date)).toEqual(['2025-04-05', '2025-04-06', '2025-04-07', '2025-04-08', '2025-04-09', '2025-04-10', '2025-04-11']);
    expect(week.days[0]).toMatchObject({ working_day: false, rate: null, present: 1, absent: 0 });
    expect(week.days[1]).toMatchObject({ working_day: false, rate: null, headcount: 0 });
    // Working-day rates: 1, 0.75, 1, 1, 0.75 → 0.9; ties go to the earlier day.
    expect(week.average_rate).toBe(0.9);
    expect(week.best_day).toEqual({ date: '2025-04-07', rate: 1 });
    expect(week.worst_day).toEqual({ date: '2025-04-08', rate: 0.75 });
  });

  it('adds teams up for the organisation and lists each team', () => {
    const summary = summarizeAttendance('2025-04-11', null, ['QA', 'DEV'], counts);
    expect(summary.day).toMatchObject({ headcount: 6, present: 3, late: 1, half_day: 1, absent: 1, rate: 0.8333 });
    expect(summary.teams.map((t) => t.team_id)).toEqual(['DEV', 'QA']);
    // QA is counted on two days only: 0.5 and 1.
    expect(summary.teams[1]).toMatchObject({ team_id: 'QA', day: { rate: 1 }, week_average_rate: 0.75 });
  });

  it('never rates a day with nobody to count, and caps the rate at 1', () => {
    const summary = summarizeAttendance('2025-04-11', null, ['X'], [count('X', '2025-04-11', 1, 3)]);
    expect(summary.day).toMatchObject({ rate: 1, absent: 0 });
    expect(summarizeAttendance('2025-04-10', null, [], []).day).toMatchObject({ headcount: 0, rate: null });
  });

  it('says the same facts in two sentences, rates as percentages', () => {
    const sentences = describeAttendance(summarizeAttendance('2025-04-11', 'DEV', ['DEV'], counts));
    expect(sentences.yesterday_summary).toBe('On 2025-04-11, team DEV had 1 present, 1 late, 1 on a half day and 1 absent out of 4: an attendance rate of 75%.');
    expect(sentences.last_week_summary).toBe(
      'From 2025-04-05 to 2025-04-11, team DEV averaged 90% attendance on working days; the best day was 2025-04-07 (100%) and the worst 2025-04-08 (75%).',
    );
  });
});

describe('attendance over a range', () => {
  // Friday 2025-04-04 to Monday 2025-04-07: two working days around a weekend.
  const counts = [
    count('DEV', '2025-04-04', 4, 2, 1),
    count('DEV', '2025-04-05', 4, 1),
    count('DEV', '2025-04-07', 4, 4),
    count('QA', '2025-04-04', 2, 0, 0, 1),
    count('QA', '2025-04-07', 2, 2),
  ];

  it('averages the daily rates of working days only, per team and over all teams counted', () => {
    const range = summarizeRange('2025-04-04', '2025-04-07', null, ['QA', 'DEV'], counts);
    // DEV: 3/4 and 4/4; QA: 1/2 and 2/2; together 4/6 (0.6667, each day's rate has four decimals, as in the weekly
    // summary) and 6/6, averaging 0.83335 → 0.8334. Saturday's attendee counts; the rate ignores the weekend.
    expect(range).toEqual({
      from: '2025-04-04',
      to: '2025-04-07',
      team_id: null,
      working_days: 2,
      present: 2 + 1 + 4 + 2,
      late: 1,
      half_day: 1,
      absent: 2,
      average_rate: 0.8334,
      teams: [
        { team_id: 'DEV', working_days: 2, present: 7, late: 1, half_day: 0, absent: 1, average_rate: 0.875 },
        { team_id: 'QA', working_days: 2, present: 2, late: 0, half_day: 1, absent: 1, average_rate: 0.75 },
      ],
    });
  });

  it('has no rate when no working day has anyone to count', () => {
    expect(summarizeRange('2025-04-05', '2025-04-06', 'DEV', ['DEV'], counts)).toMatchObject({ working_days: 0, average_rate: null, teams: [{ team_id: 'DEV', average_rate: null }] });
  });
});
