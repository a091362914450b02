import * as chrono from 'chrono-node';
import { addDays, weekdayOf } from '../../core/work-calendar/dates';

/** Days and quarters named in a question, resolved against today in the organisation's time zone. */
export interface DateRange {
  from: string;
  to: string;
  /** How the question put it ("last week"), for the answer. */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
export const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthRange = (year: number, month: number, label: string): DateRange => ({
  from: ymd(year, month, 1),
  to: ymd(year, month, lastDayOf(year, month)),
  label,
});

/** The words chrono read, without the punctuation it may have taken along ("october,"). */
const label = (text: string) => text.trim().replace(/[,.;:!?]+$/, '');

const WEEKDAYS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];

/** The Monday of a date's week (ISO weeks begin on Monday). */
export const mondayOf = (date: string): string => addDays(date, -((weekdayOf(date) + 6) % 7));

/**
 * Everything chrono's English parsers can start from: a digit, a relative
 * word (this, last, next…), a casual day or time of day, a weekday or month
 * (and their abbreviations), a unit of time, or a one-letter unit after a
 * number word ("a d"; glued forms such as "ina d" aside). Text with none of
 * these gives chrono nothing, and asking it anyway was a fifth of the
 * reader's time.
 */
const MAY_NAME_A_DAY =
  /\d|\b(?:this|last|past|next|after)|\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|morning|afternoon|evening|night|midnight|midday|noon|end|sun(?:day)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|mos?|months?|qtrs?|quarters?|yrs?|years?)\b|\b(?:an?|the|few|several|half|couple|of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s{1,3}[smhdwy]\b/i;

/**
 * Calendar words chrono resolves to a single instant ("last week" is a day
 * seven days ago there) are read as whole weeks and months here, the way
 * API.md defines them; everything else (yesterday, in March, April 1 to 10,
 * on 2025-04-03) is chrono's.
 */
export function parseDateRange(text: string, today: string): DateRange | null {
  const lower = text.toLowerCase();
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  // "Wednesday last week", "last week's friday": that day of that week.
  const dayOfWeek =
    /\b(mon|tues|wednes|thurs|fri|satur|sun)day (?:of |in )?(last|previous|this|next) week\b|\b(last|previous|this|next) week'?s? (mon|tues|wednes|thurs|fri|satur|sun)day\b/.exec(
      lower,
    );
  if (dayOfWeek) {
    const which = dayOfWeek[2] ?? dayOfWeek[3]!;
    const monday = addDays(mondayOf(today), which === 'next' ? 7 : which === 'this' ? 0 : -7);
    const day = addDays(monday, WEEKDAYS.indexOf(dayOfWeek[1] ?? dayOfWeek[4]!));
    return { from: day, to: day, label: day };
  }
  if (/\b(last|previous|past) week\b/.test(lower)) {
    const monday = mondayOf(today);
    return { from: addDays(monday, -7), to: addDays(monday, -1), label: 'last week' };
  }
  if (/\bthis week\b/.test(lower)) return { from: mondayOf(today), to: today, label: 'this week' };
  if (/\b(last|previous|past) month\b/.test(lower)) return monthRange(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, 'last month');
  if (/\bthis month\b|\bmonth to date\b/.test(lower)) return { from: ymd(year, month, 1), to: today, label: 'this month' };
  if (/\b(last|previous|past) year\b/.test(lower)) return { from: ymd(year - 1, 1, 1), to: ymd(year - 1, 12, 31), label: 'last year' };
  if (/\bthis year\b|\byear to date\b/.test(lower)) return { from: ymd(year, 1, 1), to: today, label: 'this year' };
  const dated = weekdayDated(lower, today);
  if (dated) return dated;
  const numeric = numericDates(lower, year);
  if (numeric.length === 1) return { from: numeric[0]!, to: numeric[0]!, label: numeric[0]! };
  if (numeric.length === 2) {
    const [from, to] = numeric.sort();
    return { from: from!, to: to!, label: `${from} to ${to}` };
  }
  const lastSpan = LAST_SPAN.exec(lower);
  if (lastSpan) return lastSpanOf(Number(NUMBER_WORDS[lastSpan[1]!] ?? lastSpan[1]), lastSpan[2]!, today);

  // Noon of today, read in UTC: chrono's arithmetic then lands on the organisation's calendar days.
  const reference = { instant: new Date(`${today}T12:00:00Z`), timezone: 'UTC' };
  const dateless = stripNonDates(text);
  if (!MAY_NAME_A_DAY.test(dateless)) return null;
  const [result] = chrono.parse(dateless, reference, { forwardDate: false });
  if (!result) return null;
  const start = result.start;
  const dayOf = (c: chrono.ParsedComponents) => ymd(c.get('year')!, c.get('month')!, c.get('day')!);
  if (result.end) {
    const [from, to] = [dayOf(start), dayOf(result.end)].sort();
    return { from: from!, to: to!, label: `${from} to ${to}` };
  }
  if (start.isCertain('day') || start.isCertain('weekday')) {
    const day = dayOf(start);
    return { from: day, to: day, label: label(result.text) };
  }
  if (start.isCertain('month')) {
    const m = start.get('month')!;
    // "In March" means the latest March that has begun.
    const y = start.isCertain('year') ? start.get('year')! : m > month ? year - 1 : year;
    return monthRange(y, m, label(result.text));
  }
  return null;
}

