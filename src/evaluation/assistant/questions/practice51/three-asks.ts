/*
 * practice51 — three asks in one message, as a list joined by commas and "and", by semicolons, or as three sentences
 * (README: "who on my team is on leave this week, who hasn't checked in yet today, and did anyone forget to check out
 * yesterday": each answered with its own period). Every role asks: the admin about the company or a team, a manager
 * about their team, an employee about themselves. Each ask's figures, people and dates must all be in the answer; a
 * manager's "who on my team" is the same with and without the manager.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { addDays } from '../../dataset/dates';
import { TODAY } from '../../dataset/calendar';
import { notCheckedInToday } from '../../oracle/attendance-figures';
import { balance, offBetween, requests } from '../../oracle/leave-figures';
import { holidaysBetween } from '../../oracle/holiday-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { agreed } from '../../oracle/practice16-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { scoreOf, stats } from '../../oracle/score-figures';
import {
  ALL,
  awayN,
  checkOutN,
  halfN,
  headcount,
  headN,
  hoursN,
  lateN,
  leaveN,
  me,
  meanOf,
  medianOf,
  NOV_SO_FAR,
  OCT,
  personSum,
  rateOf,
  requestN,
  SEP,
  sumOf,
  team,
  week,
  YEAR_2025,
  YESTERDAY,
} from '../../oracle/practice51-figures';
import { some, teamWho, union, who } from '../../oracle/practice51-people';
import { q } from '../helpers';

const LAST_WEEK = week(46);
const NEXT_WEEK = week(48);
const THIS_WEEK = week(47);
const on = (d: string): [string, string] => [d, d];
function known(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}
const nextPublic = () => holidaysBetween(addDays(TODAY, 1), '2025-12-31')[0]!.date;
/** "On leave this week": Monday to today and Monday to Sunday read alike (throws otherwise). */
const offThisWeek = (scope: { team?: string }) => agreed([offBetween(scope, THIS_WEEK[0], TODAY), offBetween(scope, ...THIS_WEEK)]);

