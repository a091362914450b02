import type { StoredPeriod } from './period-items';

/** The period covers the date and its employee was employed that day (the copies of the employment dates say so). */
export function employedIn(period: StoredPeriod, date: string): boolean {
  return period.from <= date && (period.to === null || date <= period.to) && period.hire_date <= date && (period.end_date === null || date <= period.end_date);
}
