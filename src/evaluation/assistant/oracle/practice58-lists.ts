/*
 * practice58 — a group's figures over a period from the payroll rows of oracle/practice58-figures.ts, read every way the
 * question allows: a period reaching today with and without today (the day is open), a list with and without those
 * who have left (unless the question counts them in), a manager's "my team" list with and without the manager; the
 * readings must agree or the question throws. Also lists of people, rankings with their ties, the teams at either end,
 * and one person's dates and times. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, type Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import { agree, round, rowOf, sumRows, YESTERDAY, type Group, type Range, type Row } from './practice58-figures';

/* ---- Groups and their readings. ---- */

export type Measure = 'late' | 'absent' | 'halfDay' | 'missingCheckOut' | 'hours' | 'present' | 'leave' | 'rate';
export const ALL: Group = {};
export const team = (code: string): Group => ({ team: code });
export const one = (id: string): Group => ({ ids: [id] });

const membersOf = (g: Group): Person[] =>
  dataset().people.filter((p) => (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)));
const employedDuring = (p: Person, [from, to]: Range): boolean => p.hire <= to && (p.end === null || p.end >= from);
const stillHere = (p: Person): boolean => p.end === null || p.end >= TODAY;

/** A period reaching today is read with today (the day is open) and without it. */
function periodReadings(range: Range): Range[] {
  return range[0] < TODAY && range[1] >= TODAY ? [range, [range[0], YESTERDAY]] : [range];
}

const valueOf = (row: Row, measure: Measure): number => {
  if (measure === 'rate') {
    if (row.expected === 0) throw new Error('nothing expected: no rate');
    return round(row.attended / row.expected, 4);
  }
  if (measure === 'leave') return row.leave.ANNUAL + row.leave.SICK + row.leave.UNPAID;
  return row[measure];
};

/** A group's figure over a period (everyone employed on the days counted, leavers included, as the summaries count them). */
export const figureOf = (g: Group, measure: Measure, range: Range): number =>
  agree(
    periodReadings(range).map((r) =>
      valueOf(
        sumRows(
          membersOf(g).map((p) => p.id),
          r,
        ),
        measure,
      ),
    ),
  );
export const personFigure = (id: string, measure: Measure, range: Range): number => figureOf(one(id), measure, range);
/** A figure over each period of a series, side by side. */
export const seriesOf = (g: Group, measure: Measure, ranges: readonly Range[]): number[] => ranges.map((r) => figureOf(g, measure, r));

/**
 * The people of a group employed during the period whose figure passes the test, read with and without those who have
 * left (unless the question counts them in: `leavers: 'included'`) and, for a manager's "my team", without the asker.
 */
export function whoWith(
  g: Group,
  measure: Measure,
  range: Range,
  passes: (v: number) => boolean = (v) => v > 0,
  options: { asker?: string; leavers?: 'either' | 'included' } = {},
): string[] {
  const readings = periodReadings(range).flatMap((r) => {
    const found = membersOf(g)
      .filter((p) => employedDuring(p, r) && passes(valueOf(sumRows([p.id], r), measure)))
      .map((p) => p.id)
      .sort();
    const lists = options.leavers === 'included' ? [found] : [found, found.filter((id) => stillHere(person(id)))];
    return options.asker === undefined ? lists : [...lists, ...lists.map((l) => l.filter((id) => id !== options.asker))];
  });
  return agree(readings);
}

/** Everyone of a group tied at the top (or bottom) of a measure over the period, read as whoWith reads. */
export function theMost(g: Group, measure: Measure, range: Range, direction: 'most' | 'fewest' = 'most', asker?: string): string[] {
  const values = (r: Range, keep: (p: Person) => boolean) =>
    membersOf(g)
      .filter((p) => employedDuring(p, r) && keep(p))
      .map((p) => ({ id: p.id, v: valueOf(sumRows([p.id], r), measure) }));
  const readings = periodReadings(range).flatMap((r) =>
    [() => true, stillHere, (p: Person) => p.id !== asker].map((keep) => {
      const list = values(r, keep);
      const end = direction === 'most' ? Math.max(...list.map((x) => x.v)) : Math.min(...list.map((x) => x.v));
      if (direction === 'most' && end === 0) throw new Error('the most is nothing');
      return list
        .filter((x) => x.v === end)
        .map((x) => x.id)
        .sort();
    }),
  );
  return agree(readings);
}

/** The first n of a ranking of a group, checked to have no tie at the cut. */
export function firstN(g: Group, measure: Measure, range: Range, n: number, direction: 'most' | 'fewest'): string[] {
  const list = membersOf(g)
    .filter((p) => employedDuring(p, range) && stillHere(p))
    .map((p) => ({ id: p.id, v: figureOf(one(p.id), measure, range) }))
    .sort((a, b) => (direction === 'most' ? b.v - a.v : a.v - b.v));
  if (list.length > n && list[n - 1]!.v === list[n]!.v) throw new Error('a tie at the cut');
  return list
    .slice(0, n)
    .map((x) => x.id)
    .sort();
}

/** The teams with the most (or fewest) of a measure over the period: all of them when tied. */
export function teamsAtEnd(measure: Measure, range: Range, direction: 'most' | 'fewest'): string[] {
  const values = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((code) => ({ code, v: figureOf(team(code), measure, range) }));
  const end = direction === 'most' ? Math.max(...values.map((x) => x.v)) : Math.min(...values.map((x) => x.v));
  return values.filter((x) => x.v === end).map((x) => x.code);
}

/** The dates over the period on which a person's record has this status (or a check-in never closed, on a closed day). */
export function datesOf(id: string, what: 'late' | 'half-day' | 'absent' | 'missingCheckOut', [from, to]: Range): Day[] {
  return dataset()
    .attendance.filter((r) => r.employee === id && from <= r.date && r.date <= to)
    .filter((r) => (what === 'missingCheckOut' ? r.date < TODAY && r.checkIn !== null && r.checkOut === null : r.status === what))
    .map((r) => r.date)
    .sort();
}

/** The closed days of the period on which a person was expected and did not attend (a half expected day counts). */
export function absentDates(id: string, [from, to]: Range): Day[] {
  return daysBetween(from, to < TODAY ? to : YESTERDAY).filter((d) => rowOf(id, [d, d]).absent > 0);
}

/** A check-in or check-out time as an answer would write it, without seconds or a leading zero ("08:54:00" → "8:54"). */
export function timeOn(id: string, day: Day, which: 'in' | 'out'): string {
  const r = dataset().attendance.find((x) => x.employee === id && x.date === day);
  const t = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${day}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** One person's check-in (or check-out) times over a period, day by day, as timeOn writes them. */
export const timesOver = (id: string, [from, to]: Range, which: 'in' | 'out'): string[] =>
  dataset()
    .attendance.filter((r) => r.employee === id && from <= r.date && r.date <= to && (which === 'in' ? r.checkIn : r.checkOut))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => timeOn(id, r.date, which));
