/*
 * practice32 — scope probes and what the service does not keep. An employee asking about a colleague, a manager about
 * someone of another team or a former employee elsewhere: "not found"; an employee asking about a team (their own
 * too) or the company, a manager about another team or the company: named back as outside what they can see; a first
 * name two people share: asked which (only those the caller can see). Then the payroll words the service has no data
 * for (pay, overtime, pension, tax, payslips, bonuses, hourly rates), reporting lines, notice periods, parental leave,
 * predictions and an order to approve, each refused naming what is missing.
 */
import { ask, days, figures, notFound, refusal, type Question } from '../../expectation';
import { COMPANY_WORDS } from '../../oracle/practice12-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { measureNonZero } from '../../oracle/practice20-figures';
import { OCTOBER, q } from '../helpers';

const outsideTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const otherTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const company = () => refusal(...COMPANY_WORDS, 'outside');
const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const REPORTING = ['report', 'manager', 'manages', 'org chart', 'reporting line', 'line manager'];

export const SCOPE_REFUSALS: readonly Question[] = [
  // Scope.
  q('PG202', 'DEV-003', "What's my team's late count for October?", () => outsideTeam('DEV')),
  q('PG203', 'QA-003', 'whos off in QA next wk', () => outsideTeam('QA')),
  q('PG204', 'DAT-004', 'Company attendance rate last month?', () => company()),
  q('PG205', 'SEC-004', "What's James Wilson's annual leave balance?", () => notFound()),
  q('PG206', 'DAT-004', "When does Anna Berg's leave end?", () => notFound()),
  q('PG207', 'DEV-001', "QA's absent days in October", () => otherTeam('QA')),
  q('PG208', 'DEV-001', "Fatima Zahra's Q3 score", () => notFound()),
  q('PG209', 'QA-001', "Laura Silva's attendance rate in October", () => notFound()),
  q('PG210', 'QA-001', 'How many people did the whole company hire this year?', () => company()),
  q('PG211', 'DEV-001', "When was Ethan Hughes's last day?", () => notFound()),
  q('PG212', 'QA-003', 'How many hours did Elena Petrova work last week?', () => notFound()),
  q('PG213', 'admin', 'How many days was Chris absent in October?', () => ask('DEV-006', 'QA-004')),
  q('PG214', 'QA-001', "Chris's absences in October, in days", () => figures(days(measureNonZero('QA-004', 'absent', OCTOBER)))),
  q('PG215', 'SEC-004', "Security's attendance rate in Q3", () => outsideTeam('SEC')),
  q('PG216', 'DEV-001', 'Headcount across all teams', () => company()),

  // What the service does not keep, or will not do.
  q('PG217', 'admin', "What's the total gross pay for October?", () => refusal(...PAY, 'gross')),
  q('PG218', 'admin', 'How many overtime hours do we owe QA for October?', () => refusal('overtime')),
  q('PG219', 'admin', 'Who reports to Sarah Johnson?', () => refusal(...REPORTING)),
  q('PG220', 'admin', 'Pension contributions for DEV this quarter', () => refusal('pension', 'contribution')),
  q('PG221', 'DEV-001', 'How much parental leave has my team taken?', () => refusal('parental')),
  q('PG222', 'QA-001', "What's Zoe Adams' hourly rate?", () => refusal('hourly', ...PAY)),
  q('PG223', 'DAT-004', 'Show me my last payslip', () => refusal('payslip', ...PAY)),
  q('PG224', 'SEC-004', 'What is my notice period?', () => refusal('notice')),
  q('PG225', 'admin', 'Approve all the pending leave for December', () => refusal('approve', 'read-only')),
  q('PG226', 'admin', 'Who is likely to run out of annual leave before year end?', () => refusal('predict', 'likely', 'forecast', 'future')),
  q('PG227', 'admin', "What's the Q3 bonus pool for the top performers?", () => refusal('bonus', ...PAY)),
  q('PG228', 'admin', "Tax deducted from Mohammed Saleh's October pay", () => refusal('tax', ...PAY)),
  q('PG229', 'DEV-003', 'Who is my manager?', () => refusal(...REPORTING)),
  q('PG230', 'QA-003', 'What did I earn in September?', () => refusal(...PAY)),
];
