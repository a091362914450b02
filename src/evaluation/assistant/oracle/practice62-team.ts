/*
 * practice62 — the rest of a manager's Monday morning, each figure worked out twice: final scores from the three inputs
 * (checked against dataset/scores' finalScore) and a team's statistics and change between quarters (the change of the
 * means against the mean of each person's change, for the people scored in both); what a leave request costs (checked
 * against oracle/leave-figures' daysOf) and who is off (by the absence rule's halves and by the approved requests that
 * overlap the period); working days on a team's calendar (checked against oracle/practice23's count) and its holidays;
 * the labels an answer's figures must stand next to; and the answers owed to a question outside the caller's scope.
 * Written code-blind from API.md, docs/API.md and the README; reads only the data set (dataset/*) and earlier oracles.
 */
import { TODAY, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, weekday, type Day } from '../dataset/dates';
import { finalScore } from '../dataset/scores';
import { TEAMS } from '../dataset/people';
import { answer, count, days, hours, notFound, refusal, scopeOf, type Caller, type Expected, type Figure } from '../expectation';
import { daysOf } from './leave-figures';
import { workingDaysHalves } from './practice23-figures';
import { stats } from './score-figures';
import { agree, idsOf, membersOf, round, sheet, stillHere, type Group, type Range } from './practice62-figures';

/* ---- Scores. ---- */

/** A final score from its three inputs: their mean rounded half-up to two decimals, checked against the data set's own. */
export function scoreOf(id: string, period: string): number | null {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  if (!s) return null;
  const mine = Math.round(((s.kpi + s.completedTask + s.feedback360) / 3) * 100 + 1e-9) / 100;
  return agree([mine, finalScore(s)], 1e-9);
}
export function scoreMust(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}

/** The scores of a group in a period (scores follow the employee's current team). */
export const scoresOf = (g: Group, period: string): Array<{ id: string; score: number }> =>
  membersOf(g)
    .map((p) => ({ id: p.id, score: scoreOf(p.id, period) }))
    .filter((x): x is { id: string; score: number } => x.score !== null);

/** A group's mean score in a period, two decimals, checked against the shared oracle's statistics. */
export function meanOf(g: Group, period: string): number {
  const list = scoresOf(g, period);
  if (list.length === 0) throw new Error(`no scores in ${period}`);
  const mine = round(list.reduce((s, x) => s + x.score, 0) / list.length, 2);
  return agree([mine, stats([period], { ids: idsOf(g) }).mean], 1e-9);
}
export function extremeOf(g: Group, period: string, end: 'max' | 'min'): number {
  const values = scoresOf(g, period).map((x) => x.score);
  const mine = end === 'max' ? Math.max(...values) : Math.min(...values);
  return agree([mine, stats([period], { ids: idsOf(g) })[end]], 1e-9);
}

/** The change of a group's mean from one quarter to the next, agreeing with the mean of each person's change (same people). */
export function meanChange(g: Group, from: string, to: string): number {
  const before = new Map(scoresOf(g, from).map((x) => [x.id, x.score]));
  const after = scoresOf(g, to);
  if (after.length !== before.size || after.some((x) => !before.has(x.id))) throw new Error('different people were scored in the two quarters');
  const each = after.reduce((s, x) => s + (x.score - before.get(x.id)!), 0) / after.length;
  return agree([round(meanOf(g, to) - meanOf(g, from), 2), round(each, 2)], 0.011);
}
export const personChange = (id: string, from: string, to: string): number => round(scoreMust(id, to) - scoreMust(id, from), 2);

/** The first n scores of a group in a period (ties by name), with and without the asking manager; throws on a tie at the cut. */
export function topScores(g: Group, period: string, n: number, end: 'top' | 'bottom', asker?: string): string[] {
  const readings = [() => true, (id: string) => id !== asker].map((keep) => {
    const list = scoresOf(g, period)
      .filter((x) => keep(x.id))
      .sort((a, b) => (end === 'top' ? b.score - a.score : a.score - b.score) || person(a.id).name.localeCompare(person(b.id).name));
    if (list.length > n && list[n - 1]!.score === list[n]!.score) throw new Error(`a tie at the cut of ${n}`);
    return list
      .slice(0, n)
      .map((x) => x.id)
      .sort();
  });
  return agree(readings);
}

