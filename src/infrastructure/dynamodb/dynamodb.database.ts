import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../core/ports';
import type { Database } from '../database';
import { systemClock } from '../system-clock';
import { DynamoAccountRepository } from './account.repository';
import { DynamoAttendanceRepository } from './attendance/attendance.repository';
import { DynamoAuditRepository } from './audit/audit.repository';
import { DynamoCorrectionRepository } from './corrections/correction.repository';
import { TableClient } from './table-client';
import { DynamoEmployeeRepository } from './employee/employee.repository';
import { DynamoHolidayRepository } from './holidays/holiday.repository';
import { DynamoLeaveRepository } from './leave/leave.repository';
import { DynamoScoreRepository } from './score/score.repository';
import { DynamoSettingsRepository } from './settings.repository';
import { keys } from './key-design';
import { runUpgrades } from './upgrades/upgrades';
import { DynamoTeamRepository } from './team.repository';

export function dynamoDatabase(doc: DynamoDBDocumentClient, tableName: string, description: string, clock: Clock = systemClock): Database {
  const table = new TableClient(doc, tableName, { clock });
  const attendance = new DynamoAttendanceRepository(table);
  const scores = new DynamoScoreRepository(table);
  const leave = new DynamoLeaveRepository(table);
  const corrections = new DynamoCorrectionRepository(table);
  return {
    description,
    repositories: {
      teams: new DynamoTeamRepository(table, attendance),
      employees: new DynamoEmployeeRepository(table, { attendance, scores, leave, corrections }),
      accounts: new DynamoAccountRepository(table),
      attendance,
      scores,
      holidays: new DynamoHolidayRepository(table),
      leave,
      corrections,
      audit: new DynamoAuditRepository(table),
      settings: new DynamoSettingsRepository(table),
    },
    async ping() {
      // A data-plane read: DescribeTable is rate-limited and costs more.
      await table.get(keys.admins(), false);
    },
    // DynamoDB plans nothing: every read names its key.
    refreshStatistics: () => Promise.resolve(),
    close: () => {
      doc.destroy();
      return Promise.resolve();
    },
  };
}

/** Brings data written by earlier versions (or a new, empty table) up to this one; the names of the upgrades run. */
export function dynamoUpgrades(doc: DynamoDBDocumentClient, tableName: string, clock: Clock = systemClock): Promise<string[]> {
  return runUpgrades(new TableClient(doc, tableName, { clock }));
}

/** True when something was upgraded. */
export async function upgradeDynamoData(doc: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  return (await dynamoUpgrades(doc, tableName)).length > 0;
}
