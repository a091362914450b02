/*
 * practice70 — shorthands the set's files share: the periods as the question files name them (each computed from the
 * data set's "today" and checked against the ISO dates written here), yes-or-no answers, the refusals API.md
 * describes for a scope the caller does not have, and the figure kinds, so that each question stays a line or two.
 */
import { answer, count, days, refusal, type Expected, type Figure } from '../../expectation';
import { TEAMS } from '../../dataset/people';
import {
  as,
  asDay,
  isoWeek,
  lastMonth,
  lastQuarterPeriod,
  lastWeek,
  lastWeekday,
  month,
  monthBeforeLast,
  periodName,
  quarterBeforeLastPeriod,
  quarterRange,
  thisMonth,
  thisQuarter,
  thisWeek,
  thisYear,
  weekBeforeLast,
  yesterday,
  one,
  type Range,
} from '../../oracle/practice70-periods';

export { answer, ask, count, days, figures, hours, notFound, people, rate, refusal, score, years } from '../../expectation';

/* ---- Periods, each derived and checked. ---- */

export const Y = (): Range => one(asDay(yesterday(), '2025-11-18'));
export const LW = (): Range => as(lastWeek(), '2025-11-10', '2025-11-16');
export const WBL = (): Range => as(weekBeforeLast(), '2025-11-03', '2025-11-09');
export const TW = (): Range => as(thisWeek(), '2025-11-17', '2025-11-19');
export const TM = (): Range => as(thisMonth(), '2025-11-01', '2025-11-19');
export const LM = (): Range => as(lastMonth(), '2025-10-01', '2025-10-31');
export const MBL = (): Range => as(monthBeforeLast(), '2025-09-01', '2025-09-30');
export const AUG = (): Range => as(month(8), '2025-08-01', '2025-08-31');
export const SEP = (): Range => as(month(9), '2025-09-01', '2025-09-30');
export const OCT = (): Range => as(month(10), '2025-10-01', '2025-10-31');
export const TQ = (): Range => as(thisQuarter(), '2025-10-01', '2025-11-19');
export const Q3R = (): Range => as(quarterRange(2025, 3), '2025-07-01', '2025-09-30');
export const TY = (): Range => as(thisYear(), '2025-01-01', '2025-11-19');
export const WK = (n: number, from: string, to: string): Range => as(isoWeek(2025, n), from, to);
export const LASTDAY = (wd: number, iso: string): Range => one(asDay(lastWeekday(wd), iso));

/** A score period as computed, checked against the name written beside it. */
const P = (found: string, name: string): string => {
  if (found !== name) throw new Error(`${found} is not ${name}`);
  return found;
};
export const LQ = (): string => P(lastQuarterPeriod(), '2025-Q3');
export const QBL = (): string => P(quarterBeforeLastPeriod(), '2025-Q2');
export const Q = (y: number, n: number): string => periodName(y, n);

/* ---- Answers. ---- */

type Extra = { mentions?: string[]; dates?: string[]; people?: string[]; teams?: string[] };

/** "Yes." first, then the figures it rests on. */
export const yes = (figs: Figure[] = [], extra: Extra = {}): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: ['yes', ...(extra.mentions ?? [])] });
/** "No." first, then the figures it rests on. */
export const no = (figs: Figure[] = [], extra: Extra = {}): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: ['no', ...(extra.mentions ?? [])] });
export const yesNo = (truth: boolean, figs: Figure[] = [], extra: Extra = {}): Expected => (truth ? yes(figs, extra) : no(figs, extra));

/** A count with the word it must stand next to in the answer. */
export const countOf = (value: number, label: string): Figure => ({ ...count(value), label });
/** Days with the word they must stand next to. */
export const daysOf = (value: number, label: string): Figure => ({ ...days(value), label });

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
/** Other people's figures asked by an employee. */
export const othersHidden = (...words: string[]): Expected => refusal(...words, 'outside', 'others', 'other people', 'only your own');
