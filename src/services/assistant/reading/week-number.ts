import { addDays, weekdayOf } from '../../../core/work-calendar/dates';
import type { DateRange } from '../time-expression.parser';

/** "Week 45", "wk 45 of 2025": an ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), of this year unless one is named. */
const NUMBERED = /\bweek (?:no\.? |number |#)?(\d{1,2})\b(?:(?: of| in)? (20\d\d)\b)?/;

export function weekNumbered(text: string, today: string): DateRange | null {
  const said = NUMBERED.exec(text);
  if (!said) return null;
  const week = Number(said[1]);
  const year = said[2] ?? today.slice(0, 4);
  const fourth = `${year}-01-04`;
  const firstMonday = addDays(fourth, -((weekdayOf(fourth) + 6) % 7));
  const from = addDays(firstMonday, (week - 1) * 7);
  // Week 53 exists only in some years: a week that starts in the next ISO year is not this one.
  if (week < 1 || week > 53 || addDays(from, 3).slice(0, 4) !== year) return null;
  return { from, to: addDays(from, 6), label: `week ${week} of ${year}` };
}
