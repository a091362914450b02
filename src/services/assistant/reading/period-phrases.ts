import { addDays, weekdayOf } from '../../../core/work-calendar/dates';
import { mondayOf, parsePeriod, periodRange, type DateRange } from '../time-expression.parser';
import { MONTH_NAMES } from './month-words';

/** The first day of the week, month, quarter or year that holds today. */
const START_OF: Record<string, (today: string) => string> = {
  week: mondayOf,
  month: (today) => `${today.slice(0, 8)}01`,
  quarter: (today) => periodRange(parsePeriod('this quarter', today)!).from,
  year: (today) => `${today.slice(0, 4)}-01-01`,
};

/** Periods said in words that are no time words alone ("half", "start"): taken whole, so "half days" stays a measure. */
export const WHOLE_PHRASES =
  /\b(?:(?:the )?(?:last|past|previous) (?:two weeks|2 weeks)|(?:this|the same) (?:time|day|date) last year|(?:a|one) year ago(?: today)?|since a (?:week|month)(?: ago)?|(?:first|second|1st|2nd) half of (?:the |this )?(?:year|20\d\d|(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber)|h[12](?: 20\d\d)?|(?:the |this )?(?:week|month|quarter|year)[- ]to[- ]date|wtd|qtd|(?:since|from) (?:the )?(?:start|beginning) of (?:the |this )?(?:current )?(?:week|month|quarter|year)|(?:for |during |over )?the rest of (?:the |this )?(?:week|month|quarter|year|(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber))\b/g;

/** "Since the start of the quarter", "month to date", "QTD": from the first day of the current one to today. */
function toDateOf(text: string, today: string): DateRange | null {
  const unit =
    /\b(?:since|from) (?:the )?(?:start|beginning) of (?:the |this )?(?:current )?(week|month|quarter|year)\b/.exec(text)?.[1] ??
    /\b(?:the |this )?(week|month|quarter|year)[- ]to[- ]date\b/.exec(text)?.[1] ??
    { wtd: 'week', qtd: 'quarter' }[/\b(wtd|qtd)\b/.exec(text)?.[1] ?? ''];
  if (unit === undefined) return null;
  return { from: START_OF[unit]!(today), to: today, label: `since the start of the ${unit}` };
}

/** "The first half of the year", "H2 2025": January to June, or July to December. */
function halfYear(text: string, today: string): DateRange | null {
  const said = /\b(?:(first|second|1st|2nd) half of (?:the |this )?(?:year|(20\d\d))|h([12])(?: (20\d\d))?)\b/.exec(text);
  if (!said) return null;
  const year = said[2] ?? said[4] ?? today.slice(0, 4);
  const second = said[3] === '2' || said[1] === 'second' || said[1] === '2nd';
  return second ? { from: `${year}-07-01`, to: `${year}-12-31`, label: `H2 ${year}` } : { from: `${year}-01-01`, to: `${year}-06-30`, label: `H1 ${year}` };
}

/** "The first half of October": the 1st to the 15th, or the 16th to the month's end; a month not yet reached is last year's. */
function halfMonth(text: string, today: string): DateRange | null {
  const said = new RegExp(String.raw`\b(first|second|1st|2nd) half of (${MONTH_NAMES.join('|')})(?: (20\d\d))?\b`).exec(text);
  if (!said) return null;
  const month = MONTH_NAMES.indexOf(said[2]!) + 1;
  const year = Number(said[3] ?? (month <= Number(today.slice(5, 7)) ? today.slice(0, 4) : Number(today.slice(0, 4)) - 1));
  const mm = `${year}-${String(month).padStart(2, '0')}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const second = said[1] === 'second' || said[1] === '2nd';
  return { from: `${mm}-${second ? 16 : '01'}`, to: `${mm}-${second ? last : 15}`, label: `the ${second ? 'second' : 'first'} half of ${said[2]}` };
}

/** "Since a month", "since a week ago": from that day a month or a week back to today. */
function sinceAgo(text: string, today: string): DateRange | null {
  const unit = /\bsince a (week|month)(?: ago)?\b/.exec(text)?.[1];
  if (unit === undefined) return null;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 2, Math.min(d, new Date(Date.UTC(y, m - 1, 0)).getUTCDate()))).toISOString().slice(0, 10);
  const from = unit === 'week' ? addDays(today, -7) : back;
  return { from, to: today, label: `since ${from}` };
}

const DAY_OF = String.raw`\d{1,2}(?:st|nd|rd|th)?(?: (?:${MONTH_NAMES.join('|')}))?`;
const WEEKS_LISTED = new RegExp(String.raw`\bweeks (?:starting|beginning|commencing|of) (?:on )?(${DAY_OF}(?:,? (?:and )?${DAY_OF})+)\b`);
/** The words of weeks listed, taken only once they were read as weeks a week apart (any other list is named back). */
export const WEEKS_LISTED_WORDS = new RegExp(WEEKS_LISTED.source, 'g');
export const LISTED_WEEKS_LABEL = 'the weeks from';

/**
 * "The weeks starting 20 October, 27 October, 3 November and 10 November", "the weeks of 1, 8, 15 and 22 September":
 * Mondays a week apart, read as the span from the first to the Sunday after the last (asked week by week); null for
 * any other list, whose words are then named back.
 */
function listedWeeks(text: string, today: string): DateRange | null {
  const said = WEEKS_LISTED.exec(text)?.[1];
  if (said === undefined) return null;
  const days = [...said.matchAll(new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?(?: (${MONTH_NAMES.join('|')}))?`, 'g'))];
  // A day without its month takes the next one named ("1, 8, 15 and 22 September").
  const months = days.map((d, i) => d[2] ?? days.slice(i + 1).find((later) => later[2])?.[2]);
  if (months.some((m) => m === undefined)) return null;
  const dates = days.map((d, i) => {
    const month = MONTH_NAMES.indexOf(months[i]!) + 1;
    const year = month <= Number(today.slice(5, 7)) ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
    return `${year}-${String(month).padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
  });
  if (!dates.every((date, i) => weekdayOf(date) === 1 && (i === 0 || addDays(dates[i - 1]!, 7) === date))) return null;
  return { from: dates[0]!, to: addDays(dates.at(-1)!, 6), label: `${LISTED_WEEKS_LABEL} ${dates[0]} to ${dates.at(-1)}` };
}

/** The days of weeks listed that are not Mondays a week apart ("the weeks starting 20 October and 3 November"); null otherwise. */
export function weeksNotAWeekApart(text: string, range: DateRange | null): string | null {
  const said = WEEKS_LISTED.exec(text)?.[1];
  return said !== undefined && !range?.label.startsWith(LISTED_WEEKS_LABEL) ? said : null;
}

/** "This time last year", "a year ago today": that day a year back (29 February: the 28th). */
function yearAgo(text: string, today: string): DateRange | null {
  if (!/\b(?:(?:this|the same) (?:time|day|date) last year|(?:a|one) year ago(?: today)?)\b/.test(text)) return null;
  const day = `${Number(today.slice(0, 4)) - 1}${today.slice(4) === '-02-29' ? '-02-28' : today.slice(4)}`;
  return { from: day, to: day, label: 'this time last year' };
}

/** "The past two weeks": the fourteen days up to today, as "the last 14 days" ("fortnight" is refused, named back). */
function lastTwoWeeks(text: string, today: string): DateRange | null {
  return /\b(?:last|past|previous) (?:two|2) weeks\b/.test(text) ? { from: addDays(today, -13), to: today, label: 'the last two weeks' } : null;
}

/** A period said in a phrase of its own: to date, a half year or month, the week or month before last; null for any other. */
export function phrasedPeriod(text: string, today: string): DateRange | null {
  if (/\bthe week before last\b/.test(text)) {
    const monday = addDays(mondayOf(today), -14);
    return { from: monday, to: addDays(monday, 6), label: 'the week before last' };
  }
  if (/\bthe week after next\b/.test(text)) {
    const monday = addDays(mondayOf(today), 14);
    return { from: monday, to: addDays(monday, 6), label: 'the week after next' };
  }
  if (/\bthe month before last\b/.test(text)) {
    const first = `${addDays(`${today.slice(0, 8)}01`, -32).slice(0, 8)}01`;
    return { from: first, to: addDays(`${addDays(first, 32).slice(0, 8)}01`, -1), label: 'the month before last' };
  }
  return (
    lastTwoWeeks(text, today) ??
    yearAgo(text, today) ??
    toDateOf(text, today) ??
    halfYear(text, today) ??
    halfMonth(text, today) ??
    sinceAgo(text, today) ??
    listedWeeks(text, today)
  );
}
