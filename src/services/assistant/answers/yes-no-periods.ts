/* Two periods' figures in a yes or no: "were there more late arrivals in October than in September", "did attendance go up". */
import { absence } from './format';
import type { Question, Step } from './plan';

export const MORE = /\b(?:more|higher|worse)\b/;
export const FEWER = /\b(?:fewer|less|lower)\b/;
/** The counts a range summary totals under the measure's own name. */
export const COUNTED = new Set(['late', 'absent', 'half_day', 'missing_check_out']);
/** The figure a rate answer is judged on: the attendance rate, or the absence rate it leaves. */
export const judged = (measure: string, rate: number | null) => (measure === 'absence_rate' ? absence(rate) : rate);

/** Calls over two periods, not two figures of one period (a team beside everyone), which are no move. */
const twoPeriods = (step: { calls: { input: unknown }[] }) => new Set(step.calls.map((c) => (c.input as { from?: string }).from)).size >= 2;

/** The two periods' calls in the calendar's order, and whether the question named the earlier one first ("better in September than in October"). */
export function inOrder(q: Question, step: Step & { calls: { input: unknown }[] }, results: unknown[]) {
  const dated = results.map((r, i) => ({ from: String((step.calls[i]!.input as { from?: string }).from), r }));
  dated.sort((a, b) => (a.from < b.from ? -1 : 1));
  // Compared with "than", the first period named is the one asked about, wherever it falls in the calendar.
  const said = q.reading.said;
  const at = (label: string | undefined) => (label === undefined ? -1 : said.indexOf(label.replace(/^(?:in|on|during) /, '')));
  const [earlier, later] = [at(q.reading.ends?.[0]?.label), at(q.reading.ends?.[1]?.label)];
  const earlierFirst = /\bthan\b/.test(said) && earlier >= 0 && later >= 0 && earlier < later;
  return { before: dated[0]!.r, after: dated[1]!.r, earlierFirst };
}

/** "Were there more late arrivals in October than in September": the two periods' counts, the first named against the second. */
export function countsCompared(q: Question, step: Step & { calls: { input: unknown }[] }, results: unknown[]): boolean | null {
  if (step.intent !== 'attendance_summary' || !COUNTED.has(step.measure) || results.length !== 2 || MORE.test(q.reading.said) === FEWER.test(q.reading.said))
    return null;
  const { before, after, earlierFirst } = inOrder(q, step, results);
  const figure = (r: unknown) => (r as { totals?: Record<string, number> }).totals?.[step.measure];
  const [a, b] = earlierFirst ? [figure(before), figure(after)] : [figure(after), figure(before)];
  if (a === undefined || b === undefined) return null;
  return MORE.test(q.reading.said) ? a > b : a < b;
}

/** Two periods' attendance or absence rates (ratesOverPeriods): which way the later one moved from the earlier, and which was named first. */
export function rateMove(
  q: Question,
  step: Step & { calls: { input: unknown }[] },
  results: unknown[],
): { way: 'up' | 'down' | 'neither up nor down'; earlierFirst: boolean } | null {
  if (
    step.intent !== 'attendance_summary' ||
    (step.measure !== 'attendance_rate' && step.measure !== 'absence_rate') ||
    results.length !== 2 ||
    q.reading.teams.length > 1
  )
    return null;
  if (!twoPeriods(step)) return null;
  // In the calendar's order, whichever was named first.
  const ordered = inOrder(q, step, results);
  const [before, after] = [ordered.before, ordered.after].map((r) =>
    judged(step.measure, (r as { totals?: { average_rate: number | null } }).totals?.average_rate ?? null),
  );
  if (before === null || after === null || before === undefined || after === undefined) return null;
  return { way: after > before ? 'up' : after < before ? 'down' : 'neither up nor down', earlierFirst: ordered.earlierFirst };
}

/** "Were late arrivals up or down in October compared with September": the way the later count went from the earlier. */
export function countMove(step: Step & { calls: { input: unknown }[] }, q: Question, results: unknown[]): string | null {
  if (step.intent !== 'attendance_summary' || !COUNTED.has(step.measure) || results.length !== 2) return null;
  if (!twoPeriods(step)) return null;
  const { before, after } = inOrder(q, step, results);
  const [a, b] = [before, after].map((r) => (r as { totals?: Record<string, number> }).totals?.[step.measure]);
  if (a === undefined || b === undefined) return null;
  return b > a ? 'up' : b < a ? 'down' : 'neither up nor down';
}
