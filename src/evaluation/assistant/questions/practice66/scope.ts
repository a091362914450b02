/*
 * practice66 — colleagues and groups outside the caller's scope. API.md and the README: someone outside the scope is
 * "not found", exactly as if absent; a team outside it is named back (for an employee every team, their own too), and
 * so is the whole company asked by a manager or an employee; an employee asking for a ranking of people or "how many
 * people work here" is told the others are outside what they can see. Each person named is checked to be outside the
 * caller's scope; HR's "not found" is a name or id nobody has.
 */
import type { Question } from '../../expectation';
import { hidden, nobodyCalled, noSuchId, othersHidden, outsideCompany, outsideTeam } from '../../oracle/practice66-calendar';
import { q } from '../helpers';

export const SCOPE: readonly Question[] = [
  // Employees asking about colleagues.
  q('QO193', 'DEV-003', 'what time did Tom Becker get in today', () => hidden('DEV-003', 'DEV-002')),
  q('QO194', 'DEV-003', 'how many sick days has Lukas Novak got left?', () => hidden('DEV-003', 'DEV-004')),
  q('QO195', 'DEV-003', "my team's attendance rate last month", () => outsideTeam('DEV-003', 'DEV')),
  q('QO196', 'DEV-003', 'what did Priya Raman score last quarter', () => hidden('DEV-003', 'DEV-001')),
  q('QO197', 'QA-003', "zoe adams' leave next week?", () => hidden('QA-003', 'QA-009')),
  q('QO198', 'QA-003', 'average score in QA last quarter', () => outsideTeam('QA-003', 'QA')),
  q('QO199', 'QA-003', 'how many people work here', () => othersHidden('QA-003', 'people', 'work here', 'headcount')),
  q('QO200', 'QA-003', 'was Marcus Lee late yesterday', () => hidden('QA-003', 'QA-002')),
  q('QO201', 'DAT-004', "Anna Berg's leave balance", () => hidden('DAT-004', 'DAT-007')),
  q('QO202', 'DAT-004', 'who was the top performer last quarter', () => othersHidden('DAT-004', 'top', 'performer')),
  q('QO203', 'DAT-004', 'how many people are in the data team', () => outsideTeam('DAT-004', 'DAT')),
  q('QO204', 'DAT-004', 'what time did Mei Lin check in today?', () => hidden('DAT-004', 'DAT-005')),
  q('QO205', 'SEC-004', 'what did Lucas Moreau score last quarter', () => hidden('SEC-004', 'SEC-005')),
  q('QO206', 'SEC-004', 'who was late in security yesterday', () => outsideTeam('SEC-004', 'SEC')),
  q('QO207', 'SEC-004', 'company attendance rate last month?', () => outsideCompany('SEC-004')),
  q('QO208', 'SEC-004', 'how many hours did Isabel Santos work last week', () => hidden('SEC-004', 'SEC-006')),
  // Managers asking outside their team.
  q('QO209', 'DEV-001', "Kevin O'Brien's hours last week", () => hidden('DEV-001', 'DAT-004')),
  q('QO210', 'DEV-001', "QA's attendance rate last month", () => outsideTeam('DEV-001', 'QA')),
  q('QO211', 'DEV-001', 'how many sick days has Fatima Zahra got left', () => hidden('DEV-001', 'QA-003')),
  q('QO212', 'QA-001', "Aisha Khan's leave balance", () => hidden('QA-001', 'DEV-003')),
  q('QO213', 'QA-001', 'attendance rate for the whole company this month', () => outsideCompany('QA-001')),
  q('QO214', 'QA-001', "Emma Clarke's q3 score?", () => hidden('QA-001', 'SEC-004')),
  // HR: nobody of that name or id.
  q('QO215', 'admin', "Jordan Blake's leave balance", () => nobodyCalled('Jordan Blake')),
  q('QO216', 'admin', 'what time did DEV-099 check in today', () => noSuchId('DEV-099')),
];
