import { addDays } from '../../../core/work-calendar/dates';
import { mondayOf, parsePeriod, periodRange, type DateRange } from '../time-expression.parser';

/** The first day of the week, month, quarter or year that holds today. */
const START_OF: Record<string, (today: string) => string> = {
  week: mondayOf,
  month: (today) => `${today.slice(0, 8)}01`,
  quarter: (today) => periodRange(parsePeriod('this quarter', today)!).from,
  year: (today) => `${today.slice(0, 4)}-01-01`,
};

/** Periods said in words that are no time words alone ("half", "start"): taken whole, so "half days" stays a measure. */
export const WHOLE_PHRASES =
  /\b(?:(?:first|second|1st|2nd) half of (?:the |this )?(?:year|20\d\d)|h[12](?: 20\d\d)?|(?:the |this )?(?:week|month|quarter|year)[- ]to[- ]date|wtd|qtd|(?:since|from) (?:the )?(?:start|beginning) of (?:the |this )?(?:current )?(?:week|month|quarter|year))\b/g;

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

/** A period said in a phrase of its own: to date, a half year, the week before last; null for any other. */
export function phrasedPeriod(text: string, today: string): DateRange | null {
  if (/\bthe week before last\b/.test(text)) {
    const monday = addDays(mondayOf(today), -14);
    return { from: monday, to: addDays(monday, 6), label: 'the week before last' };
  }
  return toDateOf(text, today) ?? halfYear(text, today);
}
