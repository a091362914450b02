import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { checkInRefusal, type AttendanceFilter, type AttendanceRecord, type AttendanceStatus } from '../../core/attendance';
import { addDays, type TeamDayCount } from '../../core/attendance-summary';
import { AttendanceExistsError, InvalidCursorError, NotFoundError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { AttendanceRepository } from '../../core/ports';
import { STALE, type DynamoTable, type Item, type TransactStep } from './dynamo-table';
import { COUNTER_SHARDS, GSI1, GSI2, LIST_SHARDS, collections, dateOfInverted, invertedDate, keys, shardOf } from './table';
import { toTeam } from './team.repository';

const FIELDS = ['employee_id', 'attendance_date', 'team_id', 'status', 'check_in_time', 'check_out_time', 'hours_worked', 'notes'] as const;
const COUNTER: Record<AttendanceStatus, string> = { present: 'present', late: 'late', 'half-day': 'half_day', absent: 'absent' };
/** Sorts after every character of an employee id: the top of a day's range. */
const HIGH = '~';
/** Sorts before every character of an employee id: "just after" a position. */
const JUST_AFTER = ' ';
/** Sorts before every inverted date (key conditions take no empty string). */
const LOWEST = '0';

function toRecord(item: Item): AttendanceRecord {
  return Object.fromEntries(FIELDS.map((field) => [field, item[field] ?? null])) as unknown as AttendanceRecord;
}

const sortKey = (record: Pick<AttendanceRecord, 'attendance_date' | 'employee_id'>) => `${invertedDate(record.attendance_date)}#${record.employee_id}`;

function recordItem(record: AttendanceRecord, version: number): Item {
  const sk = sortKey(record);
  return {
    ...keys.attendance(record.employee_id, record.attendance_date),
    GSI1PK: collections.attendance(shardOf(record.employee_id, LIST_SHARDS)),
    GSI1SK: sk,
    GSI2PK: collections.teamAttendance(record.team_id, shardOf(record.employee_id, LIST_SHARDS)),
    GSI2SK: sk,
    ...record,
    version,
  };
}

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

  async list(filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
    const after = page.after === undefined ? undefined : decodePosition(page.after);
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const conditions: string[] = [];
    if (filter.status !== undefined) {
      names['#status'] = 'status';
      values[':status'] = filter.status;
      conditions.push('#status = :status');
    }
    if (filter.employee_id !== undefined) {
      if (filter.team_id !== undefined) {
        names['#team'] = 'team_id';
        values[':team'] = filter.team_id;
        conditions.push('#team = :team');
      }
      return this.listForEmployee(filter, page, after, { names, values, conditions });
    }
    // Bounds on "<inv date>#<id>": the latest date first, so `to` gives the low end.
    let low = filter.to === undefined ? LOWEST : `${invertedDate(filter.to)}#`;
    const high = filter.from === undefined ? HIGH : `${invertedDate(filter.from)}#${HIGH}`;
    if (after !== undefined && after + JUST_AFTER > low) low = after + JUST_AFTER;
    const partitions = Array.from({ length: LIST_SHARDS }, (_, shard) =>
      filter.team_id === undefined ? collections.attendance(shard) : collections.teamAttendance(filter.team_id, shard),
    );
    const index = filter.team_id === undefined ? GSI1 : GSI2;
    return this.mergeShards(index, partitions, low, high, page.limit, { names, values, conditions });
  }

  private async listForEmployee(
    filter: AttendanceFilter,
    page: PageRequest,
    after: string | undefined,
    extra: { names: Record<string, string>; values: Record<string, unknown>; conditions: string[] },
  ): Promise<Page<AttendanceRecord>> {
    let to = filter.to ?? '9999-12-31';
    if (after !== undefined) {
      const afterDate = dateOfInverted(after.split('#')[0]!);
      if (addDays(afterDate, -1) < to) to = addDays(afterDate, -1);
    }
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const output = await this.table.send<{ Items?: Item[]; LastEvaluatedKey?: Item }>(
        new QueryCommand({
          TableName: this.table.name,
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ...(extra.conditions.length > 0 && { FilterExpression: extra.conditions.join(' AND ') }),
          ...(Object.keys(extra.names).length > 0 && { ExpressionAttributeNames: extra.names }),
          ExpressionAttributeValues: { ':pk': keys.employee(filter.employee_id!).PK, ':from': `ATT#${filter.from ?? '0000-01-01'}`, ':to': `ATT#${to}`, ...extra.values },
          ScanIndexForward: false,
          Limit: page.limit + 1,
          ...(start && { ExclusiveStartKey: start }),
        }),
      );
      items.push(...(output.Items ?? []));
      start = output.LastEvaluatedKey;
    } while (items.length <= page.limit && start);
    const records = items.slice(0, page.limit).map(toRecord);
    const last = records[records.length - 1];
    return { items: records, next: items.length > page.limit && last ? encodePosition(sortKey(last)) : null };
  }

  /**
   * A k-way merge of sorted shard Queries. Each shard is read in small steps
   * and only when its next item might be the next of the page, so a page
   * costs about its own size plus a little per shard.
   */
  private async mergeShards(
    index: typeof GSI1 | typeof GSI2,
    partitions: string[],
    low: string,
    high: string,
    limit: number,
    extra: { names: Record<string, string>; values: Record<string, unknown>; conditions: string[] },
  ): Promise<Page<AttendanceRecord>> {
    const pk = `${index}PK`;
    const sk = `${index}SK`;
    const step = Math.max(5, Math.ceil((limit + 1) / 2));
    const streams = partitions.map((partition) => ({ partition, buffer: [] as Item[], start: undefined as Item | undefined, done: false }));
    const fill = async (stream: (typeof streams)[number]) => {
      while (stream.buffer.length === 0 && !stream.done) {
        const output = await this.table.send<{ Items?: Item[]; LastEvaluatedKey?: Item }>(
          new QueryCommand({
            TableName: this.table.name,
            IndexName: index,
            KeyConditionExpression: `${pk} = :partition AND ${sk} BETWEEN :low AND :high`,
            ...(extra.conditions.length > 0 && { FilterExpression: extra.conditions.join(' AND ') }),
            ...(Object.keys(extra.names).length > 0 && { ExpressionAttributeNames: extra.names }),
            ExpressionAttributeValues: { ':partition': stream.partition, ':low': low, ':high': high, ...extra.values },
            Limit: step,
            ...(stream.start && { ExclusiveStartKey: stream.start }),
          }),
        );
        stream.buffer.push(...(output.Items ?? []));
        stream.start = output.LastEvaluatedKey;
        stream.done = output.LastEvaluatedKey === undefined;
      }
    };
    if (low > high) return { items: [], next: null };
    await Promise.all(streams.map(fill));
    const merged: Item[] = [];
    while (merged.length <= limit) {
      let best: (typeof streams)[number] | undefined;
      for (const stream of streams) {
        const head = stream.buffer[0];
        if (head && (!best || (head[sk] as string) < (best.buffer[0]![sk] as string))) best = stream;
      }
      if (!best) break;
      merged.push(best.buffer.shift()!);
      await fill(best);
    }
    const records = merged.slice(0, limit).map(toRecord);
    const last = records[records.length - 1];
    return { items: records, next: merged.length > limit && last ? encodePosition(sortKey(last)) : null };
  }

  async dailyCounts(from: string, to: string, teamIds: string[] | null): Promise<{ teamIds: string[]; counts: TeamDayCount[] }> {
    // Teams listed from the index exist; only requested ones need checking.
    const existing =
      teamIds === null
        ? await this.allTeamIds()
        : (await Promise.all(teamIds.map(async (team) => ((await this.table.get(keys.team(team), false)) ? team : null)))).filter((t): t is string => t !== null);
    const dates: string[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) dates.push(day);
    const [counters, headcounts] = await Promise.all([this.counters(existing, dates), Promise.all(existing.map((team) => this.headcounts(team, dates)))]);
    const counts = existing.flatMap((team, t) =>
      dates.map((date) => {
        const sum = { present: 0, late: 0, half_day: 0 };
        for (let shard = 0; shard < COUNTER_SHARDS; shard++) {
          const item = counters.get(`TEAMDAY#${team}#${shard}|${date}`);
          if (item) for (const key of ['present', 'late', 'half_day'] as const) sum[key] += (item[key] as number | undefined) ?? 0;
        }
        return { team_id: team, date, headcount: headcounts[t]!.get(date) ?? 0, ...sum };
      }),
    );
    return { teamIds: existing, counts };
  }

  private async allTeamIds(): Promise<string[]> {
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await this.table.queryPage({ KeyConditionExpression: 'GSI1PK = :c', ExpressionAttributeValues: { ':c': collections.teams } }, GSI1, { limit: 500, ...(after && { after }) }, toTeam);
      ids.push(...page.items.map((team) => team.team_id));
      after = page.next ?? undefined;
    } while (after);
    return ids;
  }

  /** Every counter item of those teams and days, in BatchGetItem calls. */
  private async counters(teams: string[], dates: string[]): Promise<Map<string, Item>> {
    const wanted = teams.flatMap((team) => dates.flatMap((date) => Array.from({ length: COUNTER_SHARDS }, (_, shard) => keys.teamDay(team, shard, date))));
    return new Map((await this.table.batchGet(wanted)).map((item) => [`${item.PK as string}|${item.SK as string}`, item]));
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

  /** Employees active now, in the team, hired on or before each day: from the team's employee index. */
  private async headcounts(teamId: string, dates: string[]): Promise<Map<string, number>> {
    const hireDates = (
      await this.table.queryAll({
        IndexName: GSI2,
        KeyConditionExpression: 'GSI2PK = :team',
        FilterExpression: '#status = :active',
        ProjectionExpression: 'hire_date',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':team': collections.teamEmployees(teamId), ':active': 'active' },
      })
    ).map((item) => item.hire_date as string);
    return new Map(dates.map((date) => [date, hireDates.filter((hired) => hired <= date).length]));
  }

  /** Whether any record still names the team: any counter shard with a positive total. */
  async teamHasRecords(teamId: string): Promise<boolean> {
    const found = await Promise.all(
      Array.from({ length: COUNTER_SHARDS }, async (_, shard) => {
        let start: Item | undefined;
        do {
          const output = await this.table.send<{ Items?: Item[]; LastEvaluatedKey?: Item }>(
            new QueryCommand({
              TableName: this.table.name,
              KeyConditionExpression: 'PK = :pk',
              FilterExpression: '#total > :zero',
              ExpressionAttributeNames: { '#total': 'total' },
              ExpressionAttributeValues: { ':pk': `TEAMDAY#${teamId}#${shard}`, ':zero': 0 },
              ProjectionExpression: 'PK',
              ...(start && { ExclusiveStartKey: start }),
            }),
          );
          if ((output.Items ?? []).length > 0) return true;
          start = output.LastEvaluatedKey;
        } while (start);
        return false;
      }),
    );
    return found.includes(true);
  }
}

function encodePosition(sortKeyValue: string): string {
  return Buffer.from(JSON.stringify([sortKeyValue])).toString('base64url');
}

function decodePosition(token: string): string {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' && /^\d{8}#[A-Z]{2,10}-\d{3,}$/.test(value[0])) return value[0];
  } catch {
    // fall through: not a position we wrote
  }
  throw new InvalidCursorError();
}
