import { isCalendarDate } from '../../../core/calendar';

/**
 * A date or month written in digits that the calendar does not have ("2025-02-30", "2025-13"): named back, never
 * read as the year around it.
 */
export function invalidDate(text: string): string | null {
  for (const m of text.matchAll(/\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b(?!-)/g)) {
    const [written, year, month, day] = m as unknown as [string, string, string, string | undefined];
    if (day !== undefined ? !isCalendarDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`) : Number(month) < 1 || Number(month) > 12)
      return written;
  }
  return null;
}
