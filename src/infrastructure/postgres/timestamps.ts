/** The type PostgreSQL sends created_at and updated_at as. */
export const TIMESTAMPTZ_OID = 1184;

/** A timestamptz as PostgreSQL writes it in UTC under its default DateStyle: 2026-11-24 09:03:13.123456+00. */
const UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

/**
 * A timestamptz as the API writes instants (ISO 8601 in UTC, to the
 * millisecond, as Date#toISOString does), straight from PostgreSQL's text.
 * The drivers' own parsers built a Date from it, only for the repositories to
 * write it back as text: an eighth of the server's CPU for a page of 50
 * employees (--cpu-prof). Sessions are set to UTC; any other offset goes
 * through Date.
 */
export function isoInstant(text: string): string {
  const utc = UTC_TEXT.exec(text);
  if (utc) return `${utc[1]}T${utc[2]}.${(utc[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
  // Date reads an ISO offset only with its minutes (+05:30, not +01).
  return new Date(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')).toISOString();
}