/**
 * "3/11", "24/12/2025": day first, as the organisation writes dates (11/24 can only be month first); without a year,
 * this year's. "1/2 day" is a half day, not a date.
 */
function numericDates(lower: string, year: number): string[] {
  const dates: string[] = [];
  for (const found of lower.matchAll(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b(?!\s*(?:an?\s+)?days?\b)/g)) {
    const [a, b] = [Number(found[1]), Number(found[2])];
    const y = found[3] === undefined ? year : found[3].length === 2 ? 2000 + Number(found[3]) : Number(found[3]);
    const [day, month] = b <= 12 ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > lastDayOf(y, month)) return [];
    dates.push(ymd(y, month, day));
  }
  return dates.length <= 2 ? dates : [];
}

/** Quarters and employee ids are not dates; left in, chrono reads "2025-Q1" or "DEV-001" as one. */
function stripNonDates(text: string): string {
  return text.replace(/\b\d{4}\s*-?\s*q[1-4]\b|\bq[1-4]\b(\s*(of\s+)?\d{4})?|\b[a-z]{2,10}-\d{3,}\b/gi, ' ');
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** "The last 10 days", "past three weeks", "previous 6 months": a span ending today, as long as said. */
const LAST_SPAN = /\b(?:last|past|previous) (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days|weeks|months)\b/;

function lastSpanOf(n: number, unit: string, today: string): DateRange {
  const label = `the last ${n} ${unit}`;
  if (unit !== 'months') return { from: addDays(today, -(n * (unit === 'weeks' ? 7 : 1) - 1)), to: today, label };
  // N months back to the same day of the month (the month's last when it has fewer days), from the day after it.
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const back = year * 12 + (month - 1) - n;
  const [y, m] = [Math.floor(back / 12), (back % 12) + 1];
  return { from: addDays(ymd(y, m, Math.min(day, lastDayOf(y, m))), 1), to: today, label };
}

/** "Friday 28th", "fri the 5th": a weekday and a day of the month with no month said. */
const WEEKDAY_DATED = new RegExp(
  String.raw`\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,? (?:the )?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\d\d|[:/.-]\d|am\b|pm\b|%|days?|weeks?|months?|h(?:ou)?rs?|people))`,
);

/**
 * The day of the month said, in the month nearest today whose date falls on the weekday said (this month, the next or
 * the last); the date outweighs the weekday when none does, as the more particular of the two.
 */
function weekdayDated(lower: string, today: string): DateRange | null {
  const said = WEEKDAY_DATED.exec(lower);
  if (!said) return null;
  const day = Number(said[2]);
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const wanted = WEEKDAYS.findIndex((w) => w.startsWith(said[1]!.slice(0, 3)));
  const inMonth = (shift: number) => {
    const at = year * 12 + (month - 1) + shift;
    const [y, m] = [Math.floor(at / 12), (at % 12) + 1];
    return day >= 1 && day <= lastDayOf(y, m) ? ymd(y, m, day) : null;
  };
  const candidates = [0, 1, -1].map(inMonth).filter((d): d is string => d !== null);
  const date = candidates.find((d) => (weekdayOf(d) + 6) % 7 === wanted) ?? candidates[0];
  return date === undefined ? null : { from: date, to: date, label: date };
}

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4 };

/** A quarter written 2025-Q1, Q1 2025, Q1 (this year), "first quarter of 2025", "last quarter" or "this quarter". */
export function parsePeriod(text: string, today: string): string | null {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  let match = /\b(\d{4})\s*-?\s*q([1-4])\b/i.exec(text);
  if (match) return `${match[1]}-Q${match[2]}`;
  match = /\bq([1-4])\s*(?:of\s+|,\s*|-\s*)?(\d{4})\b/i.exec(text);
  if (match) return `${match[2]}-Q${match[1]}`;
  // "Q4 last year", "Q1 of this year".
  match = /\bq([1-4])\s+(?:of\s+)?(last|this)\s+year\b/i.exec(text);
  if (match) return `${match[2]!.toLowerCase() === 'last' ? year - 1 : year}-Q${match[1]}`;
  // "The last quarter of 2024": its fourth, when a year is named.
  match = /\b(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+(?:of\s+)?(\d{4})\b/i.exec(text);
  if (match) return `${match[2]}-Q${ORDINAL[match[1]!.toLowerCase()]}`;
  // "The first quarter": of this year.
  match = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b/i.exec(text);
  if (match) return `${year}-Q${ORDINAL[match[1]!.toLowerCase()]}`;
  // "The quarter before last": two back.
  if (/\bquarter before last\b/i.test(text)) return quarter <= 2 ? `${year - 1}-Q${quarter + 2}` : `${year}-Q${quarter - 2}`;
  if (/\b(last|previous|prior|past) quarter\b/i.test(text)) return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
  if (/\b(this|current) quarter\b/i.test(text)) return `${year}-Q${quarter}`;
  match = /\bq([1-4])\b/i.exec(text);
  if (match) return `${year}-Q${match[1]}`;
  return null;
}

/** The days of a quarter, for attendance asked "in Q1 2025". */
export function periodRange(period: string): DateRange {
  const [year, quarter] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  const first = (quarter - 1) * 3 + 1;
  return { from: ymd(year, first, 1), to: ymd(year, first + 2, lastDayOf(year, first + 2)), label: period };
}
