import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyAttendanceChange, employedOn, type AttendancePolicy, type AttendanceRecord } from '../core/attendance';
import { expectedFraction } from '../core/work-calendar/absence-rule';
import { WorkCalendar } from '../core/work-calendar/work-calendar';
import { generatedCalendar } from './generator-calendar';
import { generatedLeave, leaveWrite, yearsOfAll } from './generator-leave';
import { TRACKING_START_KEY } from '../services/work-calendar/calendar.service';
import { addDays } from '../core/work-calendar/dates';
import { DEFAULT_WORK_WEEK, isWorkDay } from '../core/work-calendar/work-week';
import { dateInZone } from '../core/calendar';
import { formatEmployeeId, type Employee, type NewEmployee, type Position } from '../core/employee';
import { finalScore } from '../core/performance';
import type { NewScore } from '../core/ports';
import { SEED_TEAMS } from '../core/team';
import { demoScoreInputs, previousQuarters } from '../services/demo/demo-scores';
import { configOrExit, start } from '../startup';

interface Options {
  employees: number;
  days: number;
  periods: number;
  batch: number;
  csv?: string;
  /** Only the leave, over data generated before leave existed. */
  leaveOnly: boolean;
}

function stableRoll(key: string): number {
  let hash = 2166136261;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}

const FIRST = [
  'Amara',
  'Bao',
  'Carmen',
  'Dmitri',
  'Elif',
  'Farid',
  'Grace',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Mei',
  'Nikolai',
  'Olga',
  'Pedro',
  'Quinn',
  'Rania',
  'Sven',
  'Tanvi',
];
const LAST = [
  'Okafor',
  'Nguyen',
  'Alvarez',
  'Petrov',
  'Yilmaz',
  'Haddad',
  'Kim',
  'Tanaka',
  'Moreau',
  'Berg',
  'Iyer',
  'Walsh',
  'Chen',
  'Volkov',
  'Santos',
  'Murphy',
  'Khalil',
  'Rao',
  'Rossi',
  'Zhang',
];

/** Employees spread over the five teams, numbered from 901 so they never meet the demo staff's ids. */
function employees(options: Options, today: string, leavers: ReadonlyMap<number, string>): NewEmployee[] {
  const perTeam = new Map<string, number>();
  return Array.from({ length: options.employees }, (_, i) => {
    const team = SEED_TEAMS[i % SEED_TEAMS.length]!.team_id;
    const number = (perTeam.get(team) ?? 900) + 1;
    perTeam.set(team, number);
    const roll = stableRoll(`gen|${i}`);
    const position: Position = roll < 0.05 ? 'Manager' : roll < 0.15 ? 'Lead' : roll < 0.45 ? 'Senior' : roll < 0.8 ? 'Mid' : 'Junior';
    return {
      employee_id: formatEmployeeId(team, number),
      name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
      email: `generated.${i}@example.com`,
      team_id: team,
      position,
      job_title: null,
      status: leavers.has(i) ? 'inactive' : 'active',
      // Hired before the generated span (days are working days: 7 calendar days per 5).
      hire_date: addDays(today, -Math.ceil((options.days * 7) / 5) - 30 - Math.floor(roll * 1000)),
      end_date: leavers.get(i) ?? null,
    };
  });
}

/**
 * About 88% on time, 8% late, 3% half days, 4% absent, for the people the
 * calendar expects that day (employed, in the team of that day, no whole
 * holiday), starting after lunch on a morning off.
 */
function attendanceFor(
  staff: readonly { employee: Employee; teamOn: (date: string) => string }[],
  date: string,
  policy: AttendancePolicy,
  calendar: WorkCalendar,
): AttendanceRecord[] {
  return staff.flatMap(({ employee: e, teamOn }) => {
    if (!employedOn(e, date)) return [];
    const teamId = teamOn(date);
    const day = calendar.day(date, teamId);
    if (expectedFraction(day, null) === 0) return [];
    const roll = stableRoll(`${e.employee_id}|${date}`);
    if (roll < 0.04) return [];
    const afternoon = calendar.morningOff(date, teamId, null) ? 240 : 0;
    const checkIn = afternoon + (roll < 0.12 ? 556 + Math.floor(roll * 600) : 500 + Math.floor(roll * 50));
    const worked = roll > 0.97 ? 200 : 480 + Math.floor(roll * 60);
    const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
    const times = { check_in_time: time(checkIn), check_out_time: time(Math.min(checkIn + worked, 1439)) };
    return [{ employee_id: e.employee_id, attendance_date: date, team_id: teamId, ...applyAttendanceChange(null, times, policy, afternoon > 0) }];
  });
}

