import { positionVerdict } from './position-yes-no';
import { meets } from '../reading/operation';
import { isPlan, type Plan, type Question, type Step } from './plan';
import { PERSON_TOTAL } from './status-words';
import { LOWER_IS_BETTER, recordsCompared, recordsMove, scoreAgainstMean } from './yes-no-records';
import { anyoneListed, headcountsCompared, meansMove } from './yes-no-groups';
import { COUNTED, countMove, countsCompared, FEWER, judged, MORE, rateMove } from './yes-no-periods';
import { sidesDifference, sidesVerdict } from './sides-compared';

/** A person's figure for the day's state asked ("was I late this week": their late days). */
const OWN_FIGURE: Record<string, (d: Record<string, number>) => number> = {
  ...Object.fromEntries(Object.entries(PERSON_TOTAL).map(([measure, total]) => [measure, (d: Record<string, number>) => d[total]!])),
  present: (d) => d.present! + d.late! + d.half_day!,
  attendance: (d) => d.present! + d.late! + d.half_day!,
  hours: (d) => d.hours_worked!,
};

/** The answers that list who or what matched: an empty one says so first. */
const LISTS = new Set(['late_or_absent', 'attendance_by_person', 'leave_requests', 'attendance_issues', 'hires', 'leavers', 'attendance_by_rate', 'holidays']);
const NONE = /^(?:nobody|no one|no team|there (?:are|is|were|was) no|0 days)\b|: (?:nobody|none)\b/i;
const DECISION = /\b(approved|rejected|pending|cancell?ed)\b/;

// "Is the rate up this quarter": up or down said alone.
const UP = /\b(?:go(?:ne)? up|went up|improved?|increased?|rise|rose|higher|better|up(?! to\b))\b/;
const DOWN = /\b(?:go(?:ne)? down|went down|drop(?:ped)?|decreased?|fall|fell|lower|worse|declined?|down)\b/;
/** An absence rate is better when it is lower: its ways are read on the absence figures. */
const ABSENCE_UP = /\b(?:go(?:ne)? up|went up|increased?|rise|rose|higher|worse)\b/;
const ABSENCE_DOWN = /\b(?:go(?:ne)? down|went down|drop(?:ped)?|decreased?|fall|fell|lower|better|improved?|declined?)\b/;
const waysOf = (measure: string) => (measure === 'absence_rate' ? { up: ABSENCE_UP, down: ABSENCE_DOWN } : { up: UP, down: DOWN });

/** "Is QA's attendance worse than DEV's", "is QA's absence rate higher than DEV's": the first team named against the second, over one period. */
function teamsCompared(q: Question, intent: string, measure: string, results: unknown[]): boolean | null {
  const [first, second] = q.reading.teams;
  const { up, down } = waysOf(measure);
  if (intent !== 'attendance_summary' || q.reading.teams.length !== 2 || results.length !== 1 || up.test(q.reading.said) === down.test(q.reading.said))
    return null;
  const rates = (results[0] as { teams?: { team_id: string; totals: { average_rate: number | null } }[] }).teams ?? [];
  const rate = (team: string | undefined) => judged(measure, rates.find((t) => t.team_id === team)?.totals.average_rate ?? null);
  const [a, b] = [rate(first), rate(second)];
  if (a === null || b === null) return null;
  return up.test(q.reading.said) ? a > b : a < b;
}

/** "Did SEC have more late arrivals than AI in Q3": the first team's count against the second's. */
function teamCountsCompared(q: Question, intent: string, measure: string, results: unknown[]): boolean | null {
  const [first, second] = q.reading.teams;
  if (intent !== 'attendance_summary' || !COUNTED.has(measure) || q.reading.teams.length !== 2 || results.length !== 1) return null;
  if (MORE.test(q.reading.said) === FEWER.test(q.reading.said)) return null;
  const teams = (results[0] as { teams?: { team_id: string; totals: Record<string, number> }[] }).teams ?? [];
  const [a, b] = [first, second].map((team) => teams.find((t) => t.team_id === team)?.totals[measure]);
  if (a === undefined || b === undefined) return null;
  return MORE.test(q.reading.said) ? a > b : a < b;
}

/** "Did DEV have a higher average score than QA in Q3": the first team's mean against the second's. */
function scoreTeamsCompared(q: Question, intent: string, results: unknown[]): boolean | null {
  const [first, second] = q.reading.teams;
  if (intent !== 'score_comparison' || q.reading.teams.length !== 2 || results.length !== 1 || UP.test(q.reading.said) === DOWN.test(q.reading.said))
    return null;
  const teams = (results[0] as { periods?: { teams: { team_id: string; mean: number | null }[] }[] }).periods?.at(-1)?.teams ?? [];
  const [a, b] = [first, second].map((team) => teams.find((t) => t.team_id === team)?.mean ?? null);
  if (a === null || b === null || a === undefined || b === undefined) return null;
  return UP.test(q.reading.said) ? a > b : a < b;
}