/** The people of a group whose score passes the test (with and without the asking manager). */
export function scoredWhere(g: Group, period: string, passes: (s: number) => boolean, asker?: string): string[] {
  const ids = scoresOf(g, period)
    .filter((x) => passes(x.score))
    .map((x) => x.id)
    .sort();
  return asker === undefined ? ids : agree([ids, ids.filter((id) => id !== asker)]);
}

/** The people of a group whose score moved the most between two quarters (all tied), with and without the asking manager. */
export function movedMost(g: Group, from: string, to: string, end: 'up' | 'down', asker?: string): string[] {
  const readings = [() => true, (id: string) => id !== asker].map((keep) => {
    const list = scoresOf(g, to)
      .filter((x) => keep(x.id) && scoreOf(x.id, from) !== null)
      .map((x) => ({ id: x.id, v: personChange(x.id, from, to) }));
    const edge = end === 'up' ? Math.max(...list.map((x) => x.v)) : Math.min(...list.map((x) => x.v));
    return list
      .filter((x) => x.v === edge)
      .map((x) => x.id)
      .sort();
  });
  return agree(readings);
}

/* ---- Leave. ---- */

/** What a request costs, worked out from the day sheets' rule (holidays cost nothing, a half holiday a half), checked against daysOf. */
export function costOf(l: LeaveRequest): number {
  const p = person(l.employee);
  let mine = 0;
  if (l.half !== null) mine = 0.5;
  else
    for (const d of daysBetween(l.from, l.to)) {
      const dow = weekday(d);
      if (dow === 0 || dow === 6 || d < p.hire || (p.end !== null && d > p.end)) continue;
      const off = new Set<string>();
      for (const h of dataset().holidays)
        if (h.date === d && (h.team === null || h.team === p.team)) for (const x of h.half ? [h.half] : ['am', 'pm']) off.add(x);
      mine += 1 - off.size / 2;
    }
  return agree([mine, daysOf(l)], 1e-9);
}

/** The requests of a group in a state, oldest first by their start. */
export const requestsOf = (g: Group, status: LeaveStatus): LeaveRequest[] =>
  dataset()
    .leave.filter((l) => l.status === status && idsOf(g).includes(l.employee))
    .sort((a, b) => a.from.localeCompare(b.from));

/**
 * The people of a group off on approved leave on some day of the period: read by the absence rule's halves and by the
 * approved requests overlapping the period on a day they were expected (both must agree), with and without the asker.
 */
export function offDuring(g: Group, [from, to]: Range, asker?: string): string[] {
  const byHalves = membersOf(g)
    .filter((p) => daysBetween(from, to).some((d) => sheet(p, d).leave > 0))
    .map((p) => p.id)
    .sort();
  const byRequests = [
    ...new Set(
      requestsOf(g, 'approved')
        .filter(
          (l) =>
            l.from <= to &&
            from <= l.to &&
            daysBetween(l.from > from ? l.from : from, l.to < to ? l.to : to).some((d) => sheet(person(l.employee), d).leave > 0),
        )
        .map((l) => l.employee),
    ),
  ].sort();
  const ids = agree([byHalves, byRequests]);
  return asker === undefined ? ids : agree([ids, ids.filter((id) => id !== asker)]);
}

/** The data set files no attendance corrections: an answer says there are none, speaking of corrections. */
export function noCorrections(): Expected {
  if ('corrections' in dataset()) throw new Error('the data set now holds corrections');
  return answer({ mentions: ['correction'] });
}

/* ---- The work calendar. ---- */

/** Working days of a team over a period: the work week's days less its holidays on them (a half holiday a half), counted twice. */
export function workingDaysOf(team: string | null, [from, to]: Range): number {
  let mine = 0;
  for (const d of daysBetween(from, to)) {
    const dow = weekday(d);
    if (dow === 0 || dow === 6) continue;
    const off = new Set<string>();
    for (const h of dataset().holidays) if (h.date === d && (h.team === null || h.team === team)) for (const x of h.half ? [h.half] : ['am', 'pm']) off.add(x);
    mine += 1 - off.size / 2;
  }
  return agree([mine, workingDaysHalves([from, to], team)], 1e-9);
}

