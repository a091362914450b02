/*
 * practice60 — what the new HR generalist's first week needs beyond the earlier oracles: a day read from the way a
 * person writes it ("31/10", "Oct 31st", "31st October", "2025-10-31", "the 14th", "yesterday", "last Friday", "a week
 * ago Monday", "Monday", "the Friday before last"), computed against the data set's today and read every way the words
 * allow (a reading that gives another day throws, and the question is not asked); a question whose text must hold the
 * words its days were read from; profile facts read from the data set; leave of one kind over a period; the first and
 * last day of someone's request; and the people two asks of one message name between them.
 * Written code-blind from API.md, docs/API.md and the README's assistant section; reads only the data set (dataset/*)
 * and the other oracle modules.
 */
import { TODAY, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, weekday, type Day } from '../dataset/dates';
import type { Caller, Expected, Question } from '../expectation';
import { peopleIn, type Scope } from './attendance-figures';
import { leaveDays } from './leave-figures';
import { agreed } from './practice16-figures';
import type { Range } from './practice53-figures';

/* ---- Days as people write them. ---- */

const YEAR = Number(TODAY.slice(0, 4));
const MONTH = Number(TODAY.slice(5, 7));
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): Day {
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (m < 1 || m > 12 || d < 1 || addDays(day, 0) !== day) throw new Error(`${day} is not on the calendar`);
  return day;
}
/** The most recent day of this weekday strictly before today. */
function lastOf(dow: number): Day {
  let d = addDays(TODAY, -1);
  while (weekday(d) !== dow) d = addDays(d, -1);
  return d;
}
/** This weekday in last week (Monday to Sunday before the week holding today). */
function inLastWeek(dow: number): Day {
  const monday = addDays(TODAY, -((weekday(TODAY) + 6) % 7) - 7);
  return addDays(monday, (dow + 6) % 7);
}
/** The name a word abbreviates: a prefix of it of three letters or more ("oct", "sept", "fri"), else throws. */
function named(word: string, names: readonly string[]): number {
  const i = names.findIndex((n) => word.length >= 3 && n.startsWith(word));
  if (i < 0) throw new Error(`"${word}" names none of ${names.join(', ')}`);
  return i;
}
const monthIndex = (word: string): number => named(word, MONTH_NAMES) + 1;
const dowIndex = (word: string): number => named(word, WEEKDAY_NAMES);

/**
 * Every day the written words may be read as, against today: one, or several when the words allow more than one
 * reading ("last Friday": the most recent Friday, and Friday of last week).
 */
function readings(written: string): Day[] {
  const w = written.toLowerCase().trim();
  let m: RegExpMatchArray | null;
  if ((m = w.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return [validDay(Number(m[1]), Number(m[2]), Number(m[3]))];
  // Day first, as the README reads "3/11" (3 November) and "24/12/2025".
  if ((m = w.match(/^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/))) return [validDay(Number(m[3] ?? YEAR), Number(m[2]), Number(m[1]))];
  if ((m = w.match(/^the (\d{1,2})(?:st|nd|rd|th)$/))) {
    // This month's, and it must have gone by (else "the 28th" could be last month's or this month's ahead).
    const day = validDay(YEAR, MONTH, Number(m[1]));
    if (day >= TODAY) throw new Error(`${written} has not come yet this month`);
    return [day];
  }
  if ((m = w.match(/^(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+)\.?(?: (\d{4}))?$/))) return [validDay(Number(m[3] ?? YEAR), monthIndex(m[2]!), Number(m[1]))];
  if ((m = w.match(/^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/))) return [validDay(Number(m[3] ?? YEAR), monthIndex(m[1]!), Number(m[2]))];
  if (w === 'today') return [TODAY];
  if (w === 'yesterday' || w === 'yday') return [addDays(TODAY, -1)];
  if ((m = w.match(/^last ([a-z]+)$/))) return [lastOf(dowIndex(m[1]!)), inLastWeek(dowIndex(m[1]!))];
  if ((m = w.match(/^a week ago ([a-z]+)$/))) return [addDays(lastOf(dowIndex(m[1]!)), -7), inLastWeek(dowIndex(m[1]!))];
  if ((m = w.match(/^the ([a-z]+) before last$/))) return [addDays(lastOf(dowIndex(m[1]!)), -7)];
  if ((m = w.match(/^(?:on )?([a-z]+)$/))) return [lastOf(dowIndex(m[1]!))];
  throw new Error(`cannot read "${written}" as a day`);
}

/** The one day the written words mean (throws when two readings give different days). */
export const dayWritten = (written: string): Day => agreed(readings(written));

/** A range written as two days, checked to run forwards. */
export function spanWritten(from: string, to: string): Range {
  const range: Range = [dayWritten(from), dayWritten(to)];
  if (range[0] > range[1]) throw new Error(`${from} is after ${to}`);
  return range;
}

/**
 * A question whose expectation is computed from days written in its text: each written form must appear in the text
 * (so the question and its oracle read the same words), and the days are read from them.
 */
export function qd(id: string, who: Caller, text: string, written: readonly string[], expect: (...days: Day[]) => Expected): Question {
  return {
    id,
    who,
    text,
    expect: () => {
      for (const w of written) if (!text.toLowerCase().includes(w.toLowerCase())) throw new Error(`${id}: the text does not write "${w}"`);
      return expect(...written.map(dayWritten));
    },
  };
}

/* ---- Profile facts. ---- */

export const titleOf = (id: string): string => person(id).title;
export const positionOf = (id: string): string => person(id).position;
export const hireOf = (id: string): Day => person(id).hire;
export function endOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}

/* ---- Leave. ---- */

/** Days of leave of one kind everyone (or a scope) had over a range (halves, holidays aside). */
export const leaveOfKind = (code: LeaveCode, [from, to]: Range, scope: Scope = {}): number =>
  peopleIn(scope).reduce((sum, p) => sum + leaveDays(p.id, from, to, code), 0);

/** The first and last day of the one request of a person in this state that overlaps the range. */
export function requestSpan(id: string, status: LeaveStatus, [from, to]: Range): { from: Day; to: Day } {
  const found = dataset().leave.filter((l) => l.employee === id && l.status === status && l.from <= to && from <= l.to);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} ${status} requests over ${from}…${to}`);
  return { from: found[0]!.from, to: found[0]!.to };
}

/* ---- Two asks in one message. ---- */

/** The people two lists name between them, each once (a list read every way beforehand). */
export const both = (...lists: string[][]): string[] => [...new Set(lists.flat())];