export const THREE_ASKS: readonly Question[] = [
  // The admin.
  q('PZ154', 'admin', 'for DEV: headcount, attendance rate last month, and average score last quarter', () =>
    figures(headN(headcount('DEV')), rate(rateOf(team('DEV'), OCT)), score(meanOf('2025-Q3', team('DEV')))),
  ),
  q('PZ155', 'admin', "who was late yesterday, who hasn't checked in yet today, and who is on leave this week?", () =>
    people(union(who(ALL, 'late', on(YESTERDAY)), some(notCheckedInToday(ALL)), some(offThisWeek(ALL)))),
  ),
  q('PZ156', 'admin', "QA's avg score: Q1, then Q2, then Q3", () => figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(meanOf(p, team('QA')))))),
  q('PZ157', 'admin', 'late arrivals, absences and half days for SEC in October', () =>
    figures(lateN(sumOf(team('SEC'), 'late', OCT)), awayN(sumOf(team('SEC'), 'absent', OCT)), halfN(sumOf(team('SEC'), 'halfDay', OCT))),
  ),
  q('PZ158', 'admin', "How many hires in 2025, how many leavers, and what's the headcount now?", () =>
    figures(
      headN(some(hiredBetween(...YEAR_2025)).length, 'hire|join|new'),
      headN(some(leftBetween(...YEAR_2025)).length, 'left|leaver'),
      headN(headcount(), 'headcount|now|today|total'),
    ),
  ),
  q('PZ159', 'admin', 'count of pending, approved and rejected leave requests', () =>
    figures(requestN(requests('pending').length), requestN(requests('approved').length), requestN(requests('rejected').length)),
  ),
  q('PZ160', 'admin', 'min, max and mean score in QA last quarter', () => {
    const s = stats(['2025-Q3'], team('QA'));
    return figures(score(s.min), score(s.max), score(s.mean));
  }),
  q('PZ161', 'admin', "Headcount of SEC, how many of them are seniors, and SEC's Q3 median", () =>
    figures(headN(headcount('SEC')), headN(headcount('SEC', 'Senior'), 'senior'), score(medianOf('2025-Q3', team('SEC')))),
  ),

  // Managers.
  q('PZ162', 'DEV-001', "my team's late arrivals last week, absences last week, and missing check-outs", () =>
    figures(
      lateN(sumOf(team('DEV'), 'late', LAST_WEEK)),
      awayN(sumOf(team('DEV'), 'absent', LAST_WEEK)),
      checkOutN(sumOf(team('DEV'), 'missingCheckOut', LAST_WEEK)),
    ),
  ),
  q('PZ163', 'QA-001', "how many on my team, how many are juniors, and what was the team's average Q3 score", () =>
    figures(headN(headcount('QA')), headN(headcount('QA', 'Junior'), 'junior'), score(meanOf('2025-Q3', team('QA')))),
  ),
  q('PZ164', 'DEV-001', 'who on my team is off next week, who has leave pending, and who was late yesterday', () =>
    people(
      union(
        some(sameWithoutAsker(team('DEV'), 'DEV-001', (s) => offBetween(s, ...NEXT_WEEK))),
        some(sameWithoutAsker(team('DEV'), 'DEV-001', (s) => [...new Set(requests('pending', s).map((l) => l.employee))])),
        teamWho('DEV-001', 'late', on(YESTERDAY)),
      ),
    ),
  ),
  q('PZ165', 'QA-001', 'our attendance rate in Sep, Oct and Nov so far', () =>
    figures(rate(rateOf(team('QA'), SEP)), rate(rateOf(team('QA'), OCT)), rate(rateOf(team('QA'), NOV_SO_FAR))),
  ),
  q('PZ166', 'QA-001', "Who on my team forgot to check out this month? Who isn't in yet today? And who's on leave next week?", () =>
    people(
      union(
        some(teamWho('QA-001', 'missingCheckOut', NOV_SO_FAR)),
        some(sameWithoutAsker(team('QA'), 'QA-001', notCheckedInToday)),
        some(sameWithoutAsker(team('QA'), 'QA-001', (s) => offBetween(s, ...NEXT_WEEK))),
      ),
    ),
  ),

  // Employees.
  q('PZ167', 'DEV-003', 'my leave balance, my next holiday and my attendance this month', () =>
    answer({ figures: [leaveN(balance('DEV-003', 'ANNUAL').available), rate(rateOf(me('DEV-003'), NOV_SO_FAR))], dates: [nextPublic()] }),
  ),
  q('PZ168', 'QA-003', 'score last quarter; attendance last month; hours last week', () =>
    figures(score(known('QA-003', '2025-Q3')), rate(rateOf(me('QA-003'), OCT)), hoursN(personSum('QA-003', 'hours', LAST_WEEK))),
  ),
  q('PZ169', 'SEC-004', "How much annual leave have I got? When's the next public holiday? Was I late last week?", () =>
    yesNo(personSum('SEC-004', 'late', LAST_WEEK) > 0, [leaveN(balance('SEC-004', 'ANNUAL').available)], { dates: [nextPublic()] }),
  ),
  q('PZ170', 'DAT-004', "what's my position, my start date, and my Q3 score?", () =>
    answer({ mentions: [person('DAT-004').position], dates: [person('DAT-004').hire], figures: [score(known('DAT-004', '2025-Q3'))] }),
  ),
  q('PZ171', 'DEV-003', 'my Q1, Q2 and Q3 scores', () => figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(known('DEV-003', p))))),
  q('PZ172', 'DAT-004', 'my hours last week, my attendance rate for it, and my annual leave balance', () =>
    figures(hoursN(personSum('DAT-004', 'hours', LAST_WEEK)), rate(rateOf(me('DAT-004'), LAST_WEEK)), leaveN(balance('DAT-004', 'ANNUAL').available)),
  ),
];
