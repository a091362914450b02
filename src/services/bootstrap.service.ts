import { dateInZone } from '../core/calendar';
import type { AttendancePolicy } from '../core/attendance';
import type { Employee } from '../core/employee';
import { AttendanceExistsError, EmployeeExistsError, ScoreExistsError, TeamExistsError } from '../core/errors';
import { finalScore } from '../core/performance';
import type { AttendanceRepository, Clock, EmployeeRepository, PasswordHasher, ScoreRepository, SettingsRepository, TeamRepository } from '../core/ports';
import { SEED_TEAMS } from '../core/team';
import type { AccountService } from './account.service';
import { demoAttendance } from './demo-attendance';
import { demoEmployees } from './demo-employees';
import { demoScoreInputs, previousQuarters } from './demo-scores';

const DEMO_ATTENDANCE_DAYS = 14;

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
  ) {}

  /** adminPassword null: no local admin login, because an outside identity provider signs people in. */
  async run(options: { adminUsername: string; adminPassword: string | null; demoData: boolean }): Promise<BootstrapReport> {
    const seededTeams = await this.once(TEAMS_SEEDED, () => this.seedTeams());
    const createdAdmin = options.adminPassword !== null && (await this.accounts.bootstrapAdmin(options.adminUsername, options.adminPassword));
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

  /** Demo staff, two weeks of their attendance and four quarters of scores, so summaries have something to say. */
  private async seedDemoEmployees(): Promise<number> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const today = dateInZone(this.clock.now(), this.timeZone);
    const staff: Employee[] = [];
    for (const employee of demoEmployees(today)) {
      const login = DEMO_LOGINS.find((l) => l.employee_id === employee.employee_id);
      try {
        staff.push(await this.employees.create(employee, login && { password_hash: passwordHash, role: login.role }));
      } catch (error) {
        if (!(error instanceof EmployeeExistsError)) throw error;
      }
    }
    for (const record of demoAttendance(staff, today, DEMO_ATTENDANCE_DAYS, this.policy)) {
      try {
        await this.attendance.create(record);
      } catch (error) {
        if (!(error instanceof AttendanceExistsError)) throw error;
      }
    }
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
