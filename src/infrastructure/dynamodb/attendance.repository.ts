import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { checkInRefusal, type AttendanceFilter, type AttendanceRecord, type CheckInConditions } from '../../core/attendance';
import type { TeamDayFacts } from '../../core/work-calendar/absence-rule';
import { NotFoundError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { AttendanceRepository } from '../../core/ports';
import type { AuditStamp } from '../../core/audit/audit-entry';
import { toRecord } from './attendance-items';
import { counterSteps, newRecordStep, recordEntityId, replaceRecordStep } from './attendance-steps';
import { auditSteps } from './audit/audit-items';
import { dailyFacts, teamHasRecords } from './attendance-counts';
import { earliestDate, recordDateSpan } from './attendance-dates';
import { listAttendance } from './attendance-list';
import { STALE, type TableClient, type Item, type TransactStep } from './table-client';
import { keys } from './key-design';

export class DynamoAttendanceRepository implements AttendanceRepository {
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
        employee ? { team_id: employee.team_id as string, status: employee.status as string, hire_date: employee.hire_date as string, end_date: (employee.end_date as string | null | undefined) ?? null } : null,
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
      await this.table.transact([...this.deletion(item), ...auditSteps(this.table.name, audit, { action: 'delete', entity: 'attendance', entity_id: recordEntityId(record), before: record })]);
      return true;
    });
  }

  /** A record's removal and its counters' fall, as one pair of steps conditional on the record as read. */
  private deletion(item: Item): TransactStep[] {
    const record = toRecord(item);
    return [
      {
        write: {
          Delete: { TableName: this.table.name, Key: keys.attendance(record.employee_id, record.attendance_date), ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': item.version } },
        },
        onConditionFailed: () => STALE,
      },
      ...counterSteps(this.table.name, record, null),
    ];
  }

  /**
   * Removes every record of an employee in transactions of 50 records and
   * their counters. Each is conditional on the record as read, so running it
   * again after an interruption finishes the work without counting twice.
   */
  async purgeEmployee(employeeId: string): Promise<void> {
    for (;;) {
      const output = await this.table.send<{ Items?: Item[] }>(
        new QueryCommand({
          TableName: this.table.name,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :att)',
          ExpressionAttributeValues: { ':pk': keys.employee(employeeId).PK, ':att': 'ATT#' },
          ConsistentRead: true,
          Limit: 50,
        }),
      );
      const items = output.Items ?? [];
      if (items.length === 0) return;
      await this.table.withFreshReads(() => this.table.transact(items.flatMap((item) => this.deletion(item))));
    }
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
          ExpressionAttributeValues: { ':pk': keys.employee(id).PK, ':from': keys.attendance(id, from).SK, ':to': keys.attendance(id, to).SK },
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

  dateSpan(employeeId: string): Promise<{ first: string; last: string } | null> {
    return recordDateSpan(this.table, employeeId);
  }

  earliestDate(): Promise<string | null> {
    return earliestDate(this.table);
  }

  teamHasRecords(teamId: string): Promise<boolean> {
    return teamHasRecords(this.table, teamId);
  }
}
