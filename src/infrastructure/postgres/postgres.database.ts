import type { Database } from '../database';
import { PostgresAccountRepository } from './account.repository';
import { PostgresAttendanceRepository } from './attendance.repository';
import { PostgresAuditRepository } from './audit/audit.repository';
import { PostgresCorrectionRepository } from './corrections/correction.repository';
import { PostgresEmployeeRepository } from './employee.repository';
import { PostgresHolidayRepository } from './holiday.repository';
import { PostgresLeaveRepository } from './leave/leave.repository';
import { PostgresScoreRepository } from './score.repository';
import { PostgresSettingsRepository } from './settings.repository';
import { PLAN_EACH_TIME, type SqlClient } from './sql-client';
import { PostgresTeamRepository } from './team.repository';

export function postgresDatabase(sql: SqlClient, description: string): Database {
  return {
    description,
    repositories: {
      teams: new PostgresTeamRepository(sql),
      employees: new PostgresEmployeeRepository(sql),
      accounts: new PostgresAccountRepository(sql),
      attendance: new PostgresAttendanceRepository(sql),
      scores: new PostgresScoreRepository(sql),
      holidays: new PostgresHolidayRepository(sql),
      leave: new PostgresLeaveRepository(sql),
      corrections: new PostgresCorrectionRepository(sql),
      audit: new PostgresAuditRepository(sql),
      settings: new PostgresSettingsRepository(sql),
    },
    async ping() {
      await sql.query('SELECT 1');
    },
    async refreshStatistics() {
      await sql.query('ANALYZE', [], PLAN_EACH_TIME);
    },
    close: () => sql.close(),
  };
}
