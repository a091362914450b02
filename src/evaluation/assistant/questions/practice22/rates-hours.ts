/*
 * practice22 — a new HR coordinator (admin) on attendance rates and hours: the company's, a team's, a level's
 * and one person's rate over last week, last month, this month and a quarter, the best and worst team, the
 * lowest rates, and the hours someone logged. Written code-blind from /work/shared/API.md, docs/API.md and
 * the README; every figure, team and person comes from the data set and the oracle.
 */
import { answer, ask, figures, hours, people, rate, type Question } from '../../expectation';
import { teamsByRate, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { rateIn, ratesAtEnd } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { SINCE_AUGUST } from '../../oracle/practice19-figures';
import { hoursIn } from '../../oracle/practice22-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const r = (scope: Scope, range: Range) => rate(rateIn(scope, range));
const h = (scope: Scope, range: Range) => hours(hoursIn(scope, range));

export const RATES_HOURS: readonly Question[] = [
  // Rates.
  q('A063', 'admin', "what's our overall attendance rate this month", () => figures(r({}, THIS_MONTH))),
  q('A064', 'admin', 'attendance rate last week, whole company', () => figures(r({}, LAST_WEEK))),
  q('A065', 'admin', 'attendence rate for dev last month', () => figures(r({ team: 'DEV' }, OCTOBER))),
  q('A066', 'admin', 'QA attendance % in september', () => figures(r({ team: 'QA' }, SEPTEMBER))),
  q('A067', 'admin', 'attendance rate of each team last month', () => figures(...TEAM_CODES.map((team) => near(r({ team }, OCTOBER), teamLabel(team))))),
  q('A068', 'admin', 'which team had the worst attendance last month?', () => answer({ teams: teamsByRate(...OCTOBER).slice(-1) })),
  q('A069', 'admin', 'best team for attendance this month so far', () => answer({ teams: teamsByRate(...THIS_MONTH).slice(0, 1) })),
  q('A070', 'admin', 'attendance rate of the AI team in Q3', () => figures(r({ team: 'AI' }, Q3))),
  q('A071', 'admin', 'juniors attendance rate last month', () => figures(r(levelIn(undefined, 'Junior'), OCTOBER))),
  q('A072', 'admin', "what's Zoe Adams's attendance rate since August", () => figures(r({ ids: ['QA-009'] }, SINCE_AUGUST))),
  q('A073', 'admin', 'attendance rate for pablo ruiz in october', () => figures(r({ ids: ['DAT-006'] }, OCTOBER))),
  q('A074', 'admin', "Lucas Moreau's attendance this month", () => figures(r({ ids: ['SEC-005'] }, THIS_MONTH))),
  q('A075', 'admin', 'who had the 3 lowest attendance rates last month', () => people(ratesAtEnd({}, OCTOBER, 3, 'lowest'))),
  q('A076', 'admin', 'lowest attendance rate in the security team in october', () => people(ratesAtEnd({ team: 'SEC' }, OCTOBER, 1, 'lowest'))),
  q('A077', 'admin', 'absence rate for the company in october', () => figures(rate(absenceRate({}, OCTOBER)))),
  q('A078', 'admin', 'data team attendance yesterday', () => figures(r({ team: 'DAT' }, [YESTERDAY, YESTERDAY]))),
  q('A079', 'admin', 'attendance rate this week so far', () => figures(r({}, THIS_WEEK))),
  q('A080', 'admin', 'seniors in QA, attendance rate Q3', () => figures(r(levelIn('QA', 'Senior'), Q3))),

  // Hours.
  q('A081', 'admin', 'how many hours did Aisha Khan work last week', () => figures(h({ ids: ['DEV-003'] }, LAST_WEEK))),
  q('A082', 'admin', 'hours logged by Grace Kim in october', () => figures(h({ ids: ['QA-007'] }, OCTOBER))),
  q('A083', 'admin', 'total hrs for the security team yesterday', () => figures(h({ team: 'SEC' }, [YESTERDAY, YESTERDAY]))),
  q('A084', 'admin', 'Tom Becker hours yesterday', () => figures(h({ ids: ['DEV-002'] }, [YESTERDAY, YESTERDAY]))),
  q('A085', 'admin', 'how many hours did the AI team put in last week', () => figures(h({ team: 'AI' }, LAST_WEEK))),
  q('A086', 'admin', "Mei Lin's hours this month", () => figures(h({ ids: ['DAT-005'] }, THIS_MONTH))),
  q('A087', 'admin', 'hours worked by Jakub Wozniak in september', () => figures(h({ ids: ['SEC-007'] }, SEPTEMBER))),
  q('A247', 'admin', 'how many hours did chris put in last week', () => ask('DEV-006', 'QA-004')),
  q('A088', 'admin', 'total hours clocked by QA last month', () => figures(h({ team: 'QA' }, OCTOBER))),
];
