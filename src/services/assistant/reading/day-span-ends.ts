import type { DateRange } from '../time-expression.parser';
import { MONTHS } from './month-words';

const DAY_SPAN = new RegExp(String.raw`\b\d{1,2}\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b`, 'g');
const APART = /\b(?:vs\.?|versus|compared?|against|with|and|than)\b/;

/**
 * "1–18 November with 1–18 October": two spans of days, each read on its own by `read`, in the calendar's order.
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
