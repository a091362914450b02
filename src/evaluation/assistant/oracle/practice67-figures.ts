/*
 * practice67 — attendance figures for comparisons, as API.md defines them (the absence rule, the pooled rate
 * Σ min(a, e) ÷ Σ e over closed days, counts of records by status, hours summed), taken from the shared oracle's
 * totals and guarded so that a comparison is only asked where one reading answers it:
 *
 * - a count over a period that reaches today (open) must be the same with and without today's records;
 * - two sides compared must be apart by more than rounding (a rate by 0.1 point, hours by 0.1, a count by 1);
 * - a side measured against a line must not sit within rounding of it;
 * - a nought of a count, or one person's one or two late days, is not asked as a figure (it is said in words);
 * - a list of people must be the same with and without those not employed for the whole period or gone since,
 *   and, for a manager's "my team", with and without the manager.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, type Day } from '../dataset/dates';
import { count, days, hours, rate, type Figure } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, totals, type Scope } from './attendance-figures';
import { YESTERDAY, type Period } from './practice67-periods';

export type { Scope } from './attendance-figures';
export type Measure = 'rate' | 'late' | 'absent' | 'hours' | 'halfDay' | 'missing';

export const EVERYONE: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const one = (id: string): Scope => {
  person(id);
  return { ids: [id] };
};

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

/** The measure over the period for the scope, with the guards above (`stated`: the value will be an expected figure). */
export function att(scope: Scope, m: Measure, per: Period, stated = true): number {
  const t = totals(scope, per[0], per[1]);
  const reachesToday = per[1] >= TODAY;
  switch (m) {
    case 'rate':
      if (t.rate === null) throw new Error(`nothing to rate over ${per.join('..')}`);
      return t.rate;
    case 'late':
    case 'halfDay': {
      // One person's one or two late days are said "once", "twice": not asked as a figure.
      if (stated && m === 'late' && scope.ids?.length === 1 && (t.late === 1 || t.late === 2)) throw new Error(`${scope.ids[0]} was late ${t.late} times`);
      if (reachesToday) {
        const closed = totals(scope, per[0], YESTERDAY)[m];
        if (closed !== t[m]) throw new Error(`${m} over ${per.join('..')} reads ${t[m]} with today and ${closed} without`);
      }
      return t[m];
    }
    case 'absent':
      return t.absent;
    case 'hours':
      if (reachesToday && totals(scope, TODAY, TODAY).hours !== 0) throw new Error('hours today are not yet closed');
      return t.hours;
    case 'missing':
      return t.missingCheckOut;
  }
}

/** A figure of the measure, labelled with what the answer must say beside a count. */
export function fig(m: Measure, value: number): Figure {
  // A nought is said in words ("no late arrivals", "never") that no reader of figures can hold an answer to.
  if (m !== 'rate' && m !== 'hours' && value === 0) throw new Error(`a nought of ${m} is not asked as a figure`);
  switch (m) {
    case 'rate':
      return rate(value);
    case 'late':
      return { ...count(value), label: 'late' };
    case 'absent':
      return { ...days(value), label: 'absen|\\boff\\b|missed|away' };
    case 'hours':
      return hours(value);
    case 'halfDay':
      return { ...count(value), label: 'half' };
    case 'missing':
      return { ...count(value), label: 'check' };
  }
}

/** The figure of a measure for a scope over a period. */
export const F = (scope: Scope, m: Measure, per: Period): Figure => fig(m, att(scope, m, per));

/** How far apart two sides must be for a reader to call one bigger. */
const GAP: Record<Measure | 'score' | 'days', number> = { rate: 0.001, late: 1, absent: 0.5, hours: 0.1, halfDay: 1, missing: 1, score: 0.1, days: 0.5 };

/** Is a bigger than b? Throws when they are too close to call. */
export function bigger(a: number, b: number, kind: keyof typeof GAP): boolean {
  if (Math.abs(a - b) < GAP[kind] - 1e-9) throw new Error(`${a} and ${b} are too close to compare`);
  return a > b;
}

/** Is the value over the line? Throws when it sits on it or within rounding of it. */
export function over(value: number, line: number, kind: keyof typeof GAP): boolean {
  const margin = kind === 'rate' ? 0.0005 : kind === 'score' ? 0.05 : 0;
  if (Math.abs(value - line) <= margin + 1e-9) throw new Error(`${value} sits on the line ${line}`);
  return value > line;
}

