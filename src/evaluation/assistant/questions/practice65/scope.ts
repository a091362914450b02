/*
 * practice65 — dated questions across the edge of the caller's scope. API.md: someone outside the scope is "not
 * found", exactly as if absent; a team outside it is named back (for an employee every team, their own too), and so
 * is the whole company asked by a manager or an employee, and a manager asking team by team. A first name two people
 * share is asked back (listing only those the caller can see); for a manager who sees one of them it is that one.
 * Each "not found" is checked to be outside the caller's scope, or nobody at all.
 */
import { ask, notFound, type Question } from '../../expectation';
import { dataset } from '../../dataset/dataset';
import { otherTeams, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { hidden, nobodyAtAll } from '../../oracle/practice59-figures';
import { timeOf } from '../../oracle/practice65-figures';
import { q } from '../helpers';
import { answer } from './shared';

function noSuchId(id: string) {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}
/** Everyone of this first name, checked to be more than one and each in the caller's scope. */
function firstName(first: string) {
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0] === first)
    .map((p) => p.id);
  if (found.length < 2) throw new Error(`one ${first} only`);
  return ask(...found);
}

export const SCOPE: readonly Question[] = [
  // Managers.
  q('QN199', 'DEV-001', 'who in QA was late on 3/11', () => outsideTeam('QA')),
  q('QN200', 'DEV-001', "Elena Petrova's hours last week", () => hidden('DEV-001', 'QA-001')),
  q('QN201', 'DEV-001', 'company attendance rate for October 2025', () => outsideCompany()),
  q('QN202', 'DEV-001', 'attendance rate per team for the week of 10 Nov', () => otherTeams('DEV')),
  q('QN203', 'DEV-001', 'was Grace Kim on leave on 31 October?', () => hidden('DEV-001', 'QA-007')),
  q('QN204', 'QA-001', "Lukas Novak's late arrivals in September", () => hidden('QA-001', 'DEV-004')),
  q('QN205', 'QA-001', 'who in the data team was absent yesterday?', () => outsideTeam('DAT')),
  q('QN206', 'QA-001', 'rank the teams by attendance for October, best first', () => otherTeams('QA')),
  q('QN207', 'QA-001', "Sofia Rossi's leave on 18 November", () => hidden('QA-001', 'DEV-011')),
  q('QN208', 'QA-001', 'what time did Chris check in on 12 Nov?', () => answer({ mentions: [timeOf('QA-004', '2025-11-12', 'in')] })),
  // Employees.
  q('QN209', 'DEV-003', "Tom Becker's hours on 14 Nov", () => hidden('DEV-003', 'DEV-002')),
  q('QN210', 'DEV-003', 'DEV average score in Q3', () => outsideTeam('DEV')),
  q('QN211', 'DEV-003', 'which people on my team were late last week?', () => outsideTeam('DEV')),
  q('QN212', 'QA-003', 'zoe adams leave next week', () => hidden('QA-003', 'QA-009')),
  q('QN213', 'QA-003', 'who was late in QA the week before last', () => outsideTeam('QA')),
  q('QN214', 'DAT-004', "Anna Berg's leave from 19 to 21 November", () => hidden('DAT-004', 'DAT-007')),
  q('QN215', 'DAT-004', 'company average score for Q2', () => outsideCompany()),
  q('QN216', 'SEC-004', "Lucas Moreau's attendance in October", () => hidden('SEC-004', 'SEC-005')),
  q('QN217', 'SEC-004', 'how many hours did everyone in the company work the week of 10 november', () => outsideCompany()),
  // HR: nobody of that name or id, and a first name two people share.
  q('QN218', 'admin', 'Jane Smith late arrivals in October', () => nobodyAtAll('Jane Smith')),
  q('QN219', 'admin', 'hours for DEV-020 on 2025-11-14', () => noSuchId('DEV-020')),
  q('QN220', 'admin', "what was Chris's attendance like between 1 and 31 Oct?", () => firstName('Chris')),
];