/** "Is the company average for Q3 higher than it was in Q2": the first quarter named against the second. */
function quartersCompared(q: Question, intent: string, results: unknown[]): boolean | null {
  const said = q.reading.said;
  if (intent !== 'score_summary' || !q.reading.pair || q.reading.quarters.length !== 2 || results.length !== 2) return null;
  if (!/\bthan\b/.test(said) || UP.test(said) === DOWN.test(said)) return null;
  const [a, b] = results.map((r) => (r as { periods?: { mean: number | null }[] }).periods?.at(-1)?.mean ?? null);
  if (a === null || b === null || a === undefined || b === undefined) return null;
  return UP.test(said) ? a > b : a < b;
}

/** "Were there more than 60 late arrivals in October": the days in all against the line. */
function totalAgainstLine(q: Question, intent: string, measure: string, results: unknown[]): boolean | null {
  const t = q.reading.threshold;
  if (intent !== 'attendance_summary' || t === null || t.percent || !COUNTED.has(measure) || results.length !== 1) return null;
  const total = (results[0] as { totals?: Record<string, number> }).totals?.[measure];
  return total === undefined ? null : meets(total, t.comparison, t.value);
}

const ABOVE = /\b(?:above|over|higher|better)\b/;
const BELOW = /\b(?:below|under|lower|worse)\b/;

/** "Is DEV's Q3 average above the company's": the team's figure (the first answer) against everyone's (the second). */
function againstEveryone(q: Question, intent: string, results: unknown[]): boolean | null {
  const said = q.reading.said;
  if (q.reading.teams.length !== 1 || results.length !== 2 || ABOVE.test(said) === BELOW.test(said)) return null;
  if (intent !== 'attendance_summary' && intent !== 'score_summary') return null;
  const figure = (r: unknown) => {
    const d = r as { totals?: { average_rate?: number | null }; periods?: { mean: number | null }[] };
    return d.totals?.average_rate ?? d.periods?.at(-1)?.mean ?? null;
  };
  const [team, everyone] = results.map(figure);
  if (team === null || everyone === null || team === undefined || everyone === undefined) return null;
  return ABOVE.test(said) ? team > everyone : team < everyone;
}

/** "Is Peter below the team attendance rate": the person's rate (the first answer) against the group's (the second). */
function personAgainstGroup(q: Question, intent: string, results: unknown[]): boolean | null {
  const said = q.reading.said;
  if ((intent !== 'employee_attendance' && intent !== 'my_attendance') || results.length !== 2 || ABOVE.test(said) === BELOW.test(said)) return null;
  const own = (results[0] as { rate?: number | null }).rate;
  const group = (results[1] as { totals?: { average_rate?: number | null } }).totals?.average_rate;
  if (own === null || own === undefined || group === null || group === undefined) return null;
  return ABOVE.test(said) ? own > group : own < group;
}

/**
 * "Do the seniors score higher on average than the juniors": two levels' averages, answered side by side, each
 * sentence saying "among <level>s … is <mean>"; the first level named against the second.
 */
function levelsCompared(q: Question, intent: string, text: string): boolean | null {
  const { position, position_also: other } = q.reading.filters;
  const said = q.reading.said.replace(/\bmore than\b/g, 'higher than').replace(/\boutscored?\b/g, 'higher');
  if (intent !== 'score_statistics' || !position || !other || UP.test(said) === DOWN.test(said)) return null;
  const mean = (level: string) => new RegExp(String.raw`\bamong ${level}s(?: in \S+)? is (-?\d+(?:\.\d+)?)`).exec(text)?.[1];
  const [a, b] = [mean(position), mean(other)];
  if (a === undefined || b === undefined) return null;
  return UP.test(said) ? Number(a) > Number(b) : Number(a) < Number(b);
}

/** "Did DEV take more annual leave than DAT this year": the two teams' balances, each one's taken days in all. */
function leaveCompared(q: Question, intent: string, results: unknown[]): boolean | null {
  if (intent !== 'leave_balance' || q.reading.teams.length !== 2 || MORE.test(q.reading.said) === FEWER.test(q.reading.said)) return null;
  const taken = results
    .filter((r): r is { balances: { taken: number }[] } => typeof r === 'object' && r !== null && 'balances' in r)
    .map((r) => r.balances.reduce((n, b) => n + b.taken, 0));
  if (taken.length !== 2) return null;
  return MORE.test(q.reading.said) ? taken[0]! > taken[1]! : taken[0]! < taken[1]!;
}

