import type { AttendanceFilter, AttendanceRecord } from '../../../core/attendance';
import { addDays } from '../../../core/work-calendar/dates';
import type { Page, PageRequest } from '../../../core/page';
import { ATTENDANCE_POSITION, sortKey, toRecord } from './attendance-items';
import { decodePosition, encodePosition } from '../../page-position';
import type { TableClient } from '../table-client';
import { mergedQuery, type QueryFilter } from '../merged-query';
import { GSI1, GSI2, LIST_SHARDS, collections, dateOfInverted, invertedDate, keys, partitions } from '../key-design';

/** Sorts after every character of an employee id: the top of a day's range. */
const HIGH = '~';
/** Sorts before every character of an employee id: "just after" a position. */
const JUST_AFTER = ' ';
/** Sorts before every inverted date (key conditions take no empty string). */
const LOWEST = '0';

/** A page of records, newest day first: one employee's from their own partition, otherwise merged from the index shards. */
export async function listAttendance(table: TableClient, filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
  const after = page.after === undefined ? undefined : decodePosition(page.after, ATTENDANCE_POSITION)[0];
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
    return listForEmployee(table, filter, page, after, { names, values, conditions });
  }
  // Bounds on "<inv date>#<id>": the latest date first, so `to` gives the low end.
  let low = filter.to === undefined ? LOWEST : `${invertedDate(filter.to)}#`;
  const high = filter.from === undefined ? HIGH : `${invertedDate(filter.from)}#${HIGH}`;
  if (after !== undefined && after + JUST_AFTER > low) low = after + JUST_AFTER;
  const partitions = Array.from({ length: LIST_SHARDS }, (_, shard) =>
    filter.team_id === undefined ? collections.attendance(shard) : collections.teamAttendance(filter.team_id, shard),
  );
  const index = filter.team_id === undefined ? GSI1 : GSI2;
  return mergeShards(table, index, partitions, low, high, page.limit, { names, values, conditions });
}

async function listForEmployee(
  table: TableClient,
  filter: AttendanceFilter,
  page: PageRequest,
  after: string | undefined,
  extra: QueryFilter,
): Promise<Page<AttendanceRecord>> {
  let to = filter.to ?? '9999-12-31';
  if (after !== undefined) {
    const afterDate = dateOfInverted(after.split('#')[0]!);
    if (addDays(afterDate, -1) < to) to = addDays(afterDate, -1);
  }
  const { items } = await table.queryUntil(
    {
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ...(extra.conditions.length > 0 && { FilterExpression: extra.conditions.join(' AND ') }),
      ...(Object.keys(extra.names).length > 0 && { ExpressionAttributeNames: extra.names }),
      ExpressionAttributeValues: {
        ':pk': partitions.employee(filter.employee_id!),
        ':from': keys.attendance(filter.employee_id!, filter.from ?? '0000-01-01').SK,
        ':to': keys.attendance(filter.employee_id!, to).SK,
        ...extra.values,
      },
      ScanIndexForward: false,
    },
    (read) => read.length > page.limit,
    { step: () => page.limit + 1 },
  );
  const records = items.slice(0, page.limit).map(toRecord);
  const last = records[records.length - 1];
  return { items: records, next: items.length > page.limit && last ? encodePosition([sortKey(last)]) : null };
}

/** The shards' records merged in sort-key order (the index sort key is the API's order). */
async function mergeShards(
  table: TableClient,
  index: typeof GSI1 | typeof GSI2,
  partitions: string[],
  low: string,
  high: string,
  limit: number,
  filter: QueryFilter,
): Promise<Page<AttendanceRecord>> {
  if (low > high) return { items: [], next: null };
  const merged = await mergedQuery(
    table,
    { index, partitions, range: { condition: '#sk BETWEEN :low AND :high', values: { ':low': low, ':high': high } }, filter },
    limit,
  );
  const records = merged.slice(0, limit).map(toRecord);
  const last = records[records.length - 1];
  return { items: records, next: merged.length > limit && last ? encodePosition([sortKey(last)]) : null };
}
