/*
 * practice16 — role scope with several constraints: a manager asking about another team's level and
 * period, team against team or the whole company, or a person outside their team; an employee asking about
 * a colleague, their own team or everyone; and the cases that stay in scope (a manager's only "chris", an
 * employee naming themselves, HR's two Chrises). Written code-blind from /work/shared/API.md, docs/API.md
 * and the README's assistant section; expected figures come from the data set and the oracle.
 */
import { ask, count, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { measureOf, totals } from '../../oracle/attendance-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { SEPT_TO_NOV } from '../../oracle/practice16-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q } from '../helpers';

const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');

export const SCOPE: readonly Question[] = [
  // DEV-001.
  q('H215', 'DEV-001', 'how many QA seniors were late in October', () => otherTeam('QA')),
  q('H216', 'DEV-001', 'average score by team in Q3', () => company()),
  q('H217', 'DEV-001', "grace kim's hours last week", () => notFound()),
  q('H218', 'DEV-001', 'who in security was absent on 13/11', () => otherTeam('SEC')),
  q('H219', 'DEV-001', "compare my team with QA's attendance in october", () => otherTeam('QA')),
  q('H220', 'DEV-001', 'which team had the most late arrivals in october', () => company()),
  q('H221', 'DEV-001', "chris walker's score in Q3", () => notFound()),

  // QA-001.
  q('H222', 'QA-001', 'top 3 in DEV by score in Q3', () => otherTeam('DEV')),
  q('H223', 'QA-001', "lukas novak's late count from sept to nov", () => notFound()),
  q('H224', 'QA-001', 'company-wide attendance rate in Q4 so far', () => company()),
  q('H225', 'QA-001', "sarah johnson's leave balance", () => notFound()),
  q('H226', 'QA-001', 'data team juniors absent in october', () => otherTeam('DAT')),

  // Employees.
  q('H227', 'DEV-003', "Maria Gonzalez's attendance in October", () => notFound()),
  q('H228', 'DEV-003', "my team's late arrivals this month", () => ownTeam('DEV')),
  q('H229', 'QA-003', "grace kim's hours last week", () => notFound()),
  q('H230', 'QA-003', 'average score in QA in Q3', () => ownTeam('QA')),
  q('H231', 'DAT-004', 'which seniors in the data team were late in october', () => ownTeam('DAT')),
  q('H232', 'DAT-004', "mei lin's score in Q2", () => notFound()),
  q('H233', 'SEC-004', 'who was absent in security on friday', () => ownTeam('SEC')),
  q('H234', 'SEC-004', 'company attendance rate Q4 so far', () => company()),
  q('H235', 'SEC-004', "olivia martin's start date", () => notFound()),
  q('H236', 'DEV-003', 'top 3 performers in the company in Q3', () => company()),

  // In scope after all, and HR's two Chrises.
  q('H237', 'DEV-001', "chris's attendance rate from sept to nov", () => figures(rate(rateIn({ ids: ['DEV-006'] }, SEPT_TO_NOV)))),
  q('H238', 'QA-001', "chris's late count in october", () => figures(count(measureOf('QA-004', 'late', ...OCTOBER)))),
  q('H239', 'DAT-004', "kevin o'brien's hours last week", () => figures(hours(totals({ ids: ['DAT-004'] }, ...LAST_WEEK).hours))),
  q('H240', 'SEC-004', 'Emma Clarke score Q3', () => figures(score(scoreOf('SEC-004', '2025-Q3')))),
  q('H241', 'admin', "chris's score in Q3", () => ask('DEV-006', 'QA-004')),
];
