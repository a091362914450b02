import { percent, plural } from './format';

/** A range's totals as `GET /attendance/summary?from=&to=` gives them. */
export interface Totals {
  expected: number;
  rated_days: number;
  on_leave: number;
  present: number;
  late: number;
  half_day: number;
  absent: number;
  missing_check_out: number;
  average_rate: number | null;
}

/** A range's attendance totals in one line: the rate first, then what it was made of. */
export function totalsLine(t: Totals): string {
  const extras = [
    t.on_leave > 0 ? `${plural(t.on_leave, 'day')} on leave` : null,
    t.missing_check_out > 0 ? plural(t.missing_check_out, 'missing check-out') : null,
  ].filter(Boolean);
  const made = `${plural(t.expected, 'expected day')}: ${t.present} present, ${t.late} late, ${t.half_day} half-day, ${t.absent} absent${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
  if (t.average_rate !== null) return `${percent(t.average_rate)} attendance rate over ${made}`;
  // Only days that have ended are rated: a span of today alone has people expected and still no rate.
  return t.expected > 0
    ? `no attendance rate yet (today is still open, and only days that have ended are rated); so far, ${made}`
    : `no attendance rate (no one was expected at work): ${made}`;
}
