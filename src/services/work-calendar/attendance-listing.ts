import { withMissingCheckOut, type AttendanceFilter, type AttendanceRecord, type AttendanceStatus } from '../../core/attendance';
import { readPosition, writePosition, type Page, type PageRequest } from '../../core/page';
import type { AttendanceRepository } from '../../core/ports';
import { listOrder, type LeaveRow, type LeaveRows } from '../leave/leave-rows';
import type { CalendarService } from './calendar.service';

export type ListedStatus = AttendanceStatus | 'on-leave';
export type AttendanceRow = (AttendanceRecord & { missing_check_out: boolean }) | LeaveRow;

/**
 * Where a listing stands: the records' own page position (`records`; null
 * once they are all given) and the key of the last row given (`last`). Every
 * record and leave row up to `last` has been given, and no record lies
 * between the records' position and `last`.
 */
interface Position {
  records: string | null | undefined;
  last?: [string, string];
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { records, last } = value as Partial<Position>;
  const recordsOk = records === null || records === undefined || typeof records === 'string';
  const lastOk = last === undefined || (Array.isArray(last) && last.length === 2 && last.every((v) => typeof v === 'string'));
  return recordsOk && lastOk;
}

const keyOf = (row: Pick<AttendanceRecord, 'attendance_date' | 'employee_id'>): [string, string] => [row.attendance_date, row.employee_id];
/** Strictly after `key` in the list's order. */
const isAfter = (row: Pick<AttendanceRecord, 'attendance_date' | 'employee_id'>, key: [string, string]) =>
  listOrder(row, { attendance_date: key[0], employee_id: key[1] }) > 0;

/**
 * GET /attendance: the stored records merged with the `on-leave` rows of
 * approved leave, in one order and one cursor. Leave rows are made only for
 * the dates the page of records spans (from the day tracking started up to
 * today), so a page costs one page of records and the leave of its dates.
 */
export class AttendanceListing {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly leaveRows: LeaveRows,
    private readonly calendars: CalendarService,
  ) {}

  async list(filter: Omit<AttendanceFilter, 'status'> & { status?: ListedStatus }, page: PageRequest): Promise<Page<AttendanceRow>> {
    const today = this.calendars.today();
    const { status, ...rest } = filter;
    if (status !== undefined && status !== 'on-leave') {
      const found = await this.attendance.list({ ...rest, status }, page);
      return { ...found, items: found.items.map((r) => withMissingCheckOut(r, today)) };
    }
    const position: Position = page.after === undefined ? { records: undefined } : readPosition(page.after, isPosition);
    const start = await this.calendars.trackingStart();
    const lower = rest.from !== undefined && rest.from > start ? rest.from : start;
    let upper = rest.to !== undefined && rest.to < today ? rest.to : today;
    if (position.last && position.last[0] < upper) upper = position.last[0];
    const notGiven = (row: LeaveRow) => position.last === undefined || isAfter(row, position.last);

    if (status === 'on-leave') {
      const rows = (await this.leaveRows.between(rest, lower, upper)).filter(notGiven);
      const items = rows.slice(0, page.limit);
      return { items, next: rows.length > page.limit ? writePosition({ records: null, last: keyOf(items[items.length - 1]!) }) : null };
    }

    const records =
      position.records === null
        ? { items: [], next: null }
        : await this.attendance.list(rest, { limit: page.limit, ...(position.records !== undefined && { after: position.records }) });
    const lastRecord = records.items[records.items.length - 1];
    const through = records.next !== null && lastRecord ? lastRecord : null;
    const leave = (await this.leaveRows.between(rest, through ? through.attendance_date : lower, upper)).filter(
      (row) => notGiven(row) && (through === null || !isAfter(row, keyOf(through))),
    );
    const merged: AttendanceRow[] = [...records.items.map((r) => withMissingCheckOut(r, today)), ...leave].sort(listOrder);
    if (merged.length <= page.limit) {
      return { items: merged, next: records.next === null ? null : writePosition({ records: records.next, last: keyOf(lastRecord!) }) };
    }
    const items = merged.slice(0, page.limit);
    const givenRecords = items.filter((row) => row.status !== 'on-leave').length;
    let resume: string | null | undefined = position.records;
    if (givenRecords === records.items.length) resume = records.next;
    else if (givenRecords > 0) {
      resume = (
        await this.attendance.list(rest, {
          limit: givenRecords,
          ...(position.records !== undefined && position.records !== null && { after: position.records }),
        })
      ).next;
    }
    return { items, next: writePosition({ records: resume, last: keyOf(items[items.length - 1]!) }) };
  }
}
