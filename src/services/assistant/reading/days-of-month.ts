import { addDays, weekdayOf } from '../../../core/work-calendar/dates';
import { parseDateRange, parsePeriod, periodRange, type DateRange } from '../time-expression.parser';

/* Days named within a month or around this week: "the 28th", "the first Monday of November", "the Friday before last". */

export const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const ORDINAL: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 };

const BEFORE_LAST = new RegExp(String.raw`\b${WEEKDAY} before last\b`);
const COMING = new RegExp(String.raw`\b(?:this )?coming ${WEEKDAY}\b|\bthis ${WEEKDAY} coming\b`);
const WEEK_AGO = /\ba week ago(?: today)?\b|\bthis day last week\b/;
const NTH_WEEKDAY = new RegExp(String.raw`\b(first|1st|second|2nd|third|3rd|fourth|4th|last|final) ${WEEKDAY} (?:of|in) (.+)$`);
const WORKING_DAY = /\b(first|last|final) (?:working|work|business) day (?:of|in) (.+)$/;

/** The words of those phrases, applied when a period was read from them. */
export const DAY_PHRASES = new RegExp(
  String.raw`\b(?:the )?${WEEKDAY} before last\b|\b(?:this )?coming ${WEEKDAY}\b|\bthis ${WEEKDAY} coming\b|\ba week ago(?: today)?\b|\bthis day last week\b|\b(?:first|1st|second|2nd|third|3rd|fourth|4th|last|final) (?:${WEEKDAYS.join('|')}|(?:working|work|business) day)\b`,
  'g',
);

const day = (date: string, label: string): DateRange => ({ from: date, to: date, label });

/** A month as typed ("december", "dec 2025"), for a label that holds a year only when the asker gave one. */
const typedMonth = (text: string) => text.replace(/[?!.,;:]+\s*$/, '').trim();

/** A whole month named ("of november"), or null. */
function monthNamed(text: string, today: string): DateRange | null {
  const month = parseDateRange(text, today);
  return month && month.from.slice(8) === '01' && month.to.slice(0, 7) === month.from.slice(0, 7) ? month : null;
}

/** "The Friday before last", "this coming Monday", "a week ago today", "the first Monday of November", "the last working day of October". */
export function weekdayPhrase(text: string, today: string): DateRange | null {
  const beforeLast = BEFORE_LAST.exec(text);
  if (beforeLast) {
    // The latest such day before today, then the one a week before it.
    const back = (weekdayOf(today) - WEEKDAYS.indexOf(beforeLast[1]!) + 7) % 7 || 7;
    return day(addDays(today, -back - 7), `the ${beforeLast[1]} before last`);
  }
  const coming = COMING.exec(text);
  if (coming) {
    const wanted = WEEKDAYS.indexOf((coming[1] ?? coming[2])!);
    const ahead = (wanted - weekdayOf(today) + 7) % 7 || 7;
    return day(addDays(today, ahead), `this coming ${coming[1] ?? coming[2]}`);
  }
  if (WEEK_AGO.test(text)) return day(addDays(today, -7), 'a week ago');
  const nth = NTH_WEEKDAY.exec(text);
  const month = nth ? monthNamed(nth[3]!, today) : null;
  if (nth && month) {
    const wanted = WEEKDAYS.indexOf(nth[2]!);
    const last = ORDINAL[nth[1]!] === undefined;
    const edge = last ? month.to : month.from;
    const shift = last ? -((weekdayOf(edge) - wanted + 7) % 7) : (wanted - weekdayOf(edge) + 7) % 7;
    const date = addDays(edge, shift + (last ? 0 : 7 * ORDINAL[nth[1]!]!));
    if (date.slice(0, 7) === month.from.slice(0, 7)) return day(date, `the ${nth[1]} ${nth[2]} of ${month.from.slice(0, 7)}`);
  }
  const working = WORKING_DAY.exec(text);
  const workMonth = working ? monthNamed(working[2]!, today) : null;
  if (working && workMonth) {
    // Monday to Friday: the calendar's holidays are the answer's to say, on the day read.
    const first = working[1] === 'first';
    let date = first ? workMonth.from : workMonth.to;
    while ([0, 6].includes(weekdayOf(date))) date = addDays(date, first ? 1 : -1);
    return day(date, `the ${working[1]} working day of ${typedMonth(working[2]!)}`);
  }
  return null;
}

