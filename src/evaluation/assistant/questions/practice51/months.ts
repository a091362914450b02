/*
 * practice51 — month by month (README: trend "by month this year", "absence rate by month since August", "late
 * arrivals month by month this quarter", "Lukas Novak's late arrivals month by month": each period's rate or count,
 * side by side, at most 12 months). Tracking began on 1 August, so a series "this year" or "in Q3" has figures from
 * August on; November runs to today (open: its rate stops at yesterday, and a count is asked only where today changes
 * nothing). Each month's figure must be in the answer, next to the month's name or the measure's word.
 */
import { figures, type Question } from '../../expectation';
import { levelOf, me, MONTHS_TRACKED, AUG, SEP, OCT, NOV_SO_FAR, series, team, ALL } from '../../oracle/practice51-figures';
import { q } from '../helpers';

const AUG_TO_OCT = [AUG, SEP, OCT];
const THIS_QUARTER = [OCT, NOV_SO_FAR];
const Q3_MONTHS = [AUG, SEP];

export const MONTHS: readonly Question[] = [
  // Rates.
  q('PZ045', 'admin', 'monthly attendance rate, aug through oct', () => figures(...series(ALL, 'rate', AUG_TO_OCT))),
  q('PZ046', 'admin', 'QA attendance for every month this year', () => figures(...series(team('QA'), 'rate', MONTHS_TRACKED))),
  q('PZ047', 'admin', 'SEC absence rate by month since aug', () => figures(...series(team('SEC'), 'absence', MONTHS_TRACKED))),
  q('PZ048', 'admin', 'absence rate month by month for Q3, whole company', () => figures(...series(ALL, 'absence', Q3_MONTHS))),
  q('PZ049', 'admin', 'attendance rate per month for the seniors, August to October', () => figures(...series(levelOf('Senior'), 'rate', AUG_TO_OCT))),

  // Counts.
  q('PZ050', 'admin', 'QA absences month by month, August to October', () => figures(...series(team('QA'), 'absent', AUG_TO_OCT))),
  q('PZ051', 'admin', 'missing check-outs per month this quarter', () => figures(...series(ALL, 'missingCheckOut', THIS_QUARTER))),
  q('PZ052', 'admin', 'half-days each month since August for DEV', () => figures(...series(team('DEV'), 'halfDay', MONTHS_TRACKED))),
  q('PZ053', 'admin', 'how many days of leave were taken each month from aug to oct?', () => figures(...series(ALL, 'onLeave', AUG_TO_OCT))),
  q('PZ054', 'admin', 'late arrivals in AI per month, Aug–Oct', () => figures(...series(team('AI'), 'late', AUG_TO_OCT))),
  q('PZ055', 'admin', 'month by month hours for the whole company this quarter', () => figures(...series(ALL, 'hours', THIS_QUARTER))),

  // One person.
  q('PZ056', 'admin', 'Lukas Novak: late arrivals per month, aug to oct', () => figures(...series(me('DEV-004'), 'late', AUG_TO_OCT))),
  q('PZ057', 'admin', "Chris Walker's absences month by month since August", () => figures(...series(me('QA-004'), 'absent', MONTHS_TRACKED))),
  q('PZ058', 'admin', 'Julia Fischer attendance % by month, aug-oct', () => figures(...series(me('DAT-003'), 'rate', AUG_TO_OCT))),

  // Managers and employees.
  q('PZ059', 'DEV-001', 'our team attendance each month since August', () => figures(...series(team('DEV'), 'rate', MONTHS_TRACKED))),
  q('PZ060', 'DEV-001', 'absent days on my team month by month, aug to oct', () => figures(...series(team('DEV'), 'absent', AUG_TO_OCT))),
  q('PZ061', 'QA-001', 'monthly late count for my team, aug to oct', () => figures(...series(team('QA'), 'late', AUG_TO_OCT))),
  q('PZ062', 'QA-001', 'attendance rate of my team by month, this quarter', () => figures(...series(team('QA'), 'rate', THIS_QUARTER))),
  q('PZ063', 'DEV-003', 'my attendance month by month since August', () => figures(...series(me('DEV-003'), 'rate', MONTHS_TRACKED))),
  q('PZ064', 'QA-003', 'my hours each month, aug to oct', () => figures(...series(me('QA-003'), 'hours', AUG_TO_OCT))),
  q('PZ065', 'SEC-004', 'hours I worked per month this quarter', () => figures(...series(me('SEC-004'), 'hours', THIS_QUARTER))),
];
