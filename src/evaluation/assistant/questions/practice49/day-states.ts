/*
 * practice49 — the other states of a day, composed: half days, missing check-outs, not checked in yet, on leave. A
 * subject (everyone, a team, two teams, a person, a manager's team, oneself) with a period (today, yesterday, this
 * week, the week of a holiday, a month, Q3 against Q4 so far, "since August") and an operation (list, count, per
 * team, side by side, threshold, yes or no). API.md: only closed days have missing check-outs; today shows who has
 * not checked in yet; approved leave makes a day "on leave". A half day of leave counts: someone off for an afternoon
 * was on leave that day. "This week" is read to today and to Sunday, and must agree.
 */
import { answer, people, type Question } from '../../expectation';
import { checkedInToday, notCheckedInToday } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { checkOutN, halfN, perTeam, personOver, teamList, totalOver, whoOver, CHECK_OUT } from '../../oracle/practice49-ops';
import {
  EVERYONE,
  OCTOBER,
  on,
  one,
  oneOf,
  plain,
  Q3_RANGE,
  Q4_SO_FAR,
  SINCE_AUGUST,
  single,
  some,
  team,
  THIS_MONTH,
  THIS_WEEK,
  WEEK_OF_FOUNDERS_DAY,
  YESTERDAY,
  none,
} from '../../oracle/practice49-figures';
import { TODAY } from '../../dataset/calendar';
import { daysBetween } from '../../dataset/dates';
import { count } from '../../expectation';
import { q } from '../helpers';

const DEV = team('DEV');
const AI = team('AI');
const SEC = team('SEC');
const DAT = team('DAT');
/** Who is on leave for a half or more on some day of every reading of the period. */
const offOver = (scope: Parameters<typeof offBetween>[0], readings: ReadonlyArray<readonly [string, string]>) =>
  oneOf(readings.map(([from, to]) => offBetween(scope, from, to)));

export const DAY_STATES: readonly Question[] = [
  // Half days.
  q('PX093', 'admin', 'who had more than 3 half days since August', () => people(some(whoOver(EVERYONE, 'halfDay', single(SINCE_AUGUST), (v) => v > 3)))),
  q('PX094', 'admin', 'how many half-days did AI have in Q3 compared with Q4 so far?', () =>
    answer({ figures: [Q3_RANGE, Q4_SO_FAR].map((r) => halfN(plain(totalOver(AI, 'halfDay', single(r))))) }),
  ),

  // Missing check-outs.
  q('PX095', 'admin', 'how many people forgot to check out this month?', () =>
    answer({ figures: [near(count(plain(whoOver(EVERYONE, 'missingCheckOut', THIS_MONTH).length)), `people|person|employee|staff|${CHECK_OUT}`)] }),
  ),
  q('PX096', 'admin', 'missing check-outs by team since August', () =>
    answer({ figures: perTeam((code) => checkOutN(totalOver(team(code), 'missingCheckOut', single(SINCE_AUGUST)))) }),
  ),
  q('PX097', 'admin', 'did anyone in AI forget to check out in October', () =>
    yesNo(true, [], { people: some(whoOver(AI, 'missingCheckOut', single(OCTOBER))) }),
  ),

  // Today: not checked in yet, checked in so far.
  q('PX098', 'admin', "who in DAT hasn't checked in yet today?", () => people(some(notCheckedInToday(DAT)))),
  q('PX099', 'admin', 'how many SEC people have clocked in so far today', () =>
    answer({ figures: [near(count(plain(checkedInToday(SEC).length)), 'check|clock|people|person|employee|staff|in')] }),
  ),

  // On leave: today, next week, the week of a holiday, this week.
  q('PX100', 'admin', "who's away on leave today", () => people(some(offBetween(EVERYONE, TODAY, TODAY)))),
  q('PX101', 'admin', 'who was on leave the week of Founders Day', () => people(some(offBetween(EVERYONE, ...WEEK_OF_FOUNDERS_DAY)))),
  q('PX102', 'admin', 'anyone in DEV or SEC on leave this week?', () =>
    yesNo(true, [], { people: some(oneOf(THIS_WEEK.map(([f, t]) => [...offBetween(DEV, f, t), ...offBetween(SEC, f, t)]))) }),
  ),

  // Priya Raman (DEV), about her team.
  q('PX103', 'DEV-001', 'did anyone on my team forget to check out yesterday', () =>
    yesNo(true, [], { people: some(teamList('DEV-001', (s) => whoOver(s, 'missingCheckOut', [on(YESTERDAY)]))) }),
  ),
  q('PX104', 'DEV-001', 'who on my team is on leave this week', () => people(some(teamList('DEV-001', (s) => offOver(s, THIS_WEEK))))),
  q('PX105', 'DEV-001', 'how many half days did my team have in October', () =>
    answer({ figures: [halfN(plain(totalOver(DEV, 'halfDay', single(OCTOBER))))] }),
  ),

  // Elena Petrova (QA), about her team.
  q('PX106', 'QA-001', "who on my team hasn't clocked in yet", () => people(some(teamList('QA-001', (s) => notCheckedInToday(s))))),
  q('PX107', 'QA-001', 'who on my team had a half day in October', () => people(some(teamList('QA-001', (s) => whoOver(s, 'halfDay', single(OCTOBER)))))),
  q('PX108', 'QA-001', 'is anyone on my team on leave this week?', () => yesNo(none(teamList('QA-001', (s) => offOver(s, THIS_WEEK))).length > 0, [])),

  // Employees, about themselves.
  q('PX109', 'SEC-004', 'did I have any half days in Q3, and when?', () => {
    const found = daysBetween(...Q3_RANGE).filter((d) => personOver('SEC-004', 'halfDay', [on(d)]) > 0);
    return yesNo(found.length > 0, [], { dates: some(found) });
  }),
  q('PX110', 'QA-003', 'have I missed a check-out anytime this month?', () =>
    yesNo(none(whoOver(one('QA-003'), 'missingCheckOut', THIS_MONTH)).length > 0, []),
  ),
];
