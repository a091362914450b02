/*
 * practice41 — quick comparisons, answered side by side and never pooled: two teams' late arrivals, absent days or
 * missing check-outs; two people's late arrivals or absences; a period against the one before (last week against
 * the week before, September against October). "Did X have more … than Y" is asked only where the two differ, and
 * each figure must stand next to the word, the team or the person it belongs to.
 */
import { count, days, figures, type Question, rate } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import {
  aboutPerson,
  firstIsMore,
  LAST_WK,
  notOnceOrTwice,
  OCTOBER,
  of,
  SEPTEMBER,
  SINCE_AUGUST,
  sum,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice41-figures';
import { q } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const ALL: Scope = {};
/** A team's figure stands next to its name or the measure's word. */
const forTeam = (value: number, team: string, as: typeof count, word: string) => near(as(value), `${teamLabel(team)}|${word}`);
/** A period's figure stands next to the measure's word or the period's name. */
const forPeriod = (value: number, as: typeof count, words: string) => near(as(value), words);

export const COMPARE: readonly Question[] = [
  q('PP157', 'admin', 'lates dev vs qa last month', () =>
    figures(forTeam(sum(DEV, 'late', OCTOBER), 'DEV', count, 'late'), forTeam(sum(QA, 'late', OCTOBER), 'QA', count, 'late')),
  ),
  q('PP158', 'admin', 'absent days dev vs qa in oct', () =>
    figures(forTeam(sum(DEV, 'absent', OCTOBER), 'DEV', days, 'absen|day'), forTeam(sum(QA, 'absent', OCTOBER), 'QA', days, 'absen|day')),
  ),
  q('PP159', 'admin', 'did dev have more late arrivals than qa in sept', () => {
    const [dev, qa] = [sum(DEV, 'late', SEPTEMBER), sum(QA, 'late', SEPTEMBER)];
    return yesNo(firstIsMore(dev, qa), [forTeam(dev, 'DEV', count, 'late'), forTeam(qa, 'QA', count, 'late')]);
  }),
  q('PP160', 'admin', 'missing check-outs dev vs qa since aug', () =>
    figures(
      forTeam(sum(DEV, 'missingCheckOut', SINCE_AUGUST), 'DEV', count, 'check|missing'),
      forTeam(sum(QA, 'missingCheckOut', SINCE_AUGUST), 'QA', count, 'check|missing'),
    ),
  ),
  q('PP161', 'admin', 'qa absence rate sep vs oct', () => figures(rate(absenceRate(QA, SEPTEMBER)), rate(absenceRate(QA, OCTOBER)))),
  q('PP162', 'admin', 'lates last wk vs the wk before', () =>
    figures(forPeriod(sum(ALL, 'late', LAST_WK), count, 'late|last'), forPeriod(sum(ALL, 'late', WEEK_BEFORE_LAST), count, 'late|before|previous')),
  ),
  q('PP163', 'admin', 'who was late more in oct, felix wagner or julia fischer', () =>
    figures(
      near(count(notOnceOrTwice(of('AI-003', 'late', OCTOBER))), aboutPerson('AI-003', 'late', 'time')),
      near(count(notOnceOrTwice(of('DAT-003', 'late', OCTOBER))), aboutPerson('DAT-003', 'late', 'time')),
    ),
  ),
  q('PP164', 'admin', 'chris morgan vs chris walker absences in oct', () =>
    figures(
      near(days(of('DEV-006', 'absent', OCTOBER)), aboutPerson('DEV-006', 'absen', 'day')),
      near(days(of('QA-004', 'absent', OCTOBER)), aboutPerson('QA-004', 'absen', 'day')),
    ),
  ),
  // "Chris" is Chris Morgan for Priya Raman: the other Chris (QA) is outside what she can see.
  q('PP165', 'DEV-001', 'chris vs ben days absent in oct', () =>
    figures(
      near(days(of('DEV-006', 'absent', OCTOBER)), aboutPerson('DEV-006', 'absen', 'day')),
      near(days(of('DEV-012', 'absent', OCTOBER)), aboutPerson('DEV-012', 'absen', 'day')),
    ),
  ),
  q('PP166', 'QA-001', 'leo vs marcus late arrivals last month', () =>
    figures(
      near(count(notOnceOrTwice(of('QA-008', 'late', OCTOBER))), aboutPerson('QA-008', 'late', 'time')),
      near(count(notOnceOrTwice(of('QA-002', 'late', OCTOBER))), aboutPerson('QA-002', 'late', 'time')),
    ),
  ),
];
