import { addDays } from '../../../core/work-calendar/dates';
import type { DateRange } from '../time-expression.parser';

/*
 * Leave and holidays are booked ahead, so the periods asked of them reach forward where attendance's stop at today:
 * "in December", asked in November and not in the past tense, is the coming December; "this year" of requests is
 * the whole calendar year, since approved leave later in it is already on the books. What was taken stays as read.
 */

export const shiftYear = (date: string, by: number) => `${Number(date.slice(0, 4)) + by}${date.slice(4)}`;

/**
 * A month or day named without a year is this calendar year's: the reader takes one not yet reached for last
 * year's, as attendance is only recorded; unless asked in the past tense, leave and holidays take it ahead.
 */
export function lookAhead(range: DateRange | null, today: string, past: boolean): DateRange | null {
  if (range === null || range.from.slice(0, 4) >= today.slice(0, 4) || /\d{4}/.test(range.label) || past) return range;
  return { ...range, from: shiftYear(range.from, 1), to: shiftYear(range.to, 1) };
}

export const lastDayOfMonth = (date: string) => {
  const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  return `${date.slice(0, 8)}${String(day).padStart(2, '0')}`;
};

/** "This week", "this month", "this year" to their last day: the requests whose dates overlap it. */
export function wholePeriod(range: DateRange | null): DateRange | null {
  if (range === null) return null;
  switch (range.label) {
    case 'this year':
      return { ...range, to: `${range.from.slice(0, 4)}-12-31` };
    case 'this month':
      return { ...range, to: lastDayOfMonth(range.from) };
    case 'this week':
      return { ...range, to: addDays(range.from, 6) };
    default:
      return range;
  }
}
