/*
 * practice66 — shorthands the set's files share: the expectations built on the oracle (oracle/practice66-*.ts), each
 * figure labelled with the words it must stand next to, so each question stays one line.
 */
import { answer, figures, score, type Expected, type Figure } from '../../expectation';
import type { LeaveCode } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import { balanceOf, scoreIn } from '../../oracle/practice66-calendar';
import { clock, datesOf, figureOf, rateOf, type Range } from '../../oracle/practice66-self';

export { answer, figures };

/** An expected list must hold something (an empty one is asked as a yes or no instead). */
export function filled<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

const LEAVE_WORDS = 'day|leave|sick|annual|unpaid|off|left|available|remain|balance|pending|taken|used';
export const lateN = (value: number): Figure => ({ value, as: 'count', label: 'late|tard' });
export const absentD = (value: number): Figure => ({ value, as: 'days', label: 'absen|miss|\\boff\\b|away|day' });
export const leaveD = (value: number): Figure => ({ value, as: 'days', label: LEAVE_WORDS });
export const hoursH = (value: number): Figure => ({ value, as: 'hours' });
export const rateR = (value: number): Figure => ({ value, as: 'rate' });
export const checkOutsN = (value: number): Figure => ({ value, as: 'count', label: 'check|clock' });
export const workingD = (value: number): Figure => ({ value, as: 'days', label: 'working|work|day' });

/* ---- Attendance. ---- */
export const rateIs = (id: string, range: Range) => figures(rateR(rateOf(id, range)));
export const absenceRateIs = (id: string, range: Range) => figures(rateR(Math.round((1 - rateOf(id, range)) * 10_000) / 10_000));
export const lateIs = (id: string, range: Range) => figures(lateN(figureOf(id, 'late', range)));
export const absentIs = (id: string, range: Range) => figures(absentD(figureOf(id, 'absent', range)));
export const hoursIs = (id: string, range: Range) => figures(hoursH(figureOf(id, 'hours', range)));
export const lateDates = (id: string, range: Range) => answer({ dates: filled(datesOf(id, 'late', range)) });
export const absentDates = (id: string, range: Range) => answer({ dates: filled(datesOf(id, 'absent', range)) });
/** One time of a day, "H:MM". */
export const timeIs = (id: string, day: Day, which: 'in' | 'out') => answer({ mentions: [clock(id, day, which)] });

/* ---- Leave and scores. ---- */
export const leftOf = (id: string, code: LeaveCode) => figures(leaveD(balanceOf(id, code).available));
export const takenOf = (id: string, code: LeaveCode) => figures(leaveD(balanceOf(id, code).taken));
export const scoreIs = (id: string, period: string) => figures(score(scoreIn(id, period)));
export const scoresAre = (id: string, ...periods: string[]) => figures(...periods.map((p) => score(scoreIn(id, p))));

/* ---- Yes or no, with what the answer rests on. ---- */
interface Extra {
  mentions?: string[];
  dates?: string[];
  people?: string[];
}
const yesNo = (truth: boolean, figs: Figure[], extra: Extra): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: [truth ? 'yes' : 'no', ...(extra.mentions ?? [])] });
export const yes = (figs: Figure[] = [], extra: Extra = {}): Expected => yesNo(true, figs, extra);
export const no = (figs: Figure[] = [], extra: Extra = {}): Expected => yesNo(false, figs, extra);
/** Yes or no as the oracle decides it. */
export const yesIf = (truth: boolean, figs: Figure[] = [], extra: Extra = {}): Expected => yesNo(truth, figs, extra);
/** A "no" that rests on an empty list: checked to be empty. */
export function noneOf(list: unknown[], extra: Extra = {}): Expected {
  if (list.length > 0) throw new Error(`expected none, found ${list.length}`);
  return no([], extra);
}
