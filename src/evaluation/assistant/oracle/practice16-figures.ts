/*
 * What the sixteenth practice set needs beyond the shared oracle: the periods its questions name in many
 * forms (the first half of the year, Q4 so far, the last 30 days read both ways and checked to agree),
 * per-person averages over a team that was whole for the range, two ways of reading one question checked
 * to give one answer, and a few small look-ups — built only from the data set and the oracle. Added for practice16.
 */
import { TODAY } from '../dataset/calendar';
import { addDays, type Day } from '../dataset/dates';
import { employedOn } from './absence';
import { peopleIn, peopleWhere, totals, type Measure, type Scope } from './attendance-figures';

export const FIRST_HALF: [Day, Day] = ['2025-01-01', '2025-06-30'];
export const Q4_SO_FAR: [Day, Day] = ['2025-10-01', TODAY];
export const SEPT_TO_NOV: [Day, Day] = ['2025-09-01', TODAY];
export const FIRST_HALF_OCT: [Day, Day] = ['2025-10-01', '2025-10-15'];

/** "The last n days" read both ways (today and the n-1 days before it; the n days before today). */
export const lastDays = (n: number): Array<[Day, Day]> => [
  [addDays(TODAY, -(n - 1)), TODAY],
  [addDays(TODAY, -n), addDays(TODAY, -1)],
];

/** One answer from several readings of a question, or throws when they disagree (the question would be ambiguous). */
export function agreed<T>(readings: readonly T[]): T {
  const first = JSON.stringify(readings[0]);
  if (readings.some((r) => JSON.stringify(r) !== first)) throw new Error(`readings disagree: ${readings.map((r) => JSON.stringify(r)).join(' / ')}`);
  return readings[0]!;
}

/** Who passes the test over "the last n days", checked to be the same both ways of reading it. */
export const lastDaysWhere = (n: number, scope: Scope, measure: Measure, passes: (v: number) => boolean = (v) => v > 0): string[] =>
  agreed(lastDays(n).map(([from, to]) => peopleWhere(scope, measure, from, to, passes)));

/**
 * A measure per person over a range: the total over the people employed then, divided by their number;
 * throws when someone joined or left within the range (the divisor would be in doubt).
 */
export function perPerson(scope: Scope, measure: Measure, [from, to]: readonly [Day, Day]): number {
  const members = peopleIn(scope).filter((p) => employedOn(p, from) || employedOn(p, to));
  if (members.some((p) => !employedOn(p, from) || !employedOn(p, to))) throw new Error('someone joined or left within the range: per person is in doubt');
  const total = totals({ ids: members.map((p) => p.id) }, from, to)[measure];
  return Math.round((total / members.length) * 100) / 100;
}
