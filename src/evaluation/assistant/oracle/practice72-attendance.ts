/*
 * practice72 — attendance figures for the quarterly review, on the shared oracle (attendance-figures.ts on absence.ts,
 * API.md's absence rule): rates over the closed days (Σ min(a, e) ÷ Σ e; today is open), the absence rate (the rate
 * taken from 1), totals of days late, absent, on leave and hours, month-by-month and quarter-by-quarter series, people
 * and teams against a line, rankings. A team's or a level's figures count every member on the days they were employed
 * (leavers too, as the summaries do). Guards, so that nothing is asked that two sensible readings answer differently:
 * - a total over a range reaching today must be the same with and without today;
 * - a manager's "my team" figure or list must be the same with and without the manager;
 * - a list of people must hold nobody who has left since (it reads two ways: the staff then, or the staff now);
 * - a ranking must not be tied at its cut, and a "most" must have one clear top;
 * - a rate held against a line must not sit within 0.1 point of it (a rounded answer would read either way).
 * Each guard throws rather than guess. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { employedOn } from './absence';
import { peopleIn, totals, type Scope, type Totals } from './attendance-figures';
import { closedPart, reachesToday, type Range } from './practice72-periods';

export type { Scope } from './attendance-figures';
export const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'] as const;

export const EVERYONE: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const solo = (id: string): Scope => ({ ids: [id] });
/** Everyone (or a team's people) of one position, leavers included: they count on the days they were employed. */
export const level = (position: string, code?: string): Scope => ({
  ids: dataset()
    .people.filter((p) => p.position === position && (code === undefined || p.team === code))
    .map((p) => p.id),
});

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;
const hasLeft = (id: string) => !employedOn(person(id), TODAY);

/** The scope without the asking manager, checked to hold them first. */
export function withoutAsker(scope: Scope, asker: string): Scope {
  const ids = peopleIn(scope).map((p) => p.id);
  if (!ids.includes(asker)) throw new Error(`${asker} is not in the scope asked about`);
  return { ids: ids.filter((id) => id !== asker) };
}

/** The attendance rate over the closed days of the range; for a manager's "my team", the same without them. */
export function rateOf(scope: Scope, r: Range, asker?: string): number {
  const value = totals(scope, r[0], r[1]).rate;
  if (value === null) throw new Error(`no rate over ${r.join('…')}`);
  if (asker !== undefined && totals(withoutAsker(scope, asker), r[0], r[1]).rate !== value) throw new Error(`the rate differs without ${asker}`);
  return value;
}

/** The absence rate: the attendance rate taken from 1. */
export const absenceRateOf = (scope: Scope, r: Range): number => round(1 - rateOf(scope, r), 4);

/** A series: the rate of each range, in order. */
export const ratesOver = (scope: Scope, ranges: readonly Range[]): number[] => ranges.map((r) => rateOf(scope, r));

export type Key = keyof Omit<Totals, 'rate' | 'expected' | 'expectedClosed' | 'attended' | 'present'>;

/** A total over a range: the same with and without today, and (for a manager's "my team") without the manager. */
export function totalOf(scope: Scope, r: Range, key: Key, asker?: string): number {
  const value = totals(scope, r[0], r[1])[key];
  if (reachesToday(r)) {
    const closed = closedPart(r);
    const other = closed ? totals(scope, closed[0], closed[1])[key] : 0;
    if (Math.abs(other - value) > 1e-9) throw new Error(`${key} over ${r.join('…')}: ${value} with today, ${other} without`);
  }
  if (asker !== undefined) {
    const other = totals(withoutAsker(scope, asker), r[0], r[1])[key];
    if (Math.abs(other - value) > 1e-9) throw new Error(`${key}: ${value} with ${asker}, ${other} without`);
  }
  return round(value, 2);
}

/** A series of totals, one per range. */
export const totalsOver = (scope: Scope, ranges: readonly Range[], key: Key): number[] => ranges.map((r) => totalOf(scope, r, key));

const personTotal = (id: string, r: Range, key: Key): number => totals({ ids: [id] }, r[0], r[1])[key];

