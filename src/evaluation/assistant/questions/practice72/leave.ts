/*
 * practice72 — leave taken by kind over a quarter or a month, for the quarterly review: days of approved annual, sick
 * and unpaid leave (halves off by leave and not by a holiday, ÷ 2, as the summaries count on_leave), for the company or
 * a team, side by side by kind, and who took leave of a kind. A range reaching today is asked only where today and the
 * days ahead do not change the figure; a kind with no days is not required (an answer may leave it out or say 0).
 */
import type { Question } from '../../expectation';
import type { LeaveCode } from '../../dataset/calendar';
import { EVERYONE, team, type Scope } from '../../oracle/practice72-attendance';
import { leaveTaken, tookLeave } from '../../oracle/practice72-people';
import type { Range } from '../../oracle/practice72-periods';
import { q } from '../helpers';
import { days, figures, LM, LQR, M, people, TQ } from './shared';

/** The days of each kind named, leaving out kinds with none (an answer may say 0 or leave them out). */
const byKind = (scope: Scope, r: Range, codes: LeaveCode[] = ['ANNUAL', 'SICK', 'UNPAID']) => {
  const values = codes.map((c) => leaveTaken(scope, r, c)).filter((v) => v > 0);
  if (values.length === 0) throw new Error('no leave of these kinds');
  return figures(...values.map(days));
};

export const LEAVE: readonly Question[] = [
  q('QU130', 'admin', 'leave taken in Q3 by type', () => byKind(EVERYONE, LQR())),
  q('QU131', 'admin', 'sick days taken company-wide last quarter?', () => figures(days(leaveTaken(EVERYONE, LQR(), 'SICK')))),
  q('QU132', 'admin', 'how many annual leave days were used across the company in october', () => figures(days(leaveTaken(EVERYONE, M(10), 'ANNUAL')))),
  q('QU133', 'admin', 'how much unpaid leave have people taken so far this quarter', () => figures(days(leaveTaken(EVERYONE, TQ(), 'UNPAID')))),
  q('QU134', 'admin', 'sick leave this quarter to date - total days', () => figures(days(leaveTaken(EVERYONE, TQ(), 'SICK')))),
  q('QU135', 'admin', 'how many days of annual leave did DAT take in Q3', () => figures(days(leaveTaken(team('DAT'), LQR(), 'ANNUAL')))),
  q('QU136', 'admin', 'annual and sick leave days for development in q3', () => byKind(team('DEV'), LQR(), ['ANNUAL', 'SICK'])),
  q('QU137', 'admin', "QA's annual leave days last quarter", () => figures(days(leaveTaken(team('QA'), LQR(), 'ANNUAL')))),
  q('QU138', 'admin', 'leave by kind last month, whole company', () => byKind(EVERYONE, LM())),
  q('QU139', 'admin', 'how much annual leave did the AI team take in Q4 so far', () => figures(days(leaveTaken(team('AI'), TQ(), 'ANNUAL')))),
  q('QU140', 'admin', 'who took sick leave in Q3?', () => people(tookLeave(EVERYONE, LQR(), 'SICK'))),
  q('QU141', 'admin', 'who was on unpaid leave last quarter', () => people(tookLeave(EVERYONE, LQR(), 'UNPAID'))),
  q('QU142', 'admin', 'who took annual leave in october?', () => people(tookLeave(EVERYONE, M(10), 'ANNUAL'))),
  q('QU143', 'admin', "who's had sick leave since the start of october", () => people(tookLeave(EVERYONE, TQ(), 'SICK'))),
];
