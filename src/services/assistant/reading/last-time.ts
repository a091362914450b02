import type { Marks } from './marks';

/**
 * "When was I last late", "the last time Lukas was absent", "chris last late when": the latest day in that state,
 * looked for over the whole record unless a period is named. Taken before names are read, so "lukas last" is Lukas.
 */
export function takeLastTime(marks: Marks): boolean {
  return marks.take(/\blast(?= (?:late|absent|off|away|half[- ]day|missed)\b)|\b(?:the )?last time\b/g).length > 0;
}
