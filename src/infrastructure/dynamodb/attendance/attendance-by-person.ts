import type { AttendanceRecord, PersonDayCodes, PersonRecords, PersonRecordsFilter } from '../../../core/attendance';
import { dayCodesOf } from '../../../core/attendance-codes';
import { recordFacts } from '../../../core/work-calendar/absence-rule';
import type { TableClient } from '../table-client';
import { listAttendance } from './attendance-list';

/**
 * The records of the range through the list's own Queries (one employee's
 * partition, or the date index's shards, per team), grouped by employee:
 * the table keeps no per-person aggregate to read instead.
 */
export async function recordsByPerson(table: TableClient, filter: PersonRecordsFilter): Promise<PersonRecords[]> {
  const byPerson = new Map<string, AttendanceRecord[]>();
  const only = filter.employee_ids === undefined ? null : new Set(filter.employee_ids);
  for (const team of filter.team_ids ?? [undefined]) {
    let after: string | undefined;
    do {
      const page = await listAttendance(
        table,
        {
          from: filter.from,
          to: filter.to,
          ...(team !== undefined && { team_id: team }),
          ...(filter.employee_id !== undefined && { employee_id: filter.employee_id }),
          ...(filter.status !== undefined && { status: filter.status }),
        },
        { limit: 1000, ...(after !== undefined && { after }) },
      );
      for (const r of page.items) {
        if ((filter.open && !recordFacts(r).open) || (only !== null && !only.has(r.employee_id))) continue;
        const records = byPerson.get(r.employee_id);
        if (records) records.push(r);
        else byPerson.set(r.employee_id, [r]);
      }
      after = page.next ?? undefined;
    } while (after !== undefined);
  }
  return [...byPerson].map(([employee_id, records]) => {
    records.sort((a, b) => a.attendance_date.localeCompare(b.attendance_date));
    const withHours = records.filter((r) => r.hours_worked !== null);
    return {
      employee_id,
      dates: records.map((r) => r.attendance_date),
      statuses: records.map((r) => r.status),
      open: records.map((r) => recordFacts(r).open),
      hours: withHours.reduce((sum, r) => sum + r.hours_worked!, 0),
      hours_days: withHours.length,
    };
  });
}

/** The same records as day codes: the table keeps no month aggregate, so they are the records read above, coded. */
export async function dayCodesByPerson(table: TableClient, filter: PersonRecordsFilter): Promise<PersonDayCodes[]> {
  return dayCodesOf(await recordsByPerson(table, filter), filter.from, filter.to);
}
