/*
 * practice62 — who, on the team: the people whose figure over a period passes a line, those at the top or the bottom
 * (everyone tied, or the first N with no tie at the cut), who was absent more than n days read two ways, and today's
 * lists (checked in, not in yet, late this morning, on leave), a person's check-in time and the days something happened.
 * Every list is read with and without today when the period reaches it, with and without those who have left, and — for
 * a manager's "my team" — with and without the manager: the readings must agree, or the question is in doubt and throws.
 * Built on the day sheets of oracle/practice62-figures.ts. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { daysBetween, type Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import { agree, membersOf, readingsOf, recordAt, sheet, stillHere, tally, workedDuring, type Group, type Measure, type Range } from './practice62-figures';

/** Was the person expected at work on some closed day of the period (else they have no rate)? */
const rated = (p: Person, r: Range) => tally([p.id], r).rate !== null;

export type Metric = Measure | 'rate';
const valueOf = (id: string, metric: Metric, r: Range): number => (metric === 'rate' ? tally([id], r).rate! : tally([id], r)[metric]);

/**
 * The people of a group (employed in the period; with a rate when the metric is the rate) whose figure passes the test,
 * read with and without today, with and without those who have left, and — for a manager's "my team" — with and
 * without the manager: all must agree.
 */
export function whoWith(g: Group, metric: Metric, range: Range, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  const readings = readingsOf(range).flatMap((r) => {
    const found = membersOf(g)
      .filter((p) => workedDuring(p, r) && (metric !== 'rate' || rated(p, r)) && passes(valueOf(p.id, metric, r)))
      .map((p) => p.id)
      .sort();
    const lists = [found, found.filter((id) => stillHere(person(id)))];
    return asker === undefined ? lists : [...lists, ...lists.map((l) => l.filter((id) => id !== asker))];
  });
  return agree(readings);
}

/** Everyone of a group tied at the top or the bottom of a metric over a period, every reading agreeing. */
export function atTheEnd(g: Group, metric: Metric, range: Range, end: 'most' | 'least', asker?: string): string[] {
  const keeps: Array<(p: Person) => boolean> = [() => true, stillHere, (p) => p.id !== asker];
  const readings = readingsOf(range).flatMap((r) =>
    keeps.map((keep) => {
      const list = membersOf(g)
        .filter((p) => workedDuring(p, r) && keep(p) && rated(p, r))
        .map((p) => ({ id: p.id, v: valueOf(p.id, metric, r) }));
      const edge = end === 'most' ? Math.max(...list.map((x) => x.v)) : Math.min(...list.map((x) => x.v));
      if (metric !== 'rate' && end === 'most' && edge === 0) throw new Error('the most is nothing');
      return list
        .filter((x) => x.v === edge)
        .map((x) => x.id)
        .sort();
    }),
  );
  return agree(readings);
}

/**
 * The first n of a group by a metric over a period (ties by name, as API.md ranks), every reading agreeing; throws when
 * the n-th and the next are tied (the cut would be decided by name alone, which a reader may not expect).
 */
export function firstN(g: Group, metric: Metric, range: Range, n: number, end: 'most' | 'least', asker?: string): string[] {
  const keeps: Array<(p: Person) => boolean> = [() => true, stillHere, (p) => p.id !== asker];
  const readings = readingsOf(range).flatMap((r) =>
    keeps.map((keep) => {
      const list = membersOf(g)
        .filter((p) => workedDuring(p, r) && keep(p) && rated(p, r))
        .map((p) => ({ id: p.id, name: p.name, v: valueOf(p.id, metric, r) }))
        .sort((a, b) => (end === 'most' ? b.v - a.v : a.v - b.v) || a.name.localeCompare(b.name));
      if (list.length > n && list[n - 1]!.v === list[n]!.v) throw new Error(`a tie at the cut of ${n}`);
      return list
        .slice(0, n)
        .map((x) => x.id)
        .sort();
    }),
  );
  return agree(readings);
}

/**
 * The people of a group absent more than n days over a period, read as days (a half day missed is half a day, as the
 * summaries count it) and as the days with some absence: both readings must agree (and with and without the manager).
 */
export function absentMoreThan(g: Group, range: Range, n: number, asker?: string): string[] {
  const asDays = whoWith(g, 'absent', range, (v) => v > n, asker);
  const asDates = membersOf(g)
    .filter((p) => p.id !== asker && workedDuring(p, range) && daysWhen(p.id, 'absent', range).length > n)
    .map((p) => p.id)
    .sort();
  return agree([asDays.filter((id) => id !== asker), asDates]);
}

/* ---- Today, which is open. ---- */

/** People of a group with a record today (they checked in), or expected today with none yet. */
export const checkedInToday = (g: Group, asker?: string): string[] =>
  withAndWithout(
    membersOf(g).filter((p) => recordAt(p.id, TODAY) !== undefined),
    asker,
  );
export const notInYet = (g: Group, asker?: string): string[] =>
  withAndWithout(
    membersOf(g).filter((p) => sheet(p, TODAY).notCheckedIn === 1),
    asker,
  );
export const lateToday = (g: Group, asker?: string): string[] =>
  withAndWithout(
    membersOf(g).filter((p) => recordAt(p.id, TODAY)?.status === 'late'),
    asker,
  );
/** The people of a group with approved leave taking some half of the day off. */
export const onLeaveOn = (g: Group, day: Day, asker?: string): string[] =>
  withAndWithout(
    membersOf(g).filter((p) => sheet(p, day).leave > 0),
    asker,
  );

function withAndWithout(found: Person[], asker?: string): string[] {
  const ids = found.map((p) => p.id).sort();
  return asker === undefined ? ids : agree([ids, ids.filter((id) => id !== asker)]);
}

/** A check-in or check-out time as an answer writes it: no seconds, no leading zero ("09:48:00" → "9:48"). */
export function clockOf(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordAt(id, day);
  const t = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${day}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** The days of a period on which a person's record has this status (or, for 'absent', some of the day was missed), the same with and without today. */
export function daysWhen(id: string, what: 'late' | 'absent' | 'half-day' | 'missing', range: Range): Day[] {
  const p = person(id);
  const days = ([from, to]: Range) =>
    daysBetween(from, to).filter((d) => {
      const s = sheet(p, d);
      if (what === 'absent') return s.closed && s.e - Math.min(s.attended, s.e) > 0;
      if (what === 'missing') return s.missingCheckOut === 1;
      return s.status === what;
    });
  return agree(readingsOf(range).map(days));
}
