import type { DateRange } from '../time-expression.parser';
import { MONTHS } from './month-words';

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const TO = String.raw`\s*(?:[-–]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*`;
/** "1–15 Sep", "1 to 15 September", "1 Sep to 15 Sep", "Sep 1 - Sep 15", "Sep 1 to 15": one span of days within a month or two. */
const DAY_SPAN = new RegExp(
  [
    String.raw`\b${DAY}${TO}${DAY}\s+(?:of\s+)?(?:${MONTHS})\b`,
    String.raw`\b${DAY}\s+(?:of\s+)?(?:${MONTHS})${TO}${DAY}\s+(?:of\s+)?(?:${MONTHS})\b`,
    String.raw`\b(?:${MONTHS})\s+${DAY}${TO}(?:(?:${MONTHS})\s+)?${DAY}\b`,
  ].join('|'),
  'g',
);
const APART = /\b(?:vs\.?|versus|compared?|against|with|and|than)\b/;

/**
 * "1–18 November with 1–18 October", "1 Sep to 15 Sep compared with 1 Oct to 15 Oct": two spans of days, each read on its own by `read`, in the calendar's order.
 * Read as one period, the second would be taken for its whole month.
 */
export function daySpanEnds(text: string, read: (part: string) => DateRange | null): [DateRange, DateRange] | null {
  const spans = [...text.matchAll(DAY_SPAN)];
  if (spans.length !== 2) return null;
  const between = text.slice(spans[0]!.index + spans[0]![0].length, spans[1]!.index);
  if (!APART.test(between)) return null;
  const [a, b] = spans.map((m) => read(m[0]));
  if (!a || !b || a.from === b.from) return null;
  return a.from < b.from ? [a, b] : [b, a];
}
