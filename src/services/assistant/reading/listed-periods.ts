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

/** The periods a question lists apart, in order, or null when it lists fewer than two this way. */
export function periodsListed(text: string, today: string, own: (part: string) => DateRange | null): DateRange[] | null {
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
