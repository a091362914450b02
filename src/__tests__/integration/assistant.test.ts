import request from 'supertest';
import { eachBackend } from '../support/backends';
import { INTENTS } from '../../services/assistant/assistant-intents';
import { ManualClock } from '../support/manual-clock';
import { REQUEST_TIMEOUT_MS } from '../../infrastructure/dynamodb/client';
import { bearer, createEmployee, expectErrorBody, PASSWORD, tokenFor, uniqueTeamId, useTestApp, type EmployeeBody, type TestApp } from '../support/test-app';

// A Wednesday: yesterday is Tuesday 2025-04-15, last week is 2025-04-07..13, last month is March.
const NOW = '2025-04-16T10:00:00Z';
const TODAY = '2025-04-16';
const YESTERDAY = '2025-04-15';
const LAST_WEEK = { from: '2025-04-07', to: '2025-04-13' };
const MARCH = { from: '2025-03-01', to: '2025-03-31' };
const ATTENDING = ['present', 'late', 'half-day'];

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isWorkingDay = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};
/*
 * How long building the fixture may take: the DynamoDB client's own deadline for one call, for each of its requests
 * and each row it imports (rows go in batches, so this bounds them from above). A fixed 30 s held on a quiet machine
 * and failed beside a CPU hog per core.
 */
const FIXTURE_REQUESTS = 20;
const FIXTURE_ROWS = days(MARCH.from, YESTERDAY).filter(isWorkingDay).length * 6 + 6 * 3 + 2;
const FIXTURE_LIMIT_MS = (FIXTURE_REQUESTS + FIXTURE_ROWS) * REQUEST_TIMEOUT_MS;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
const meanHalfUp = (values: number[]) => {
  const sum = values.reduce((a, v) => a + Math.round(v * 100), 0);
  return Math.floor((2 * sum + values.length) / (2 * values.length)) / 100;
};

interface Record_ {
  employee_id: string;
  attendance_date: string;
  status: string;
}
interface Score {
  employee_id: string;
  employee_name: string;
  team_id: string;
  period: string;
  final_score: number;
}

interface Fixture {
  teamA: string;
  teamB: string;
  nameA: string;
  staff: EmployeeBody[];
  manager: EmployeeBody;
  a: EmployeeBody[];
  b: EmployeeBody[];
  inactive: EmployeeBody;
  records: Record_[];
  scores: Score[];
  tokens: { admin: string; manager: string; employee: string };
}

/** A status per employee and day, varied so that each figure depends on every record: team B stays below 0.9 in March. */
function statusFor(index: number, team: 'A' | 'B', date: string): string | null {
  const day = Number(date.slice(8, 10));
  if (team === 'A') return (day + index) % 13 === 0 ? null : (day + index) % 5 === 0 ? 'late' : (day + index) % 11 === 0 ? 'half-day' : 'present';
  return (day + index) % 4 === 0 ? null : (day + index) % 6 === 0 ? 'absent' : (day + index) % 3 === 0 ? 'late' : 'present';
}

async function buildFixture(t: TestApp): Promise<Fixture> {
  const admin = t.adminToken;
  const [teamA, teamB] = [uniqueTeamId(), uniqueTeamId()];
  const nameA = `Platform Crew ${teamA}`;
  await request(t.app).post('/teams').set(bearer(admin)).send({ team_id: teamA, team_name: nameA }).expect(201);
  await request(t.app)
    .post('/teams')
    .set(bearer(admin))
    .send({ team_id: teamB, team_name: `Backbone ${teamB}` })
    .expect(201);
  const hire = { hire_date: '2025-01-06' };
  const manager = await createEmployee(t, { team_id: teamA, name: 'Mona Marsh', position: 'Manager', ...hire }, { role: 'manager' });
  const a = [
    await createEmployee(t, { team_id: teamA, name: 'Alice Archer', ...hire }, { role: 'employee' }),
    await createEmployee(t, { team_id: teamA, name: 'Bruno Baker', position: 'Senior', ...hire }),
    await createEmployee(t, { team_id: teamA, name: 'Carla Cruz', ...hire }),
  ];
  const b = [
    await createEmployee(t, { team_id: teamB, name: 'Dmitri Dane', ...hire }),
    await createEmployee(t, { team_id: teamB, name: 'Erin Evans', position: 'Lead', ...hire }),
  ];
  const inactive = await createEmployee(t, { team_id: teamB, name: 'Fay Frost', status: 'inactive', ...hire });

  const records: Record_[] = [];
  const add = (e: EmployeeBody, date: string, status: string | null) => status && records.push({ employee_id: e.employee_id, attendance_date: date, status });
  for (const date of days(MARCH.from, YESTERDAY).filter(isWorkingDay)) {
    if (date === YESTERDAY) continue;
    [manager, ...a].forEach((e, i) => add(e, date, statusFor(i, 'A', date)));
    b.forEach((e, i) => add(e, date, statusFor(i, 'B', date)));
  }
  // Yesterday, spelled out: late Bruno and Dmitri, absent Carla and Erin (no record).
  add(manager, YESTERDAY, 'present');
  add(a[0]!, YESTERDAY, 'present');
  add(a[1]!, YESTERDAY, 'late');
  add(b[0]!, YESTERDAY, 'late');
  const csv = [
    'employee_id,attendance_date,status,check_in_time,check_out_time',
    ...records.map((r) => `${r.employee_id},${r.attendance_date},${r.status},09:00:00,17:00:00`),
  ].join('\n');
  const imported = await request(t.app).post('/attendance/bulk').set(bearer(admin)).set('Content-Type', 'text/csv').send(csv);
  expect(imported.body).toEqual({ created: records.length, updated: 0, failed: [] });

  const rows: string[] = [];
  const people = [manager, ...a, ...b];
  people.forEach((e, i) => {
    for (const [p, period] of ['2024-Q4', '2025-Q1', '2025-Q2'].entries())
      rows.push(`${e.employee_id},${period},${60 + ((i * 7 + p * 5) % 35)},${70 + ((i * 3 + p * 11) % 25)},${65 + ((i * 13 + p) % 30)}`);
  });
  // A tie in 2025-Q2 between Carla and Alice (Alice first by name).
  rows.push(`${a[0]!.employee_id},2025-Q3,90,90,90`, `${a[2]!.employee_id},2025-Q3,90,90,90`);
  await request(t.app)
    .post('/performance-scores/bulk')
    .set(bearer(admin))
    .set('Content-Type', 'text/csv')
    .send(['employee_id,period,kpi,completed_task,feedback_360', ...rows].join('\n'))
    .expect(200);
  const scores = ((await request(t.app).get('/performance-scores?limit=500').set(bearer(admin))).body.items as Score[]).filter((s) =>
    [teamA, teamB].includes(s.team_id),
  );
  expect(scores).toHaveLength(rows.length);

  return {
    teamA,
    teamB,
    nameA,
    staff: [manager, ...a, ...b],
    manager,
    a,
    b,
    inactive,
    records,
    scores,
    tokens: { admin, manager: await tokenFor(t.app, manager.employee_id, PASSWORD), employee: await tokenFor(t.app, a[0]!.employee_id, PASSWORD) },
  };
}

