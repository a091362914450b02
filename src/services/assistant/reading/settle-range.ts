import { addDays } from '../../../core/work-calendar/dates';
import { lastDayOfMonth, lookAhead, shiftYear, wholePeriod } from '../answers/leave-periods';
import type { DateRange } from '../time-expression.parser';
import type { Measure } from './measure';

/** What is on the books ahead of today: approved leave, requests, holidays. */
const BOOKED_AHEAD = new Set<Measure>(['on_leave', 'leave_requests', 'leave_balance', 'holidays', 'working_days']);
const WEEKDAY_ALONE = /^(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;
type Asked = { measures: Measure[]; past: boolean; future: boolean; booked: boolean };
const MONTH_ALONE = /^(?:in |during )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/;

/**
 * The period as the question means it once its measure is known: a weekday
 * named alone is the last one gone by for what is only recorded ("who was
 * absent on thursday", asked on a Wednesday), and the coming one for what is
 * booked ahead; a month named alone is the coming one for leave unless asked
 * in the past tense, and "this week/month/year" runs to its end.
 */
export function settleRange(range: DateRange | null, today: string, asked: Asked): DateRange | null {
  if (range === null) return null;
  // "Who will be off in January", asked in November: the coming January.
  if (asked.future && !asked.past && MONTH_ALONE.test(range.label) && range.to < today)
    return {
      ...range,
      from: shiftYear(range.from, 1),
      to: lastDayOfMonth(shiftYear(range.from, 1)),
      label: `${range.label} ${Number(range.from.slice(0, 4)) + 1}`,
    };
  const ahead = asked.booked || asked.measures.some((m) => BOOKED_AHEAD.has(m));
  if (WEEKDAY_ALONE.test(range.label) && range.from > today && (asked.past || !ahead))
    return { ...range, from: addDays(range.from, -7), to: addDays(range.to, -7) };
  // "Who is on leave on Tuesday", asked on a Wednesday: the coming Tuesday, not yesterday.
  if (WEEKDAY_ALONE.test(range.label) && range.from < today && ahead && !asked.past)
    return { ...range, from: addDays(range.from, 7), to: addDays(range.to, 7) };
  // What is booked is known to the period's end: "boxing day this year" is in December.
  return ahead && !asked.past ? wholePeriod(lookAhead(range, today, false)) : range;
}

/**
 * Two days named alone as ends ("absent on Thursday and on Friday", asked on a Wednesday) are settled as one would
 * be, and the span read from them with them.
 */
export function settleEnds(period: { range: DateRange | null; ends: [DateRange, DateRange] | null }, today: string, asked: Asked) {
  const { range, ends } = period;
  if (ends === null || !ends.every((end) => WEEKDAY_ALONE.test(end.label))) return period;
  const [first, second] = ends.map((end) => settleRange(end, today, asked)!).sort((a, b) => a.from.localeCompare(b.from)) as [DateRange, DateRange];
  const spanned = range !== null && range.from === ends[0].from && range.to === ends[1].to;
  return {
    range: spanned ? { from: first.from, to: second.to, label: `${first.from} to ${second.to}` } : range,
    ends: [first, second] as [DateRange, DateRange],
  };
}

/** "My next leave": what is booked from today on, a year ahead. */
export function upcoming(text: string, today: string): DateRange | null {
  return /\b(?:next|upcoming|coming|future) (?:leave|time off|vacation|days? off)\b/.test(text)
    ? { from: today, to: addDays(today, 365), label: 'from today' }
    : null;
}
