import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { checkInRefusal, type AttendanceFilter, type AttendanceRecord, type AttendanceStatus } from '../../core/attendance';
import type { TeamDayCount } from '../../core/attendance-summary';
import { AttendanceExistsError, NotFoundError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { AttendanceRepository } from '../../core/ports';
import { COUNTER, recordItem, toRecord } from './attendance-items';
import { dailyCounts, teamHasRecords } from './attendance-counts';
import { listAttendance } from './attendance-list';
import { STALE, type DynamoTable, type Item, type TransactStep } from './dynamo-table';
import { COUNTER_SHARDS, keys, shardOf } from './table';

export class DynamoAttendanceRepository implements AttendanceRepository {
  constructor(private readonly table: DynamoTable) {}

  async get(employeeId: string, date: string): Promise<AttendanceRecord | null> {
    const item = await this.table.get(keys.attendance(employeeId, date));
    return item ? toRecord(item) : null;
  }

  /** The counters of the record's team, day and shard, moved by each status's delta and the total's. */
  private counterStep(record: AttendanceRecord, deltas: Partial<Record<AttendanceStatus, number>>, totalDelta: number): TransactStep {
    const moves = Object.entries({ ...Object.fromEntries(Object.entries(deltas).map(([status, delta]) => [COUNTER[status as AttendanceStatus], delta])), total: totalDelta }).filter(
      ([, delta]) => delta !== 0,
    );
    return {
      write: {
        Update: {
          TableName: this.table.name,
          Key: keys.teamDay(record.team_id, shardOf(record.employee_id, COUNTER_SHARDS), record.attendance_date),
          UpdateExpression: `ADD ${moves.map(([name]) => `#${name} :${name}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(moves.map(([name]) => [`#${name}`, name])),
          ExpressionAttributeValues: Object.fromEntries(moves.map(([name, delta]) => [`:${name}`, delta])),
        },
      },
    };
  }

  async create(record: AttendanceRecord): Promise<AttendanceRecord> {
    await this.table.transact([
      this.newRecordStep(record),
      {
        write: { ConditionCheck: { TableName: this.table.name, Key: keys.employee(record.employee_id), ConditionExpression: 'attribute_exists(PK)' } },
        onConditionFailed: () => new NotFoundError('Employee', record.employee_id),
      },
      this.counterStep(record, { [record.status]: 1 }, 1),
    ]);
    return record;
  }

  /**
   * The employee is read first (a record carries its team in its keys), and
   * the write holds only while they are still active in the team read: a
   * change in between makes it read again.
   */
  checkIn(entry: Omit<AttendanceRecord, 'team_id'>, inTeam?: string): Promise<AttendanceRecord> {
    return this.table.withFreshReads(async () => {
      const employee = await this.table.get(keys.employee(entry.employee_id));
      const refusal = checkInRefusal(entry.employee_id, employee ? { team_id: employee.team_id as string, status: employee.status as string } : null, inTeam);
      if (refusal) throw refusal;
      const record: AttendanceRecord = { ...entry, team_id: employee!.team_id as string };
      await this.table.transact([
        this.newRecordStep(record),
        {
          write: {
            ConditionCheck: {
              TableName: this.table.name,
              Key: keys.employee(record.employee_id),
              ConditionExpression: '#status = :active AND team_id = :team',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':active': 'active', ':team': record.team_id },
            },
          },
          onConditionFailed: () => STALE,
        },
        this.counterStep(record, { [record.status]: 1 }, 1),
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
      if (next.status !== current.status) steps.push(this.counterStep(current, { [current.status]: -1, [next.status]: 1 }, 0));
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
      this.counterStep(record, { [record.status]: -1 }, -1),
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

  /** Each record its own transaction (the record and its counters), a few at a time. */
  upsertMany(records: AttendanceRecord[]): Promise<void> {
    return this.table.writeEach(records, async (record) => {
      if ((await this.update(record.employee_id, record.attendance_date, () => record)) === null) await this.create(record);
    });
  }

  list(filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
    return listAttendance(this.table, filter, page);
  }

  dailyCounts(from: string, to: string, teamIds: string[] | null): Promise<{ teamIds: string[]; counts: TeamDayCount[] }> {
    return dailyCounts(this.table, from, to, teamIds);
  }

  teamHasRecords(teamId: string): Promise<boolean> {
    return teamHasRecords(this.table, teamId);
  }
}
