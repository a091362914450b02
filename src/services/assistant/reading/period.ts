import { addDays } from '../../../core/work-calendar/dates';
import { mondayOf, parseDateRange, parsePeriod, periodRange, type DateRange } from '../time-expression.parser';
import type { Marks } from './marks';
import { weekNumbered } from './week-number';
import { periodsListed, weeksSpanned } from './listed-periods';
import { dayPairEnds } from './day-pair-ends';
import { quarterVersusEnds, spanEnds, versusEnds } from './span-ends';
import { spanToAnEnd } from './spans-to-an-end';
import { daySpanEnds } from './day-span-ends';
import { weekEnds } from './week-ends';
import { dayOfThisMonth, DAY_PHRASES, edgeDay, lastDay, nthWeek, pad, weekdayPhrase } from './days-of-month';
import { MONTH_NAMES, MONTHS } from './month-words';
import { LISTED_WEEKS_LABEL, phrasedPeriod, WEEKS_LISTED_WORDS, WHOLE_PHRASES } from './period-phrases';

/** The time a question names: days for attendance, leave and hires; quarters for scores. */
export interface PeriodReading {
  range: DateRange | null;
  /** Quarters named, in order ("from Q2 to Q3" is both, and any between). */
  quarters: string[];
  /** "Between Q1 and Q3", "Q1 vs Q2": two points to compare, not a span. */
  pair: boolean;
  /** A month named that the range read leaves out ("august and september" read as august). */
  otherMonth: string | null;
  /** "From september to october", "between 1 sep and 15 oct": the two ends as read, for a change between them. */
  ends: [DateRange, DateRange] | null;
  /** "Sep, Oct and Nov", "week 44, 45 and 46": periods listed apart, each asked; null when the question lists none. */
  listed: DateRange[] | null;
}

const QUARTER = String.raw`(?:quarter\s+before\s+last|\d{4}\s*-?\s*q[1-4]|q[1-4](?:\s*(?:of\s+|,\s*|-\s*)?\d{4}|\s+(?:of\s+)?(?:last|this)\s+year)?|(?:first|second|third|fourth|1st|2nd|3rd|4th|last|this|previous|prior|past|current)\s+quarter(?:\s+(?:of\s+)?\d{4})?|final\s+quarter\s+(?:of\s+)?\d{4})`;
const QUARTERS = new RegExp(QUARTER, 'g');
const SINCE_QUARTER = new RegExp(String.raw`\bsince (?:the )?(?:start of )?${QUARTER}`);
const MONTH_WORD = new RegExp(`\\b(${MONTHS})\\b`);
/** Every word that can belong to a time expression: taken once a period has been read from the question. */
const TIME_WORDS = new RegExp(
  String.raw`\b(?:(?:first|1st|second|2nd|third|3rd|fourth|4th|final) (?=week)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= (?:days|weeks|months)\b)|last|this|next|previous|past|coming|current|so far|since|before|after|prior|until|till|to date|from|to|between|and|through|thru|ago|today|yesterday|tomorrow|tonight|morning|afternoon|evening|week|weeks|month|months|year|quarter|quarters|ytd|mtd|whole|full|entire|tracking|started|starting|onwards?|began|records|ever|all-time|start|end|beginning|of|the|on|in|during|over|for|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|${MONTHS}|\d{1,2}(?:st|nd|rd|th)?|\d{4}(?:-\d{2}-\d{2})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|${QUARTER})\b`,
  'g',
);

function quartersBetween(first: string, last: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const [a, b] = [index(first), index(last)].sort((x, y) => x - y);
  const all: string[] = [];
  for (let i = a!; i <= b!; i++) all.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return all;
}

