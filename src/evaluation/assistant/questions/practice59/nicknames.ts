/*
 * practice59 — teams by nickname. README: a team "by code, name, misspelling or nickname ('QA', 'Quality
 * Assurence', 'the data team', 'my team', 'devs', 'the testers')". The admin uses them across the company; a manager
 * about their own team (answered) and another (named back as outside what they can see); an employee about any team,
 * their own too (named back). "Data" here is the team, never the word for records.
 */
import { count, figures, people, rate, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { outsideTeam } from '../../oracle/practice43-figures';
import {
  fig,
  headN,
  LAST_MONTH,
  LAST_WEEK,
  month,
  rateOf,
  some,
  sumOf,
  team,
  THIS_WEEK,
  THIS_WEEK_WHOLE,
  who,
  YEAR_SO_FAR,
} from '../../oracle/practice53-figures';
import { headcountOf, leftIn, onLeave, requesters } from '../../oracle/practice53-people';
import { q } from '../helpers';

export const NICKNAMES: readonly Question[] = [
  // The admin.
  q('QH081', 'admin', "the data team's attendance rate last month", () => figures(rate(rateOf(team('DAT'), LAST_MONTH)))),
  q('QH082', 'admin', 'security folks who were late last week - who?', () => people(some(who(team('SEC'), 'late', LAST_WEEK)))),
  q('QH083', 'admin', 'how many testers do we have', () => figures(headN(headcountOf({ team: 'QA' }), 'tester'))),
  q('QH084', 'admin', 'data people on leave this week', () => people(some(onLeave(team('DAT'), THIS_WEEK, THIS_WEEK_WHOLE)))),
  q('QH085', 'admin', 'the QA crew - late arrivals in october?', () => figures(fig('late', sumOf(team('QA'), 'late', month(10))))),
  q('QH086', 'admin', 'anyone in the security team with leave waiting for approval?', () => people(some(requesters('pending', team('SEC'))))),
  q('QH087', 'admin', 'security folks vs the data team: attendance last month', () =>
    figures(rate(rateOf(team('SEC'), LAST_MONTH)), rate(rateOf(team('DAT'), LAST_MONTH))),
  ),
  q('QH088', 'admin', 'did any of the AI lot leave this year? who', () => people(some(leftIn(YEAR_SO_FAR, 'AI')))),
  q('QH089', 'admin', 'headcount: devs vs testers', () =>
    figures(near(count(headcountOf({ team: 'DEV' })), `${teamLabel('DEV')}|develop`), near(count(headcountOf({ team: 'QA' })), `${teamLabel('QA')}|test`)),
  ),

  // The managers: their own team by nickname, and another's.
  q('QH090', 'DEV-001', "the devs' attendance last week", () => figures(rate(rateOf(team('DEV'), LAST_WEEK)))),
  q('QH091', 'DEV-001', "testers' headcount", () => outsideTeam('QA')),
  q('QH092', 'QA-001', 'which testers came in late last week', () => people(some(who(team('QA'), 'late', LAST_WEEK, undefined, 'QA-001')))),
  q('QH093', 'QA-001', 'data team hours last month', () => outsideTeam('DAT')),

  // The employees: every team is outside what they see, their own too.
  q('QH094', 'DAT-004', "the data team's attendance rate last week", () => outsideTeam('DAT')),
  q('QH095', 'SEC-004', 'security folks average score q3', () => outsideTeam('SEC')),
  q('QH096', 'QA-003', 'how many testers are there', () => outsideTeam('QA')),
  q('QH097', 'DEV-003', 'devs late yesterday?', () => outsideTeam('DEV')),
];
