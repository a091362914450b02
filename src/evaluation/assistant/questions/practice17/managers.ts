/*
 * practice17 — the two managers about their own team at month end and quarter end, in HR's words: direct
 * reports, headcount by level, new starters, tenure, lateness, no-shows, clock-ins, missing check-outs,
 * absence rate, sick days, pending time off, hours and scores, with thresholds, top N and two figures side
 * by side. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure and person
 * comes from the data set and the oracle.
 */
import { count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { notCheckedInToday, peopleWhere, peopleWithRate, totals } from '../../oracle/attendance-figures';
import { onLeaveOfType } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween, longestServing } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { Q3 as Q3_RANGE } from '../../oracle/practice14-figures';
import { rateIn, topBy } from '../../oracle/practice15-figures';
import { absenceRate, leaveTaken, POSITIONS, positionLabel, withRequests } from '../../oracle/practice17-figures';
import { rank, scoredBelow } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_QUARTER, THIS_YEAR } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };
const Q3 = '2025-Q3';

export const MANAGERS: readonly Question[] = [
  // DEV-001.
  q('G091', 'DEV-001', 'which of my direct reports were late more than 3 times in October', () => people(peopleWhere(DEV, 'late', ...OCTOBER, (v) => v > 3))),
  q('G092', 'DEV-001', 'headcount of my team by level', () =>
    figures(...POSITIONS.map((p) => near(count(headcount({ team: 'DEV', position: p })), positionLabel(p)))),
  ),
  q('G093', 'DEV-001', 'new starters in my team this year', () => people(hiredBetween(...THIS_YEAR, 'DEV'))),
  q('G094', 'DEV-001', "my team's attendance rate in October vs September", () => figures(rate(rateIn(DEV, OCTOBER)), rate(rateIn(DEV, SEPTEMBER)))),
  q('G095', 'DEV-001', 'who in my team had missing check-outs in October', () => people(peopleWhere(DEV, 'missingCheckOut', ...OCTOBER))),
  q('G096', 'DEV-001', 'who in my team is on vacation next week', () => people(onLeaveOfType('ANNUAL', ...NEXT_WEEK, DEV))),
  q('G097', 'DEV-001', 'pending leave requests in my team', () => people(withRequests('pending', DEV))),
  q('G098', 'DEV-001', 'top 3 scorers in my team last quarter', () => people(rank(Q3, 3, 'top', DEV))),
  q('G099', 'DEV-001', 'total hours my team logged last week', () => figures(hours(totals(DEV, ...LAST_WEEK).hours))),
  q('G100', 'DEV-001', 'lateness in my team in October: seniors vs juniors', () =>
    figures(near(count(totals(levelIn('DEV', 'Senior'), ...OCTOBER).late), 'late'), near(count(totals(levelIn('DEV', 'Junior'), ...OCTOBER).late), 'late')),
  ),
  q('G101', 'DEV-001', "who in my team hasn't clocked in yet today", () => people(notCheckedInToday(DEV))),

  // QA-001.
  q('G102', 'QA-001', 'top 2 latecomers in my team this quarter', () => people(topBy(QA, 'late', THIS_QUARTER, 2))),
  q('G103', 'QA-001', 'sick days taken by my team this year', () => figures(days(leaveTaken(QA, 'SICK', THIS_YEAR)))),
  q('G104', 'QA-001', 'absence rate of my team last quarter', () => figures(rate(absenceRate(QA, Q3_RANGE)))),
  q('G105', 'QA-001', 'who has the longest tenure in my team', () => people(longestServing(1, QA))),
  q('G106', 'QA-001', 'who in my team scored under 70 last quarter', () => people(scoredBelow(Q3, 70, QA))),
  q('G107', 'QA-001', 'which of my direct reports had attendance below 85% in October', () => people(peopleWithRate(QA, ...OCTOBER, (x) => x < 0.85))),
  q('G108', 'QA-001', 'pending time off in my team', () => people(withRequests('pending', QA))),
  q('G109', 'QA-001', 'absent days in my team in October vs September', () =>
    figures(days(totals(QA, ...OCTOBER).absent), days(totals(QA, ...SEPTEMBER).absent)),
  ),
  q('G110', 'QA-001', 'new starters in my team this quarter', () => people(hiredBetween(...THIS_QUARTER, 'QA'))),
];
