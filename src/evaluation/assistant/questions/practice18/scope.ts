/*
 * practice18 — role scope as typed in a chat box: an employee asking about a colleague (not found), their
 * team or the company (named back); a manager asking about another team, the whole company or someone of
 * another team; and the cases that stay in scope (an employee naming themselves, a manager naming a member
 * by a misspelt first name). Written code-blind from /work/shared/API.md, docs/API.md and the README's
 * assistant section; expected figures come from the data set and the oracle.
 */
import { count, days, figures, hours, notFound, refusal, type Question } from '../../expectation';
import { measureOf, totals } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { available, myTeamWords } from '../../oracle/practice14-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q } from '../helpers';

const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');

export const SCOPE: readonly Question[] = [
  // Employees.
  q('B246', 'DEV-003', 'how many times was omar late last wk', () => notFound()),
  q('B247', 'QA-003', "grace kim's pto balance", () => notFound()),
  q('B248', 'DAT-004', 'what did anna berg score in q3', () => notFound()),
  q('B249', 'SEC-004', 'olivia martin hrs last week', () => notFound()),
  q('B250', 'DEV-003', 'DEV att rate last wk', () => ownTeam('DEV')),
  q('B251', 'SEC-004', 'how many ppl work here', () => company()),

  // Managers.
  q('B252', 'DEV-001', 'qa late arrivals last wk', () => otherTeam('QA')),
  q('B253', 'QA-001', 'company wide absences yday', () => company()),
  q('B254', 'DEV-001', "felix wagner's leave balance", () => notFound()),
  q('B255', 'QA-001', 'sec headcount', () => otherTeam('SEC')),
  q('B256', 'DEV-001', 'which team has the best attendance this month', () => company()),

  // In scope after all.
  q('B257', 'DAT-004', 'kevin obrien hours last week', () => figures(hours(totals({ ids: ['DAT-004'] }, ...LAST_WEEK).hours))),
  q('B258', 'QA-001', 'how many days was zoey absent in aug', () => figures(days(totals({ ids: ['QA-009'] }, ...AUGUST).absent))),
  q('B259', 'DEV-001', 'hanah late count oct', () => figures(near(count(measureOf('DEV-007', 'late', ...OCTOBER)), 'late'))),
  q('B260', 'SEC-004', "emma clarke's annual leave left", () => figures(days(available('SEC-004', 'ANNUAL')))),
];
