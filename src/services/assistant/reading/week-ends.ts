import type { DateRange } from '../time-expression.parser';

const WEEK_PHRASE =
  /\bweek (?:of|starting|beginning)\b|\bweek (?:no\.? |number |#)?\d{1,2}\b|\b(?:first|1st|second|2nd|third|3rd|fourth|4th|last|final) week (?:of|in)\b/;
const BETWEEN = /\b(?:vs\.?|versus|compared (?:to|with)|against|and)\b/;

/**
 * "The week of 6 October vs the week of 3 November": two weeks compared, each read on its own by `read`, in order.
 * Read as one period, the second week would be taken for its month.
 */
export function weekEnds(text: string, read: (part: string) => DateRange | null): [DateRange, DateRange] | null {
  const parts = text.split(BETWEEN);
  if (parts.length !== 2 || !parts.every((part) => WEEK_PHRASE.test(part))) return null;
  const [a, b] = parts.map(read);
  if (!a || !b || a.from === b.from) return null;
  return a.from < b.from ? [a, b] : [b, a];
}