const NTH_WEEK = /\b(first|1st|second|2nd|third|3rd|fourth|4th|last|final) week (?:of|in) (.+)$/;
const WEEK_START: Record<string, number> = { first: 0, '1st': 0, second: 7, '2nd': 7, third: 14, '3rd': 14, fourth: 21, '4th': 21 };

/** "The first week of september": its days 1–7 (the second 8–14, …); "the last week of" its last seven days. */
export function nthWeek(text: string, today: string): DateRange | null {
  const said = NTH_WEEK.exec(text);
  const month = said ? parseDateRange(said[2]!, today) : null;
  if (!said || !month || month.from.slice(8) !== '01' || month.to.slice(0, 7) !== month.from.slice(0, 7)) return null;
  const from = WEEK_START[said[1]!] === undefined ? addDays(month.to, -6) : addDays(month.from, WEEK_START[said[1]!]!);
  return { from, to: addDays(from, 6) > month.to ? month.to : addDays(from, 6), label: `the ${said[1]} week of ${typedMonth(said[2]!)}` };
}

/** "On the 28th", a day of the month alone: this month's. */
export function dayOfThisMonth(text: string, today: string): DateRange | null {
  const said = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/.exec(text);
  if (!said) return null;
  const day = Number(said[1]);
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  if (day < 1 || day > lastDay(year, month)) return null;
  const date = `${today.slice(0, 8)}${pad(day)}`;
  return { from: date, to: date, label: date };
}

/** The whole week, month or year that holds today. */
function wholeOf(unit: string, today: string): DateRange {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  if (unit === 'year') return { from: `${y}-01-01`, to: `${y}-12-31`, label: 'this year' };
  if (unit === 'month') return { from: `${today.slice(0, 8)}01`, to: `${today.slice(0, 8)}${pad(lastDay(y, m))}`, label: 'this month' };
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
  return { from: monday, to: addDays(monday, 6), label: 'this week' };
}

const EDGE_DAY =
  /\b(?:the )?(first|last|final) (?:(working|work|business) )?day of (?:the )?(?!(?:work|employment|job|service|the job)\b)((?:[a-z0-9-]+)(?: [a-z0-9-]+){0,2})/;

/**
 * "The last day of last quarter", "the first working day of the year", "the last day of Q3": that day of the period
 * (a working day: Monday to Friday, the calendar's holidays the answer's to say). `said` is the phrase, to take whole.
 */
export function edgeDay(text: string, today: string): { range: DateRange; said: string } | null {
  const found = EDGE_DAY.exec(text);
  if (!found) return null;
  const words = found[3]!.split(' ');
  for (let n = words.length; n > 0; n--) {
    const named = words.slice(0, n).join(' ');
    // "The last day of the year", "of this month": the current one, whole (not so far).
    const current = /^(?:this |current )?(week|month|quarter|year)$/.exec(named)?.[1];
    const unit = current !== undefined ? `this ${current}` : /^20\d\d$/.test(named) ? `${named}-01-01 to ${named}-12-31` : named;
    const quarter = parsePeriod(unit, today);
    const period = quarter !== null ? periodRange(quarter) : current !== undefined ? wholeOf(current, today) : parseDateRange(unit, today);
    if (period === null || period.from === period.to) continue;
    const first = found[1] === 'first';
    let date = first ? period.from : period.to;
    while (found[2] !== undefined && [0, 6].includes(weekdayOf(date))) date = addDays(date, first ? 1 : -1);
    const said = `${found[0].slice(0, found[0].length - found[3]!.length)}${named}`;
    return {
      range: day(date, `the ${found[1]} ${found[2] ? 'working ' : ''}day of ${quarter ?? (unit === `this ${named}` ? `the ${named}` : typedMonth(named))}`),
      said,
    };
  }
  return null;
}
