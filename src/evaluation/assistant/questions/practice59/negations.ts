/*
 * practice59 — who did NOT do something. docs/API.md: "Who did *not* do something over a period ('who in DEV was not
 * late in October', 'no absences', 'never forgot to check out') lists the people of the group employed throughout the
 * period with no such day, and 'which teams had no absences' the teams whose count is nought; asked of one person, or
 * as yes or no, it is refused naming those words." The trap is the list of those who did (or of everyone): each list
 * here differs from both. A group's list is the same with and without those who have left and, for a manager's "my
 * team", with and without the manager (else it is not asked).
 */
import { answer, people, refusal, type Question } from '../../expectation';
import { LAST_MONTH, LAST_WEEK, level, month, SINCE_TRACKING, some, team, THIS_MONTH, YESTERDAY } from '../../oracle/practice53-figures';
import { on, whoNot } from '../../oracle/practice55-figures';
import { teamsWithNone } from '../../oracle/practice59-figures';
import { q } from '../helpers';

const Y = on(YESTERDAY);

export const NEGATIONS: readonly Question[] = [
  // The admin: a team, a level, or both.
  q('QH145', 'admin', 'devs who were NOT late at all in october', () => people(some(whoNot(team('DEV'), 'late', month(10))))),
  q('QH146', 'admin', 'security people with a clean record last month - no absences', () => people(some(whoNot(team('SEC'), 'absent', LAST_MONTH)))),
  q('QH147', 'admin', 'QA people who never missed a check-out since august', () => people(some(whoNot(team('QA'), 'missingCheckOut', SINCE_TRACKING)))),
  q('QH148', 'admin', 'who in SEC was not late yesterday', () => people(some(whoNot(team('SEC'), 'late', Y)))),
  q('QH149', 'admin', 'juniors who were never late in September', () => people(some(whoNot(level('Junior'), 'late', month(9))))),
  q('QH150', 'admin', 'seniors in the data team with no absences in september', () => people(some(whoNot(level('Senior', 'DAT'), 'absent', month(9))))),
  q('QH151', 'admin', 'which managers were never absent in october?', () => people(some(whoNot(level('Manager'), 'absent', month(10))))),

  // The admin: teams at nought.
  q('QH152', 'admin', 'which teams had zero absentees yesterday', () => answer({ teams: some(teamsWithNone('absent', Y)) })),
  q('QH153', 'admin', 'which teams had no late arrivals yesterday?', () => answer({ teams: some(teamsWithNone('late', Y)) })),
  q('QH154', 'admin', 'teams with no missing check-outs in october', () => answer({ teams: some(teamsWithNone('missingCheckOut', month(10))) })),
  q('QH155', 'admin', 'list the teams with no absences at all last week', () => answer({ teams: some(teamsWithNone('absent', LAST_WEEK)) })),

  // The managers, their own team.
  q('QH156', 'DEV-001', 'which of my seniors were never late last week', () => people(some(whoNot(level('Senior', 'DEV'), 'late', LAST_WEEK)))),
  q('QH157', 'DEV-001', 'which of my mid-levels had no absences in september?', () => people(some(whoNot(level('Mid', 'DEV'), 'absent', month(9))))),
  q('QH158', 'QA-001', "which of my seniors weren't absent at all this month", () => people(some(whoNot(level('Senior', 'QA'), 'absent', THIS_MONTH)))),
  q('QH159', 'QA-001', "testers who didn't come in late last month", () => people(some(whoNot(team('QA'), 'late', LAST_MONTH, 'QA-001')))),

  // Of one person, or as yes or no: refused, naming the words.
  q('QH160', 'admin', 'was Tom Becker never late in October?', () => refusal('never', 'not late')),
  q('QH161', 'DEV-001', 'was Aisha never absent in october?', () => refusal('never', 'not absent')),
  q('QH162', 'DEV-003', 'was I not late at all last week?', () => refusal('not late', 'not', 'never')),
  q('QH163', 'SEC-004', 'did I never forget to check out in october?', () => refusal('never', 'not')),
  q('QH164', 'QA-003', 'is it true I had no absences in september?', () => refusal('no absences', 'not', 'never')),
];