function progress(label: string, done: number, total: number, startedMs: number): void {
  const seconds = (Date.now() - startedMs) / 1000;
  const filled = Math.round((done / Math.max(total, 1)) * 30);
  process.stdout.write(
    `\r${label.padEnd(11)} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${total} ${Math.round(done / Math.max(seconds, 0.001))}/s   `,
  );
  if (done >= total) process.stdout.write('\n');
}

type CsvValue = string | number | null | undefined;
const cell = (value: CsvValue) =>
  value === null || value === undefined ? '' : /[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value);
const toCsv = (rows: Record<string, CsvValue>[], columns: string[]) =>
  `${[columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\n')}\n`;

/**
 * `npm run seed -- --employees 4000 --days 520 --periods 8 [--csv DIR]`:
 * realistic employees, their attendance on the last `days` working days
 * (about two million rows for those flags) and `periods` quarters
 * of scores, through the repositories' bulk writes (set-based statements on
 * PostgreSQL), with progress and a rate. With --csv, the same data goes to
 * CSV files for the import routes instead.
 */
export async function generate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      employees: { type: 'string', default: '200' },
      days: { type: 'string', default: '30' },
      periods: { type: 'string', default: '4' },
      batch: { type: 'string', default: '5000' },
      csv: { type: 'string' },
      'leave-only': { type: 'boolean', default: false },
    },
  });
  const options: Options = {
    employees: Number(values.employees),
    days: Number(values.days),
    periods: Number(values.periods),
    batch: Number(values.batch),
    leaveOnly: values['leave-only'] === true,
    ...(values.csv && { csv: values.csv }),
  };
  const config = configOrExit();
  const today = dateInZone(new Date(), config.orgTimeZone);
  // The last `days` working days before today, oldest first.
  const dates: string[] = [];
  for (let day = addDays(today, -1); dates.length < options.days; day = addDays(day, -1)) if (isWorkDay(day, DEFAULT_WORK_WEEK)) dates.unshift(day);
  const events = generatedCalendar(options.employees, dates, stableRoll);
  const staffInput = employees(options, today, events.leavers);
  const calendar = new WorkCalendar({
    workWeek: DEFAULT_WORK_WEEK,
    trackingStart: dates[0]!,
    holidays: events.holidays.map((h) => ({ ...h, created_at: '', updated_at: '' })),
    today,
  });
  const moverOf = new Map([...events.movers].map(([i, move]) => [staffInput[i]!.employee_id!, move]));
  const withTeams = (staff: Employee[]) =>
    staff.map((employee) => {
      const move = moverOf.get(employee.employee_id);
      const original = employee.employee_id.slice(0, employee.employee_id.indexOf('-'));
      return { employee, teamOn: (date: string) => (move ? (date < move.on ? original : move.to_team) : employee.team_id) };
    });
  const quarters = previousQuarters(today, options.periods);
  const scoresOf = (staff: Employee[]): NewScore[] =>
    staff.flatMap((e) =>
      quarters.map((period, i) => {
        const inputs = demoScoreInputs(e, period, i);
        return { employee_id: e.employee_id, period, ...inputs, final_score: finalScore(inputs) };
      }),
    );

  if (options.csv) {
    mkdirSync(options.csv, { recursive: true });
    const staff = staffInput as Employee[];
    const records = dates.flatMap((date) => attendanceFor(withTeams(staff), date, config.attendance, calendar));
    const scores = scoresOf(staff);
    writeFileSync(
      join(options.csv, 'employees.csv'),
      toCsv(staffInput, ['employee_id', 'name', 'email', 'team_id', 'position', 'status', 'hire_date', 'end_date']),
    );
    writeFileSync(join(options.csv, 'holidays.csv'), toCsv(events.holidays, ['date', 'name', 'team_id', 'half']));
    writeFileSync(
      join(options.csv, 'attendance.csv'),
      toCsv(records as unknown as Record<string, CsvValue>[], ['employee_id', 'attendance_date', 'check_in_time', 'check_out_time']),
    );
    writeFileSync(
      join(options.csv, 'scores.csv'),
      toCsv(scores as unknown as Record<string, CsvValue>[], ['employee_id', 'period', 'kpi', 'completed_task', 'feedback_360']),
    );
    console.log(`Wrote ${staff.length} employees, ${records.length} attendance rows and ${scores.length} scores to ${options.csv}`);
    return;
  }

  const { database, close } = await start({ ...config, seedDemoData: false });
  const repos = database.repositories;
  const writeLeave = async (staff: { employee: Employee; teamOn: (date: string) => string }[]) => {
    // A year of working days back, and six weeks ahead for the pending requests.
    const year = dates.slice(-Math.min(dates.length, 260));
    const ahead: string[] = [];
    for (let day = addDays(today, 14); ahead.length < 30; day = addDays(day, 1)) if (isWorkDay(day, DEFAULT_WORK_WEEK)) ahead.push(day);
    const requests = generatedLeave(staff, year, ahead, calendar, stableRoll, new Date().toISOString());
    const types = new Map((await repos.leave.listTypes()).map((t) => [t.code, t]));
    const byEmployee = new Map(staff.map((s) => [s.employee.employee_id, s.employee]));
    const began = Date.now();
    const perChange = 100;
    for (let i = 0; i < staff.length; i += perChange) {
      const ids = staff.slice(i, i + perChange).map((s) => s.employee.employee_id);
      const mine = requests.filter((r) => ids.includes(r.employee_id));
      await repos.leave.change(ids, { years: yearsOfAll(mine) }, (books) => leaveWrite(books, byEmployee, types, mine));
      progress('leave', Math.min(i + perChange, staff.length), staff.length, began);
    }
    return requests.length;
  };
  try {
    if (options.leaveOnly) {
      const staff = withTeams(await repos.employees.getMany(staffInput.map((e) => e.employee_id!)));
      const written = await writeLeave(staff);
      await database.refreshStatistics();
      console.log(`Done: ${written} leave requests for ${staff.length} employees in ${database.description}.`);
      return;
    }
    let began = Date.now();
    for (let i = 0; i < staffInput.length; i += options.batch) {
      const batch = staffInput.slice(i, i + options.batch);
      const existing = new Set((await repos.employees.getMany(batch.map((e) => e.employee_id!))).map((e) => e.employee_id));
      await repos.employees.importMany(
        batch.filter((e) => !existing.has(e.employee_id!)),
        [],
        today,
      );
      progress('employees', Math.min(i + options.batch, staffInput.length), staffInput.length, began);
    }
    // Moves dated in the past: only a seed may back-date one (the service takes them effect today).
    for (const [employeeId, move] of moverOf) await repos.employees.update(employeeId, { team_id: move.to_team }, move.on);
    await repos.holidays.upsertMany(events.holidays);
    await repos.settings.lowerTo(TRACKING_START_KEY, dates[0]!);
    const staff = withTeams(await repos.employees.getMany(staffInput.map((e) => e.employee_id!)));
    began = Date.now();
    let written = 0;
    let pending: AttendanceRecord[] = [];
    const expected = dates.length * staff.length;
    for (const date of dates) {
      pending.push(...attendanceFor(staff, date, config.attendance, calendar));
      if (pending.length >= options.batch) {
        await repos.attendance.upsertMany(pending);
        written += pending.length;
        pending = [];
        progress('attendance', written, expected, began);
      }
    }
    await repos.attendance.upsertMany(pending);
    written += pending.length;
    progress('attendance', written, written, began);
    began = Date.now();
    const scores = scoresOf(staff.map((s) => s.employee));
    for (let i = 0; i < scores.length; i += options.batch) {
      await repos.scores.upsertMany(scores.slice(i, i + options.batch));
      progress('scores', Math.min(i + options.batch, scores.length), scores.length, began);
    }
    const leave = await writeLeave(staff);
    await database.refreshStatistics();
    console.log(
      `Done: ${staff.length} employees (leavers: ${events.leavers.size}, team moves: ${moverOf.size}), holidays: ${events.holidays.length}, ${written} attendance rows, ${scores.length} scores and ${leave} leave requests in ${database.description}.`,
    );
  } finally {
    await close();
  }
}
