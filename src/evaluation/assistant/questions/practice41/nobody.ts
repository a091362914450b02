/*
 * practice41 — questions whose right answer is nobody, none or no: a weekly off day, an organisation holiday, a team's
 * own holiday, the teams with no absences yesterday, a team with no lates yesterday, a month nobody joined or left,
 * no senior hired, no correction filed, nobody on unpaid leave next week or on leave today, no half days. Each list is checked to be empty, so that
 * "nobody" stays the right answer; the answer must say so.
 */
import { answer, people, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { type Scope } from '../../oracle/attendance-figures';
import { onLeaveOfType, offBetween } from '../../oracle/leave-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { teamsWithNone } from '../../oracle/practice22-figures';
import { pendingCorrections } from '../../oracle/practice31-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { zero } from '../../oracle/practice39-figures';
import { none, noOne, whoOn } from '../../oracle/practice40-figures';
import { DEV_RECHARGE_DAY, FOUNDERS_DAY, JULY, LAST_FRI, NEXT_WK, NOVEMBER_WHOLE, SAT, TDY, YDAY, YEAR_SO_FAR } from '../../oracle/practice41-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };

export const NOBODY: readonly Question[] = [
  q('PP181', 'admin', 'anyone late on sat', () => noOne(whoOn(ALL, 'late', SAT))),
  q('PP182', 'admin', 'who was absent on founders day', () => people(none(whoOn(ALL, 'absent', FOUNDERS_DAY)))),
  q('PP183', 'admin', 'who in dev was late on the dev recharge day', () => people(none(whoOn(DEV, 'late', DEV_RECHARGE_DAY)))),
  q('PP184', 'admin', 'which teams had no absences yday', () => answer({ teams: teamsWithNone('absent', [YDAY, YDAY]) })),
  q('PP185', 'admin', 'any half days last fri', () => noOne(whoOn(ALL, 'halfDay', LAST_FRI))),
  q('PP186', 'admin', 'did anyone leave in nov', () => noOne(leftBetween(...NOVEMBER_WHOLE))),
  q('PP187', 'admin', 'did anyone join in july', () => noOne(hiredBetween(...JULY))),
  q('PP188', 'admin', 'any seniors hired this yr', () => noOne(hiredBetween(...YEAR_SO_FAR).filter((id) => person(id).position === 'Senior'))),
  q('PP189', 'admin', 'pending corrections?', () => {
    zero(pendingCorrections());
    return answer({ mentions: ['correction'] });
  }),
  q('PP190', 'admin', 'whos on unpaid leave next wk', () => people(none(onLeaveOfType('UNPAID', ...NEXT_WK)))),
  q('PP191', 'DEV-001', 'anyone in my team late yday', () => noOne(sameWithoutAsker(DEV, 'DEV-001', (s) => whoOn(s, 'late', YDAY)))),
  q('PP192', 'QA-001', 'anyone on my team on leave today', () => noOne(sameWithoutAsker(QA, 'QA-001', (s) => offBetween(s, TDY, TDY)))),
  q('PP193', 'QA-001', 'did anyone leave my team this yr', () => noOne(leftBetween(...YEAR_SO_FAR, 'QA'))),
];
