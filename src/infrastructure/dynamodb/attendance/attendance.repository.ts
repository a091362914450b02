import {
  checkInRefusal,
  type AttendanceFilter,
  type AttendanceRecord,
  type CheckInConditions,
  type PersonDayCodes,
  type PersonRecords,
  type PersonRecordsFilter,
} from '../../../core/attendance';
import type { TeamDayFacts } from '../../../core/work-calendar/absence-rule';
import { NotFoundError } from '../../../core/errors';
import type { Page, PageRequest } from '../../../core/page';
import type { AttendanceRepository } from '../../../core/ports';
import type { AuditStamp } from '../../../core/audit/audit-entry';
import { toRecord } from './attendance-items';
import { counterSteps, deletionSteps, newRecordStep, recordEntityId, replaceRecordStep } from './attendance-steps';
import { purgeRecords } from './attendance-purge';
import type { EmployeePurge, TeamRecords } from '../cross-repository';
import { auditSteps } from '../audit/audit-items';
import { dailyFacts, teamHasRecords } from './attendance-counts';
import { earliestDate, recordDateSpan } from './attendance-dates';
import { listAttendance } from './attendance-list';
import { dayCodesByPerson, recordsByPerson } from './attendance-by-person';
import { STALE, type TableClient } from '../table-client';
import { keys, partitions } from '../key-design';

export class DynamoAttendanceRepository implements AttendanceRepository, EmployeePurge, TeamRecords {
  constructor(private readonly table: TableClient) {}

  async get(employeeId: string, date: string): Promise<AttendanceRecord | null> {
    const item = await this.table.get(keys.attendance(employeeId, date));
    return item ? toRecord(item) : null;
  }

  async create(input: AttendanceRecord, audit?: AuditStamp): Promise<AttendanceRecord> {
    const record: AttendanceRecord = { ...input, version: 1 };
    await this.table.transact([
      newRecordStep(this.table.name, record),
      {
        write: { ConditionCheck: { TableName: this.table.name, Key: keys.employee(record.employee_id), ConditionExpression: 'attribute_exists(PK)' } },
        onConditionFailed: () => new NotFoundError('Employee', record.employee_id),
      },
      ...counterSteps(this.table.name, null, record),
      ...auditSteps(this.table.name, audit, { action: 'create', entity: 'attendance', entity_id: recordEntityId(record), after: record }),
    ]);
    return record;
  }

  /**
   * The employee is read first (a record carries its team in its keys), and
   * the write holds only while the employee is still as read (their version):
   * a change in between makes it read again and judge again.
   */
  checkIn(entry: Omit<AttendanceRecord, 'team_id'>, conditions: CheckInConditions, audit?: AuditStamp): Promise<AttendanceRecord> {
    return this.table.withFreshReads(async () => {
      const employee = await this.table.get(keys.employee(entry.employee_id));
      const refusal = checkInRefusal(
        entry.employee_id,
        employee
          ? {
              team_id: employee.team_id as string,
              status: employee.status as string,
              hire_date: employee.hire_date as string,
              end_date: (employee.end_date as string | null | undefined) ?? null,
            }
          : null,
        entry.attendance_date,
        conditions,
      );
      if (refusal) throw refusal;
      const record: AttendanceRecord = { ...entry, team_id: employee!.team_id as string, version: 1 };
      await this.table.transact([
        newRecordStep(this.table.name, record),
        {
          write: {
            ConditionCheck: {
              TableName: this.table.name,
              Key: keys.employee(record.employee_id),
              ConditionExpression: 'version = :read',
              ExpressionAttributeValues: { ':read': employee!.version },
            },
          },
          onConditionFailed: () => STALE,
        },
        ...counterSteps(this.table.name, null, record),
        ...auditSteps(this.table.name, audit, { action: 'create', entity: 'attendance', entity_id: recordEntityId(record), after: record }),
      ]);
      return record;
    });
  }

  update(employeeId: string, date: string, change: (current: AttendanceRecord) => AttendanceRecord, audit?: AuditStamp): Promise<AttendanceRecord | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.attendance(employeeId, date));
      if (!item) return null;
      const current = toRecord(item);
      const next: AttendanceRecord = { ...change(current), version: current.version! + 1 };
      await this.table.transact([
        replaceRecordStep(this.table.name, next, current.version!, () => STALE),
        ...counterSteps(this.table.name, current, next),
        ...auditSteps(this.table.name, audit, { action: 'update', entity: 'attendance', entity_id: recordEntityId(next), before: current, after: next }),
      ]);
      return next;
    });
  }

  delete(employeeId: string, date: string, audit?: AuditStamp): Promise<boolean> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.attendance(employeeId, date));
      if (!item) return false;
      const record = toRecord(item);
      await this.table.transact([
        ...deletionSteps(this.table.name, item),
        ...auditSteps(this.table.name, audit, { action: 'delete', entity: 'attendance', entity_id: recordEntityId(record), before: record }),
      ]);
      return true;
    });
  }

  async getMany(wanted: { employee_id: string; attendance_date: string }[]): Promise<AttendanceRecord[]> {
    return (await this.table.batchGet(wanted.map((k) => keys.attendance(k.employee_id, k.attendance_date)))).map(toRecord);
  }

  /** One Query of each employee's partition, by the date in the sort key. */
  async ofEmployees(employeeIds: readonly string[], from: string, to: string): Promise<AttendanceRecord[]> {
    const each = await Promise.all(
      employeeIds.map((id) =>
        this.table.queryAll({
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': partitions.employee(id), ':from': keys.attendance(id, from).SK, ':to': keys.attendance(id, to).SK },
        }),
      ),
    );
    return each.flat().map(toRecord);
  }

  /** Each record its own transaction (the record, its counters and its entry), a few at a time. */
  upsertMany(records: AttendanceRecord[], audit?: AuditStamp): Promise<void> {
    return this.table.writeEach(records, async (record) => {
      if ((await this.update(record.employee_id, record.attendance_date, () => record, audit)) === null) await this.create(record, audit);
    });
  }

  list(filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
    return listAttendance(this.table, filter, page);
  }

  dailyFacts(from: string, to: string, teamIds: string[] | null): Promise<{ teamIds: string[]; facts: TeamDayFacts[] }> {
    return dailyFacts(this.table, from, to, teamIds);
  }

  recordsByPerson(filter: PersonRecordsFilter): Promise<PersonRecords[]> {
    return recordsByPerson(this.table, filter);
  }

  dayCodesByPerson(filter: PersonRecordsFilter): Promise<PersonDayCodes[]> {
    return dayCodesByPerson(this.table, filter);
  }

  dateSpan(employeeId: string): Promise<{ first: string; last: string } | null> {
    return recordDateSpan(this.table, employeeId);
  }

  earliestDate(): Promise<string | null> {
    return earliestDate(this.table);
  }

  teamHasRecords(teamId: string): Promise<boolean> {
    return teamHasRecords(this.table, teamId);
  }

  purgeEmployee(employeeId: string): Promise<void> {
    return purgeRecords(this.table, employeeId);
  }
}