/** The move between two rates in percentage points (to two decimals), from the rates as the API rounds them. */
export const points = (from: number, to: number): number => round((to - from) * 100, 2);

/** Is the person employed on every day of the period? */
const throughout = (id: string, per: Period) => {
  const p = person(id);
  return employedOn(p, per[0]) && employedOn(p, per[1] > TODAY ? TODAY : per[1]);
};

/** Check that a list of people reads the same with and without part-period staff and (for a manager) the manager. */
function oneReading(found: string[], per: Period, asker?: string): string[] {
  const partial = found.filter((id) => !throughout(id, per));
  if (partial.length > 0) throw new Error(`the list changes without people not employed throughout: ${partial.join(', ')}`);
  const left = found.filter((id) => person(id).end !== null);
  if (left.length > 0) throw new Error(`the list changes without those who have left since: ${left.join(', ')}`);
  if (asker !== undefined && found.includes(asker)) throw new Error(`the list changes without the manager ${asker}`);
  return found;
}

/** People in scope (with something expected) whose measure passes the test, and their figures; one reading only. */
export function whose(scope: Scope, m: Measure, per: Period, passes: (v: number) => boolean, asker?: string, line?: number) {
  const rows = peopleIn(scope)
    .filter((p) => m !== 'rate' || totals({ ids: [p.id] }, per[0], per[1]).rate !== null)
    .map((p) => ({ id: p.id, value: att({ ids: [p.id] }, m, per, false) }));
  if (line !== undefined) for (const r of rows) over(r.value, line, m);
  const hits = rows.filter((r) => passes(r.value));
  for (const r of hits) att({ ids: [r.id] }, m, per);
  const ids = oneReading(
    hits.map((r) => r.id),
    per,
    asker,
  );
  return { ids, figures: hits.map((r) => fig(m, r.value)) };
}

/** The teams whose measure passes the test over the period (each checked off its line). */
export function teamsWhose(m: Measure, per: Period, passes: (v: number) => boolean, line?: number) {
  const rows = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((code) => ({ code, value: att(team(code), m, per) }));
  if (line !== undefined) for (const r of rows) over(r.value, line, m);
  if (line !== undefined && m === 'rate') for (const r of rows) sameSide(team(r.code), per, line);
  const hits = rows.filter((r) => passes(r.value));
  return { teams: hits.map((r) => r.code), figures: hits.map((r) => fig(m, r.value)) };
}

/**
 * A rate compared with an average: the pooled rate (API.md's average_rate) is the figure; the mean of each person's
 * rate is the other reading of "average", and the comparison must come out the same under both.
 */
export function averageRate(scope: Scope, per: Period, against: number): number {
  const pooled = att(scope, 'rate', per);
  const rates = peopleIn(scope)
    .map((p) => totals({ ids: [p.id] }, per[0], per[1]).rate)
    .filter((r): r is number => r !== null);
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  if (bigger(against, pooled, 'rate') !== bigger(against, mean, 'rate')) throw new Error('pooled and mean averages disagree');
  return pooled;
}

/** The mean of the day rates over the period (days with no rate left out): the other reading of an "average daily rate". */
export function dailyMean(scope: Scope, per: Period): number {
  const rates = daysBetween(per[0], per[1])
    .map((d) => totals(scope, d, d).rate)
    .filter((r): r is number => r !== null);
  if (rates.length === 0) throw new Error(`no rated day over ${per.join('..')}`);
  return rates.reduce((a, b) => a + b, 0) / rates.length;
}

/** Two rates compared: the pooled rates (the figures) and the means of day rates must put them in the same order. */
export function sameOrder(a: Scope, pa: Period, b: Scope, pb: Period): void {
  if (bigger(att(a, 'rate', pa), att(b, 'rate', pb), 'rate') !== bigger(dailyMean(a, pa), dailyMean(b, pb), 'rate'))
    throw new Error('the pooled rates and the means of day rates disagree');
}

/** A rate against a line: the pooled rate and the mean of day rates must fall on the same side. */
export function sameSide(scope: Scope, per: Period, line: number): void {
  if (over(att(scope, 'rate', per), line, 'rate') !== over(dailyMean(scope, per), line, 'rate'))
    throw new Error('the pooled rate and the mean of day rates fall on different sides of the line');
}

/** Headcount employed on a day (hire ≤ day ≤ end), for a team or everyone. */
export const employedCount = (day: Day, code?: string) => dataset().people.filter((p) => (code === undefined || p.team === code) && employedOn(p, day)).length;
