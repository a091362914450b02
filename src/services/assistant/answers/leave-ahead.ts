import { plural } from './format';

interface Approved {
  from: string;
  to: string;
  days: number;
  /** What of it was taken by today (leave_requests' taken_by), when asked. */
  days_taken_by?: number;
}

/**
 * A balance's "taken" is every approved day of the year, those still ahead included (API.md, leave balances).
 * Asked what was taken this year, the days already gone by come first, then what is booked ahead, from the
 * approved requests that reach past today (every one of them: the caller checks none went unread).
 */
export function takenSoFar(taken: number, requests: readonly Approved[], today: string): { soFar: number; note: string } {
  const during = requests.filter((r) => r.from <= today && r.to > today);
  // Leave under way today split where its days are known: those up to today gone by, the rest ahead.
  const split = during.every((r) => r.days_taken_by !== undefined);
  const later = split ? during.reduce((n, r) => n + r.days - r.days_taken_by!, 0) : 0;
  const ahead = requests.filter((r) => r.from > today).reduce((n, r) => n + r.days, 0) + later;
  const underWay = split ? 0 : during.reduce((n, r) => n + r.days, 0);
  if (ahead === 0 && underWay === 0) return { soFar: taken, note: ' so far, none approved ahead' };
  const round = (n: number) => Math.round(n * 100) / 100;
  // Otherwise it is neither gone by nor ahead: its days are said apart.
  const apart = underWay > 0 ? `, besides ${plural(round(underWay), 'day')} of leave under way today` : '';
  const booked = ahead > 0 ? `; ${plural(round(ahead), 'more day')} approved ahead: ${plural(round(taken), 'day')} taken or booked in all` : '';
  return { soFar: round(taken - ahead - underWay), note: ` so far${apart}${booked}` };
}

/** Each person's approved days still ahead of today (those of leave under way counted from tomorrow), from the same requests. */
export function aheadByPerson(requests: readonly (Approved & { employee_id: string })[], today: string): Map<string, number> {
  const ahead = new Map<string, number>();
  for (const r of requests) {
    const later = r.from > today ? r.days : r.to > today ? r.days - (r.days_taken_by ?? 0) : 0;
    if (later > 0) ahead.set(r.employee_id, (ahead.get(r.employee_id) ?? 0) + later);
  }
  return ahead;
}
