/*
 * practice15 — role scope: managers asking about other teams, people outside their team or the whole
 * company; employees asking about colleagues, their own team or everyone; the cases that stay in scope
 * (a manager's own people and juniors, an employee naming themselves); an unknown name and a first name
 * two people share. Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant
 * section; expected figures come from the data set and the oracle.
 */
import { ask, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { peopleWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q } from '../helpers';

const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');

export const SCOPE: readonly Question[] = [
  // Managers.
  q('N227', 'DEV-001', 'how many people in QA were late last week', () => otherTeam('QA')),
  q('N228', 'DEV-001', "what's Sarah Johnson's start date", () => notFound()),
  q('N229', 'DEV-001', 'attendance rate for the whole company last month', () => company()),
  q('N230', 'DEV-001', 'which team has the best attendance this month', () => company()),
  q('N231', 'DEV-001', 'top 3 performers in AI last quarter', () => otherTeam('AI')),
  q('N232', 'DEV-001', "sofia rossi's attendance rate last week", () => figures(rate(rateIn({ ids: ['DEV-011'] }, LAST_WEEK)))),
  q('N233', 'DEV-001', 'which of my juniors were late last month', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'late', OCTOBER[0], OCTOBER[1]))),
  q('N234', 'QA-001', 'hours worked by the security team last week', () => otherTeam('SEC')),
  q('N235', 'QA-001', 'how many days was lukas novak late in october', () => notFound()),
  q('N236', 'QA-001', 'average score per team in Q3', () => company()),
  q('N237', 'QA-001', "chris's attendance rate last month", () => figures(rate(rateIn({ ids: ['QA-004'] }, OCTOBER)))),

  // Employees.
  q('N238', 'DEV-003', 'what did tom becker score last quarter', () => notFound()),
  q('N239', 'DEV-003', "what's my team's average score last quarter", () => ownTeam('DEV')),
  q('N240', 'DEV-003', 'how many people work in DEV', () => ownTeam('DEV')),
  q('N241', 'DEV-003', 'my hours last week', () => figures(hours(totals({ ids: ['DEV-003'] }, LAST_WEEK[0], LAST_WEEK[1]).hours))),
  q('N242', 'QA-003', "zoe adams's attendance this month", () => notFound()),
  q('N243', 'QA-003', 'who was late in QA yesterday', () => ownTeam('QA')),
  q('N244', 'QA-003', "fatima zahra's score in q3", () => figures(score(scoreOf('QA-003', '2025-Q3')))),
  q('N245', 'DAT-004', 'anna berg annual leave balance', () => notFound()),
  q('N246', 'DAT-004', 'what is the company attendance rate', () => company()),
  q('N247', 'DAT-004', "is the AI team's attendance worse than the data team's", () => refusal(...teamWords('AI'), ...teamWords('DAT'), 'outside', 'team')),
  q('N248', 'SEC-004', 'top performers in security last quarter', () => ownTeam('SEC')),
  q('N249', 'SEC-004', 'how many days was isabel santos absent in october', () => notFound()),
  q('N250', 'SEC-004', 'my scores q1 vs q2', () => figures(score(scoreOf('SEC-004', '2025-Q1')), score(scoreOf('SEC-004', '2025-Q2')))),

  // Admin: a name nobody has, a first name two people share.
  q('N251', 'admin', 'attendance for john smith last week', () => notFound()),
  q('N252', 'admin', "chris's hours last week", () => ask('DEV-006', 'QA-004')),
];
