import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { checkInRefusal, type AttendanceFilter, type AttendanceRecord, type CheckInConditions } from '../../core/attendance';
import type { TeamDayFacts } from '../../core/work-calendar/absence-rule';
import { AttendanceExistsError, NotFoundError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { AttendanceRepository } from '../../core/ports';
import { COUNTER, recordItem, toRecord } from './attendance-items';
import { dailyFacts, teamHasRecords } from './attendance-counts';
import { earliestDate, recordDateSpan } from './attendance-dates';
import { listAttendance } from './attendance-list';
import { STALE, type DynamoTable, type Item, type TransactStep } from './dynamo-table';
import { COUNTER_SHARDS, keys, shardOf } from './table';

export class DynamoAttendanceRepository implements AttendanceRepository {
  constructor(private readonly table: DynamoTable) {}

  async get(employeeId: string, date: string): Promise<AttendanceRecord | null> {
    const item = await this.table.get(keys.attendance(employeeId, date));
    return item ? toRecord(item) : null;
  }

  /**
   * The counters of the record's team, day and shard, moved from what `before`
   * counted to what `after` counts (either may be absent): its status, the
   * total, and whether it is open (a check-in without a check-out).
   */
  private counterStep(before: AttendanceRecord | null, after: AttendanceRecord | null): TransactStep[] {
    const record = (after ?? before)!;
    const counts = (r: AttendanceRecord | null): Record<string, number> => (r ? { [COUNTER[r.status]]: 1, total: 1, open: r.check_in_time !== null && r.check_out_time === null ? 1 : 0 } : {});
    const was = counts(before);
    const now = counts(after);
    const moves = [...new Set([...Object.keys(was), ...Object.keys(now)])].map((name) => [name, (now[name] ?? 0) - (was[name] ?? 0)] as const).filter(([, delta]) => delta !== 0);
    if (moves.length === 0) return [];
    return [
      {
        write: {
          Update: {
            TableName: this.table.name,
            Key: keys.teamDay(record.team_id, shardOf(record.employee_id, COUNTER_SHARDS), record.attendance_date),
            UpdateExpression: `ADD ${moves.map(([name]) => `#${name} :${name}`).join(', ')}`,
            ExpressionAttributeNames: Object.fromEntries(moves.map(([name]) => [`#${name}`, name])),
            ExpressionAttributeValues: Object.fromEntries(moves.map(([name, delta]) => [`:${name}`, delta])),
          },
        },
      },
    ];
  }

  async create(record: AttendanceRecord): Promise<AttendanceRecord> {
    await this.table.transact([
      this.newRecordStep(record),
      {
        write: { ConditionCheck: { TableName: this.table.name, Key: keys.employee(record.employee_id), ConditionExpression: 'attribute_exists(PK)' } },
        onConditionFailed: () => new NotFoundError('Employee', record.employee_id),
      },
      ...this.counterStep(null, record),
    ]);
    return record;
  }

  /**
   * The employee is read first (a record carries its team in its keys), and
   * the write holds only while the employee is still as read (their version):
   * a change in between makes it read again and judge again.
   */
  checkIn(entry: Omit<AttendanceRecord, 'team_id'>, conditions: CheckInConditions): Promise<AttendanceRecord> {
    return this.table.withFreshReads(async () => {
      const employee = await this.table.get(keys.employee(entry.employee_id));
      const refusal = checkInRefusal(
        entry.employee_id,
        employee ? { team_id: employee.team_id as string, status: employee.status as string, hire_date: employee.hire_date as string, end_date: (employee.end_date as string | null | undefined) ?? null } : null,
        entry.attendance_date,
        conditions,
      );
      if (refusal) throw refusal;
      const record: AttendanceRecord = { ...entry, team_id: employee!.team_id as string };
      await this.table.transact([
        this.newRecordStep(record),
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
        ...this.counterStep(null, record),
      ]);
      return record;
    });
  }

  private newRecordStep(record: AttendanceRecord): TransactStep {
    return {
      write: { Put: { TableName: this.table.name, Item: recordItem(record, 1), ConditionExpression: 'attribute_not_exists(PK)' } },
      onConditionFailed: () => new AttendanceExistsError(record.employee_id, record.attendance_date),
    };
  }

  update(employeeId: string, date: string, change: (current: AttendanceRecord) => AttendanceRecord): Promise<AttendanceRecord | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.attendance(employeeId, date));
      if (!item) return null;
      const current = toRecord(item);
      const next = change(current);
      const steps: TransactStep[] = [
        {
          write: {
            Put: { TableName: this.table.name, Item: recordItem(next, (item.version as number) + 1), ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': item.version } },
          },
          onConditionFailed: () => STALE,
        },
      ];
      steps.push(...this.counterStep(current, next));
      await this.table.transact(steps);
      return next;
    });
  }

  delete(employeeId: string, date: string): Promise<boolean> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.attendance(employeeId, date));
      if (!item) return false;
      await this.table.transact(this.deletion(item));
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
      ...this.counterStep(record, null),
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

  /** Each record its own transaction (the record and its counters), a few at a time. */
  upsertMany(records: AttendanceRecord[]): Promise<void> {
    return this.table.writeEach(records, async (record) => {
      if ((await this.update(record.employee_id, record.attendance_date, () => record)) === null) await this.create(record);
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
