/*
 * practice24 — thresholds for the review's exception lists: more than N absences or late arrivals in a
 * month, below a line of attendance, scored under or over a line, worked fewer or more than N hours, teams
 * below the alert line; some are truly answered by "nobody". Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every person and team comes from the data set and the oracle.
 */
import { answer, people, type Question } from '../../expectation';
import { peopleWhere, peopleWithRate, teamsWhere, type Scope } from '../../oracle/attendance-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { hoursBelow } from '../../oracle/practice23-figures';
import { scoredAbove, scoredBelow } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const ALL: Scope = {};
const Q3 = '2025-Q3';

export const THRESHOLDS: readonly Question[] = [
  q('J055', 'admin', 'who had more than 2 absences in octber', () => people(peopleWhere(ALL, 'absent', ...OCTOBER, (v) => v > 2))),
  q('J056', 'admin', 'anyone below 85% attendance in october', () => people(peopleWithRate(ALL, ...OCTOBER, (r) => r < 0.85))),
  q('J057', 'admin', 'who scored under 60 in Q3', () => people(scoredBelow(Q3, 60))),
  q('J058', 'admin', 'who scored above 85 last quarter', () => people(scoredAbove(Q3, 85))),
  q('J059', 'admin', 'people late more than 3 times in september', () => people(peopleWhere(ALL, 'late', ...SEPTEMBER, (v) => v > 3))),
  q('J060', 'admin', 'who worked fewer than 30 hours last week', () => people(hoursBelow(ALL, LAST_WEEK, 30))),
  q('J061', 'admin', 'who worked more than 40 hours last week', () => people(peopleWhere(ALL, 'hours', ...LAST_WEEK, (v) => v > 40))),
  q('J062', 'admin', 'departments with attendance issues last month', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('J063', 'admin', 'which teams were under 90% attendance in september', () => answer({ teams: teamsWhere(...SEPTEMBER, (r) => r < 0.9) })),
  q('J064', 'admin', 'who had 100% attendance in october', () => people(peopleWithRate(ALL, ...OCTOBER, (r) => r === 1))),
  q('J065', 'admin', 'anyone under 80% this month', () => people(peopleWithRate(ALL, ...THIS_MONTH, (r) => r < 0.8))),
  q('J066', 'admin', 'who in SEC scored between 70 and 80 in Q3', () => people(scoredBetween(Q3, 70, 80, { team: 'SEC' }))),
  q('J067', 'admin', 'ppl absent more than 3 days in sept', () => people(peopleWhere(ALL, 'absent', ...SEPTEMBER, (v) => v > 3))),
  q('J068', 'admin', 'who was late more than twice last month', () => people(peopleWhere(ALL, 'late', ...OCTOBER, (v) => v > 2))),
  q('J069', 'admin', 'who in QA scored over 75 in q2', () => people(scoredAbove('2025-Q2', 75, { team: 'QA' }))),
  q('J070', 'admin', 'anyone in DEV below 90% attendance last month', () => people(peopleWithRate({ team: 'DEV' }, ...OCTOBER, (r) => r < 0.9))),
  q('J071', 'admin', 'who had more than one missing check-out in october', () => people(peopleWhere(ALL, 'missingCheckOut', ...OCTOBER, (v) => v > 1))),
  q('J072', 'admin', 'scored below 65 in q3 in the AI team?', () => people(scoredBelow(Q3, 65, { team: 'AI' }))),
  q('J073', 'admin', 'who was absent 5 or more days in october', () => people(peopleWhere(ALL, 'absent', ...OCTOBER, (v) => v >= 5))),
  q('J074', 'admin', 'late 4+ times this month', () => people(peopleWhere(ALL, 'late', ...THIS_MONTH, (v) => v >= 4))),
];