function namedRange(text: string, today: string, ends: [DateRange, DateRange] | null): DateRange | null {
  const year = Number(today.slice(0, 4));
  const next = /\bnext (week|month|year)\b/.exec(text);
  if (next?.[1] === 'year') return { from: `${year + 1}-01-01`, to: `${year + 1}-12-31`, label: 'next year' };
  if (next?.[1] === 'week') {
    const monday = addDays(mondayOf(today), 7);
    return { from: monday, to: addDays(monday, 6), label: 'next week' };
  }
  if (next?.[1] === 'month') {
    const [y, m] = Number(today.slice(5, 7)) === 12 ? [year + 1, 1] : [year, Number(today.slice(5, 7)) + 1];
    return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${lastDay(y, m)}`, label: 'next month' };
  }
  const weekday = weekdayPhrase(text, today);
  if (weekday) return weekday;
  // One day, read before "tomorrow" alone and before "before" and "after" as bounds.
  const twoDays = /\bday (before yesterday|after tomorrow)\b/.exec(text);
  const nextToToday = twoDays && addDays(today, twoDays[1] === 'before yesterday' ? -2 : 2);
  if (twoDays && nextToToday) return { from: nextToToday, to: nextToToday, label: `the day ${twoDays[1]}` };
  // "From tomorrow to the end of the year": up to that end, read before "from tomorrow" or "tomorrow" alone.
  const toAnEnd = spanToAnEnd(text, today);
  if (toAnEnd) return toAnEnd;
  // "Between tomorrow and 31 December", "from yesterday to today": a span, not its day said alone nor half a year on.
  if (ends && /\b(?:today|tomorrow|yesterday)\b/.test(text)) return { from: ends[0].from, to: ends[1].to, label: `${ends[0].from} to ${ends[1].to}` };
  // "Leave after today", "from tomorrow onwards": half a year ahead from that day (what is booked; nothing else is yet).
  const onward = /\b(after|from|starting|beginning|as of) (today|now|tomorrow)\b(?: on(?:wards?)?)?|\bfrom now on\b/.exec(text);
  if (onward) {
    const start = addDays(today, (onward[2] === 'tomorrow' ? 1 : 0) + (onward[1] === 'after' ? 1 : 0));
    return { from: start, to: addDays(start, 182), label: onward[0] };
  }
  if (/\btomorrow\b/.test(text)) {
    const day = addDays(today, 1);
    return { from: day, to: day, label: 'tomorrow' };
  }
  if (/\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/.test(text)) return { from: today, to: today, label: 'today' };
  const numbered = weeksSpanned(text, today) ?? weekNumbered(text, today);
  if (numbered) return numbered;
  const nth = nthWeek(text, today);
  if (nth) return nth;
  const weekOf = /\bweek (?:of|starting|beginning) (.+)$/.exec(text);
  if (weekOf) {
    const day = parseDateRange(weekOf[1]!, today) ?? dayOfThisMonth(weekOf[1]!, today);
    if (day) {
      const monday = mondayOf(day.from);
      return { from: monday, to: addDays(monday, 6), label: `the week of ${monday}` };
    }
  }
  const phrased = phrasedPeriod(text, today);
  if (phrased) return phrased;
  if (
    /\bsince (?:tracking|records?|attendance) (?:started|began|start)\b|\bsince (?:the )?(?:start|beginning)(?: of tracking)?\b(?! of \w)|\ball[- ]time\b/.test(
      text,
    )
  )
    return sinceTracking(today);
  const since = /\bsince (?:the )?(?:start of |beginning of )?(.+)$/.exec(text);
  if (since) {
    const after = since[1]!.replace(/\b(so far|to date)\b.*$/, '');
    // A year alone ("since 2024") is from its first day; chrono reads no bare year.
    const year = /^(20\d\d)\b(?!\s*-)/.exec(after);
    // "Since the 15th": of this month.
    const start = year ? { from: `${year[1]}-01-01` } : (parseDateRange(after, today) ?? dayOfThisMonth(`the ${after}`, today));
    if (start && start.from <= today) return { from: start.from, to: today, label: `since ${start.from}` };
  }
  const bound = /\b(before|prior to|after|since) (.+)$/.exec(text);
  if (bound && bound[1] !== 'since') {
    const edge = /^(20\d\d)\b/.exec(bound[2]!)
      ? { from: `${bound[2]!.slice(0, 4)}-01-01`, to: `${bound[2]!.slice(0, 4)}-12-31` }
      : parseDateRange(bound[2]!, today);
    if (edge)
      return bound[1] === 'after'
        ? { from: addDays(edge.to, 1), to: edge.to >= today ? addDays(edge.to, 182) : today, label: `after ${edge.to}` }
        : { from: '1900-01-01', to: addDays(edge.from, -1), label: `before ${edge.from}` };
  }
  if (ends) return { from: ends[0].from, to: ends[1].to, label: `${ends[0].from} to ${ends[1].to}` };
  const range = parseDateRange(text, today) ?? dayOfThisMonth(text, today);
  if (range) return range;
  const onlyYear = /\b(?:in|during|for|of|over|throughout)?\s*(20\d\d)\b(?!\s*-?\s*q)/.exec(text);
  if (onlyYear && !MONTH_WORD.test(text)) return { from: `${onlyYear[1]}-01-01`, to: `${onlyYear[1]}-12-31`, label: onlyYear[1]! };
  // "Ever" alone is since tracking started; "ever late in October" is October.
  if (/\bever\b/.test(text)) return sinceTracking(today);
  return null;
}

/** Reads the period, marking its words as applied when one was found. */
const FULL_MONTH: Record<string, string> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

const FULL_MONTHS = new RegExp(String.raw`\b(${MONTH_NAMES.join('|')})\b`, 'g');

/** A month the text names whose days the range does not reach. */
function monthLeftOut(text: string, range: DateRange): string | null {
  const months = new Set([...text.matchAll(FULL_MONTHS)].map((m) => m[1]!));
  if (months.size < 2) return null;
  for (const month of months) {
    const n = MONTH_NAMES.indexOf(month) + 1;
    const inside = datesOfMonth(range).has(n);
    if (!inside) return month;
  }
  return null;
}

/** The month numbers a range touches (every month when it spans a year or more). */
function datesOfMonth(range: DateRange): Set<number> {
  const months = new Set<number>();
  for (let first = `${range.from.slice(0, 8)}01`; first <= range.to && months.size < 12; first = `${addDays(first, 32).slice(0, 8)}01`)
    months.add(Number(first.slice(5, 7)));
  return months;
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const LAST_QUARTERS = /\b(?:over |in |for |during )?(?:the )?(?:last|past|previous) (\d|two|three|four|five|six|seven|eight) quarters\b/;

/** "The last 4 quarters": that many, ending with the last quarter (the one before today's). */
function lastQuarters(text: string, today: string): string[] {
  const said = LAST_QUARTERS.exec(text);
  if (!said) return [];
  const n = COUNT_WORDS[said[1]!] ?? Number(said[1]);
  const last = parsePeriod('last quarter', today);
  if (last === null || n < 1) return [];
  const index = Number(last.slice(0, 4)) * 4 + Number(last.slice(6)) - 1;
  return quartersBetween(`${Math.floor((index - n + 1) / 4)}-Q${((index - n + 1) % 4) + 1}`, last);
}

/** "Q3 vs Q4 so far": the two quarters as ends, for what is kept by day; the one under way up to today. */
const quarterEnds = (quarters: string[], today: string) =>
  quarters.map((quarter) => {
    const range = { ...periodRange(quarter), label: quarter };
    return range.from <= today && range.to > today ? { ...range, to: today, label: `${quarter} so far` } : range;
  }) as [DateRange, DateRange];

/** Quarters as the ends of one span: a dash between them, never one inside a word ("company-wide"). */
const QUARTER_SPAN = /\b(?:from|through|thru|to|until|till)\b|\s[-–]\s|\bq[1-4]\s*[-–]\s*q[1-4]\b/;
const QUARTERS_APART = /\bbetween\b|\bvs\.?\b|\bversus\b|\bcompared?\b/;
const SO_FAR = /\b(?:so far|to date|until (?:now|today)|up (?:to|till|until) (?:now|today))\b/;

export function readPeriod(marks: Marks, today: string): PeriodReading {
  // "The last day of last quarter": one day, its period's words taken with it (never the quarter, nor a leaver's last day).
  const edge = edgeDay(marks.text, today);
  if (edge !== null) marks.take(new RegExp(edge.said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'));
  // chrono reads "1 September to 15 September" but not "1 sep to 15 sep".
  // "Our next day off" is a day ahead to find, not tomorrow ("next day").
  // A leaver's "last day (of work)" is no date: chrono would read it as yesterday.
  const text = marks.text
    .replace(/\bnext days? off\b|\blast (?:working |work )?day\b(?: of (?:work|employment|the job|service))?/g, ' ')
    .replace(/\b[a-z]{2,10}-\d{3,}\b/g, ' ')
    .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!-)/g, (m) => FULL_MONTH[m]!);
  const quarterWords = marks
    .peek(QUARTERS)
    .map((m) => parsePeriod(m[0], today))
    .filter((q): q is string => q !== null);
  const distinct = edge !== null ? [] : [...new Set(quarterWords)];
  // "Last quarter vs the quarter before": the one before it too.
  if (distinct.length === 1 && marks.take(/\b(?:the )?(?:quarter|(?<=\bthe )one) before(?: (?:it|that))?\b(?! last)/g).length > 0)
    distinct.unshift(quarterBefore(distinct[0]!));
  let quarters = edge !== null ? [] : distinct.length === 0 ? lastQuarters(text, today) : distinct;
  // "Since Q1": from it to the last quarter ended.
  const last = parsePeriod('last quarter', today);
  if (distinct.length === 1 && SINCE_QUARTER.test(text) && last !== null && last > distinct[0]!) quarters = quartersBetween(distinct[0]!, last);
  if (quarters.length > 0 && distinct.length === 0) marks.take(LAST_QUARTERS);
  let pair = false;
  if (distinct.length === 2) {
    if (QUARTER_SPAN.test(text) && !QUARTERS_APART.test(text)) quarters = quartersBetween(distinct[0]!, distinct[1]!);
    else pair = true;
  }
  // "Q1 vs Q2 vs Q3": each of them, never pooled.
  // "Q1, Q2 and Q3" listed are each asked, as "vs" asks; "from Q1 to Q3" is a span.
  if (distinct.length > 2 && (/\bvs\.?\b|\bversus\b|\bcompared?\b/.test(text) || !QUARTER_SPAN.test(text))) pair = true;
  // Read once: the range of "from X to Y", and its two ends for a change between them.
  const own = (part: string) => namedRange(part, today, null);
  const weeks = quarters.length === 0 ? (weekEnds(text, own) ?? daySpanEnds(text, own) ?? dayPairEnds(text, own)) : null;
  const ends = weeks ?? (quarters.length === 0 ? spanEnds(text, today) : null);
  const range =
    edge !== null
      ? edge.range
      : quarters.length === 0
        ? namedRange(text, today, ends)
        : {
            ...periodRange(quarters[0]!),
            to: periodRange(quarters.at(-1)!).to,
            label: quarters.length === 1 ? quarters[0]! : `${quarters[0]} to ${quarters.at(-1)}`,
          };
  if (range !== null) marks.take(range.label.startsWith(LISTED_WEEKS_LABEL) ? WEEKS_LISTED_WORDS : WHOLE_PHRASES);
  if (range !== null) marks.take(DAY_PHRASES);
  if (range !== null || quarters.length > 0) marks.take(TIME_WORDS);
  // "Holidays so far this year": the part gone by, up to today, not the whole year.
  const soFar = range !== null && quarters.length === 0 && SO_FAR.test(text) && range.from <= today && range.to >= today && !/so far$/.test(range.label);
  const listed = quarters.length === 0 && edge === null ? periodsListed(text, today, own) : null;
  return {
    range: soFar ? { ...range, to: today, label: `${range.label} so far` } : range,
    listed,
    quarters,
    // Two weeks named apart ("week 44 and week 45") are each asked, as two quarters are.
    pair: pair || weeks !== null,
    otherMonth: range === null || weeks !== null ? null : monthLeftOut(text, range),
    ends: yearToDate(
      ends ??
        (quarters.length === 0
          ? versusEnds(text, today)
          : distinct.length === 2
            ? quarterEnds(distinct, today)
            : distinct.length === 1
              ? quarterVersusEnds(text, today)
              : null),
      text,
      today,
    ),
  };
}

/** The whole record: "ever", "since tracking started", "when was I last late". */
export const sinceTracking = (today: string): DateRange => ({ from: '2000-01-01', to: today, label: 'since tracking started' });

/** "Hires this year vs last year so far": the year to date against the same days of the year before, like for like. */
function yearToDate(ends: [DateRange, DateRange] | null, text: string, today: string): [DateRange, DateRange] | null {
  if (ends === null || !SO_FAR.test(text)) return ends;
  const [before, now] = ends;
  const wholeYear = (r: DateRange) => r.from.endsWith('-01-01') && r.to.endsWith('-12-31') && r.from.slice(0, 4) === r.to.slice(0, 4);
  if (!wholeYear(before) || !now.from.endsWith('-01-01') || now.from > today || now.to < today) return ends;
  const sameDay = `${before.from.slice(0, 4)}${today.slice(4)}`;
  return [
    { ...before, to: sameDay, label: `${before.label} to ${sameDay}` },
    { ...now, to: today, label: /so far$/.test(now.label) ? now.label : `${now.label} so far` },
  ];
}

/** The quarter before one ("2025-Q1" before "2025-Q2", "2024-Q4" before "2025-Q1"). */
function quarterBefore(quarter: string): string {
  const [year, n] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return n === 1 ? `${year - 1}-Q4` : `${year}-Q${n - 1}`;
}