/*
 * Expectations, computed from what the fixture created, by the absence rule
 * as API.md states it: each person employed on a closed day from the first
 * record on (tracking start) is expected on work days; rates are pooled.
 */
const employedOn = (e: EmployeeBody, date: string) => e.hire_date <= date && (e.end_date == null || date <= e.end_date);
const trackingStart = (f: Fixture) => f.records.map((r) => r.attendance_date).sort()[0]!;
const ratedDay = (f: Fixture, date: string) => isWorkingDay(date) && date >= trackingStart(f) && date < TODAY;
const everyone = (f: Fixture) => [...f.staff, f.inactive];
function averageRate(f: Fixture, from: string, to: string, teams: string[]): number | null {
  let expected = 0;
  let attended = 0;
  for (const date of days(from, to).filter((d) => ratedDay(f, d))) {
    const people = everyone(f).filter((e) => teams.includes(e.team_id) && employedOn(e, date));
    expected += people.length;
    attended += f.records.filter(
      (r) => r.attendance_date === date && ATTENDING.includes(r.status) && people.some((e) => e.employee_id === r.employee_id),
    ).length;
  }
  return expected === 0 ? null : round4(attended / expected);
}
/** One person's rate, as averageRate pools a team's. */
function personRate(f: Fixture, e: EmployeeBody, from: string, to: string): number | null {
  const rated = days(from, to).filter((d) => ratedDay(f, d) && employedOn(e, d));
  const attended = rated.filter((d) => f.records.some((r) => r.employee_id === e.employee_id && r.attendance_date === d && ATTENDING.includes(r.status)));
  return rated.length === 0 ? null : round4(attended.length / rated.length);
}
const withStatus = (f: Fixture, date: string, status: string, teams: string[]) =>
  f.records
    .filter((r) => r.attendance_date === date && r.status === status && f.staff.some((e) => e.employee_id === r.employee_id && teams.includes(e.team_id)))
    .map((r) => r.employee_id)
    .sort();
const absentOn = (f: Fixture, date: string, teams: string[]) =>
  ratedDay(f, date)
    ? everyone(f)
        .filter(
          (e) =>
            teams.includes(e.team_id) &&
            employedOn(e, date) &&
            !f.records.some((r) => r.employee_id === e.employee_id && r.attendance_date === date && ATTENDING.includes(r.status)),
        )
        .map((e) => e.employee_id)
        .sort()
    : [];
const scoreMean = (f: Fixture, period: string, teams: string[]) =>
  meanHalfUp(f.scores.filter((s) => s.period === period && teams.includes(s.team_id)).map((s) => s.final_score));
const ranking = (f: Fixture, period: string, teams: string[], order: 'top' | 'bottom', n: number) =>
  f.scores
    .filter((s) => s.period === period && teams.includes(s.team_id))
    .sort((x, y) => (order === 'top' ? y.final_score - x.final_score : x.final_score - y.final_score) || x.employee_name.localeCompare(y.employee_name))
    .slice(0, n)
    .map((s) => s.employee_id);
const pct = (rate: number | null) => `${Number(((rate ?? 0) * 100).toFixed(2))}%`;

type Who = 'admin' | 'manager' | 'employee';
interface Row {
  who: Who;
  question: (f: Fixture) => string;
  intent: string;
  check: (f: Fixture, body: request.Response['body']) => void;
}

/** The first working day of March on which someone of team A has no record. */
const dayWithoutRecords = (f: Fixture) =>
  days(MARCH.from, MARCH.to).find(
    (d) => isWorkingDay(d) && [f.manager, ...f.a].some((e) => !f.records.some((r) => r.employee_id === e.employee_id && r.attendance_date === d)),
  )!;
const ids = (items: { employee_id: string }[]) => items.map((i) => i.employee_id).sort();
const both = (f: Fixture) => [f.teamA, f.teamB];