/** A team's holidays (its own and the organisation's) over a period, in date order. */
export const holidaysOf = (team: string | null, [from, to]: Range) =>
  dataset()
    .holidays.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === team))
    .sort((a, b) => a.date.localeCompare(b.date));

/** The first holiday of a team after today. */
export function nextHolidayOf(team: string | null): { date: Day; name: string } {
  const found = holidaysOf(team, [TODAY, '9999-12-31']).filter((h) => h.date > TODAY)[0];
  if (!found) throw new Error('no holiday ahead');
  return found;
}

/* ---- Figures next to their words. ---- */

const near = (f: Figure, label: string): Figure => ({ ...f, label });
export const lateN = (n: number): Figure => near(count(n), 'late|tard');
export const absentD = (n: number): Figure => near(days(n), 'absen|missed|off|away|no-show');
export const halfN = (n: number): Figure => near(count(n), 'half');
export const missingN = (n: number): Figure => near(count(n), 'check|clock|missing|forgot');
export const inN = (n: number): Figure => near(count(n), 'check|clock|in yet|not in|people|employee|staff|member|in\\b');
export const hoursH = (n: number): Figure => hours(n);
export const leaveD = (n: number): Figure => near(days(n), 'leave|day|off|taken|annual|sick|unpaid|booked|pending');
export const requestN = (n: number): Figure => near(count(n), 'request|pending|approved|waiting');
export const workingD = (n: number): Figure => near(days(n), 'working|work|day');
export const headN = (n: number): Figure => near(count(n), 'people|person|employee|staff|member|team|headcount|report');

/* ---- Answers owed. ---- */

/** A yes-or-no answer: "yes" or "no" first, with whatever must back it. */
export const yesNo = (truth: boolean, extra: { figures?: Figure[]; people?: string[]; dates?: string[]; mentions?: string[] } = {}): Expected =>
  answer({ ...extra, mentions: [truth ? 'yes' : 'no', ...(extra.mentions ?? [])] });

/** Someone the caller may not see: "not found", as if absent (throws when the caller may see them). */
export function hiddenFrom(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}

/** A first name matching several people in the caller's scope: asks which, naming exactly them. */
export function whichOne(who: Caller, first: string): Expected {
  const scope = scopeOf(who);
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase() && (scope === null || scope.has(p.id)))
    .map((p) => p.id);
  if (found.length < 2) throw new Error(`${first} is ${found.length === 0 ? 'nobody' : 'one person'} in the scope of ${who}`);
  return { kind: 'ask', candidates: found };
}

/** A first name matching exactly one person in the caller's scope: that person (throws otherwise). */
export function theOne(who: Caller, first: string): string {
  const scope = scopeOf(who);
  const found = dataset().people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase() && (scope === null || scope.has(p.id)));
  if (found.length !== 1) throw new Error(`${first} is ${found.length} people in the scope of ${who}`);
  return found[0]!.id;
}

const teamWords = (code: string): string[] => [code, ...(code === 'DAT' ? ['data team'] : [TEAMS[code]!])];
/** Another team asked about by a manager or an employee: named back as outside what they can see. */
export const outsideTeam = (code: string): Expected => refusal(...teamWords(code), 'outside', 'not in your scope');
/** The whole company asked about by a manager or an employee. */
export const outsideCompany = (): Expected => refusal('company', 'organisation', 'organization', 'everyone', 'all teams', 'whole', 'outside');
/** Team by team asked by a manager: the other teams are outside what they can see. */
export const otherTeams = (mine: string): Expected =>
  refusal(...Object.keys(TEAMS).flatMap((t) => (t === mine ? [] : teamWords(t))), 'outside', 'other teams', 'each team', 'team by team', 'per team');

/** The people of a group still employed today (a roster). */
export const rosterOf = (g: Group): string[] =>
  membersOf(g)
    .filter(stillHere)
    .map((p) => p.id)
    .sort();
