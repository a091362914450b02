/*
 * practice53 — the Monday-morning check, asked on the data set's open day: who has checked in, who came in late this
 * morning, who is not in yet, who is on leave today, who forgot to check out or was absent yesterday, who was late on
 * Monday (a weekday alone is the last one for what is recorded). README: today shows "not checked in", never absent;
 * "has everyone in QA checked in?" is answered no with the people missing; someone on full-day leave today is not
 * expected. The admin asks of everyone and of a team, the managers of their own team (a list the same with and
 * without the manager), the employees of themselves.
 */
import { answer, people, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import {
  ALL,
  checkedInToday,
  checkedN,
  checkInOf,
  lastWeekday,
  lateToday,
  none,
  notInYet,
  overAll,
  some,
  team,
  teamWho,
  who,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { onLeave } from '../../oracle/practice53-people';
import { q } from '../helpers';

const Y: [string, string] = [YESTERDAY, YESTERDAY];
const MONDAY = lastWeekday(1);
const ON_MONDAY: [string, string] = [MONDAY, MONDAY];
const TODAY_ONLY: [string, string] = [TODAY, TODAY];
/** A manager's "who on my team" of today: the same with and without the manager. */
const myTeamToday = (manager: string, code: string, of: (s: { ids?: string[]; team?: string }) => string[]) =>
  overAll(team(code), TODAY_ONLY, (s) => of(s), manager);

export const MONDAY_CHECK: readonly Question[] = [
  // The admin, everyone and one team.
  q('QB001', 'admin', "morning! who's checked in so far today in Security?", () => people(some(checkedInToday(team('SEC'))))),
  q('QB002', 'admin', 'how many people have clocked in today', () => answer({ figures: [checkedN(checkedInToday(ALL).length)] })),
  q('QB003', 'admin', "who's still not checked in this morning?", () => people(some(notInYet(ALL)))),
  q('QB004', 'admin', 'any late arrivals so far this morning?', () => answer({ people: some(lateToday(ALL)), mentions: ['yes'] })),
  q('QB005', 'admin', "who's on leave at the moment?", () => people(some(onLeave(ALL, TODAY_ONLY)))),
  q('QB006', 'admin', 'whose check-out is missing from yesterday?', () => people(some(who(ALL, 'missingCheckOut', Y)))),
  q('QB007', 'admin', "yesterday's absentees?", () => people(some(who(ALL, 'absent', Y)))),
  q('QB008', 'admin', 'late yesterdy?', () => people(some(who(ALL, 'late', Y)))),
  q('QB009', 'admin', 'has everyone in the data team checked in?', () => answer({ people: some(notInYet(team('DAT'))), mentions: ['no'] })),
  q('QB010', 'admin', "Monday's late arrivals - who were they?", () => people(some(who(ALL, 'late', ON_MONDAY)))),

  // The managers, of their own team.
  q('QB011', 'DEV-001', "who on my team isn't in yet?", () => people(some(myTeamToday('DEV-001', 'DEV', notInYet)))),
  q('QB012', 'QA-001', 'did anyone on my team arrive late this morning?', () =>
    answer({ people: some(myTeamToday('QA-001', 'QA', lateToday)), mentions: ['yes'] }),
  ),
  q('QB013', 'DEV-001', 'did anyone in my team forget to clock out yesterday', () =>
    answer({ people: some(teamWho('DEV-001', 'missingCheckOut', Y)), mentions: ['yes'] }),
  ),
  q('QB014', 'QA-001', 'who in my team was absent yesterday', () => people(some(teamWho('QA-001', 'absent', Y)))),
  q('QB015', 'QA-001', "who's on leave on my team today?", () => people(none(onLeave(team('QA'), TODAY_ONLY)))),
  q('QB016', 'DEV-001', 'anyone from my team late yesterday?', () => people(none(teamWho('DEV-001', 'late', Y)))),
  q('QB017', 'QA-001', 'is all of QA checked in yet?', () => answer({ people: some(myTeamToday('QA-001', 'QA', notInYet)), mentions: ['no'] })),
  q('QB018', 'DEV-001', 'start of week check - who on my team was late on monday?', () => people(some(teamWho('DEV-001', 'late', ON_MONDAY)))),

  // The employees, of themselves.
  q('QB019', 'DEV-003', 'did I check in today? what time?', () => answer({ mentions: ['yes', checkInOf('DEV-003')] })),
  q('QB020', 'QA-003', 'did i come in late this morning?', () => answer({ mentions: ['yes', checkInOf('QA-003')] })),
  q('QB021', 'DAT-004', 'my check-in time on monday?', () => answer({ mentions: [checkInOf('DAT-004', MONDAY)] })),
  q('QB022', 'SEC-004', "yesterday's clock-in time for me?", () => answer({ mentions: [checkInOf('SEC-004', YESTERDAY)] })),
];
