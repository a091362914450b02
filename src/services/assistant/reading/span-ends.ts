import { addDays } from '../../../core/work-calendar/dates';
import { parseDateRange, parsePeriod, periodRange, type DateRange } from '../time-expression.parser';
import { lastDay, pad } from './days-of-month';
import { MONTH_NAMES } from './month-words';

/** "Between X and Y", "from X to Y": each end read on its own, so a month as the end is its last day. */
const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;
/** "Between 1 and 15 october", "from september to november", "september to november" (months need no "from"). */
const SPAN = new RegExp(
  String.raw`\b(?:(?:between|from) (.+?) (?:and|to|through|thru|until|till|-) (.+)$|(${MONTH_NAME}(?: 20\d\d)?) (?:to|through|thru|until|till|-|–) (${MONTH_NAME}(?: 20\d\d)?)\b)`,
);

export function spanEnds(text: string, today: string): [DateRange, DateRange] | null {
  const found = SPAN.exec(text);
  if (!found) return null;
  const span = [found[0], found[1] ?? found[3], found[2] ?? found[4]];
  const second = parseDateRange(span[2]!, today);
  // "Between 20 and 28 november": a bare day is of the other end's month.
  const bareDay = /^(?:the )?(\d{1,2})(?:st|nd|rd|th)?$/.exec(span[1]!.trim());
  const first =
    bareDay && second && Number(bareDay[1]) >= 1 && Number(bareDay[1]) <= Number(second.from.slice(8))
      ? { from: `${second.from.slice(0, 8)}${bareDay[1]!.padStart(2, '0')}`, to: `${second.from.slice(0, 8)}${bareDay[1]!.padStart(2, '0')}`, label: span[1]! }
      : parseDateRange(span[1]!, today);
  if (first === null || second === null || first.from > second.to) return null;
  return [first, second];
}

/** "This month vs last month": two periods named by where they stand, compared. */
const VERSUS = new RegExp(
  String.raw`\b(the (?:week|month) before last|(?:this|last|previous|past) (?:week|month|year)|${MONTH_NAME})\b.*?\b(?:vs\.?|versus|compared? (?:to|with)|against|and|or|than|with)\b.*?\b(the (?:week|month) before last|(?:this|last|previous|past) (?:week|month|year)|the (?:week|month|year) before|${MONTH_NAME})\b`,
);

/** "The week before last", "the month before last": the one before last week's or last month's. */
function beforeLast(said: string, today: string): DateRange | null {
  const unit = /^the (week|month) before last$/.exec(said)?.[1];
  const last = unit === undefined ? null : parseDateRange(`last ${unit}`, today);
  return unit === undefined || last === null ? null : { ...before(last, unit), label: said };
}

/** "The week before" a period: the same span one week, month or year earlier. */
function before(range: DateRange, unit: string): DateRange {
  if (unit === 'week') return { from: addDays(range.from, -7), to: addDays(range.from, -1), label: `the week before` };
  const year = Number(range.from.slice(0, 4)) - (unit === 'year' ? 1 : 0);
  const month = unit === 'year' ? 1 : Number(range.from.slice(5, 7)) - 1;
  const [y, m] = month === 0 ? [year - 1, 12] : [year, month];
  const to = unit === 'year' ? `${y}-12-31` : `${y}-${pad(m)}-${lastDay(y, m)}`;
  return { from: `${y}-${pad(m)}-01`, to, label: `the ${unit} before` };
}

export function versusEnds(text: string, today: string): [DateRange, DateRange] | null {
  const said = VERSUS.exec(text);
  if (!said) return null;
  const first = beforeLast(said[1]!, today) ?? parseDateRange(said[1]!, today);
  const relative = /^the (week|month|year) before$/.exec(said[2]!);
  const both = [first, relative && first ? before(first, relative[1]!) : (beforeLast(said[2]!, today) ?? parseDateRange(said[2]!, today))];
  if (both.some((r) => r === null)) return null;
  const [a, b] = (both as DateRange[]).sort((x, y) => x.from.localeCompare(y.from));
  return a!.from === b!.from ? null : [a!, b!];
}

const QUARTER_SIDE = String.raw`q[1-4](?: 20\d\d)?|(?:this|last|previous) quarter`;
const SIDE = String.raw`${QUARTER_SIDE}|(?:this|last|previous) (?:week|month|year)|${MONTH_NAME}(?: 20\d\d)?`;
const QUARTER_ALONE = new RegExp(String.raw`^(?:${QUARTER_SIDE})$`);
const QUARTER_VERSUS = new RegExp(String.raw`\b(${SIDE})\b.*?\b(?:vs\.?|versus|compared? (?:to|with)|against|than)\b.*?\b(${SIDE})\b`);

/** "Q3 vs October": a quarter against a period of another kind, each an end (the quarter under way up to today). */
export function quarterVersusEnds(text: string, today: string): [DateRange, DateRange] | null {
  const said = QUARTER_VERSUS.exec(text);
  if (!said) return null;
  const side = (part: string): DateRange | null => {
    const quarter = QUARTER_ALONE.test(part) ? parsePeriod(part, today) : null;
    if (quarter === null) return parseDateRange(part, today);
    const range = { ...periodRange(quarter), label: quarter };
    return range.to > today ? { ...range, to: today, label: `${quarter} so far` } : range;
  };
  const both = [side(said[1]!), side(said[2]!)];
  if (both.some((r) => r === null)) return null;
  const [a, b] = (both as DateRange[]).sort((x, y) => x.from.localeCompare(y.from));
  return a!.from === b!.from || a!.to >= b!.from ? null : [a!, b!];
}
