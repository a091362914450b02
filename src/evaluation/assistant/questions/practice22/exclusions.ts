/*
 * practice22 — exclusions and negations a new HR coordinator (admin) types: "everyone except QA",
 * "excluding the juniors", "non-senior staff", "who was never late in October", "which teams had no
 * absences yesterday", "people not on leave today", "no pending requests". Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, team and person comes from the data set
 * and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, count, figures, people, rate, score, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { allBut, meanOf, neverIn, outside } from '../../oracle/practice19-figures';
import {
  headcountExcept,
  headcountOutside,
  hiredOutside,
  notOnLeave,
  teamsWithNone,
  teamsWithoutRequests,
  withoutRequests,
} from '../../oracle/practice22-figures';
import { scoredAbove } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_YEAR, YESTERDAY } from '../helpers';

const PEOPLE_WORDS = 'employee|people|person|staff|headcount|member|non|excluding|except';
const YDAY: [string, string] = [YESTERDAY, YESTERDAY];

export const EXCLUSIONS: readonly Question[] = [
  // Headcounts with something left out.
  q('A146', 'admin', 'headcount for everyone except QA', () => figures(near(count(headcountOutside(['QA'])), PEOPLE_WORDS))),
  q('A147', 'admin', 'how many employees excluding the juniors', () => figures(near(count(headcountExcept(['Junior'])), PEOPLE_WORDS + '|junior'))),
  q('A148', 'admin', 'number of non-senior staff in DEV', () => figures(near(count(headcountExcept(['Senior'], 'DEV')), PEOPLE_WORDS + '|senior|dev'))),
  q('A149', 'admin', 'how many people are not in DEV or QA', () => figures(near(count(headcountOutside(['DEV', 'QA'])), PEOPLE_WORDS))),
  q('A150', 'admin', 'headcount minus the managers', () => figures(near(count(headcount() - headcount({ position: 'Manager' })), PEOPLE_WORDS + '|manager'))),
  q('A151', 'admin', 'list everyone in QA apart from the juniors', () => people(allBut('QA', ['Junior'], true).ids!)),
  q('A152', 'admin', 'who joined this year outside the dev team', () => people(hiredOutside('DEV', THIS_YEAR))),

  // Never, none.
  q('A153', 'admin', 'who in DEV has never been late in October', () => people(neverIn({ team: 'DEV' }, 'late', OCTOBER))),
  q('A154', 'admin', 'AI people with zero late arrivals last month', () => people(neverIn({ team: 'AI' }, 'late', OCTOBER))),
  q('A155', 'admin', 'who in the data team was never absent in september', () => people(neverIn({ team: 'DAT' }, 'absent', SEPTEMBER))),
  q('A156', 'admin', 'who in security has had no absences this month', () => people(neverIn({ team: 'SEC' }, 'absent', THIS_MONTH))),
  q('A157', 'admin', "who in QA wasn't late at all last week", () => people(neverIn({ team: 'QA' }, 'late', LAST_WEEK))),
  q('A158', 'admin', 'which teams had no absences yesterday', () => answer({ teams: teamsWithNone('absent', YDAY) })),
  q('A159', 'admin', 'teams where nobody was late yesterday', () => answer({ teams: teamsWithNone('late', YDAY) })),
  q('A160', 'admin', 'which teams had nobody on leave last week', () => answer({ teams: teamsWithNone('onLeave', LAST_WEEK) })),
  q('A161', 'admin', 'which teams have no pending leave requests', () => answer({ teams: teamsWithoutRequests('pending') })),
  q('A162', 'admin', 'how many people in DEV have no pending leave request', () =>
    figures(near(count(withoutRequests('pending', 'DEV').length), PEOPLE_WORDS + '|dev|request')),
  ),

  // Not on leave.
  q('A163', 'admin', 'how many people are not on leave today', () => figures(near(count(notOnLeave({}, TODAY).length), PEOPLE_WORDS + '|leave'))),
  q('A164', 'admin', 'people in the data team not on leave today', () => people(notOnLeave({ team: 'DAT' }, TODAY))),
  q('A165', 'admin', 'who in SEC was not on leave last friday 14 nov', () => people(notOnLeave({ team: 'SEC' }, '2025-11-14'))),

  // Figures with a group left out.
  q('A166', 'admin', 'attendance rate for october, everyone except QA', () => figures(rate(rateIn(outside('QA'), OCTOBER)))),
  q('A167', 'admin', 'average Q3 score excluding the managers', () => figures(score(meanOf('2025-Q3', allBut(undefined, ['Manager']))))),
  q('A168', 'admin', 'avg Q3 score for all teams but DEV', () => figures(score(meanOf('2025-Q3', outside('DEV'))))),
  q('A169', 'admin', 'late arrivals last week not counting the juniors', () =>
    figures(near(count(totals(allBut(undefined, ['Junior']), ...LAST_WEEK).late), 'late')),
  ),
  q('A170', 'admin', 'how many were late yesterday apart from the AI team', () => figures(near(count(totals(outside('AI'), ...YDAY).late), 'late'))),
  q('A171', 'admin', 'attendance rate of the non-juniors in DEV in september', () => figures(rate(rateIn(allBut('DEV', ['Junior']), SEPTEMBER)))),
  q('A172', 'admin', 'which SEC people other than the manager scored above 75 in Q3', () => people(scoredAbove('2025-Q3', 75, allBut('SEC', ['Manager'])))),
  q('A173', 'admin', 'rate for Q3 for everyone but the security team', () => figures(rate(rateIn(outside('SEC'), Q3)))),
];
