import type { DateRange } from '../time-expression.parser';
import { sinceTracking } from './period';
import type { Marks } from './marks';

/**
 * "When was I last late", "the last time Lukas was absent", "chris last late when": the latest day in that state,
 * looked for over the whole record unless a period is named. Taken before names are read, so "lukas last" is Lukas.
 */
export function takeLastTime(marks: Marks): boolean {
  return marks.take(/\blast(?= (?:late|absent|off|away|half[- ]day|missed)\b)|\b(?:the )?last time\b/g).length > 0;
}

const RECORDED_DAYS = new Set(['late', 'absent', 'half_day', 'missing_check_out', 'on_leave', 'present']);

/**
 * The period of a question that names none but asks for the last time ("when was I last late"), or when something
 * happened ("when did Isabel forget to check out?", "which days was Ben absent?"): the whole record.
 */
export function wholeRecord(lastTime: boolean, text: string, measures: readonly string[], today: string): DateRange | null {
  const asksWhen =
    measures.some((m) => RECORDED_DAYS.has(m)) && /^\s*(?:when|on what days?|on which days?|which days?|what days?) (?:did|was|were|has|have|had)\b/.test(text);
  return lastTime || asksWhen ? sinceTracking(today) : null;
}
