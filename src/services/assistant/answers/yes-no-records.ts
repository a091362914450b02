/*
 * Yes or no, or which way, from two records answered side by side (one person over two periods, two people over
 * one): each record's figure for the measure as the answer states it, the first named against the second.
 */
import type { Question } from './plan';

/** Each record's figure, in the words the record answer gives it ("an attendance rate of 95.35%", "5 late"). */
const FIGURE: Record<string, RegExp> = {
  attendance_rate: /\ban attendance rate of (\d+(?:\.\d+)?)%/g,
  attendance: /\ban attendance rate of (\d+(?:\.\d+)?)%/g,
  late: /\b(\d+(?:\.\d+)?) late\b/g,
  absent: /\b(\d+(?:\.\d+)?) days? absent\b/g,
  half_day: /\b(\d+(?:\.\d+)?) half-day\b/g,
  on_leave: /\b(\d+(?:\.\d+)?) days? on leave\b/g,
  hours: /\b(\d+(?:\.\d+)?) hours worked\b/g,
};
const RECORDS = new Set(['employee_attendance', 'my_attendance']);
/** Figures where less is better: lateness, absences and the days behind them. */
export const LOWER_IS_BETTER = new Set(['late', 'absent', 'absence_rate', 'half_day', 'missing_check_out', 'on_leave']);
const MORE = /\b(?:more|higher|better)\b/;
const FEWER = /\b(?:fewer|less|lower|worse)\b/;

/** The two records' figures, in the order the answer gives them; null unless there are exactly two. */
function figures(intent: string, measure: string, text: string): [number, number] | null {
  const pattern = FIGURE[measure];
  if (!RECORDS.has(intent) || pattern === undefined) return null;
  const found = [...text.matchAll(pattern)].map((m) => Number(m[1]));
  return found.length === 2 ? [found[0]!, found[1]!] : null;
}

/** The two periods' figures in the calendar's order, whichever order the answer gave them in (found by their dates). */
function inCalendarOrder(q: Question, pair: [number, number], text: string): [number, number] {
  const [earlier, later] = (q.reading.ends ?? []).map((end) => text.indexOf(end.from));
  return earlier !== undefined && later !== undefined && later >= 0 && earlier > later ? [pair[1], pair[0]] : pair;
}

/** Of two periods answered in the calendar's order, whether the question named the later one first ("better this month than last"). */
function laterNamedFirst(q: Question): boolean {
  const [earlier, later] = (q.reading.ends ?? []).map((r) => q.reading.said.indexOf(r.label.replace(/^(?:in|on|during) /, '')));
  return earlier !== undefined && later !== undefined && earlier >= 0 && later >= 0 && later < earlier;
}

/** "Did my attendance go up or down from September to October": the later period's figure against the earlier's. */
export function recordsMove(q: Question, intent: string, measure: string, text: string): 'up' | 'down' | 'neither up nor down' | null {
  const found = q.reading.ends !== null ? figures(intent, measure, text) : null;
  if (found === null) return null;
  const pair = inCalendarOrder(q, found, text);
  return pair[1] > pair[0] ? 'up' : pair[1] < pair[0] ? 'down' : 'neither up nor down';
}

/**
 * "Did Julia have more late arrivals than Felix in October" (two people, in the order named), "is Ben's attendance
 * better this month than last" (two periods, the one named first against the other).
 */
export function recordsCompared(q: Question, intent: string, measure: string, text: string): boolean | null {
  const said = q.reading.said;
  if (MORE.test(said) === FEWER.test(said) || !/\bthan\b/.test(said)) return null;
  const twoPeople = q.people.length === 2 && q.reading.ends === null;
  const found = twoPeople || q.reading.ends !== null ? figures(intent, measure, text) : null;
  if (found === null) return null;
  const pair = twoPeople ? found : inCalendarOrder(q, found, text);
  const wantsMore = MORE.test(said) !== (LOWER_IS_BETTER.has(measure) && /\b(?:better|worse)\b/.test(said));
  const [first, second] = twoPeople || !laterNamedFirst(q) ? pair : [pair[1], pair[0]];
  return wantsMore ? first > second : first < second;
}

/** "Is Fatima above our team average for Q3": the person's score for the quarter against the average given beside it. */
export function scoreAgainstMean(q: Question, intent: string, text: string): boolean | null {
  const said = q.reading.said;
  const above = /\b(?:above|over|higher|better)\b/.test(said);
  if ((intent !== 'employee_scores' && intent !== 'my_scores') || above === /\b(?:below|under|lower|worse)\b/.test(said)) return null;
  const quarter = q.reading.quarters.length === 1 ? q.reading.quarters[0]! : null;
  const own = quarter === null ? undefined : new RegExp(String.raw`\b${quarter} (\d+(?:\.\d+)?) \(KPI`).exec(text)?.[1];
  const mean = /\bthe average final score(?: for \S+)? is (\d+(?:\.\d+)?)/.exec(text)?.[1];
  if (own === undefined || mean === undefined) return null;
  return above ? Number(own) > Number(mean) : Number(own) < Number(mean);
}
