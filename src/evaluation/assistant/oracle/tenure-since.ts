/*
 * Tenure against a threshold of years, read on the calendar: "more than 7 years" is everyone hired
 * more than 7 years before today (7 years and 8 months counts), not whole years above 7. Added for practice4.
 */
import { TODAY } from '../dataset/calendar';
import { select, type PeopleFilter } from './people-figures';

/** The day exactly n years before today (29 February falls back to the 28th). */
export function yearsBeforeToday(n: number): string {
  const year = Number(TODAY.slice(0, 4)) - n;
  const day = TODAY.slice(5) === '02-29' ? '02-28' : TODAY.slice(5);
  return `${year}-${day}`;
}

/** Active people in the filter who have served strictly more than n years today. */
export const servedMoreThan = (n: number, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => p.hire < yearsBeforeToday(n))
    .map((p) => p.id);
