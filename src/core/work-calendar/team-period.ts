/** A stretch of time an employee belonged to one team: from `from` to `to` (null while it lasts), both inclusive. */
export interface TeamPeriod {
  team_id: string;
  from: string;
  to: string | null;
}

/** The team an employee belonged to on a date, from their periods; null outside all of them. */
export function teamOn(periods: readonly TeamPeriod[], date: string): string | null {
  return periods.find((p) => p.from <= date && (p.to === null || date <= p.to))?.team_id ?? null;
}
