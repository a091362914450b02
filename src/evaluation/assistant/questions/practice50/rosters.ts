/*
 * practice50 — who a description picks out, by name: a level, a level in a team, a job title ("the penetration
 * tester", "the mid level ML engineers": README, lists and headcounts only), a level at one team ("which AI staff are
 * at Manager level"), levels left out ("non-seniors in DAT", "everyone in AI except the juniors"), the people who
 * have left and the former staff of a team (README: leavers are named when asked for). Lists name current staff
 * unless leavers are asked for. The admin and both managers about their own team.
 */
import { people, type Question } from '../../expectation';
import { everyone, idsOf, some, YEAR_SO_FAR } from '../../oracle/practice50-figures';
import { leaversOf, roster, rosterExcept } from '../../oracle/practice50-people';
import { q } from '../helpers';

export const ROSTERS: readonly Question[] = [
  // A level, a level in a team.
  q('PY027', 'admin', 'list all the seniors', () => people(some(roster({ position: 'Senior' })))),
  q('PY028', 'DEV-001', 'who are the juniors in development?', () => people(some(roster({ team: 'DEV', position: 'Junior' })))),
  q('PY029', 'admin', 'show me the leads', () => people(some(roster({ position: 'Lead' })))),
  q('PY030', 'admin', 'which people are at manager level', () => people(some(roster({ position: 'Manager' })))),
  q('PY031', 'admin', 'mid-level folks in Security?', () => people(some(roster({ team: 'SEC', position: 'Mid' })))),
  q('PY032', 'QA-001', 'who are the seniors in QA', () => people(some(roster({ team: 'QA', position: 'Senior' })))),
  q('PY033', 'admin', 'which AI staff are at Manager level?', () => people(some(roster({ team: 'AI', position: 'Manager' })))),

  // Job titles.
  q('PY034', 'admin', 'list the data analysts pls', () => people(some(roster({ title: 'Data Analyst' })))),
  q('PY035', 'admin', "who's our penetration tester", () => people(some(roster({ title: 'Penetration Tester' })))),
  q('PY036', 'admin', 'who is the devops engineer', () => people(some(roster({ title: 'DevOps Engineer' })))),
  q('PY037', 'admin', 'the mid level ML engineers - who are they?', () => people(some(roster({ title: 'ML Engineer', position: 'Mid' })))),
  q('PY038', 'admin', 'junior ML engineers pls', () => people(some(roster({ title: 'ML Engineer', position: 'Junior' })))),
  q('PY039', 'admin', 'list the security analysts incl. leavers', () => people(some(idsOf(everyone({ title: 'Security Analyst' }))))),

  // Leavers.
  q('PY040', 'admin', 'who left this year?', () => people(some(leaversOf({}, YEAR_SO_FAR)))),
  q('PY041', 'admin', 'which mid-levels have left', () => people(some(leaversOf({ position: 'Mid' })))),
  q('PY042', 'admin', 'former employees of the security team', () => people(some(leaversOf({ team: 'SEC' })))),

  // Levels left out.
  q('PY043', 'admin', 'list the non-seniors in DAT', () => people(some(rosterExcept({ team: 'DAT' }, (p) => p.position === 'Senior')))),
  q('PY044', 'admin', 'everyone in AI except the juniors', () => people(some(rosterExcept({ team: 'AI' }, (p) => p.position === 'Junior')))),

  // The managers, about their own team.
  q('PY045', 'DEV-001', 'who are the mid-level people on my team', () => people(some(roster({ team: 'DEV', position: 'Mid' })))),
  q('PY046', 'DEV-001', 'which of my people are seniors', () => people(some(roster({ team: 'DEV', position: 'Senior' })))),
  q('PY047', 'DEV-001', "who's the frontend developer in my team?", () => people(some(roster({ team: 'DEV', title: 'Frontend Developer' })))),
  q('PY048', 'QA-001', 'the juniors on my team?', () => people(some(roster({ team: 'QA', position: 'Junior' })))),
  q('PY049', 'QA-001', 'who in my team is a lead', () => people(some(roster({ team: 'QA', position: 'Lead' })))),
  q('PY050', 'QA-001', 'list my seniors and mids', () =>
    people(some(roster({ team: 'QA', position: 'Senior' }).concat(roster({ team: 'QA', position: 'Mid' })))),
  ),
];