/** Yes or no, from the figures the answer gives; null when they do not decide it. */
function verdict(q: Question, intent: string, measure: string, results: unknown[], text: string): boolean | null {
  if (/\bSo (?:yes|no)\b|^(?:Yes|No|Partly|Half)\b/.test(text)) return null;
  if (intent === 'leave_requests') {
    // "Is my leave approved yet": every request in the state asked; "is Maria off on the 24th": any approved.
    const asked = DECISION.exec(q.reading.said)?.[1];
    const requests = (results[0] as { requests: { status: string }[] }).requests;
    // "Are there more than 5 pending requests": their number against the line.
    const line = q.reading.threshold;
    if (line !== null && !line.percent && /\b(?:requests?|reqs?)\b/.test(q.reading.said)) return meets(requests.length, line.comparison, line.value);
    // "Was Omar's leave for Friday approved": the status asked last is the question, whatever else it names.
    if (asked !== undefined && (!q.reading.measures.includes('on_leave') || new RegExp(String.raw`\b${asked}(?: yet)?\s*\??\s*$`).test(q.reading.said)))
      return requests.length > 0 && requests.every((r) => r.status.startsWith(asked.slice(0, 6)));
    return !NONE.test(text);
  }
  // "Did I check out yesterday": whether the day's record has that time.
  // "What time did I check in today, and does it count as late": the day's status beside its time.
  if (measure === 'check_times' && /\blate\b/.test(q.reading.said)) return /\(late\)/.test(text);
  if (measure === 'check_times')
    return /\bno check-(?:in|out)\b|\bno record\b|\bnot checked\b/i.test(text) ? false : /\bchecked (?:in|out) at\b/i.test(text) || null;
  const compared =
    teamsCompared(q, intent, measure, results) ??
    teamCountsCompared(q, intent, measure, results) ??
    scoreTeamsCompared(q, intent, results) ??
    totalAgainstLine(q, intent, measure, results) ??
    quartersCompared(q, intent, results) ??
    againstEveryone(q, intent, results) ??
    personAgainstGroup(q, intent, results) ??
    headcountsCompared(q, intent, results) ??
    levelsCompared(q, intent, text) ??
    leaveCompared(q, intent, results) ??
    recordsCompared(q, intent, measure, text) ??
    scoreAgainstMean(q, intent, text);
  if (compared !== null) return compared;
  // "Did anyone in QA improve from Q2 to Q3": those who moved that way, listed.
  // "Did any testers score below 55": those past the line, listed.
  const movers =
    (intent === 'score_change' || intent === 'hours' || (intent === 'score_statistics' && q.reading.operation === 'threshold')) &&
    /^(?:\d+ (?:person|people)|Nobody)\b/.test(text);
  // "Have I been here at least 4 years": the full years of service against the line.
  const years = (intent === 'tenure' || measure === 'tenure') && q.reading.threshold !== null ? /\b(\d+) full years? of service\b/.exec(text)?.[1] : undefined;
  if (years !== undefined) return meets(Number(years), q.reading.threshold!.comparison, q.reading.threshold!.value);
  if (LISTS.has(intent) || movers || (intent === 'leave_balance' && q.reading.threshold !== null)) return q.reading.everyone === NONE.test(text);
  if ((intent === 'employee_attendance' || intent === 'my_attendance') && results.length === 1) {
    // "Was I off on the 5th": absent or on leave, either is a day off.
    const figure = measure === 'absent' && q.reading.off ? (d: Record<string, number>) => d.absent! + d.on_leave_days! : OWN_FIGURE[measure];
    return figure === undefined ? null : figure(results[0] as Record<string, number>) > 0;
  }
  // "Did my score go up last quarter": the change the answer gives, against the way asked.
  const change = CHANGE.exec(text);
  // "Did the AI team's average improve from Q4 to Q3": the move of the mean between the two quarters' summaries.
  const means =
    intent === 'score_change' && results.length === 2 ? results.map((r) => (r as { periods?: { mean: number | null }[] }).periods?.[0]?.mean ?? null) : [];
  const by = change !== null ? Number(change[1]) : means.length === 2 && means.every((m) => m !== null) ? means[1]! - means[0]! : null;
  if ((intent === 'employee_scores' || intent === 'my_scores' || intent === 'score_change') && by !== null && results.length <= 2)
    return UP.test(q.reading.said) ? by > 0 : DOWN.test(q.reading.said) ? by < 0 : by !== 0;
  // "What's left of my allowance, and have I used any yet": the balances' days taken.
  if (intent === 'leave_balance' && /\b(?:used|taken|had) any\b/.test(q.reading.said) && results.length === 1) {
    const balances = (results[0] as { balances?: { taken: number }[] }).balances;
    if (balances !== undefined) return balances.reduce((n, b) => n + b.taken, 0) > 0;
  }
  // "Has Maria taken any of her annual leave yet": the days taken so far (not those only booked).
  if (intent === 'leave_balance' && measure === 'leave_taken') {
    const taken = /\b(?:has taken|have taken|took) (\d+(?:\.\d+)?) days?\b/.exec(text)?.[1];
    if (taken !== undefined) return Number(taken) > 0;
  }
  const t = q.reading.threshold;
  if ((intent === 'employee_scores' || intent === 'my_scores') && t !== null && q.reading.quarters.length === 1 && results.length === 1) {
    const item = (results[0] as { items: { period: string; final_score: number; kpi?: number }[] }).items.find((i) => i.period === q.reading.quarters[0]);
    return item === undefined ? null : meets(measure === 'kpi' ? (item.kpi ?? item.final_score) : item.final_score, t.comparison, t.value);
  }
  return null;
}

