/*
 * practice72 — shorthands the set's files share: the review's periods (each computed from the data set's "today" and
 * checked against the ISO dates written beside it), yes-or-no answers, and the refusals API.md describes for a scope
 * the caller does not have, so each question stays one line.
 */
import { answer, refusal, type Expected, type Figure } from '../../expectation';
import { TEAMS } from '../../dataset/people';
import {
  as,
  asPeriod,
  lastMonth,
  lastQuarter,
  lastQuarterPeriod,
  month,
  period,
  quarterBeforeLastPeriod,
  quarterRange,
  thisMonth,
  thisQuarter,
  thisYear,
  type Range,
} from '../../oracle/practice72-periods';

export { answer, ask, count, days, figures, hours, notFound, people, rate, refusal, score, years } from '../../expectation';

/* ---- Periods. ---- */

/** "Last quarter" as a score period. */
export const LQ = (): string => asPeriod(lastQuarterPeriod(), '2025-Q3');
/** "The quarter before last" as a score period. */
export const QBL = (): string => asPeriod(quarterBeforeLastPeriod(), '2025-Q2');
/** A quarter named by its number. */
export const P = (y: number, n: number): string => period(y, n);
/** "Last quarter" as days. */
export const LQR = (): Range => as(lastQuarter(), '2025-07-01', '2025-09-30');
/** A quarter named by its number, as days. */
export const QR = (y: number, n: number): Range => quarterRange(y, n);
/** "This quarter", "Q4 so far": its first day to today. */
export const TQ = (): Range => as(thisQuarter(), '2025-10-01', '2025-11-19');
/** "Last month". */
export const LM = (): Range => as(lastMonth(), '2025-10-01', '2025-10-31');
/** "This month": the 1st to today. */
export const TM = (): Range => as(thisMonth(), '2025-11-01', '2025-11-19');
/** A whole month of this year. */
export const M = (m: number): Range => month(m);
/** "This year": 1 January to today. */
export const TY = (): Range => as(thisYear(), '2025-01-01', '2025-11-19');
/** "Since August", month by month: August, September, October and November to today. */
export const SINCE_AUG = (): Range[] => [M(8), M(9), M(10), TM()];

/* ---- Yes or no. ---- */

type Extra = { mentions?: string[]; dates?: string[]; people?: string[]; teams?: string[] };

/** "Yes." first, then the figures it rests on. */
export const yes = (figs: Figure[] = [], extra: Extra = {}): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: ['yes', ...(extra.mentions ?? [])] });
/** "No." first, then the figures it rests on; an empty list is not checked (the "no" already says nobody). */
export const no = (figs: Figure[] = [], extra: Extra = {}): Expected => {
  const { people: who, teams, ...rest } = extra;
  return answer({
    ...rest,
    ...(who !== undefined && who.length > 0 && { people: who }),
    ...(teams !== undefined && teams.length > 0 && { teams }),
    ...(figs.length > 0 && { figures: figs }),
    mentions: ['no', ...(extra.mentions ?? [])],
  });
};
export const yesNo = (truth: boolean, figs: Figure[] = [], extra: Extra = {}): Expected => (truth ? yes(figs, extra) : no(figs, extra));

/* ---- Scope. ---- */

/** A team outside the caller's scope, named back (API.md: never answered as 0). */
export const outsideTeam = (code: string): Expected => {
  const name = TEAMS[code];
  if (!name) throw new Error(`no team ${code}`);
  return refusal(code, name, 'outside', 'your team', 'not in your scope');
};
/** The whole organisation asked by a manager or an employee. */
export const outsideCompany = (): Expected => refusal('company', 'whole', 'everyone', 'organisation', 'organization', 'all teams', 'outside');
/** Team by team asked by a manager: the other teams are outside what they can see. */
export const otherTeams = (mine: string): Expected =>
  refusal(
    ...Object.keys(TEAMS)
      .filter((t) => t !== mine)
      .flatMap((t) => [t, TEAMS[t]!]),
    'outside',
    'other teams',
    'by team',
    'per team',
  );
/** Other people's figures asked by an employee (a ranking, an average of others). */
export const othersHidden = (...words: string[]): Expected => refusal(...words, 'outside', 'others', 'other people', 'only your own');
