import { addDays } from '../../../core/work-calendar/dates';
import { lastDayOf, mondayOf, parseDateRange, parsePeriod, periodRange, type DateRange } from '../time-expression.parser';
import { pad } from './days-of-month';
import { MONTHS } from './month-words';

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** "Between the 3rd and the 14th", "the 3rd to the 14th": a span ("15 and 22 september" listed alone are two days). */
const DAYS_OF_A_MONTH = new RegExp(
  String.raw`\b(?:(?:between|from) (?:the )?${DAY} (?:and|to|until|till|through|thru|-|–)|(?:the )?${DAY} (?:to|until|till|through|thru|-|–)) (?:the )?${DAY} (?:of |in )?((?:last|previous|this) month|(?:${MONTHS})(?: \d{4})?)\b`,
);
/** "Between the 3rd and the 14th" with no month: this month's (the day's "the" or ordinal keeps "from 3 to 5 people" out). */
const DAYS_OF_THIS_MONTH = new RegExp(
  String.raw`\b(?:between|from) (?:the (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)) (?:and|to|until|till|through|thru|-|–) (?:the )?(\d{1,2})(?:st|nd|rd|th)?\b(?! (?:of |in )?(?:the )?(?:${MONTHS}|last|previous|this|next)\b)(?!\s*(?:%|percent|people|persons|employees|days|hours|times))`,
);
const TO_THE_END = new RegExp(
  String.raw`\b(?:(?:from|starting|starting from) (.+?) )?(?:to|until|till|through|thru|up to) (?:the )?end of (?:the |this )?(year|month|quarter|week|20\d\d|q[1-4](?: 20\d\d)?|(?:${MONTHS})(?: 20\d\d)?)\b`,
);

/** "Between the 3rd and the 14th of last month": those days of that month. */
function daysOfAMonth(text: string, today: string): DateRange | null {
  const alone = DAYS_OF_THIS_MONTH.exec(text);
  const said = DAYS_OF_A_MONTH.exec(text) ?? (alone && [alone[0], alone[1] ?? alone[2], undefined, alone[3], 'this month']);
  if (!said) return null;
  // A month named without a year is this year's ("22 to 26 december" ahead, "the 3rd to the 14th of october" gone by).
  const named = said[4];
  if (named === undefined) return null;
  const month = parseDateRange(/^(?:last|previous|this) month$|\d{4}$/.test(named) ? named : `${named} ${today.slice(0, 4)}`, today);
  if (month === null) return null;
  const [y, m] = [Number(month.from.slice(0, 4)), Number(month.from.slice(5, 7))];
  const [a, b] = [Number(said[1] ?? said[2]), Number(said[3])].sort((x, z) => x - z) as [number, number];
  if (a < 1 || b > lastDayOf(y, m)) return null;
  const [from, to] = [`${month.from.slice(0, 8)}${pad(a)}`, `${month.from.slice(0, 8)}${pad(b)}`];
  return { from, to, label: `${from} to ${to}` };
}

/** The last day of the year, month, quarter or week that holds a day. */
function endOf(unit: string, day: string): string {
  if (unit === 'year') return `${day.slice(0, 4)}-12-31`;
  if (unit === 'month') return `${day.slice(0, 8)}${pad(lastDayOf(Number(day.slice(0, 4)), Number(day.slice(5, 7))))}`;
  if (unit === 'quarter') return periodRange(parsePeriod('this quarter', day)!).to;
  return addDays(mondayOf(day), 6);
}

const UNITS = ['year', 'month', 'quarter', 'week'];

/** The last day of a year, quarter or month named ("2025", "q4", "march"), read as of the span's first day. */
function namedEnd(named: string, start: string): string | null {
  const quarter = /^q[1-4]$/.test(named) ? parsePeriod(`${named} ${start.slice(0, 4)}`, start) : /^q/.test(named) ? parsePeriod(named, start) : null;
  if (quarter !== null) return periodRange(quarter).to;
  if (/^\d{4}$/.test(named)) return `${named}-12-31`;
  return parseDateRange(/\d{4}$/.test(named) ? named : `${named} ${start.slice(0, 4)}`, start)?.to ?? null;
}

/** "From tomorrow to the end of the year", "until the end of the month": from that day (today when none is said) to the end. */
function toTheEnd(text: string, today: string): DateRange | null {
  const said = TO_THE_END.exec(text);
  if (!said) return null;
  const start = said[1] === undefined ? today : parseDateRange(said[1], today)?.from;
  if (start === undefined) return null;
  // "To the end of 2025", "to the end of March": the last day of the period named.
  const to = UNITS.includes(said[2]!) ? endOf(said[2]!, start) : namedEnd(said[2]!, start);
  if (to === null) return null;
  return to < start ? null : { from: start, to, label: `${start} to ${to}` };
}

const REST_OF = new RegExp(String.raw`\bthe rest of (?:the |this )?(year|month|quarter|week|${MONTHS})\b`);

/** "The rest of the month", "the rest of November": from today to its end (a month ahead whole, one gone by none). */
function restOf(text: string, today: string): DateRange | null {
  const said = REST_OF.exec(text)?.[1];
  if (said === undefined) return null;
  if (UNITS.includes(said)) return { from: today, to: endOf(said, today), label: `the rest of the ${said}` };
  const label = `the rest of ${said}`;
  const month = parseDateRange(`${said} ${today.slice(0, 4)}`, today);
  if (month === null || month.to < today) return null;
  return { from: month.from > today ? month.from : today, to: month.to, label };
}

/** A span of days said against a month or up to the end of a period; null for any other. */
export function spanToAnEnd(text: string, today: string): DateRange | null {
  return daysOfAMonth(text, today) ?? toTheEnd(text, today) ?? restOf(text, today);
}
