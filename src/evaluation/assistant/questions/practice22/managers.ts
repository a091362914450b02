/*
 * practice22 — the two managers in their first weeks with the HR coordinator: their own team's headcount,
 * who is late, in or on leave today and yesterday, rates, hours, scores, balances, pending requests and who
 * is off next week, with exclusions ("my team except the juniors", "who in my team was never late"); another
 * team's or the company's figures named back as outside what they can see, and a person outside their team
 * "not found". Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure and
 * person comes from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { checkedInToday, notCheckedInToday, totals, type Scope } from '../../oracle/attendance-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { POSITIONS, positionLabel } from '../../oracle/practice17-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, requesters, teamWords } from '../../oracle/practice12-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { whoOn } from '../../oracle/practice18-figures';
import { allBut, neverIn, rankClean } from '../../oracle/practice19-figures';
import { hoursIn, notOnLeave } from '../../oracle/practice22-figures';
import { scoreOf, stats } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, THIS_WEEK, THIS_YEAR, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const YDAY: [string, string] = [YESTERDAY, YESTERDAY];
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team', 'your team', 'own team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams', 'your team', 'own team');

export const MANAGERS: readonly Question[] = [
  // DEV-001, their own team.
  q('A174', 'DEV-001', 'how many people are on my team', () => figures(count(headcount({ team: 'DEV' })))),
  q('A175', 'DEV-001', 'who on my team is late today', () => people(whoOn(DEV, 'late', TODAY))),
  q('A176', 'DEV-001', "who hasn't checked in yet", () => people(notCheckedInToday(DEV))),
  q('A177', 'DEV-001', 'was anyone in my team absent yesterday', () => people(whoOn(DEV, 'absent', YESTERDAY))),
  q('A178', 'DEV-001', 'team attendance rate last month', () => figures(rate(rateIn(DEV, OCTOBER)))),
  q('A179', 'DEV-001', 'my team minus the juniors - attendance rate this month', () => figures(rate(rateIn(allBut('DEV', ['Junior']), THIS_MONTH)))),
  q('A180', 'DEV-001', 'who in my team was never late last week', () => people(neverIn(DEV, 'late', LAST_WEEK))),
  q('A181', 'DEV-001', "chris's hours last week", () => figures(hours(hoursIn({ ids: ['DEV-006'] }, LAST_WEEK)))),
  q('A182', 'DEV-001', 'avg score of my team in q3', () => figures(score(stats(['2025-Q3'], DEV).mean))),
  q('A183', 'DEV-001', 'pending leave requests on my team', () => people(requesters('pending', DEV))),
  q('A184', 'DEV-001', 'whos off next week', () => people(offBetween(DEV, ...NEXT_WEEK))),
  q('A185', 'DEV-001', 'how much annual leave has Yuki Tanaka got left', () =>
    figures(near(days(balance('DEV-009', 'ANNUAL').available), 'left|available|remain|balance|day')),
  ),
  q('A186', 'DEV-001', 'who joined my team this year', () => people(hiredBetween(...THIS_YEAR, 'DEV'))),

  // QA-001, their own team.
  q('A187', 'QA-001', 'my team headcount by level', () =>
    figures(
      ...POSITIONS.filter((p) => headcount({ team: 'QA', position: p }) > 0).map((p) => near(count(headcount({ team: 'QA', position: p })), positionLabel(p))),
    ),
  ),
  q('A188', 'QA-001', 'who in my team is on leave today', () => people(offBetween(QA, TODAY, TODAY))),
  q('A189', 'QA-001', 'how many of my team have clocked in today', () => figures(near(count(checkedInToday(QA).length), 'check|clock|in|people|team|member'))),
  q('A190', 'QA-001', 'late arrivals in my team this week', () => figures(near(count(totals(QA, ...THIS_WEEK).late), 'late'))),
  q('A191', 'QA-001', 'who on my team is not on leave next wednesday', () => people(notOnLeave(QA, '2025-11-26'))),
  q('A192', 'QA-001', 'zoe adams score last quarter', () => figures(score(scoreOf('QA-009', '2025-Q3')))),
  q('A193', 'QA-001', 'top scorer on my team in Q3', () => people(rankClean('2025-Q3', 1, 'top', QA))),
  q('A194', 'QA-001', 'qa absences yesterday', () => people(whoOn(QA, 'absent', YESTERDAY))),
  q('A195', 'QA-001', 'my team attendance this week excluding the juniors', () => figures(rate(rateIn(allBut('QA', ['Junior']), THIS_WEEK)))),
  q('A196', 'QA-001', 'total hours my team logged yesterday', () => figures(hours(hoursIn(QA, YDAY)))),

  // Outside their team.
  q('A197', 'DEV-001', "what's the QA team's attendance rate last month", () => otherTeam('QA')),
  q('A198', 'DEV-001', 'who is late today across the company', () => company()),
  q('A199', 'DEV-001', 'how many sick days has Mei Lin taken', () => notFound()),
  q('A200', 'DEV-001', 'security team headcount', () => otherTeam('SEC')),
  q('A201', 'QA-001', 'average Q3 score in the AI team', () => otherTeam('AI')),
  q('A202', 'QA-001', 'is Tom Becker on leave today', () => notFound()),
  q('A203', 'QA-001', 'who is off next week in every team', () => company()),
  q('A204', 'QA-001', "Aisha Khan's leave balance", () => notFound()),
];
