/*
 * practice20 — role scope on the phone: an employee asking about a colleague (by full or first name: "not
 * found"), about "the team", "anyone" or "everybody" (named back as outside what they can see); a manager
 * asking about another team, the whole company or someone in another team (a person outside: "not
 * found"). Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { notFound, refusal, type Question } from '../../expectation';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { q } from '../helpers';

const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const anyone = (code: string) => refusal(...COMPANY_WORDS, ...myTeamWords(code), 'outside', 'your own', 'only you', 'other people', 'anyone', 'anybody');

export const SCOPE: readonly Question[] = [
  // Employees: the team, anyone, everybody.
  q('D225', 'DEV-003', "how was the team's attendance last week", () => ownTeam('DEV')),
  q('D226', 'QA-003', 'is anyone on my team off next week', () => ownTeam('QA')),
  q('D227', 'DAT-004', 'was anyone late this morning', () => anyone('DAT')),
  q('D228', 'SEC-004', "what's the average score on my team", () => ownTeam('SEC')),
  q('D229', 'DEV-003', "how does my score compare with everybody else's", () => anyone('DEV')),
  q('D230', 'QA-003', 'who else is off on the 24th', () => anyone('QA')),

  // Employees: a colleague.
  q('D231', 'DEV-003', 'how many days off does Tom have left', () => notFound()),
  q('D232', 'QA-003', 'was Marcus late yesterday', () => notFound()),
  q('D233', 'DAT-004', 'what did Anna get last quarter', () => notFound()),
  q('D234', 'SEC-004', 'is Olivia Martin off next week', () => notFound()),
  q('D235', 'DEV-003', 'did Chris clock out yesterday', () => notFound()),

  // Managers: another team, the company, someone outside.
  q('D236', 'DEV-001', 'was anyone in QA late yesterday', () => otherTeam('QA')),
  q('D237', 'QA-001', 'how are the devs doing on attendance this month', () => otherTeam('DEV')),
  q('D238', 'DEV-001', 'which team had the most absences last month', () => company()),
  q('D239', 'QA-001', 'how many people does the data team have', () => otherTeam('DAT')),
  q('D240', 'DEV-001', "is security's attendance better than mine this month", () => otherTeam('SEC')),
  q('D241', 'QA-001', "everybody's hours company-wide last week", () => company()),
  q('D242', 'DEV-001', 'did Fatima clock out yesterday', () => notFound()),
  q('D243', 'QA-001', 'how long has Ravi been here', () => notFound()),
  q('D244', 'DEV-001', 'what time did Zoe get in on Monday', () => notFound()),
  q('D245', 'QA-001', "Kevin's hours last week", () => notFound()),
];
