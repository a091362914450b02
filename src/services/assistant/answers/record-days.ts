import type { Question } from './plan';

interface Row {
  date: string;
  status: string;
  check_in_time: string | null;
  check_out_time: string | null;
  /** The core's rule: a day before today with a check-in and no check-out (today's is still open). */
  missing_check_out?: boolean;
}

/** The record's status each day-state measure names. */
const STATUS_OF: Record<string, string> = { late: 'late', half_day: 'half-day', present: 'present' };
const hhmm = (time: string | null) => (time === null ? null : time.slice(0, 5));

/** A person's figures as the days behind them need: their records and the dates they count absent on. */
export interface PersonRecords {
  from: string;
  to: string;
  records?: readonly Row[];
  absent_dates?: readonly string[];
}

const line = (r: Row) => `${r.date}${r.check_in_time ? ` (in at ${hhmm(r.check_in_time)})` : ''}`;

/** Up to this many days behind a count are named unasked; more only when asked which days. */
const NAMED_UNASKED = 6;

/**
 * The days behind a person's count ("which day was I late last month": 2025-10-24 at 09:44; "days absent":
 * 2025-10-28), and one day's times ("was Omar late on Monday": in at 09:18): what the figures alone leave out.
 */
export function recordDays(q: Question, measure: string, person: PersonRecords): string {
  const { from, to, records = [], absent_dates: absentDates = [] } = person;
  if (from === to) {
    const row = records.find((r) => r.date === from);
    if (row === undefined || row.check_in_time === null) return '';
    const out = hhmm(row.check_out_time);
    return ` Checked in at ${hhmm(row.check_in_time)}${out === null ? ', no check-out' : `, out at ${out}`} (${row.status}).`;
  }
  const asked = /\b(?:which|what) (?:days?|dates?)\b|\bwhen\b/.test(q.reading.said);
  if (measure === 'absent') {
    if (q.reading.latest) return absentDates.length > 0 ? ` Last absent on ${absentDates.at(-1)}.` : ' Never absent over these dates.';
    return absentDates.length > 0 && (asked || absentDates.length <= NAMED_UNASKED) ? ` Absent on ${absentDates.join(', ')}.` : '';
  }
  const status = STATUS_OF[measure];
  if (status === undefined && measure !== 'missing_check_out') return '';
  const days = records
    .filter((r) => (measure === 'missing_check_out' ? r.missing_check_out === true : r.status === status))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  // "When was I last late": the latest of those days alone.
  if (q.reading.latest) {
    const said = measure.replace(/_/g, ' ');
    return days.length > 0 ? ` Last ${said} on ${line(days.at(-1)!)}.` : ` Never ${said} over these dates.`;
  }
  if (days.length === 0 || !(asked || (measure !== 'present' && days.length <= NAMED_UNASKED))) return '';
  return ` On ${days.map(line).join(', ')}.`;
}
