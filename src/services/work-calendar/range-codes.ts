import { ATTENDANCE_STATUSES, type AttendanceStatus, type PersonRecords } from '../../core/attendance';
import type { RecordFacts } from '../../core/work-calendar/absence-rule';

/** What a code stands for: 0 is no record; then each status, closed and open. */
export const RECORD_FACTS: readonly (RecordFacts | null)[] = [
  null,
  ...ATTENDANCE_STATUSES.flatMap((status) => [false, true].map((open) => ({ status, open }))),
];

const STATUS_CODE = new Map<AttendanceStatus, number>(ATTENDANCE_STATUSES.map((status, i) => [status, 1 + 2 * i]));

/**
 * Everyone's records over a range as one code per person and day, in one
 * array: a range over everyone is hundreds of thousands of person-days, and
 * an object or an array per person was most of what the garbage collector
 * had to copy while the question was answered.
 */
export class RangeCodes {
  private readonly rows = new Map<string, number>();
  private readonly codes: Uint8Array;
  private readonly width: number;

  constructor(people: readonly PersonRecords[], position: ReadonlyMap<string, number>) {
    this.width = position.size;
    this.codes = new Uint8Array(people.length * this.width);
    people.forEach((person, row) => {
      this.rows.set(person.employee_id, row);
      const base = row * this.width;
      for (let k = 0; k < person.dates.length; k++) {
        const i = position.get(person.dates[k]!);
        if (i !== undefined) this.codes[base + i] = STATUS_CODE.get(person.statuses[k]!)! + (person.open[k] ? 1 : 0);
      }
    });
  }

  /** The person's row; -1 when they have no records in the range. */
  rowOf(employeeId: string): number {
    return this.rows.get(employeeId) ?? -1;
  }

  /** The code of a row's record at a position of the range (0: none). */
  at(row: number, i: number): number {
    return row < 0 ? 0 : this.codes[row * this.width + i]!;
  }
}
