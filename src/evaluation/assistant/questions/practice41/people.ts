/*
 * practice41 — who works here: headcount now (active staff) and on a past day (those employed that day); a level's
 * count, teams over a size; joiners, leavers and both side by side; hires per team; the longest-serving, the newest,
 * service over a number of years, and a start or last day. The admin and both managers ask.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { headcount, hiredBetween, leftBetween, newest } from '../../oracle/people-figures';
import { near, withUsUnderAYear } from '../../oracle/practice10-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { countOf } from '../../oracle/practice32-figures';
import { longestServingIn } from '../../oracle/practice34-figures';
import { hireOf, hiresPerTeam } from '../../oracle/practice39-figures';
import { headcountOn, lastDayOf, some } from '../../oracle/practice40-figures';
import { SINCE_AUGUST, YEAR_SO_FAR } from '../../oracle/practice41-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q } from '../helpers';

const HEAD = 'people|person|employee|staff|ppl|headcount|member|active';
const ppl = (n: number, ...words: string[]) => near(count(n), [HEAD, ...words].join('|'));

export const PEOPLE: readonly Question[] = [
  // Headcounts.
  q('PP140', 'admin', 'headcount?', () => figures(ppl(headcount()))),
  q('PP141', 'admin', 'headcount on 1 oct', () => figures(ppl(headcountOn('2025-10-01')))),
  q('PP142', 'admin', 'how many seniors in dev', () => figures(ppl(countOf('Senior', 'DEV'), 'senior'))),
  q('PP143', 'admin', 'teams w more than 9 ppl', () => answer({ teams: some(teamsWithHeadcount((n) => n > 9)) })),

  // Joiners and leavers.
  q('PP144', 'admin', 'who joined this yr', () => people(some(hiredBetween(...YEAR_SO_FAR)))),
  q('PP145', 'admin', 'who left this yr', () => people(some(leftBetween(...YEAR_SO_FAR)))),
  q('PP146', 'admin', 'hires vs leavers this yr', () =>
    figures(near(count(hiredBetween(...YEAR_SO_FAR).length), 'hire|hired|join|new'), near(count(leftBetween(...YEAR_SO_FAR).length), 'leaver|left|leav')),
  ),
  q('PP147', 'admin', 'how many ppl have left since aug', () => figures(ppl(leftBetween(...SINCE_AUGUST).length, 'left', 'leaver'))),
  q('PP148', 'admin', 'hires per team this yr', () => figures(...hiresPerTeam(YEAR_SO_FAR))),
  q('PP149', 'admin', 'when did laura silva leave', () => answer({ dates: [lastDayOf('DAT-009')] })),

  // Tenure: the longest-serving, the newest, a threshold, one person.
  q('PP150', 'admin', 'longest serving in qa', () => people(longestServingIn({ team: 'QA' }))),
  q('PP151', 'admin', "who's been here less than a yr", () => people(some(withUsUnderAYear()))),
  q('PP152', 'admin', 'newest hire in ai', () => people(newest(1, { team: 'AI' }))),
  q('PP153', 'admin', 'how many ppl have been here more than 5 yrs', () => figures(ppl(servedMoreThan(5).length, 'year'))),

  // The managers.
  q('PP154', 'DEV-001', 'how many juniors on my team', () => figures(ppl(countOf('Junior', 'DEV'), 'junior'))),
  q('PP155', 'DEV-001', 'who joined my team this yr', () => people(some(hiredBetween(...YEAR_SO_FAR, 'DEV')))),
  q('PP156', 'QA-001', 'when did ivan start', () => answer({ dates: [hireOf('QA-010')] })),
];