/** "Up or down", "better or worse": which way is the answer, not yes or no. */
const EITHER_WAY =
  /\b(?:up or down|down or up|better or worse|worse or better|more or (?:fewer|less)|(?:fewer|less) or more|(?:increase|rise)d? or (?:decrease|fall|drop)(?:ped|ed)?)\b/;

/** A yes-or-no question ("was I late this week", "is anyone off tomorrow") is answered yes or no first, then its figures. */
export function withYesOrNo(q: Question, step: Step): Step {
  // "Better or worse this month than last?" asks which way, though it opens with no "was" or "did".
  const eitherWay = EITHER_WAY.test(q.reading.said);
  if (!isPlan(step) || step.calls.length === 0) return step;
  return {
    ...step,
    // "How many more hours", "by how many points": the difference after the answer.
    phrase: (results) => {
      const text = step.phrase(results);
      return `${q.reading.yesNo || eitherWay ? judgedFirst(q, step, results, text, eitherWay) : text}${sidesDifference(q, step, results, text)}`;
    },
  };
}

/** "More or fewer", "higher or lower": the two words to choose between, the upward one first. */
const CHOICE = /\b(?:(more|higher|longer|bigger) or (fewer|less|lower|shorter|smaller)|(fewer|less|lower|shorter|smaller) or (more|higher|longer|bigger))\b/;
/** "Change from 2025-Q2 to 2025-Q3: +1 (up)": the move a person's scores answer gives. */
const CHANGE = /Change from \S+ to \S+: ([+-]?\d+(?:\.\d+)?)/;

function judgedFirst(q: Question, step: Plan, results: unknown[], text: string, eitherWay: boolean): string {
  // "Did DEV's attendance go up from September to October": the move, then the two rates.
  const { up, down } = waysOf(step.measure);
  if (eitherWay) {
    const change = Number(CHANGE.exec(text)?.[1] ?? 0);
    const moved = change > 0 ? 'up' : change < 0 ? 'down' : undefined;
    const way =
      countMove(step, q, results) ??
      rateMove(q, step, results)?.way ??
      recordsMove(q, step.intent, step.measure, text) ??
      meansMove(q, step.intent, text) ??
      moved;
    // Asked "better or worse": a rate or a score going up is better; lateness, absences or an absence rate, worse.
    const judgedWay =
      /\b(?:better|worse)\b/.test(q.reading.said) && way !== 'neither up nor down'
        ? ` (${(way === 'up') === !LOWER_IS_BETTER.has(step.measure) ? 'better' : 'worse'})`
        : '';
    // Asked "more or fewer": the word of the two that it was.
    const choice = CHOICE.exec(q.reading.said);
    const chosen = choice && way !== 'neither up nor down' ? ` (${way === 'up' ? (choice[1] ?? choice[4]) : (choice[2] ?? choice[3])})` : '';
    if (way !== undefined && way !== null) return `It went ${way}${judgedWay || chosen}. ${text}`;
  }
  if (!q.reading.yesNo) return text;
  const move = up.test(q.reading.said) !== down.test(q.reading.said) ? rateMove(q, step, results) : null;
  // "Better in September than in October" asks whether it went down.
  if (move !== null) return `${((move.way === 'up') === up.test(q.reading.said)) !== move.earlierFirst ? 'Yes' : 'No'}: it went ${move.way}. ${text}`;
  const said =
    positionVerdict(q, results) ??
    countsCompared(q, step, results) ??
    sidesVerdict(q, step, results, text) ??
    verdict(q, step.intent, step.measure, results, text) ??
    anyoneListed(q, text);
  return said === null ? text : `${said ? 'Yes' : 'No'}. ${text}`;
}
