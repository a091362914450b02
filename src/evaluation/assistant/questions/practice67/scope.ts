/*
 * practice67 — comparisons across the edge of the caller's scope. README and API.md: someone outside the scope is
 * "not found", exactly as if absent (both people compared are outside, so no half answer is due); a team outside it
 * is named back, for an employee every team, their own too; so is the whole company asked by a manager or an
 * employee, and an employee asking about "the team average" is told the averages are outside what they see; a
 * manager asking team by team is told the other teams are outside. HR asking about someone or a department the
 * organisation does not have is told so.
 */
import { refusal, type Question } from '../../expectation';
import { averageForEmployee, hidden, nobody, outsideCompany, outsideTeam } from '../../oracle/practice67-judge';
import { q } from '../helpers';

/** Two teams, both outside the caller's view: either named back will do. */
const twoTeams = (who: Parameters<typeof outsideTeam>[0], a: string, b: string) => {
  const first = outsideTeam(who, a);
  const second = outsideTeam(who, b);
  if (first.kind !== 'refusal' || second.kind !== 'refusal') throw new Error('not refusals');
  return refusal(...first.words, ...second.words);
};

export const SCOPE: readonly Question[] = [
  // Managers.
  q('QP198', 'DEV-001', 'did we beat QA on attendance last month?', () => outsideTeam('DEV-001', 'QA')),
  q('QP199', 'DEV-001', 'is my team above the company average attendance for October?', () => outsideCompany('DEV-001')),
  q('QP200', 'DEV-001', 'who was late more in October, Marcus Lee or Leo Martins?', () => hidden('DEV-001', 'QA-002', 'QA-008')),
  q('QP201', 'DEV-001', "is Grace Kim's Q3 score higher than Nina Kowalski's", () => hidden('DEV-001', 'QA-007', 'QA-005')),
  q('QP202', 'DEV-001', "compare the AI and data teams' Q3 averages", () => twoTeams('DEV-001', 'AI', 'DAT')),
  q('QP203', 'DEV-001', 'which team had the best attendance in October?', () => refusal('other teams', 'outside', 'teams', 'your team', 'only')),
  q('QP204', 'QA-001', "was DEV's attendance better than ours last month", () => outsideTeam('QA-001', 'DEV')),
  q('QP205', 'QA-001', 'is Lukas Novak late more often than Daniel Okafor in september?', () => hidden('QA-001', 'DEV-004', 'DEV-008')),
  q('QP206', 'QA-001', 'how does QA compare with the company average score in Q3', () => outsideCompany('QA-001')),
  q('QP207', 'QA-001', "is pablo ruiz's attendance below 90% for september", () => hidden('QA-001', 'DAT-006')),
  q('QP208', 'QA-001', "did security's average go up from Q2 to Q3?", () => outsideTeam('QA-001', 'SEC')),
  // Employees.
  q('QP209', 'DEV-003', 'is my Q3 score above the team average?', () => averageForEmployee('DEV-003', 'DEV')),
  q('QP210', 'DEV-003', 'was Tom Becker late more than Lukas Novak in September?', () => hidden('DEV-003', 'DEV-002', 'DEV-004')),
  q('QP211', 'QA-003', 'is my attendance above the company average for October?', () => {
    const company = outsideCompany('QA-003');
    if (company.kind !== 'refusal') throw new Error('not a refusal');
    return refusal(...company.words, 'average');
  }),
  q('QP212', 'QA-003', "did QA's attendance go up from September to October", () => outsideTeam('QA-003', 'QA')),
  q('QP213', 'QA-003', 'zoe adams vs chris walker late arrivals in october', () => hidden('QA-003', 'QA-009', 'QA-004')),
  q('QP214', 'DAT-004', 'did the data team beat AI on Q3 scores?', () => twoTeams('DAT-004', 'DAT', 'AI')),
  q('QP215', 'DAT-004', "is Anna Berg's Q3 score higher than Mei Lin's?", () => hidden('DAT-004', 'DAT-007', 'DAT-005')),
  q('QP216', 'DAT-004', 'company attendance this month vs last month', () => outsideCompany('DAT-004')),
  q('QP217', 'SEC-004', 'is my Q3 score above the SEC average', () => averageForEmployee('SEC-004', 'SEC')),
  q('QP218', 'SEC-004', 'who was late more in October, Mohammed Saleh or Lucas Moreau?', () => hidden('SEC-004', 'SEC-003', 'SEC-005')),
  q('QP219', 'SEC-004', 'how does security compare with DEV on attendance last week', () => twoTeams('SEC-004', 'SEC', 'DEV')),
  // HR: nobody of that name, a department the organisation does not have.
  q('QP220', 'admin', "is Carlos Mendes's attendance above 95% for October?", () => nobody('Carlos Mendes')),
  q('QP221', 'admin', 'compare attendance in Sales vs DEV last month', () => refusal('sales')),
];
