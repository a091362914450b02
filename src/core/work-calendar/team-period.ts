/** A stretch of time an employee belonged to one team: from `from` to `to` (null while it lasts), both inclusive. */
export interface TeamPeriod {
  team_id: string;
  from: string;
  to: string | null;
}

/** Part of a range one person spent in one team while employed: a membership period clipped to the range and to their employment dates. */
export interface Membership {
  employee_id: string;
  team_id: string;
  from: string;
  to: string;
}

/** The team an employee belonged to on a date, from their periods; null outside all of them. */
export function teamOn(periods: readonly TeamPeriod[], date: string): string | null {
  return periods.find((p) => p.from <= date && (p.to === null || date <= p.to))?.team_id ?? null;
}
