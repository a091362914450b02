/*
 * practice67 — shorthands the set's files share, so each question stays a line or two: the teams and periods, and
 * the comparisons built on the oracle (oracle/practice67-*.ts). Every builder states the figures of both sides; a
 * yes-or-no builder adds "yes" or "no"; a way builder adds the word the question offered ("better"/"worse",
 * "up"/"down", "more"/"fewer").
 */
import type { Expected } from '../../expectation';
import { att, bigger, fig, over, sameOrder, sameSide, team, type Measure, type Scope } from '../../oracle/practice67-figures';
import { at, month, LAST_MONTH, LAST_WEEK, MONTH_BEFORE_LAST, THIS_MONTH, WEEK_BEFORE_LAST, type Period } from '../../oracle/practice67-periods';
import { S, sides, yesNo, way } from '../../oracle/practice67-judge';

export { EVERYONE, F, one, team } from '../../oracle/practice67-figures';
export { at, range, weekOf, month, quarterDays, scorePeriod } from '../../oracle/practice67-periods';
export { S, sides, yesNo, way } from '../../oracle/practice67-judge';

export const DEV = team('DEV');
export const QA = team('QA');
export const DAT = team('DAT');
export const SEC = team('SEC');
export const AI = team('AI');

export const AUG = at(month(8), '2025-08-01', '2025-08-31');
export const SEP = at(month(9), '2025-09-01', '2025-09-30');
export const OCT = at(month(10), '2025-10-01', '2025-10-31');
export const LASTM = at(LAST_MONTH, '2025-10-01', '2025-10-31');
export const BEFORE_LASTM = at(MONTH_BEFORE_LAST, '2025-09-01', '2025-09-30');
/** 1 November to today (open): rates leave today out; counts are guarded to read the same without it. */
export const NOW = at(THIS_MONTH, '2025-11-01', '2025-11-19');
export const LW = at(LAST_WEEK, '2025-11-10', '2025-11-16');
export const WBL = at(WEEK_BEFORE_LAST, '2025-11-03', '2025-11-09');

type Side = readonly [Scope, Period];
type Extra = Parameters<typeof sides>[1];

/** Both sides of a measure, side by side (and checked far enough apart to tell). */
export function pair(m: Measure, a: Side, b: Side, extra: Extra = {}): Expected {
  if (m === 'rate') sameOrder(a[0], a[1], b[0], b[1]);
  const va = att(a[0], m, a[1]);
  const vb = att(b[0], m, b[1]);
  bigger(va, vb, m);
  return sides([fig(m, va), fig(m, vb)], extra);
}

/** Several sides of a measure, each stated. */
export const each = (m: Measure, list: Side[], extra: Extra = {}): Expected =>
  sides(
    list.map(([s, p]) => fig(m, att(s, m, p))),
    extra,
  );

/** "Is A more than B?" — yes or no, with both figures. */
export function isMore(m: Measure, a: Side, b: Side, extra: Extra = {}): Expected {
  if (m === 'rate') sameOrder(a[0], a[1], b[0], b[1]);
  const va = att(a[0], m, a[1]);
  const vb = att(b[0], m, b[1]);
  return yesNo(bigger(va, vb, m), [fig(m, va), fig(m, vb)], extra);
}
/** "Is A less than B?" — yes or no, with both figures. */
export function isLess(m: Measure, a: Side, b: Side, extra: Extra = {}): Expected {
  if (m === 'rate') sameOrder(a[0], a[1], b[0], b[1]);
  const va = att(a[0], m, a[1]);
  const vb = att(b[0], m, b[1]);
  return yesNo(bigger(vb, va, m), [fig(m, va), fig(m, vb)], extra);
}

/** From one period to the next, the way it went in the question's words: "up"/"down", "more"/"fewer", "better"/"worse". */
export function moved(m: Measure, s: Scope, from: Period, to: Period, words: 'up' | 'more' | 'better', extra: Extra = {}): Expected {
  if (m === 'rate') sameOrder(s, from, s, to);
  const a = att(s, m, from);
  const b = att(s, m, to);
  const rose = bigger(b, a, m);
  const moreIsBetter = m === 'rate' || m === 'hours';
  const said = { up: rose ? 'up' : 'down', more: rose ? 'more' : m === 'hours' ? 'less' : 'fewer', better: rose === moreIsBetter ? 'better' : 'worse' };
  return way(said[words], [fig(m, a), fig(m, b)], extra);
}

/** "Did it go up / improve from A to B?" — yes or no; `improve` means better (up for rates and hours, down for late and absent). */
export function rose(m: Measure, s: Scope, from: Period, to: Period, improve = false, extra: Extra = {}): Expected {
  if (m === 'rate') sameOrder(s, from, s, to);
  const a = att(s, m, from);
  const b = att(s, m, to);
  const up = bigger(b, a, m);
  const flag = improve && !(m === 'rate' || m === 'hours') ? !up : up;
  return yesNo(flag, [fig(m, a), fig(m, b)], extra);
}

/** "Is it over the line?" — yes or no with the figure (checked off the line). */
export function overLine(m: Measure, s: Scope, per: Period, line: number, extra: Extra = {}): Expected {
  if (m === 'rate') sameSide(s, per, line);
  const v = att(s, m, per);
  return yesNo(over(v, line, m), [fig(m, v)], extra);
}
/** "Is it under the line?" — yes or no with the figure. */
export function underLine(m: Measure, s: Scope, per: Period, line: number, extra: Extra = {}): Expected {
  if (m === 'rate') sameSide(s, per, line);
  const v = att(s, m, per);
  return yesNo(!over(v, line, m), [fig(m, v)], extra);
}

/** Two scores (or means) side by side. */
export function scores(a: number, b: number, extra: Extra = {}): Expected {
  bigger(a, b, 'score');
  return sides([S(a), S(b)], extra);
}
/** "Is score A higher than B?" */
export const scoreMore = (a: number, b: number, extra: Extra = {}): Expected => yesNo(bigger(a, b, 'score'), [S(a), S(b)], extra);
/** "Is score A lower than B?" */
export const scoreLess = (a: number, b: number, extra: Extra = {}): Expected => yesNo(bigger(b, a, 'score'), [S(a), S(b)], extra);
/** Both scores and the gap between them in points. */
export function scoreGap(a: number, b: number, extra: Extra = {}): Expected {
  bigger(a, b, 'score');
  return sides([S(a), S(b), S(Math.round((Math.abs(a - b) + Number.EPSILON) * 100) / 100)], extra);
}
