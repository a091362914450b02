import { MONTH_NAMES } from '../reading/month-words';
/** How answers write figures and people: every figure from a tool's result, none from the question. */
export const percent = (rate: number | null): string => (rate === null ? 'no rate (no day with anyone expected)' : `${Number((rate * 100).toFixed(2))}%`);
/** The absence rate: what the attendance rate leaves, to its four places. */
export const absence = (rate: number | null): number | null => (rate === null ? null : Math.round((1 - rate) * 10_000) / 10_000);
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** An answer names at most this many of a list, as a list of employees does: a sentence to read, not thousands of names. */
export const LISTED_AT_MOST = 50;
/** The first LISTED_AT_MOST items, each by `line`, then how many more there are (of `total`, when only the first were read). */
export function listed<T>(items: readonly T[], line: (item: T, index: number) => string, separator = ', ', total = items.length): string {
  const shown = items.slice(0, LISTED_AT_MOST).map(line).join(separator);
  return total > LISTED_AT_MOST ? `${shown} and ${total - LISTED_AT_MOST} more` : shown;
}
export const names = (people: readonly { name?: string | null; employee_name?: string; employee_id: string }[]) =>
  listed(people, (p) => `${p.name ?? p.employee_name ?? p.employee_id} (${p.employee_id})`);
export const round2 = (n: number) => Math.round(n * 100) / 100;
/** Words opening a sentence, capitalised. */
export const sentence = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
/** A month read as it was typed ("september", "sept 2025"): said "in september". */
const MONTH_LABEL = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{4})?$/;

const QUARTER_LABEL = /^\d{4}-Q[1-4](?: so far)?$/;
const monthOf = (date: string) => MONTH_NAMES[Number(date.slice(5, 7)) - 1]!;

export const when = (range: { from: string; to: string; label: string }) =>
  range.from === range.to
    ? `on ${range.from}`
    : QUARTER_LABEL.test(range.label)
      ? `in ${range.label} (${range.from} to ${range.to})`
      : /^\d/.test(range.label)
        ? `from ${range.from} to ${range.to}`
        : `${MONTH_LABEL.test(range.label) ? 'in ' : ''}${range.label} (${range.from} to ${range.to})`;

/**
 * A period's figure in a list of periods, its name beside the figure and its dates after ("august 2025: 74 days
 * late (2025-08-01 to 2025-08-31)"), so no period's dates stand between another's name and its figure.
 */
export const periodFigure = (range: { from: string; to: string; label: string }, figure: string) =>
  range.from === range.to || (/^\d/.test(range.label) && !QUARTER_LABEL.test(range.label))
    ? `${when(range)}: ${figure}`
    : `${QUARTER_LABEL.test(range.label) ? `${range.label}, ${monthOf(range.from)} to ${monthOf(range.to)}` : range.label}: ${figure} (${range.from} to ${range.to})`;

/** Whole years from one date to another. */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export { collated } from '../../../core/collated';

/** The first n of items in compare's order, as a stable sort and a slice give them, without ordering the rest. */
export function firstOf<T>(items: readonly T[], compare: (a: T, b: T) => number, n: number): T[] {
  const kept: T[] = [];
  if (n <= 0) return kept;
  for (const item of items) {
    if (kept.length === n && compare(item, kept[n - 1]!) >= 0) continue;
    // Behind every kept item it does not come before: ties keep the order they came in.
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > n) kept.pop();
  }
  return kept;
}

/** A threshold's comparison in words: "more than 3 days". */
/** A rate against a line, in words: "above 90%", "of at least 95%". */
export const RATE_SAID = { more: 'above', less: 'below', at_least: 'of at least', at_most: 'of at most', exactly: 'of' } as const;
export const COMPARED = { more: 'more than', less: 'fewer than', at_least: 'at least', at_most: 'at most', exactly: 'exactly' } as const;
/** A score's line in words: a score is over or under a mark, not "more" of it. */
export const SCORED = { more: 'above', less: 'below', at_least: 'at least', at_most: 'at most', exactly: 'exactly' } as const;

/** Day names by `weekdayOf` (0 = Sunday). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A period after today, refused in the words of what was asked: the records end today, and nothing ahead is predicted. */
export const inTheFuture = (label: string, today: string, what = 'what will be recorded') =>
  `${label} is in the future: I can't predict ${what}; I only know what has been recorded up to ${today}.`;

/** Everyone the caller may see, as a reader would say it: for an admin, the whole company. */
export const everyoneSeen = (role: string) => (role === 'admin' ? 'the whole company' : 'the teams you can see');
