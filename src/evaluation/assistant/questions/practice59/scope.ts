/*
 * practice59 — people and teams across the caller's scope. API.md: "Someone outside the caller's scope is 'not
 * found', exactly as if absent"; README: a team outside it is named back ("AI is outside what you can see"; for an
 * employee any team, their own too), and so is the whole company asked by a manager or an employee; "a manager asking
 * team by team … is told the other teams are outside what they can see"; an employee asking for a ranking of people
 * or "the team average" likewise. Inside the scope the same questions are answered: a manager's own people, the
 * manager's own figures, a leaver the admin can see. Each "not found" is checked to be outside the caller's scope.
 */
import { answer, figures, hours, rate, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { otherTeams, othersOutside, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { fig, LAST_MONTH, LAST_WEEK, me, month, personSum, plain, rateOf } from '../../oracle/practice53-figures';
import { hidden } from '../../oracle/practice59-figures';
import { q } from '../helpers';

export const SCOPE: readonly Question[] = [
  // Someone outside the caller's scope: not found.
  q('QH098', 'DEV-001', 'how many times was Marcus Lee late in October', () => hidden('DEV-001', 'QA-002')),
  q('QH099', 'QA-001', "Lukas Novak's absences last month", () => hidden('QA-001', 'DEV-004')),
  q('QH100', 'DEV-003', "what's Priya Raman's leave balance", () => hidden('DEV-003', 'DEV-001')),
  q('QH101', 'DEV-003', 'Tom Becker hours last week', () => hidden('DEV-003', 'DEV-002')),
  q('QH102', 'QA-003', "Elena Petrova's attendance this month", () => hidden('QA-003', 'QA-001')),
  q('QH103', 'QA-003', 'chris walker absences in october', () => hidden('QA-003', 'QA-004')),
  q('QH104', 'DAT-004', "Anna Berg's q3 score", () => hidden('DAT-004', 'DAT-007')),
  q('QH105', 'DAT-004', 'DAT-005 attendance rate this month', () => hidden('DAT-004', 'DAT-005')),
  q('QH106', 'SEC-004', "James Wilson's start date?", () => hidden('SEC-004', 'SEC-001')),
  q('QH107', 'SEC-004', "Lucas Moreau's late days last month", () => hidden('SEC-004', 'SEC-005')),
  q('QH108', 'DEV-001', "Ethan Hughes's last day", () => hidden('DEV-001', 'SEC-008')),
  q('QH109', 'DEV-003', 'who is DEV-002', () => hidden('DEV-003', 'DEV-002')),

  // A team, everyone, or team by team outside the caller's scope: named back.
  q('QH110', 'SEC-004', 'total headcount of the company?', () => outsideCompany()),
  q('QH111', 'DAT-004', 'top 3 performers in q3', () => othersOutside('top', 'performers', 'ranking')),
  q('QH112', 'QA-003', "my team's average score in q3", () => outsideTeam('QA')),
  q('QH113', 'DEV-003', 'who on my team was late last week', () => outsideTeam('DEV')),
  q('QH114', 'SEC-004', 'my q3 score compared with the team average', () => outsideTeam('SEC')),
  q('QH115', 'DEV-001', 'company-wide attendance rate last month', () => outsideCompany()),
  q('QH116', 'QA-001', 'late arrivals across all teams last week', () => outsideCompany()),
  q('QH117', 'DEV-001', "each team's attendance last month", () => otherTeams('DEV')),
  q('QH118', 'QA-001', 'SEC headcount', () => outsideTeam('SEC')),
  q('QH119', 'DEV-001', 'which AI seniors scored above 85 in Q3', () => outsideTeam('AI')),

  // Inside the scope: answered.
  q('QH120', 'DEV-001', "Aisha Khan's hours last week", () => figures(hours(personSum('DEV-003', 'hours', LAST_WEEK)))),
  q('QH121', 'QA-001', "Fatima Zahra's attendance rate last month", () => figures(rate(rateOf(me('QA-003'), LAST_MONTH)))),
  q('QH122', 'QA-001', 'QA-002 late count for september', () => figures(fig('late', plain(personSum('QA-002', 'late', month(9)))))),
  q('QH123', 'admin', "Ethan Hughes' last day", () => answer({ dates: [person('SEC-008').end!] })),
];
