import { dateInZone } from '../core/calendar';
import type { AttendancePolicy } from '../core/attendance';
import type { Employee } from '../core/employee';
import { EmployeeExistsError, HolidayExistsError, ScoreExistsError, TeamExistsError } from '../core/errors';
import { finalScore } from '../core/performance';
import { randomUUID } from 'node:crypto';
import type {
  AttendanceRepository,
  Clock,
  EmployeeRepository,
  HolidayRepository,
  PasswordHasher,
  ScoreRepository,
  SettingsRepository,
  TeamRepository,
} from '../core/ports';
import { SEED_TEAMS } from '../core/team';
import { addDays } from '../core/work-calendar/dates';
import type { AccountService } from './account.service';
import { demoAttendance } from './demo/demo-attendance';
import { demoEvents, type DemoLeave } from './demo/demo-calendar';
import { demoEmployees } from './demo/demo-employees';
import { demoScoreInputs, previousQuarters } from './demo/demo-scores';
import type { CalendarService } from './work-calendar/calendar.service';
import type { WorkWeek } from '../core/work-calendar/work-week';

/** Enough days that "last month" is tracked whole, whatever day of the month it is. */
const DEMO_ATTENDANCE_DAYS = 62;

export interface DemoLogin {
  username: string;
  password: string;
  role: 'manager' | 'employee';
}

export interface BootstrapReport {
  seededTeams: boolean;
  createdAdmin: boolean;
  demoEmployees: number;
  demoLogins: DemoLogin[];
}

/** Demo logins for trying role scope: DEV's manager and one of their team. */
export const DEMO_PASSWORD = 'demo-password';
const DEMO_LOGINS: readonly { employee_id: string; role: DemoLogin['role'] }[] = [
  { employee_id: 'DEV-001', role: 'manager' },
  { employee_id: 'DEV-003', role: 'employee' },
];

const TEAMS_SEEDED = 'seeded:teams';
const DEMO_SEEDED = 'seeded:demo';

/**
 * Fills a new database once: the five teams, the admin login, and (when asked)
 * demo staff. Each step is idempotent and remembered, so a restart, or two
 * instances starting together, never duplicates or resurrects anything.
 */
export class BootstrapService {
  constructor(
    private readonly teams: TeamRepository,
    private readonly employees: EmployeeRepository,
    private readonly settings: SettingsRepository,
    private readonly attendance: AttendanceRepository,
    private readonly scores: ScoreRepository,
    private readonly accounts: AccountService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly policy: AttendancePolicy,
    private readonly holidays: HolidayRepository,
    private readonly calendars: CalendarService,
    private readonly workWeek: WorkWeek,
    /** Files the demo's leave through the leave service, so its ledger is as real as anyone's. */
    private readonly fileDemoLeave: (leave: DemoLeave[]) => Promise<void>,
  ) {}

  /** adminPassword null: no local admin login, because an outside identity provider signs people in. */
  async run(options: { adminUsername: string; adminPassword: string | null; demoData: boolean }): Promise<BootstrapReport> {
    // Independent steps, checked at once: every start asks both, and a start's time is its reads' round trips.
    const [seededTeams, createdAdmin] = await Promise.all([
      this.once(TEAMS_SEEDED, () => this.seedTeams()),
      options.adminPassword !== null && this.accounts.bootstrapAdmin(options.adminUsername, options.adminPassword),
    ]);
    // The tracking start is kept from the first start on (the oldest record then present, else today). A database
    // from before the calendar gets it on its first figure or record instead (the same date), so no later start reads it.
    if (seededTeams) await this.calendars.settle();
    let created = 0;
    let demoLogins: DemoLogin[] = [];
    if (options.demoData) {
      await this.once(DEMO_SEEDED, async () => {
        created = await this.seedDemoEmployees();
        demoLogins = DEMO_LOGINS.map((login) => ({ username: login.employee_id, password: DEMO_PASSWORD, role: login.role }));
      });
    }
    return { seededTeams, createdAdmin, demoEmployees: created, demoLogins };
  }

  private async once(marker: string, step: () => Promise<void>): Promise<boolean> {
    if ((await this.settings.get(marker)) !== null) return false;
    await step();
    await this.settings.putIfAbsent(marker, this.clock.now().toISOString());
    return true;
  }

  private async seedTeams(): Promise<void> {
    for (const team of SEED_TEAMS) {
      try {
        await this.teams.create(team);
      } catch (error) {
        if (!(error instanceof TeamExistsError)) throw error;
      }
    }
  }

  /**
   * Demo staff, two months of their attendance over a calendar with a
   * holiday, a team's morning off, a leaver and a team move, and four
   * quarters of scores, so summaries have something true to say.
   */
  private async seedDemoEmployees(): Promise<number> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const today = dateInZone(this.clock.now(), this.timeZone);
    const events = demoEvents(today, this.workWeek);
    const staff: Employee[] = [];
    for (const employee of demoEmployees(today, events.leaver)) {
      const login = DEMO_LOGINS.find((l) => l.employee_id === employee.employee_id);
      try {
        staff.push(await this.employees.create(employee, login && { password_hash: passwordHash, role: login.role }));
      } catch (error) {
        if (!(error instanceof EmployeeExistsError)) throw error;
      }
    }
    // Seeding alone may date a move in the past: the service never back-dates one.
    const moved = await this.employees.update(events.move.employee_id, { team_id: events.move.to_team }, events.move.on);
    if (moved)
      staff.splice(
        staff.findIndex((e) => e.employee_id === moved.employee_id),
        1,
        moved,
      );
    for (const holiday of events.holidays) {
      try {
        await this.holidays.create({ holiday_id: randomUUID(), ...holiday });
      } catch (error) {
        if (!(error instanceof HolidayExistsError)) throw error;
      }
    }
    // The demo's records start tracking: its first day is the tracking start, as an import of them would make it.
    const from = addDays(today, -DEMO_ATTENDANCE_DAYS);
    await this.calendars.noteRecordDates([from]);
    const records = demoAttendance(staff, today, DEMO_ATTENDANCE_DAYS, this.policy, await this.calendars.forRange(from, today), events);
    await this.attendance.upsertMany(records);
    await this.fileDemoLeave(events.leave);
    const periods = previousQuarters(today, 4);
    for (const employee of staff) {
      for (const [index, period] of periods.entries()) {
        if (`${period.slice(0, 4)}-12-31` < employee.hire_date) continue;
        const inputs = demoScoreInputs(employee, period, index);
        try {
          await this.scores.create({ employee_id: employee.employee_id, period, ...inputs, final_score: finalScore(inputs) });
        } catch (error) {
          if (!(error instanceof ScoreExistsError)) throw error;
        }
      }
    }
    return staff.length;
  }
}
