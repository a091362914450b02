/*
 * practice56 — the day-to-day measures: late arrivals, absences (a half day absent counts as half a day), half days,
 * people on leave, missing check-outs, people not in yet (and whether everyone is in), a share of the people expected
 * at work, who did not do something, and the teams at nought — over the kinds of day and period the README lists (yesterday,
 * today, this morning, a weekday alone, a date written day first, a team's holiday as the day, the day after a holiday,
 * the Friday before last, a week ago today, since the 10th, the past two weeks, a range of days, a month, a quarter,
 * month by month). Each is asked plainly, casually, and with one more constraint.
 */
import { answer, figures, people, type Question } from '../../expectation';
import {
  ALL,
  fig,
  LAST_MONTH,
  LAST_QUARTER,
  LAST_WEEK,
  lastWeekday,
  lateToday,
  month,
  notInYet,
  some,
  sumOf,
  team,
  teamWho,
  THIS_MONTH,
  THIS_WEEK,
  THIS_WEEK_WHOLE,
  measureEntries,
  who,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { onLeave, series } from '../../oracle/practice53-people';
import { teamsAtEnd } from '../../oracle/practice53-rankings';
import { dayFirst, myTeamNotInYet, myTeamRanked, on, theMost, whoNot } from '../../oracle/practice55-figures';
import { agreed } from '../../oracle/practice16-figures';
import { A_WEEK_AGO, closedRange, dayAfter, FRIDAY_BEFORE_LAST, holidayOn, lastNDays, shareFigure, teamsAtNought } from '../../oracle/practice56-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const Y = on(YESTERDAY);
const SEP = month(9);
const OCT = month(10);
const TODAY_ONLY = on(TODAY);
const pastTwoWeeks = (code: string) => agreed(lastNDays(14).map((r) => sumOf(team(code), 'late', r)));
const mostLate = (range: Parameters<typeof sumOf>[2]) => teamsAtEnd((code) => sumOf(team(code), 'late', range), 'high');

export const ABSENCES: readonly Question[] = [
  // Late arrivals counted, and people late more than a number of times.
  q('QE100', 'admin', 'How many late arrivals were there last week?', () => figures(fig('late', sumOf(ALL, 'late', LAST_WEEK)))),
  q('QE101', 'admin', 'how many tardies last wk', () => figures(fig('late', sumOf(ALL, 'late', LAST_WEEK)))),
  q('QE102', 'admin', 'How many late arrivals did AI have last week?', () => figures(fig('late', sumOf(team('AI'), 'late', LAST_WEEK)))),
  q('QE103', 'admin', 'Who was late more than 3 times this month?', () => people(some(who(ALL, 'late', THIS_MONTH, (v) => v > 3)))),
  q('QE104', 'admin', 'anyone late >3 times this mth?', () => people(some(who(ALL, 'late', THIS_MONTH, (v) => v > 3)))),
  q('QE105', 'QA-001', 'Who on my team was late more than twice last month?', () => people(some(teamWho('QA-001', 'late', LAST_MONTH, (v) => v > 2)))),

  // Absent on a day: yesterday, a date day first, a weekday alone, a team's holiday.
  q('QE106', 'admin', 'Who was absent yesterday?', () => people(some(who(ALL, 'absent', Y)))),
  q('QE107', 'admin', 'any no-shows yday?', () => people(some(who(ALL, 'absent', Y)))),
  q('QE108', 'admin', 'Who in Security was absent yesterday?', () => people(some(who(team('SEC'), 'absent', Y)))),
  q('QE109', 'admin', 'who was absent on 3/11', () => people(some(who(ALL, 'absent', on(dayFirst('3/11', '2025-11-03')))))),
  q('QE110', 'admin', 'Who was absent on Monday?', () => people(some(who(ALL, 'absent', on(lastWeekday(1)))))),
  q('QE111', 'admin', 'Who missed work on the day of the QA offsite?', () => people(some(who(ALL, 'absent', on(holidayOn('QA Offsite')))))),

  // Half days.
  q('QE112', 'admin', 'How many half days were there in October?', () => figures(fig('halfDay', sumOf(ALL, 'halfDay', OCT)))),
  q('QE113', 'admin', 'How many half days did QA have in Q3?', () => figures(fig('halfDay', sumOf(team('QA'), 'halfDay', LAST_QUARTER)))),

  // On leave.
  q('QE114', 'admin', 'Who is on leave today?', () => people(some(onLeave(ALL, TODAY_ONLY)))),
  q('QE115', 'admin', 'whos on PTO today?', () => people(some(onLeave(ALL, TODAY_ONLY)))),
  q('QE116', 'admin', 'Who in DAT is on leave this week?', () => people(some(onLeave(team('DAT'), THIS_WEEK, THIS_WEEK_WHOLE)))),

  // Missing check-outs.
  q('QE117', 'admin', 'Who forgot to check out last week?', () => people(some(who(ALL, 'missingCheckOut', LAST_WEEK)))),
  q('QE118', 'admin', 'missing check-outs this mth?', () => figures(fig('missingCheckOut', sumOf(ALL, 'missingCheckOut', THIS_MONTH)))),
  q('QE119', 'DEV-001', 'Did anyone on my team forget to check out this month?', () => people(some(teamWho('DEV-001', 'missingCheckOut', THIS_MONTH)))),

  // Not in yet today; has everyone checked in.
  q('QE120', 'admin', "Who hasn't checked in yet today?", () => people(some(notInYet(ALL)))),
  q('QE121', 'admin', "who's not in yet", () => people(some(notInYet(ALL)))),
  q('QE122', 'QA-001', 'Has my whole team checked in yet today?', () => answer({ mentions: ['no'], people: some(myTeamNotInYet('QA-001')) })),

  // A share of the people expected at work.
  q('QE123', 'admin', 'What percentage of staff were late at least once last month?', () => figures(shareFigure(ALL, 'late', LAST_MONTH))),
  q('QE124', 'admin', '% of ppl late at least once in oct?', () => figures(shareFigure(ALL, 'late', OCT))),
  q('QE125', 'admin', 'What percentage of QA was absent at least once in October?', () => figures(shareFigure(team('QA'), 'absent', OCT))),

  // Who did not; the teams at nought.
  q('QE126', 'admin', 'Who in Development had no late arrivals in October?', () => people(some(whoNot(team('DEV'), 'late', OCT)))),
  q('QE127', 'admin', 'who in sec had no absences in sept', () => people(some(whoNot(team('SEC'), 'absent', SEP)))),
  q('QE128', 'admin', 'Which teams had zero absentees yesterday?', () => answer({ teams: teamsAtNought('absent', Y) })),

  // Days and ranges named in other ways.
  q('QE129', 'admin', 'How many late arrivals were there between 1 Sep and 15 Sep?', () => figures(fig('late', sumOf(ALL, 'late', closedRange(9, 1, 9, 15))))),
  q('QE130', 'admin', 'absences since the 10th?', () => figures(fig('absent', sumOf(ALL, 'absent', [closedRange(11, 10, 11, 18)[0], THIS_WEEK[1]])))),
  q('QE131', 'admin', 'How many late arrivals did Security have over the past two weeks?', () => figures(fig('late', pastTwoWeeks('SEC')))),
  q('QE132', 'admin', 'Who was late the day after the Summer Bank Holiday?', () =>
    people(some(who(ALL, 'late', on(dayAfter(holidayOn('Summer Bank Holiday')))))),
  ),
  q('QE133', 'admin', 'who was late the friday before last', () => people(some(who(ALL, 'late', on(FRIDAY_BEFORE_LAST))))),
  q('QE134', 'admin', 'Who was late this morning?', () => people(some(lateToday(ALL)))),
  q('QE135', 'DEV-001', 'Who on my team was absent a week ago today?', () => people(some(teamWho('DEV-001', 'absent', on(A_WEEK_AGO))))),

  // Month by month, and team by team.
  q('QE136', 'admin', 'Absent days month by month since August?', () => figures(...series(ALL, 'absent', [month(8), month(9), month(10), month(11)]))),
  q('QE137', 'admin', 'which department had the most late arrivals in october', () => {
    const end = mostLate(LAST_MONTH);
    return answer({ teams: end.codes, figures: [fig('late', end.value)] });
  }),
  q('QE138', 'DEV-001', 'Who on my team was late the most last month?', () =>
    people(
      myTeamRanked(
        'DEV-001',
        LAST_MONTH,
        (s, r) => measureEntries(s, 'late', r),
        (e) => theMost(e, 'high').ids,
      ),
    ),
  ),
  q('QE139', 'QA-001', 'any no-shows on my team this week?', () => people(some(teamWho('QA-001', 'absent', THIS_WEEK)))),
];