const TABLE: [string, Row][] = [
  // Employees
  [
    'admin looks up an id',
    {
      who: 'admin',
      question: (f) => `Who is ${f.a[1]!.employee_id}?`,
      intent: 'employee_lookup',
      check: (f, b) => {
        expect(ids(b.data.employees)).toEqual([f.a[1]!.employee_id]);
        expect(b.answer).toContain('Bruno Baker');
      },
    },
  ],
  [
    'admin looks up a lower-case id',
    {
      who: 'admin',
      question: (f) => `who's ${f.b[0]!.employee_id.toLowerCase()}`,
      intent: 'employee_lookup',
      check: (f, b) => expect(b.answer).toContain('Dmitri Dane'),
    },
  ],
  [
    'admin looks up a name',
    {
      who: 'admin',
      question: () => 'Tell me about Carla Cruz',
      intent: 'employee_lookup',
      check: (f, b) => expect(ids(b.data.employees)).toEqual([f.a[2]!.employee_id]),
    },
  ],
  [
    'admin counts a team by code',
    {
      who: 'admin',
      question: (f) => `How many employees are in ${f.teamA}?`,
      intent: 'employee_count',
      check: (f, b) => {
        const n = f.staff.filter((e) => e.team_id === f.teamA).length;
        expect(b.data.count).toBe(n);
        expect(b.answer).toContain(`${n}`);
      },
    },
  ],
  [
    'admin counts a team by name',
    {
      who: 'admin',
      question: (f) => `How many people work in ${f.nameA}?`,
      intent: 'employee_count',
      check: (f, b) => expect(b.data.count).toBe(f.staff.filter((e) => e.team_id === f.teamA).length),
    },
  ],
  [
    'admin counts a team with inactive staff: a headcount is of active staff',
    {
      who: 'admin',
      question: (f) => `Number of employees in ${f.teamB}`,
      intent: 'employee_count',
      check: (f, b) => {
        expect(b.data.count).toBe(f.b.length);
        expect(b.data.filters.status).toBe('active');
      },
    },
  ],
  [
    'admin counts a team including leavers',
    {
      who: 'admin',
      question: (f) => `Number of employees in ${f.teamB} including leavers`,
      intent: 'employee_count',
      check: (f, b) => expect(b.data.count).toBe(f.b.length + 1),
    },
  ],
  [
    'admin counts by status',
    {
      who: 'admin',
      question: (f) => `How many inactive employees are in ${f.teamB}?`,
      intent: 'employee_count',
      check: (f, b) => expect(ids(b.data.employees)).toEqual([f.inactive.employee_id]),
    },
  ],
  [
    'admin counts by position',
    {
      who: 'admin',
      question: (f) => `How many Senior employees are in ${f.teamA}?`,
      intent: 'employee_count',
      check: (f, b) => expect(ids(b.data.employees)).toEqual([f.a[1]!.employee_id]),
    },
  ],
  [
    'admin lists a team',
    {
      who: 'admin',
      question: (f) => `List the employees in ${f.teamB}`,
      intent: 'employee_list',
      check: (f, b) => expect(ids(b.data.employees)).toEqual(f.b.map((e) => e.employee_id).sort()),
    },
  ],
  // Attendance on a day
  [
    'admin asks who was late yesterday',
    {
      who: 'admin',
      question: () => 'Who was late yesterday?',
      intent: 'late_or_absent',
      check: (f, b) => {
        expect(b.data.date).toBe(YESTERDAY);
        expect(ids(b.data.people)).toEqual(withStatus(f, YESTERDAY, 'late', both(f)));
        expect(b.answer).toContain('Bruno Baker');
      },
    },
  ],
  [
    'admin asks who was absent yesterday',
    {
      who: 'admin',
      question: () => 'Which employees were absent yesterday?',
      intent: 'late_or_absent',
      check: (f, b) => expect(ids(b.data.people)).toEqual(absentOn(f, YESTERDAY, both(f))),
    },
  ],
  [
    'admin asks about a dated day',
    {
      who: 'admin',
      question: () => 'Who was late on 2025-04-10?',
      intent: 'late_or_absent',
      check: (f, b) => expect(ids(b.data.people)).toEqual(withStatus(f, '2025-04-10', 'late', both(f))),
    },
  ],
  [
    'admin asks about one team yesterday',
    {
      who: 'admin',
      question: (f) => `Anyone late in ${f.teamA} yesterday?`,
      intent: 'late_or_absent',
      check: (f, b) => expect(ids(b.data.people)).toEqual(withStatus(f, YESTERDAY, 'late', [f.teamA])),
    },
  ],
  [
    'admin asks who was absent on a weekend',
    {
      who: 'admin',
      question: () => 'Who was absent on 2025-04-12?',
      intent: 'late_or_absent',
      check: (_f, b) => {
        expect(b.data.people).toEqual([]);
        expect(b.answer).toMatch(/not a working day/);
      },
    },
  ],
  // Attendance over ranges
  [
    'admin asks the rate last week',
    {
      who: 'admin',
      question: () => 'What was the attendance rate last week?',
      intent: 'attendance_summary',
      check: (f, b) => {
        expect([b.data.from, b.data.to]).toEqual([LAST_WEEK.from, LAST_WEEK.to]);
        expect(b.data.totals.average_rate).toBe(averageRate(f, LAST_WEEK.from, LAST_WEEK.to, both(f)));
        expect(b.answer).toContain(pct(b.data.totals.average_rate));
      },
    },
  ],
  [
    'admin asks one team last week by name',
    {
      who: 'admin',
      question: (f) => `attendance for the ${f.nameA} last week`,
      intent: 'attendance_summary',
      check: (f, b) => expect(b.data.totals.average_rate).toBe(averageRate(f, LAST_WEEK.from, LAST_WEEK.to, [f.teamA])),
    },
  ],
  [
    'admin asks the rate in March',
    {
      who: 'admin',
      question: () => 'How was attendance in March?',
      intent: 'attendance_summary',
      check: (f, b) => {
        expect([b.data.from, b.data.to]).toEqual([MARCH.from, MARCH.to]);
        expect(b.data.totals.average_rate).toBe(averageRate(f, MARCH.from, MARCH.to, both(f)));
      },
    },
  ],
  [
    'admin asks for attendance issues last month',
    {
      who: 'admin',
      question: () => 'Show me departments with attendance issues last month',
      intent: 'attendance_issues',
      check: (f, b) => {
        const below = both(f).filter((t) => (averageRate(f, MARCH.from, MARCH.to, [t]) ?? 1) < 0.9);
        expect(below).toEqual([f.teamB]);
        expect(b.data.teams_below_alert_rate.map((t: { team_id: string }) => t.team_id)).toEqual(below);
        expect(b.answer).toContain(f.teamB);
      },
    },
  ],
  [
    'admin rephrases attendance issues',
    {
      who: 'admin',
      question: () => 'Which teams had poor attendance in March?',
      intent: 'attendance_issues',
      check: (f, b) => expect(b.data.teams_below_alert_rate.map((t: { team_id: string }) => t.team_id)).toEqual([f.teamB]),
    },
  ],
  [
    'admin asks who was late over a range',
    {
      who: 'admin',
      question: () => 'Who was late last week?',
      intent: 'attendance_by_person',
      check: (f, b) => {
        const late = [...new Set(days(LAST_WEEK.from, LAST_WEEK.to).flatMap((d) => withStatus(f, d, 'late', both(f))))].sort();
        expect(ids(b.data.people)).toEqual(late);
        for (const p of b.data.people)
          expect(p.days).toBe(days(LAST_WEEK.from, LAST_WEEK.to).filter((d) => withStatus(f, d, 'late', both(f)).includes(p.employee_id)).length);
      },
    },
  ],
  [
    'admin asks who was late more than twice over a range',
    {
      who: 'admin',
      question: () => 'Who was late more than 2 times in March?',
      intent: 'attendance_by_person',
      check: (f, b) => {
        const times = (id: string) => days(MARCH.from, MARCH.to).filter((d) => withStatus(f, d, 'late', both(f)).includes(id)).length;
        const expected = f.staff
          .filter((e) => times(e.employee_id) > 2)
          .map((e) => e.employee_id)
          .sort();
        expect(expected.length).toBeGreaterThan(0);
        for (const id of f.staff.map((e) => e.employee_id)) expect(b.answer.includes(id)).toBe(expected.includes(id));
      },
    },
  ],
  // Scores
  [
    'admin asks the average for Q1 2025',
    {
      who: 'admin',
      question: () => "What's the average score for Q1 2025?",
      intent: 'score_summary',
      check: (f, b) => {
        const mean = scoreMean(f, '2025-Q1', both(f));
        expect(b.data.periods[0].mean).toBe(mean);
        expect(b.answer).toContain(String(mean));
      },
    },
  ],
  [
    'admin asks the mean for 2025-Q2',
    {
      who: 'admin',
      question: () => 'mean performance score in 2025-Q2',
      intent: 'score_summary',
      check: (f, b) => expect(b.data.periods[0].mean).toBe(scoreMean(f, '2025-Q2', both(f))),
    },
  ],
  [
    'admin compares two teams',
    {
      who: 'admin',
      question: (f) => `Compare ${f.teamA} and ${f.teamB} performance in 2025-Q1`,
      intent: 'score_comparison',
      check: (f, b) => {
        const teams = b.data.periods[0].teams;
        expect(teams.map((t: { team_id: string }) => t.team_id)).toEqual(both(f).sort());
        for (const t of teams) expect(t.mean).toBe(scoreMean(f, '2025-Q1', [t.team_id]));
      },
    },
  ],
  [
    'admin compares with vs',
    {
      who: 'admin',
      question: (f) => `${f.teamB} vs ${f.teamA} scores`,
      intent: 'score_comparison',
      check: (f, b) => expect(b.data.periods.at(-1).period).toBe('2025-Q3'),
    },
  ],
  [
    'admin asks the trend',
    {
      who: 'admin',
      question: () => 'Performance trends over quarters',
      intent: 'score_trend',
      check: (f, b) =>
        expect(b.data.periods.map((p: { period: string; mean: number }) => [p.period, p.mean])).toEqual(
          ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => [p, scoreMean(f, p, both(f))]),
        ),
    },
  ],
  [
    'admin rephrases the trend',
    {
      who: 'admin',
      question: () => 'How have scores changed quarter by quarter?',
      intent: 'score_trend',
      check: (_f, b) => expect(b.data.periods).toHaveLength(4),
    },
  ],
  [
    'admin asks the top 5 in 2025-Q2',
    {
      who: 'admin',
      question: () => 'Who are the top 5 performers in 2025-Q2?',
      intent: 'top_performers',
      check: (f, b) => {
        const top = ranking(f, '2025-Q2', both(f), 'top', 5);
        expect(b.data.items.map((i: { employee_id: string }) => i.employee_id)).toEqual(top);
      },
    },
  ],
  [
    'admin asks the top 3 last quarter',
    {
      who: 'admin',
      question: () => 'top 3 performers last quarter',
      intent: 'top_performers',
      check: (f, b) => {
        expect(b.data.period).toBe('2025-Q1');
        expect(b.data.items.map((i: { employee_id: string }) => i.employee_id)).toEqual(ranking(f, '2025-Q1', both(f), 'top', 3));
      },
    },
  ],
  [
    'admin asks the bottom 2',
    {
      who: 'admin',
      question: () => 'Who are the bottom 2 performers in Q1 2025?',
      intent: 'bottom_performers',
      check: (f, b) => expect(b.data.items.map((i: { employee_id: string }) => i.employee_id)).toEqual(ranking(f, '2025-Q1', both(f), 'bottom', 2)),
    },
  ],
  [
    'admin asks the best performer: a tie goes by name',
    {
      who: 'admin',
      question: () => 'Who is the best performer in 2025-Q3?',
      intent: 'top_performers',
      check: (f, b) => {
        expect(b.data.items.map((i: { employee_id: string }) => i.employee_id)).toEqual([f.a[0]!.employee_id]);
        expect(ranking(f, '2025-Q3', both(f), 'top', 2)).toEqual([f.a[0]!.employee_id, f.a[2]!.employee_id]);
      },
    },
  ],
  [
    "admin asks for one person's attendance",
    {
      who: 'admin',
      question: (f) => `What was ${f.b[0]!.employee_id}'s attendance last week?`,
      intent: 'employee_attendance',
      check: (f, b) => {
        const theirs = f.records.filter(
          (r) => r.employee_id === f.b[0]!.employee_id && r.attendance_date >= LAST_WEEK.from && r.attendance_date <= LAST_WEEK.to,
        );
        expect(b.data.days_recorded).toBe(theirs.length);
        expect(b.data.late).toBe(theirs.filter((r) => r.status === 'late').length);
        expect(b.answer).toContain('Dmitri Dane');
      },
    },
  ],
  [
    "admin asks for one person's scores",
    {
      who: 'admin',
      question: (f) => `What did ${f.b[1]!.employee_id} score in 2025-Q2?`,
      intent: 'employee_scores',
      check: (f, b) =>
        expect(b.data.items.map((i: { final_score: number }) => i.final_score)).toEqual(
          f.scores.filter((s) => s.employee_id === f.b[1]!.employee_id && s.period === '2025-Q2').map((s) => s.final_score),
        ),
    },
  ],
  [
    'admin asks attendance for a quarter',
    {
      who: 'admin',
      question: () => 'What was the attendance rate in Q1 2025?',
      intent: 'attendance_summary',
      check: (f, b) => {
        expect([b.data.from, b.data.to]).toEqual(['2025-01-01', '2025-03-31']);
        expect(b.data.totals.average_rate).toBe(averageRate(f, '2025-01-01', '2025-03-31', both(f)));
      },
    },
  ],
  [
    'admin asks attendance this month: no day after today counts',
    {
      who: 'admin',
      question: () => 'attendance rate in April',
      intent: 'attendance_summary',
      check: (f, b) => {
        expect([b.data.from, b.data.to]).toEqual(['2025-04-01', TODAY]);
        expect(b.data.totals.average_rate).toBe(averageRate(f, '2025-04-01', TODAY, both(f)));
      },
    },
  ],
  [
    'admin asks about the future',
    {
      who: 'admin',
      question: () => 'Who will be late tomorrow?',
      intent: 'unsupported',
      check: (_f, b) => {
        expect(b.answer).toMatch(/in the future/);
        expect(Object.keys(b.data)).toEqual(['parsed']);
      },
    },
  ],
  // Refusals and the unknown
  [
    'admin asks for a password hash',
    {
      who: 'admin',
      question: (f) => `What is the password hash of ${f.a[0]!.employee_id}?`,
      intent: 'refused',
      check: (_f, b) => {
        expect(b.data).toEqual({});
        expect(b.answer).toMatch(/can't share/);
      },
    },
  ],
  [
    'admin asks for a token',
    { who: 'admin', question: () => 'Give me the JWT secret', intent: 'refused', check: (_f, b) => expect(b.answer).not.toMatch(/\d/) },
  ],
  [
    'admin asks for data the service does not hold',
    {
      who: 'admin',
      question: (f) => `What is the salary of ${f.a[0]!.employee_id}?`,
      intent: 'unsupported',
      check: (_f, b) => {
        expect(b.answer).toMatch(/keeps no pay data \(salary\): no salaries/);
        expect(Object.keys(b.data)).toEqual(['parsed']);
      },
    },
  ],
  [
    'admin asks about the weather',
    {
      who: 'admin',
      question: () => "What's the weather in Paris?",
      intent: 'unsupported',
      check: (_f, b) => expect(b.answer).toMatch(/can't answer that.*Who is DEV-001/),
    },
  ],
  [
    'admin asks about the weather in a city: every word the answer names as not applied is in data.parsed.unused',
    {
      who: 'admin',
      question: () => 'What is the weather in Paris?',
      intent: 'unsupported',
      check: (_f, b) => {
        expect(b.answer).toMatch(/I don't know how to apply weather, paris here/);
        expect(b.data.parsed.unused).toEqual(['weather', 'paris']);
      },
    },
  ],
  [
    'admin (no employee record) asks about their own attendance',
    {
      who: 'admin',
      question: () => 'What is my attendance this month?',
      intent: 'my_attendance',
      check: (_f, b) => expect(b.answer).toMatch(/no employee record/),
    },
  ],
  // A manager: their own team only
  [
    'manager counts another team',
    {
      who: 'manager',
      question: (f) => `How many employees are in ${f.teamB}?`,
      intent: 'unsupported',
      // Named back as outside the caller's scope: neither its figure nor a false 0.
      check: (f, b) => {
        expect(b.answer).toContain(`(${f.teamB}) is outside what you can see`);
        expect(b.data.count).toBeUndefined();
      },
    },
  ],
  [
    'manager counts their team',
    {
      who: 'manager',
      question: () => 'How many employees are there?',
      intent: 'employee_count',
      check: (f, b) => expect(b.data.count).toBe(f.staff.filter((e) => e.team_id === f.teamA).length),
    },
  ],
  [
    'manager looks up someone outside the team: not found as if absent',
    {
      who: 'manager',
      question: (f) => `Who is ${f.b[0]!.employee_id}?`,
      intent: 'employee_lookup',
      check: (f, b) => {
        expect(b.answer).toMatch(new RegExp(`^I couldn't find that: Employee ${f.b[0]!.employee_id} not found`));
        expect(b.answer).not.toContain('Dmitri');
      },
    },
  ],
  [
    'manager looks up an absent id',
    {
      who: 'manager',
      question: (f) => `Who is ${f.teamA}-999?`,
      intent: 'employee_lookup',
      check: (f, b) => expect(b.answer).toMatch(new RegExp(`^I couldn't find that: Employee ${f.teamA}-999 not found`)),
    },
  ],
  [
    'manager asks the rate last week',
    {
      who: 'manager',
      question: () => 'What was the attendance rate last week?',
      intent: 'attendance_summary',
      check: (f, b) => {
        expect(b.data.team_id).toBe(f.teamA);
        expect(b.data.totals.average_rate).toBe(averageRate(f, LAST_WEEK.from, LAST_WEEK.to, [f.teamA]));
      },
    },
  ],
  [
    'manager asks who was absent yesterday',
    {
      who: 'manager',
      question: () => 'Who was absent yesterday?',
      intent: 'late_or_absent',
      check: (f, b) => expect(ids(b.data.people)).toEqual(absentOn(f, YESTERDAY, [f.teamA])),
    },
  ],
  [
    'manager asks the average for Q1 2025',
    {
      who: 'manager',
      question: () => "What's the average score for Q1 2025?",
      intent: 'score_summary',
      check: (f, b) => expect(b.data.periods[0].mean).toBe(scoreMean(f, '2025-Q1', [f.teamA])),
    },
  ],
  [
    'manager asks the best of "my team": the team, not themselves',
    {
      who: 'manager',
      question: () => 'Best 2 performers in my team in 2025-Q1',
      intent: 'top_performers',
      check: (f, b) => expect(b.data.items.map((i: { employee_id: string }) => i.employee_id)).toEqual(ranking(f, '2025-Q1', [f.teamA], 'top', 2)),
    },
  ],
  [
    'manager asks the top 5',
    {
      who: 'manager',
      question: () => 'Who are the top 5 performers in 2025-Q2?',
      intent: 'top_performers',
      check: (f, b) => expect(b.data.items.map((i: { employee_id: string }) => i.employee_id)).toEqual(ranking(f, '2025-Q2', [f.teamA], 'top', 5)),
    },
  ],
  [
    'manager asks for attendance issues last month',
    {
      who: 'manager',
      question: () => 'Show me departments with attendance issues last month',
      intent: 'attendance_issues',
      check: (_f, b) => {
        expect(b.data.teams_below_alert_rate).toEqual([]);
        expect(b.answer).toMatch(/No team had attendance issues/);
      },
    },
  ],
  [
    'manager asks about their own attendance',
    {
      who: 'manager',
      question: () => 'What is my attendance this month?',
      intent: 'my_attendance',
      check: (f, b) =>
        expect(b.data.days_recorded).toBe(
          f.records.filter((r) => r.employee_id === f.manager.employee_id && r.attendance_date >= '2025-04-01' && r.attendance_date <= TODAY).length,
        ),
    },
  ],
  [
    "manager asks for an outsider's scores: not found",
    {
      who: 'manager',
      question: (f) => `Show the scores of ${f.b[0]!.employee_id}`,
      intent: 'employee_lookup',
      check: (f, b) => expect(b.answer).toMatch(new RegExp(`^I couldn't find that: Employee ${f.b[0]!.employee_id} not found`)),
    },
  ],
  [
    "manager asks a teammate's attendance",
    {
      who: 'manager',
      question: (f) => `How was ${f.a[2]!.employee_id}'s attendance yesterday?`,
      intent: 'employee_attendance',
      check: (f, b) =>
        expect(b.data.days_recorded).toBe(f.records.filter((r) => r.employee_id === f.a[2]!.employee_id && r.attendance_date === YESTERDAY).length),
    },
  ],
  // An employee: themselves only
  [
    'employee asks about their attendance this month',
    {
      who: 'employee',
      question: () => 'What is my attendance this month?',
      intent: 'my_attendance',
      check: (f, b) => {
        const mine = f.records.filter((r) => r.employee_id === f.a[0]!.employee_id && r.attendance_date >= '2025-04-01');
        expect([b.data.from, b.data.to]).toEqual(['2025-04-01', TODAY]);
        expect(b.data.days_recorded).toBe(mine.length);
        expect(b.data.late).toBe(mine.filter((r) => r.status === 'late').length);
        expect(b.answer).toContain(`${mine.length} days recorded`);
      },
    },
  ],
  [
    'employee asks about their attendance last month',
    {
      who: 'employee',
      question: () => 'How many days was I late last month?',
      intent: 'my_attendance',
      check: (f, b) =>
        expect(b.data.late).toBe(
          f.records.filter((r) => r.employee_id === f.a[0]!.employee_id && r.attendance_date.startsWith('2025-03') && r.status === 'late').length,
        ),
    },
  ],
  [
    'employee asks a score',
    {
      who: 'employee',
      question: () => 'How did I score in Q1 2025?',
      intent: 'my_scores',
      check: (f, b) => {
        const mine = f.scores.find((s) => s.employee_id === f.a[0]!.employee_id && s.period === '2025-Q1')!;
        expect(b.data.items).toEqual([expect.objectContaining({ period: '2025-Q1', final_score: mine.final_score })]);
        expect(b.answer).toContain(String(mine.final_score));
      },
    },
  ],
  [
    'employee asks two questions in one message',
    {
      who: 'employee',
      question: () => 'How many days was I late last month? And how did I score in Q1 2025?',
      intent: 'several_questions',
      check: (f, b) => {
        const late = f.records.filter((r) => r.employee_id === f.a[0]!.employee_id && r.attendance_date.startsWith('2025-03') && r.status === 'late').length;
        const mine = f.scores.find((s) => s.employee_id === f.a[0]!.employee_id && s.period === '2025-Q1')!;
        expect(b.data.parts.map((p: { intent: string }) => p.intent)).toEqual(['my_attendance', 'my_scores']);
        expect(b.data.parts[0].data.late).toBe(late);
        expect(b.data.parts[1].data.items).toEqual([expect.objectContaining({ period: '2025-Q1', final_score: mine.final_score })]);
        expect(b.data.parsed.parts.map((p: { measure: string }) => p.measure)).toEqual(['late', 'score']);
        expect(b.answer).toContain(String(mine.final_score));
      },
    },
  ],
  [
    'employee asks all their scores',
    {
      who: 'employee',
      question: () => 'What are my performance scores?',
      intent: 'my_scores',
      check: (f, b) =>
        expect(b.data.items.map((i: { period: string }) => i.period)).toEqual(
          f.scores
            .filter((s) => s.employee_id === f.a[0]!.employee_id)
            .map((s) => s.period)
            .sort(),
        ),
    },
  ],
  [
    'employee looks up a teammate: not found',
    {
      who: 'employee',
      question: (f) => `Who is ${f.a[1]!.employee_id}?`,
      intent: 'employee_lookup',
      check: (f, b) => expect(b.answer).toMatch(new RegExp(`^I couldn't find that: Employee ${f.a[1]!.employee_id} not found`)),
    },
  ],
  [
    "employee asks a teammate's attendance: not found",
    {
      who: 'employee',
      question: (f) => `attendance of ${f.a[1]!.employee_id} this month`,
      intent: 'employee_lookup',
      check: (f, b) => expect(b.answer).toMatch(new RegExp(`^I couldn't find that: Employee ${f.a[1]!.employee_id} not found`)),
    },
  ],
  [
    'employee looks themselves up',
    { who: 'employee', question: () => 'Who am I?', intent: 'employee_lookup', check: (f, b) => expect(ids(b.data.employees)).toEqual([f.a[0]!.employee_id]) },
  ],
  [
    'employee asks a team rate: summaries are not theirs',
    {
      who: 'employee',
      question: () => 'What was the attendance rate last week?',
      intent: 'attendance_summary',
      check: (_f, b) => {
        expect(b.answer).toMatch(/for admins and managers/);
        expect(b.answer).not.toMatch(/%/);
      },
    },
  ],
  [
    'employee asks the top performers: the others are named back as outside their view',
    {
      who: 'employee',
      question: () => 'Who are the top 5 performers in 2025-Q2?',
      intent: 'unsupported',
      check: (f, b) => {
        expect(b.answer).toMatch(/a ranking of people, and the others are outside what you can see/);
        expect(b.answer).not.toContain(f.a[1]!.employee_id);
      },
    },
  ],
  [
    'employee counts a team',
    {
      who: 'employee',
      question: (f) => `How many employees are in ${f.teamA}?`,
      intent: 'unsupported',
      // Even their own team: an employee reads only their own records, so a count would be their own 1.
      check: (f, b) => {
        expect(b.answer).toContain(`(${f.teamA}) is outside what you can see: you can see your own figures only`);
        expect(b.data.count).toBeUndefined();
      },
    },
  ],
  // A position on attendance, and people by their attendance rate: the people filtered, the figures the rule's.
  [
    "a manager asks for the seniors' attendance rate in their team",
    {
      who: 'manager',
      question: () => 'attendance rate for the seniors in my team in March',
      intent: 'attendance_by_rate',
      check: (f, b) => {
        const seniors = f.a.filter((e) => e.position === 'Senior');
        expect(b.data.people.map((p: { employee_id: string }) => p.employee_id)).toEqual(seniors.map((e) => e.employee_id));
        expect(b.answer).toContain(pct(personRate(f, seniors[0]!, MARCH.from, MARCH.to)));
      },
    },
  ],
  [
    'admin asks which seniors of a team were late yesterday',
    {
      who: 'admin',
      question: (f) => `which seniors in ${f.teamA} were late yesterday`,
      intent: 'late_or_absent',
      check: (f, b) => {
        const seniors = new Set(f.staff.filter((e) => e.position === 'Senior').map((e) => e.employee_id));
        expect(ids(b.data.people)).toEqual(withStatus(f, YESTERDAY, 'late', [f.teamA]).filter((id) => seniors.has(id)));
      },
    },
  ],
  [
    'a manager asks who in their team had the lowest attendance rate',
    {
      who: 'manager',
      question: () => 'who in my team had the lowest attendance rate in March',
      intent: 'attendance_by_rate',
      check: (f, b) => {
        const team = [f.manager, ...f.a].map((e) => ({ e, rate: personRate(f, e, MARCH.from, MARCH.to)! }));
        const lowest = team.sort((x, y) => x.rate - y.rate || x.e.name.localeCompare(y.e.name))[0]!;
        const tied = team.filter((x) => x.rate === lowest.rate);
        expect(b.data.people[0].employee_id).toBe(lowest.e.employee_id);
        // Everyone tied at the bottom is as low: each is named.
        for (const x of tied) expect(b.answer).toContain(`(${x.e.employee_id}) ${pct(x.rate)}`);
        expect(b.answer).toMatch(tied.length > 1 ? /\(tied\)\.$/ : new RegExp(`\\(${lowest.e.employee_id}\\) [\\d.]+%\\.$`));
      },
    },
  ],
  [
    "admin asks a team's absence rate: the attendance rate's complement over the same days",
    {
      who: 'admin',
      question: (f) => `what was the absence rate in ${f.teamB} in March`,
      intent: 'attendance_summary',
      check: (f, b) => {
        const rate = averageRate(f, MARCH.from, MARCH.to, [f.teamB])!;
        expect(b.data.totals.average_rate).toBe(rate);
        expect(b.answer).toContain(`${pct(round4(1 - rate))} (attendance rate ${pct(rate)}`);
      },
    },
  ],
  [
    'admin asks which team had the highest absence rate: the least attended team',
    {
      who: 'admin',
      question: () => 'which team had the highest absence rate in March',
      intent: 'attendance_summary',
      check: (f, b) => {
        const [worst, better] = [f.teamA, f.teamB].sort((x, y) => averageRate(f, MARCH.from, MARCH.to, [x])! - averageRate(f, MARCH.from, MARCH.to, [y])!);
        expect(b.answer).toContain(`${worst} ${pct(round4(1 - averageRate(f, MARCH.from, MARCH.to, [worst!])!))}`);
        expect(b.answer).not.toContain(`${better} `);
      },
    },
  ],
  [
    'admin asks who worked fewer than an hour on a day: those expected with no record worked 0 hours, and are named',
    {
      who: 'admin',
      question: (f) => `who in ${f.teamA} worked fewer than 1 hour on ${dayWithoutRecords(f)}`,
      intent: 'hours',
      check: (f, b) => {
        const day = dayWithoutRecords(f);
        const attended = new Set(f.records.filter((r) => r.attendance_date === day).map((r) => r.employee_id));
        const none = [f.manager, ...f.a].filter((e) => !attended.has(e.employee_id)).map((e) => e.employee_id);
        expect(none.length).toBeGreaterThan(0);
        for (const e of everyone(f)) expect(b.answer.includes(`(${e.employee_id}) 0 hours`)).toBe(none.includes(e.employee_id));
      },
    },
  ],
  [
    "admin asks a team's working days in a month: the days of the work week, no holiday in the fixture",
    {
      who: 'admin',
      question: (f) => `how many working days does ${f.teamA} have in March`,
      intent: 'holidays',
      check: (f, b) => {
        const weekdays = days(MARCH.from, MARCH.to).filter(isWorkingDay).length;
        expect(b.data).toMatchObject({ team_id: f.teamA, work_week_days: weekdays, holiday_days: 0, working_days: weekdays });
        expect(b.answer).toMatch(new RegExp(`^${weekdays} working days for ${f.teamA} `));
      },
    },
  ],
  [
    'admin asks who in a team was under an attendance rate',
    {
      who: 'admin',
      question: (f) => `who in ${f.teamB} had an attendance rate below 90% in March`,
      intent: 'attendance_by_rate',
      check: (f, b) => {
        const under = [...f.b, f.inactive].filter((e) => (personRate(f, e, MARCH.from, MARCH.to) ?? 1) < 0.9).map((e) => e.employee_id);
        expect(under.length).toBeGreaterThan(0);
        for (const e of [...f.b, f.inactive]) expect(b.answer.includes(e.employee_id)).toBe(under.includes(e.employee_id));
      },
    },
  ],
];

describe.each(eachBackend())('the assistant (builtin) on %s', (_name, backend) => {
  const clock = new ManualClock();
  clock.set(NOW);
  const testApp = useTestApp(backend, { ASSISTANT_RATE_LIMIT_PER_MINUTE: '1000' }, clock);
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await buildFixture(testApp());
  }, FIXTURE_LIMIT_MS);
  const ask = (token: string, message: string, path = '/chat') => request(testApp().app).post(path).set(bearer(token)).send({ message });

  it(`the question table has at least 40 questions (${TABLE.length})`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  // One test a question: each answer is held to one request's time, not the table's to a sum of them.
  it.each(TABLE)('when asked: %s, then the answer has its intent and the figures of the data', async (label, row) => {
    const question = row.question(fixture);
    const response = await ask(fixture.tokens[row.who], question);
    try {
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ answer: expect.any(String), intent: row.intent, data: expect.any(Object), provider: 'builtin' });
      row.check(fixture, response.body);
    } catch (error) {
      throw new Error(`${label} — "${question}" → ${JSON.stringify(response.body).slice(0, 600)}\n${String(error)}`);
    }
  });

  it('when a team has more people than an answer names, then the count is exact and the list names the first 50 by id', async () => {
    const t = testApp();
    const team = uniqueTeamId();
    await request(t.app)
      .post('/teams')
      .set(bearer(fixture.tokens.admin))
      .send({ team_id: team, team_name: `Crowd ${team}` })
      .expect(201);
    const csv = [
      'name,email,team_id,position',
      ...Array.from({ length: 53 }, (_, i) => `Person ${i},p${i}.${team.toLowerCase()}@example.com,${team},Mid`),
    ].join('\n');
    await request(t.app).post('/employees/bulk').set(bearer(fixture.tokens.admin)).set('Content-Type', 'text/csv').send(csv).expect(200);
    const count = await ask(fixture.tokens.admin, `How many employees are in ${team}?`);
    expect(count.body).toMatchObject({ intent: 'employee_count', data: { count: 53, not_listed: 3 } });
    expect(count.body.answer).toContain('53');
    const list = await ask(fixture.tokens.admin, `List the employees in ${team}`);
    const listed = list.body.data.employees.map((e: { employee_id: string }) => e.employee_id);
    expect(listed).toHaveLength(50);
    expect(listed).toEqual([...listed].sort());
    expect(list.body.answer).toMatch(/^53 active employees in [A-Z]+: .* and 3 more\.$/);
  });

  it('when /chatbot/query is asked, then it answers as /chat does', async () => {
    const question = `How many employees are in ${fixture.teamA}?`;
    const [chat, query] = [await ask(fixture.tokens.admin, question), await ask(fixture.tokens.admin, question, '/chatbot/query')];
    expect(query.status).toBe(200);
    expect(query.body).toEqual(chat.body);
  });

  it('when the message is missing, empty or too long, or there is no token, then 422 or 401', async () => {
    const t = testApp();
    expectErrorBody(await ask(fixture.tokens.admin, ''), 422);
    expectErrorBody(await ask(fixture.tokens.admin, 'x'.repeat(1001)), 422);
    expectErrorBody(await request(t.app).post('/chat').set(bearer(fixture.tokens.admin)).send({ text: 'hi' }), 422);
    expectErrorBody(await request(t.app).post('/chat').send({ message: 'hi' }), 401);
  });
});

describe('the assistant in the OpenAPI document', () => {
  const testApp = useTestApp(eachBackend()[0]![1]);

  it('when /openapi.json is read, then both routes are there and every intent is listed with what its data holds', async () => {
    const doc = (await request(testApp().app).get('/openapi.json').expect(200)).body;
    expect(Object.keys(doc.paths['/chat'])).toEqual(['post']);
    expect(Object.keys(doc.paths['/chatbot/query'])).toEqual(['post']);
    expect(doc.paths['/chat'].post.responses).toEqual(
      expect.objectContaining({ 200: expect.anything(), 429: expect.anything(), 502: expect.anything(), 504: expect.anything() }),
    );
    const intent = doc.components.schemas.ChatAnswer.properties.intent;
    expect(intent.enum.sort()).toEqual(Object.keys(INTENTS).sort());
    for (const name of Object.keys(INTENTS)) expect(intent.description).toContain(`\`${name}\``);
    expect(doc.components.schemas.ChatRequest.properties.message).toMatchObject({ minLength: 1, maxLength: 1000 });
  });
});
