import type { DateRange } from '../time-expression.parser';

const APART = /\s*\b(?:vs\.?|versus|compared? (?:to|with)|against|and|or)\s+/g;
/** "Between 1 and 15 October", "from monday and …": the days of one span, not two days asked apart. */
/** "Compared with now": today. */
const NOW = /^(?:right )?now\b|^(?:at present|currently)\b/;
const SPAN = /\b(?:between|from|since)\b/;

/**
 * "Headcount on 1 October versus today", "late on monday vs tuesday": two single days asked apart, each read on its
 * own by `read`, in the calendar's order. Read as one period, one of the days would be dropped.
 */
export function dayPairEnds(text: string, read: (part: string) => DateRange | null): [DateRange, DateRange] | null {
  for (const joint of text.matchAll(APART)) {
    const before = text.slice(0, joint.index);
    if (SPAN.test(before)) return null;
    const after = text.slice(joint.index + joint[0].length);
    // The second day said alone ("vs tuesday", "and today"); a whole question after it is a question of its own.
    if (after.split(/\s+/).filter(Boolean).length > 4) continue;
    const [a, b] = [before, after.replace(NOW, 'today')].map((part) => pastAgainstToday(part, text, read));
    if (!a || !b || a.from !== a.to || b.from !== b.to || a.from === b.from) continue;
    return a.from < b.from ? [a, b] : [b, a];
  }
  return null;
}

/** "Headcount on 1 January vs today": a day said with no year, held against today, is the one gone by, not the one ahead. */
function pastAgainstToday(part: string, text: string, read: (part: string) => DateRange | null): DateRange | null {
  const day = read(part);
  if (day === null || day.from !== day.to || /\b\d{4}\b/.test(part) || !/\b(?:today|now)\b/.test(text)) return day;
  const today = read('today')?.from;
  if (today === undefined || day.from <= today) return day;
  const earlier = `${Number(day.from.slice(0, 4)) - 1}${day.from.slice(4)}`;
  return { ...day, from: earlier, to: earlier };
}
