import { ATTENDANCE_STATUSES, type AttendanceStatus, type PersonDayCodes, type PersonRecords, type PersonRecordsFilter } from './attendance';
import { daysBetween } from './work-calendar/dates';
import type { RecordFacts } from './work-calendar/absence-rule';

/** What a record code stands for: 0 is no record; then each status, closed and open. */
export const RECORD_FACTS: readonly (RecordFacts | null)[] = [
  null,
  ...ATTENDANCE_STATUSES.flatMap((status) => [false, true].map((open) => ({ status, open }))),
];

const STATUS_CODE = new Map<AttendanceStatus, number>(ATTENDANCE_STATUSES.map((status, i) => [status, 1 + 2 * i]));

/** A record's code (RECORD_FACTS): its status, and whether it is open (checked in, not out). */
export function recordCode(status: AttendanceStatus, open: boolean): number {
  return STATUS_CODE.get(status)! + (open ? 1 : 0);
}

/** Whether a code's record passes the filter's status and open parts (the range, teams and people are the reader's). */
export function codeMatches(code: number, filter: Pick<PersonRecordsFilter, 'status' | 'open'>): boolean {
  const facts = RECORD_FACTS[code];
  if (!facts) return false;
  return (filter.status === undefined || facts.status === filter.status) && (filter.open !== true || facts.open);
}

/** People's records (PersonRecords) as day codes over `from`–`to`: for a store that keeps no per-person aggregate to read them from. */
export function dayCodesOf(people: readonly PersonRecords[], from: string, to: string): PersonDayCodes[] {
  const width = daysBetween(from, to);
  return people.map((person) => {
    const codes = new Uint8Array(Math.max(0, width));
    person.dates.forEach((date, k) => {
      const i = daysBetween(from, date) - 1;
      if (i >= 0 && i < width) codes[i] = recordCode(person.statuses[k]!, person.open[k]!);
    });
    return { employee_id: person.employee_id, codes };
  });
}
