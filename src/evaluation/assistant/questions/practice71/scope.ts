/*
 * practice71 — the manager steps outside the team, and the employees outside themselves. API.md and the README: a
 * person outside the caller's scope is "not found", exactly as if absent (checked here to have no name near anyone the
 * caller can see); another team's figures are named back, never answered with a count of what the caller can see (for
 * an employee every team, their own too); so is the whole company asked by a manager or an employee, and a manager
 * asking team by team.
 */
import type { Question } from '../../expectation';
import { unseen } from '../../oracle/practice71-people';
import { q } from '../helpers';
import { otherTeams, outsideCompany, outsideTeam } from './shared';

export const SCOPE: readonly Question[] = [
  // Priya (DEV-001).
  q('QT216', 'DEV-001', "who in QA hasn't checked in today?", () => outsideTeam('QA')),
  q('QT217', 'DEV-001', "what's the attendance rate for the whole company this month", () => outsideCompany()),
  q('QT218', 'DEV-001', "grace kim's hours last week", () => unseen('DEV-001', 'QA-007')),
  q('QT219', 'DEV-001', 'is Elena Petrova in today?', () => unseen('DEV-001', 'QA-001')),
  q('QT220', 'DEV-001', 'how many pending leave requests does the data team have', () => outsideTeam('DAT')),
  q('QT221', 'DEV-001', 'late arrivals per team last month', () => otherTeams('DEV')),
  q('QT222', 'DEV-001', "security's late arrivals this week?", () => outsideTeam('SEC')),
  // Elena (QA-001).
  q('QT223', 'QA-001', 'who was late yesterday in development', () => outsideTeam('DEV')),
  q('QT224', 'QA-001', 'what time did Lukas Novak check in this morning', () => unseen('QA-001', 'DEV-004')),
  q('QT225', 'QA-001', 'AI team avg score last quarter', () => outsideTeam('AI')),
  q('QT226', 'QA-001', "who's off next week across the company?", () => outsideCompany()),
  q('QT227', 'QA-001', 'maria gonzalez leave balance', () => unseen('QA-001', 'DEV-005')),
  q('QT228', 'QA-001', 'which team had the most absences last week', () => otherTeams('QA')),
  // Employees.
  q('QT229', 'DEV-003', 'who else on my team was late yesterday?', () => outsideTeam('DEV')),
  q('QT230', 'DEV-003', 'how many hours did Tom Becker work last week', () => unseen('DEV-003', 'DEV-002')),
  q('QT231', 'QA-003', "what's QA's average score for q3", () => outsideTeam('QA')),
  q('QT232', 'QA-003', 'is zoe adams in today', () => unseen('QA-003', 'QA-009')),
  q('QT233', 'DAT-004', 'company attendance rate last week?', () => outsideCompany()),
];
