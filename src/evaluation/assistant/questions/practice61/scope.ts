/*
 * practice61 — leave, holidays, hours and lateness asked across the edge of the caller's scope. API.md: someone outside
 * the caller's scope is "not found", exactly as if absent; README: a team outside it is named back ("AI is outside
 * what you can see"; for an employee every team, their own too), and so is the whole company asked by a manager or an
 * employee, and a manager asking team by team. Each "not found" is checked to be outside the caller's scope (or to be
 * nobody at all, nor a near spelling of anyone).
 */
import { notFound, type Question } from '../../expectation';
import { dataset } from '../../dataset/dataset';
import { otherTeams, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { hidden, nobodyAtAll } from '../../oracle/practice59-figures';
import { q } from '../helpers';

/** An employee id nobody holds. */
function noSuchId(id: string) {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}

export const SCOPE: readonly Question[] = [
  // Managers.
  q('QJ172', 'DEV-001', 'how much annual leave does Fatima Zahra have?', () => hidden('DEV-001', 'QA-003')),
  q('QJ173', 'DEV-001', 'who in QA is on leave next week', () => outsideTeam('QA')),
  q('QJ174', 'DEV-001', 'company-wide late arrivals this week', () => outsideCompany()),
  q('QJ175', 'DEV-001', 'hours worked by each team last week', () => otherTeams('DEV')),
  q('QJ176', 'QA-001', "Lukas Novak's hours last week", () => hidden('QA-001', 'DEV-004')),
  q('QJ177', 'QA-001', 'pending leave requests across the whole company', () => outsideCompany()),
  q('QJ178', 'QA-001', 'which of the Development team were late today', () => outsideTeam('DEV')),
  // Employees.
  q('QJ179', 'DEV-003', 'how much leave does Tom Becker have left', () => hidden('DEV-003', 'DEV-002')),
  q('QJ180', 'DEV-003', 'who on my team is off next week?', () => outsideTeam('DEV')),
  q('QJ181', 'QA-003', 'zoe adams annual leave balance', () => hidden('QA-003', 'QA-009')),
  q('QJ182', 'QA-003', 'late arrivals in QA this month', () => outsideTeam('QA')),
  q('QJ183', 'DAT-004', 'is Anna Berg on leave today?', () => hidden('DAT-004', 'DAT-007')),
  q('QJ184', 'DAT-004', 'how many hours did everyone in the company work last week', () => outsideCompany()),
  q('QJ185', 'SEC-004', 'who in security has been late the most this month', () => outsideTeam('SEC')),
  q('QJ186', 'SEC-004', "Lucas Moreau's sick leave left", () => hidden('SEC-004', 'SEC-005')),
  // HR: nobody of that name or id.
  q('QJ187', 'admin', 'hours for Jane Doe last week', () => nobodyAtAll('Jane Doe')),
  q('QJ188', 'admin', 'leave balance for DAT-011', () => noSuchId('DAT-011')),
];
