/*
 * practice17 — role scope in HR's words: an employee asking about a colleague's leave, lateness or score,
 * about their team or the company; a manager asking about another team or the whole company; and the
 * cases that stay in scope (an employee naming themselves, a manager naming a member by first name).
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section; expected
 * figures come from the data set and the oracle.
 */
import { count, days, figures, notFound, refusal, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { available } from '../../oracle/practice14-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { OCTOBER, q } from '../helpers';

const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');

export const SCOPE: readonly Question[] = [
  // Employees.
  q('G148', 'DEV-003', 'how much annual leave does Maria Gonzalez have left', () => notFound()),
  q('G149', 'QA-003', 'how many times was Marcus Lee late in October', () => notFound()),
  q('G150', 'DAT-004', "Julia Fischer's sick days this year", () => notFound()),
  q('G151', 'SEC-004', 'what did Olivia Martin score last quarter', () => notFound()),
  q('G152', 'DEV-003', "my team's headcount by level", () => ownTeam('DEV')),
  q('G153', 'QA-003', 'who in QA has pending time off', () => ownTeam('QA')),
  q('G154', 'SEC-004', 'company-wide absence rate in October', () => company()),

  // Managers.
  q('G155', 'DEV-001', 'late arrivals in the QA team in October', () => otherTeam('QA')),
  q('G156', 'QA-001', 'headcount by team', () => company()),
  q('G157', 'DEV-001', "Sarah Johnson's annual leave remaining", () => notFound()),

  // In scope after all.
  q('G158', 'DAT-004', "Kevin O'Brien annual leave remaining", () => figures(days(available('DAT-004', 'ANNUAL')))),
  q('G159', 'QA-001', 'how many times was zoe late in October', () => figures(count(measureOf('QA-009', 'late', ...OCTOBER)))),
  q('G160', 'DEV-001', "lukas's lateness in October", () => figures({ ...count(measureOf('DEV-004', 'late', ...OCTOBER)), label: 'late' })),
];