function guardList(ids: string[], asker?: string): string[] {
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list of their own team`);
  const gone = ids.filter(hasLeft);
  if (gone.length > 0) throw new Error(`leavers in the list: ${gone.join(', ')}`);
  return ids;
}

/** The people of a scope whose total over the range passes the test, guarded (today, leavers, the manager). */
export function whoHad(scope: Scope, r: Range, key: Key, passes: (v: number) => boolean, asker?: string): string[] {
  const list = (rr: Range | null) => (rr ? peopleIn(scope).filter((p) => passes(personTotal(p.id, rr, key))) : []).map((p) => p.id);
  const found = list(r);
  if (reachesToday(r) && list(closedPart(r)).join() !== found.join()) throw new Error(`${key} list over ${r.join('…')} changes with today`);
  return guardList(found, asker);
}

/** How many people of a scope had a total passing the test: the list's length, guarded the same way but leavers allowed. */
export function howManyHad(scope: Scope, r: Range, key: Key, passes: (v: number) => boolean): number {
  const list = (rr: Range | null) => (rr ? peopleIn(scope).filter((p) => passes(personTotal(p.id, rr, key))) : []).map((p) => p.id);
  const found = list(r);
  if (reachesToday(r) && list(closedPart(r)).join() !== found.join()) throw new Error(`${key} count over ${r.join('…')} changes with today`);
  if (found.some(hasLeft)) throw new Error('a leaver is counted');
  return found.length;
}

/** The one person of a scope with the most of a total over the range (a clear top, not a leaver, not the manager). */
export function mostOf(scope: Scope, r: Range, key: Key, asker?: string): string {
  const values = peopleIn(scope)
    .map((p) => ({ id: p.id, v: personTotal(p.id, r, key) }))
    .sort((a, b) => b.v - a.v);
  if (values[0]!.v <= 0) throw new Error(`nobody had any ${key}`);
  if (values[0]!.v === values[1]!.v) throw new Error(`tied at the top: ${values[0]!.id}, ${values[1]!.id}`);
  if (reachesToday(r)) throw new Error('a ranking over an open day');
  return guardList([values[0]!.id], asker)[0]!;
}

/** A rate that is not within 0.1 point of a line (a rounded figure would read either way). */
export function offLine(value: number, line: number): number {
  if (Math.abs(value - line) < 0.001) throw new Error(`${value} sits on the line ${line}`);
  return value;
}

/** People's rates over the range (nobody expected: left out). */
function personRates(scope: Scope, r: Range): Array<{ id: string; rate: number }> {
  return peopleIn(scope)
    .map((p) => ({ id: p.id, rate: totals({ ids: [p.id] }, r[0], r[1]).rate }))
    .filter((x): x is { id: string; rate: number } => x.rate !== null);
}

/** The people whose rate is under (or over) a line, none within 0.1 point of it; guarded for leavers and the manager. */
export function ratedWhere(scope: Scope, r: Range, way: 'under' | 'over', line: number, asker?: string): string[] {
  const all = personRates(scope, r);
  all.forEach((x) => offLine(x.rate, line));
  return guardList(
    all.filter((x) => (way === 'under' ? x.rate < line : x.rate > line)).map((x) => x.id),
    asker,
  );
}

/** The people with a perfect rate (100 %), guarded for leavers and the manager. */
export const perfect = (scope: Scope, r: Range, asker?: string): string[] =>
  guardList(
    personRates(scope, r)
      .filter((x) => x.rate === 1)
      .map((x) => x.id),
    asker,
  );

/** The n lowest (or highest) rates: no tie at the cut, no leaver, not the manager. */
export function rankRates(scope: Scope, r: Range, n: number, direction: 'lowest' | 'highest', asker?: string): string[] {
  const sorted = personRates(scope, r).sort(
    (a, b) => (direction === 'lowest' ? a.rate - b.rate : b.rate - a.rate) || person(a.id).name.localeCompare(person(b.id).name),
  );
  if (sorted.length > n && sorted[n - 1]!.rate === sorted[n]!.rate) throw new Error(`tie at the cut of ${n}`);
  return guardList(
    sorted.slice(0, n).map((x) => x.id),
    asker,
  );
}

/** The teams whose rate is under (or over) a line, no team within 0.1 point of it. */
export function teamsRated(r: Range, way: 'under' | 'over', line: number): string[] {
  return TEAM_CODES.filter((t) => {
    const x = offLine(rateOf(team(t), r), line);
    return way === 'under' ? x < line : x > line;
  });
}

/** The teams whose total passes the test (a count of late arrivals, days absent, …). */
export const teamsCounted = (r: Range, key: Key, passes: (v: number) => boolean): string[] => TEAM_CODES.filter((t) => passes(totalOf(team(t), r, key)));

/** The one team with the highest (or lowest) figure over the range. */
export function topTeam(r: Range, figure: (scope: Scope, r: Range) => number, direction: 'highest' | 'lowest'): string {
  const values = TEAM_CODES.map((t) => ({ t, v: figure(team(t), r) })).sort((a, b) => (direction === 'highest' ? b.v - a.v : a.v - b.v));
  if (values[0]!.v === values[1]!.v) throw new Error('teams tied at the top');
  return values[0]!.t;
}

/** The share of a scope's people expected at work over the range who had at least one absent day (half days count). */
export function shareAbsentOnce(scope: Scope, r: Range): number {
  if (reachesToday(r)) throw new Error('a share over an open day');
  const expected = peopleIn(scope).filter((p) => totals({ ids: [p.id] }, r[0], r[1]).expectedClosed > 0);
  const absent = expected.filter((p) => personTotal(p.id, r, 'absent') > 0);
  return round(absent.length / expected.length, 4);
}
