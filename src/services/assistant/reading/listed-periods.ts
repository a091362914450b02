/*
 * "Sep, Oct and Nov so far", "week 44, 45 and 46", "wk 45, wk 46 and so far this week": periods listed apart, each
 * to be answered as if asked alone. A single period, or two read as a pair by the ends of a comparison, is not a list.
 */
import type { DateRange } from '../time-expression.parser';
import { MONTH_NAMES } from './month-words';
import { weekNumbered } from './week-number';

/** Most periods one question may list: a list longer than a quarter's weeks is a series to ask for by name. */
const MOST = 13;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)`;
const MONTH = `(?:${MONTH_NAMES.join('|')})(?: 20\\d\\d)?`;
const MONTHS_LISTED = new RegExp(String.raw`\b${MONTH}(?:${JOIN}${MONTH}){2,}(?:\s+(?:so far|to date))?`);
const WEEK_NOW = String.raw`(?:so far this week|this week(?: so far)?|last week)`;
const WEEKS_LISTED = new RegExp(String.raw`\bweeks? (\d{1,2})((?:${JOIN}(?:weeks? )?\d{1,2}\b)+)(?:${JOIN}(${WEEK_NOW}))?`);
/** "Weeks 43 to 46", "wk 44-46": the span from the first's Monday to the last's Sunday. */
const WEEKS_SPANNED = /\bweeks? (?:no\.? |number |#)?(\d{1,2}) ?(?:-|–|to|through|thru|till|until) ?(?:weeks? )?(\d{1,2})\b(?:(?: of| in)? (20\d\d)\b)?/;

const clipped = (range: DateRange, today: string): DateRange =>
  range.from <= today && range.to > today ? { ...range, to: today, label: `${range.label} so far` } : range;

/** The span of numbered weeks said as a range; null when none is. */
export function weeksSpanned(text: string, today: string): DateRange | null {
  const said = WEEKS_SPANNED.exec(text);
  if (!said) return null;
  const year = said[3] !== undefined ? ` of ${said[3]}` : '';
  const [first, last] = [weekNumbered(`week ${said[1]}${year}`, today), weekNumbered(`week ${said[2]}${year}`, today)];
  if (first === null || last === null || last.from < first.from) return null;
  return { from: first.from, to: last.to, label: `weeks ${said[1]} to ${said[2]}${year || ` of ${first.label.slice(-4)}`}` };
}

/** A whole year written alone: not a quarter's or a month's year, nor part of a date. */
const YEAR_ALONE = /(?<!\b(?:q[1-4]|quarter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?(?: of)?\s)(?<![\d/-])\b(20\d\d)\b(?![-/]\d)/g;
/** "From 2023 to 2024", "since 2022", "2023-2024": one span, not years apart. */
const YEAR_SPAN = /\b(?:from|between|since|through|thru|to|till|until|before|after)\s+20\d\d\b|\b20\d\d\s*(?:-|–|to|through|thru|till|until)\s*20\d\d\b/;
/** "Hired in 2023 who left in 2025": each year belongs to its own verb, not a list. */
const HIRED_AND_LEFT =
  /\b(?:hired|joined|started|hires|joiners)\b.*\b(?:left|leavers?|quit|resigned)\b|\b(?:left|leavers?|quit|resigned)\b.*\b(?:hired|joined|started|hires|joiners)\b/;

/** "Hires in 2023 and 2024", "how many joined in 2024, and how many in 2023": whole years named apart, in the order said. */
function yearsListed(text: string, own: (part: string) => DateRange | null): DateRange[] | null {
  const years = [...new Set([...text.matchAll(YEAR_ALONE)].map((m) => m[1]!))];
  if (years.length < 2 || years.length > MOST || YEAR_SPAN.test(text) || HIRED_AND_LEFT.test(text)) return null;
  const ranges = years.map((year) => own(year));
  return ranges.every((r): r is DateRange => r !== null) ? ranges : null;
}

/** The periods a question lists apart, in order, or null when it lists fewer than two this way. */
export function periodsListed(text: string, today: string, own: (part: string) => DateRange | null): DateRange[] | null {
  const years = yearsListed(text, own);
  if (years) return years;
  const months = MONTHS_LISTED.exec(text);
  if (months) {
    const soFar = /(?:so far|to date)$/.test(months[0]);
    const ranges = [...months[0].matchAll(new RegExp(MONTH, 'g'))].map((m) => own(m[0]));
    if (ranges.every((r): r is DateRange => r !== null)) return ranges.map((r, i) => (soFar && i === ranges.length - 1 ? clipped(r, today) : r));
  }
  const weeks = WEEKS_LISTED.exec(text);
  if (!weeks) return null;
  const numbers = [weeks[1]!, ...[...weeks[2]!.matchAll(/\d{1,2}/g)].map((m) => m[0])];
  const ranges: (DateRange | null)[] = numbers.map((n) => weekNumbered(`week ${n}`, today));
  const now = weeks[3] === undefined ? undefined : own(weeks[3] === 'last week' ? 'last week' : 'this week');
  if (now !== undefined) ranges.push(now && (weeks[3] === 'last week' ? now : clipped(now, today)));
  if (ranges.length < 2 || ranges.length > MOST || ranges.some((r) => r === null)) return null;
  return ranges as DateRange[];
}
