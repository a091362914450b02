/*
 * practice67 — scores, leave balances and service dates for comparisons, and the expectations a judgement is graded
 * on: the figures of both sides always, "yes" or "no" when the question is a plain yes or no, the way ("better",
 * "worse", "up", "down") when it asks for one, and the people or teams compared. Score means are the mean of the
 * period's final scores (API.md's score summary, half-up to two decimals, leavers' scores of that quarter included,
 * as the summary holds them); a difference in points is taken from the two figures as they are stated.
 */
import { TEAMS } from '../dataset/people';
import { dataset, person } from '../dataset/dataset';
import { answer, notFound, refusal, score, scopeOf, type Caller, type Expected, type Figure } from '../expectation';
import { balance } from './leave-figures';
import { scoreOf, scoresIn, stats } from './score-figures';
import type { Scope } from './attendance-figures';
import { bigger, over } from './practice67-figures';

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/* ---- Scores. ---- */

/** A person's final score for the period; throws when they were not scored. */
export function sc(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score for ${period}`);
  return s;
}

/** The mean of the period's scores for the scope (a team, some people, everyone). */
export const mean = (period: string, scope: Scope = {}): number => stats([period], scope).mean;

export const S = (v: number): Figure => score(v);

/** The change from a to b in points, as stated from the two figures. */
export const change = (from: number, to: number): number => round2(to - from);

/** People in scope whose score in the period passes the test (each checked off the line), with their scores. */
export function scoredWhere(period: string, scope: Scope, passes: (v: number) => boolean, line?: number, asker?: string) {
  const rows = scoresIn([period], scope);
  if (line !== undefined) for (const r of rows) over(r.score, line, 'score');
  const hits = rows.filter((r) => passes(r.score));
  if (asker !== undefined && hits.some((r) => r.id === asker)) throw new Error(`the list changes without the manager ${asker}`);
  const left = hits.filter((r) => person(r.id).end !== null);
  if (left.length > 0) throw new Error(`the list changes without leavers: ${left.map((r) => r.id).join(', ')}`);
  return { ids: hits.map((r) => r.id), figures: hits.map((r) => score(r.score)) };
}

/** People scored in both periods whose change passes the test. */
export function changedWhere(from: string, to: string, scope: Scope, passes: (d: number) => boolean, line?: number, asker?: string) {
  const before = new Map(scoresIn([from], scope).map((s) => [s.id, s.score]));
  const rows = scoresIn([to], scope)
    .filter((s) => before.has(s.id))
    .map((s) => ({ id: s.id, d: change(before.get(s.id)!, s.score) }));
  if (line !== undefined) for (const r of rows) over(r.d, line, 'score');
  const hits = rows.filter((r) => passes(r.d));
  if (asker !== undefined && hits.some((r) => r.id === asker)) throw new Error(`the list changes without the manager ${asker}`);
  const left = hits.filter((r) => person(r.id).end !== null);
  if (left.length > 0) throw new Error(`the list changes without leavers: ${left.map((r) => r.id).join(', ')}`);
  return hits;
}

/** The team with the biggest move of its mean from one period to the other (no tie). */
export function teamMostImproved(from: string, to: string): { code: string; moves: number[] } {
  const codes = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
  const moves = codes.map((c) => change(mean(from, { team: c }), mean(to, { team: c })));
  const best = Math.max(...moves);
  if (moves.filter((m) => Math.abs(m - best) < 0.1).length > 1) throw new Error('two teams moved about as much');
  return { code: codes[moves.indexOf(best)]!, moves };
}

/* ---- Leave and service. ---- */

/** Annual (or sick) leave still available this year: allocated − taken − pending (API.md's balance). */
export const leftOf = (id: string, code: 'ANNUAL' | 'SICK' = 'ANNUAL'): number => balance(id, code).available;
export const leaveF = (v: number): Figure => ({ value: v, as: 'days', label: 'leave|day|off' });

export const hireOf = (id: string) => person(id).hire;
/** Who joined first of two (distinct dates). */
export function earlier(a: string, b: string): string {
  if (hireOf(a) === hireOf(b)) throw new Error(`${a} and ${b} joined the same day`);
  return hireOf(a) < hireOf(b) ? a : b;
}

/* ---- Expectations. ---- */

type Extra = { people?: string[]; teams?: string[]; mentions?: string[]; dates?: string[] };

/** Both sides' figures (and, when given, exactly these people or teams). */
export const sides = (figs: Figure[], extra: Extra = {}): Expected => answer({ figures: figs, ...extra });
/** A plain yes or no, first, with the figures it rests on. */
export const yesNo = (flag: boolean, figs: Figure[], extra: Extra = {}): Expected =>
  answer({ figures: figs, ...extra, mentions: [flag ? 'yes' : 'no', ...(extra.mentions ?? [])] });
/** The way a comparison came out, in the word the question offered. */
export const way = (word: string, figs: Figure[], extra: Extra = {}): Expected =>
  answer({ figures: figs, ...extra, mentions: [word, ...(extra.mentions ?? [])] });
/** "Better or worse" for a measure where more is better (a rate, a score) or worse (late, absent). */
export const betterWorse = (from: number, to: number, moreIsBetter: boolean, kind: Parameters<typeof bigger>[2]) =>
  bigger(to, from, kind) === moreIsBetter ? 'better' : 'worse';
export const upDown = (from: number, to: number, kind: Parameters<typeof bigger>[2]) => (bigger(to, from, kind) ? 'up' : 'down');

/* ---- Scope. ---- */

/** A team outside the caller's view, named back. */
export function outsideTeam(who: Caller, code: string): Expected {
  const scope = scopeOf(who);
  if (scope === null) throw new Error('the admin sees every team');
  if (who !== 'admin' && person(who).login === 'manager' && person(who).team === code) throw new Error(`${code} is ${who}'s own team`);
  return refusal(code, TEAMS[code]!);
}

/** The whole company, asked by a manager or an employee: named back. */
export function outsideCompany(who: Caller): Expected {
  if (scopeOf(who) === null) throw new Error('the admin sees the company');
  return refusal('company', 'everyone', 'whole', 'all teams', 'organisation', 'organization', 'outside');
}

/** An average over others, asked by an employee: named back (they see only their own records). */
export function averageForEmployee(who: Caller, code: string): Expected {
  if (scopeOf(who)?.size !== 1) throw new Error(`${who} is not an employee`);
  return refusal('average', 'team', code, TEAMS[code]!, 'outside');
}

/** Someone outside the caller's scope: "not found", exactly as if absent. */
export function hidden(who: Caller, ...ids: string[]): Expected {
  const scope = scopeOf(who);
  for (const id of ids) {
    person(id);
    if (scope === null || scope.has(id)) throw new Error(`${id} is inside ${who}'s scope`);
  }
  return notFound();
}

/** Nobody in the data set by this name. */
export function nobody(name: string): Expected {
  if (dataset().people.some((p) => p.name.toLowerCase().includes(name.toLowerCase()))) throw new Error(`someone is called ${name}`);
  return notFound();
}
