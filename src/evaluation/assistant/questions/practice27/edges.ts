/*
 * practice27 — the edges the outside tester probes: a first name shared by two people ("chris" for the admin:
 * asked back, listing both), names and teams the organisation does not have ("not found", or the department
 * named back), periods the README says it does not break down by (per fortnight, by weekday, by hour of the
 * day, months ranked against each other: refused naming the period), and scope (an employee about a colleague,
 * a team or the company; a manager about another team or a person elsewhere: named back as outside, or "not
 * found"). Written code-blind from /work/shared/API.md, docs/API.md and the README.
 */
import { ask, notFound, refusal, type Question } from '../../expectation';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { q } from '../helpers';

const CHRIS = ['DEV-006', 'QA-004'];
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');

export const EDGES: readonly Question[] = [
  // Ambiguous first names: asked back with the candidates in scope.
  q('PB184', 'admin', "What was Chris's attendance rate in October?", () => ask(...CHRIS)),
  q('PB185', 'admin', 'chris hours last wk', () => ask(...CHRIS)),
  q('PB186', 'admin', 'how many times was chris late last quarter', () => ask(...CHRIS)),
  q('PB187', 'admin', "chris's leave balance", () => ask(...CHRIS)),
  q('PB188', 'admin', 'what did chris score in Q3', () => ask(...CHRIS)),

  // Unknown people and teams.
  q('PB189', 'admin', 'attendance of Michael Scott last month', () => notFound()),
  q('PB190', 'admin', "what's Rebecca's leave balance", () => notFound()),
  q('PB191', 'DEV-001', 'when did Johnathan Smith join', () => notFound()),
  // A department the organisation does not have is named back (README), never matched to a person.
  q('PB192', 'admin', 'headcount of the Sales team', () => refusal('sales')),
  q('PB193', 'admin', 'attendance for the marketing department last month', () => refusal('marketing')),

  // Periods and breakdowns the service does not make.
  q('PB194', 'admin', 'attendance rate per fortnight since September', () => refusal('fortnight', 'two weeks', 'two-week', 'biweekly')),
  q('PB195', 'admin', 'biweekly late arrivals for DEV this quarter', () => refusal('fortnight', 'two weeks', 'two-week', 'biweekly')),
  q('PB196', 'admin', 'attendance on fridays last month', () => refusal('friday', 'weekday', 'day of the week')),
  q('PB197', 'admin', 'which month this year had the worst attendance', () => refusal('month', 'worst', 'rank')),
  q('PB198', 'admin', 'late arrivals by hour of the day last month', () => refusal('hour of the day', 'time of day', 'by hour', 'hour')),

  // Scope: an employee about others.
  q('PB199', 'DEV-003', "Tom Becker's attendance last month", () => notFound()),
  q('PB200', 'QA-003', 'what did grace kim score in q3', () => notFound()),
  // An employee's 'my team' average is outside what they can see (README: 'the team average').
  q('PB201', 'DAT-004', 'what is the average score of my team in Q3', () => refusal(...myTeamWords('DAT'), 'outside')),
  q('PB202', 'SEC-004', 'how many people work here', () => company()),
  q('PB203', 'DEV-003', 'who was late yesterday in DEV', () => refusal(...myTeamWords('DEV'), 'outside')),

  // Scope: a manager about another team or person.
  q('PB204', 'DEV-001', 'QA attendance last month', () => otherTeam('QA')),
  q('PB205', 'DEV-001', 'which team has the best attendance this quarter', () => company()),
  q('PB206', 'QA-001', 'the data team’s average score in Q3', () => otherTeam('DAT')),
  q('PB207', 'QA-001', "Aisha Khan's hours last week", () => notFound()),
  q('PB208', 'QA-001', 'headcount by team', () => company()),
  q('PB209', 'DEV-001', 'who in security was late yesterday', () => otherTeam('SEC')),
];
