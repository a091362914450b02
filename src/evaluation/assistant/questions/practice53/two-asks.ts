/*
 * practice53 — messages carrying two asks, joined by "and", "plus", "also", a semicolon or a second sentence. README:
 * "Two to five questions in one message … are each asked alone and answered in turn", "with their own period"; "a
 * later question that points back ('his', 'their', 'for it') or says no person, team or period of its own takes the
 * earlier one's"; "two of a kind are answered side by side, never pooled". Every ask's figures, people, teams and
 * dates are expected; a list of people is the union of both asks' lists.
 */
import { answer, figures, hours, people, rate, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import type { Scope } from '../../oracle/attendance-figures';
import { holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { leaveDays, requests } from '../../oracle/leave-figures';
import { agreed } from '../../oracle/practice16-figures';
import {
  ALL,
  fig,
  headN,
  hourEntries,
  LAST_MONTH,
  LAST_Q,
  LAST_WEEK,
  leaveN,
  me,
  measureEntries,
  month,
  NEXT_WEEK,
  notInYet,
  overAll,
  personSum,
  rateOf,
  requestN,
  some,
  sumOf,
  team,
  THIS_MONTH,
  union,
  who,
  wholeMonth,
  YEAR_SO_FAR,
  YESTERDAY,
  type Range,
} from '../../oracle/practice53-figures';
import { firstN, teamsWhere, tiedAtCut, tiedEnd } from '../../oracle/practice53-rankings';
import {
  available,
  clearOf,
  headcountOf,
  hiredIn,
  leftIn,
  meanOf,
  onLeave,
  requesters,
  requestsIn,
  scoreEntries,
  scoreOfOne,
} from '../../oracle/practice53-people';
import { q } from '../helpers';

const Y: Range = [YESTERDAY, YESTERDAY];
const OCT = month(10);
/** The one person at an end of a manager's team's ranking, read with and without the manager. */
function oneOf(manager: string, code: string, range: Range, of: (s: Scope, r: Range) => string[]): string[] {
  const ids = overAll(team(code), range, of, manager);
  if (ids.length !== 1) throw new Error(`tied: ${ids.join(', ')}`);
  return ids;
}
/** The top n of Q3, with no tie at the cut. */
function topOfQ3(n: number): string[] {
  if (tiedAtCut(scoreEntries(LAST_Q), n, 'high')) throw new Error('a tie at the cut');
  return firstN(scoreEntries(LAST_Q), n, 'high');
}

export const TWO_ASKS: readonly Question[] = [
  // The admin.
  q('QB156', 'admin', "late yesterday - who? and who's still missing a check-in today?", () => people(union(some(who(ALL, 'late', Y)), some(notInYet(ALL))))),
  q('QB157', 'admin', "QA headcount and QA's average Q3 score", () => figures(headN(headcountOf({ team: 'QA' })), score(meanOf(LAST_Q, team('QA'))))),
  q('QB158', 'admin', 'How many people are on leave next week? And who are they?', () => {
    const ids = some(onLeave(ALL, NEXT_WEEK));
    return answer({ people: ids, figures: [headN(ids.length)] });
  }),
  q('QB159', 'admin', 'who left this year and who joined this year?', () => people(union(some(leftIn(YEAR_SO_FAR)), some(hiredIn(YEAR_SO_FAR))))),
  q('QB160', 'admin', 'top 3 in Q3 plus the company average', () => answer({ people: topOfQ3(3), figures: [score(meanOf(LAST_Q))] })),
  q('QB161', 'admin', 'how many leave requests are pending, and how many of them are for December?', () =>
    figures(requestN(requests('pending').length), requestN(requestsIn('pending', wholeMonth(12)).length)),
  ),
  q('QB162', 'admin', 'absences in DEV last month, and in QA', () =>
    figures(fig('absent', sumOf(team('DEV'), 'absent', LAST_MONTH), 'dev'), fig('absent', sumOf(team('QA'), 'absent', LAST_MONTH), 'qa')),
  ),
  q('QB163', 'admin', 'Which teams were below 90% last month, and what was the company rate?', () =>
    answer({
      teams: some(
        teamsWhere(
          (code) => clearOf(rateOf(team(code), LAST_MONTH), 0.9, 0.0005),
          (r) => r < 0.9,
        ),
      ),
      figures: [rate(rateOf(ALL, LAST_MONTH))],
    }),
  ),
  q('QB164', 'admin', 'who in DAT was late last week; who in AI?', () =>
    people(union(some(who(team('DAT'), 'late', LAST_WEEK)), some(who(team('AI'), 'late', LAST_WEEK)))),
  ),

  // The managers.
  q('QB165', 'DEV-001', 'our attendance last month and who on the team was absent the most', () =>
    answer({
      figures: [rate(rateOf(team('DEV'), LAST_MONTH))],
      people: oneOf('DEV-001', 'DEV', LAST_MONTH, (s, r) => tiedEnd(measureEntries(s, 'absent', r), 'high').ids),
    }),
  ),
  q('QB166', 'QA-001', 'how many hours did my team log last week, and who logged the fewest?', () =>
    answer({
      figures: [hours(sumOf(team('QA'), 'hours', LAST_WEEK))],
      people: oneOf('QA-001', 'QA', LAST_WEEK, (s, r) => tiedEnd(hourEntries(s, r), 'low').ids),
    }),
  ),
  q('QB167', 'DEV-001', "pending leave on my team + who's off next week", () =>
    people(union(some(overAll(team('DEV'), NEXT_WEEK, (s) => requesters('pending', s), 'DEV-001')), some(onLeave(team('DEV'), NEXT_WEEK)))),
  ),
  q('QB168', 'QA-001', 'Peter Hansen: his Q3 score, and how many days he missed last month?', () =>
    figures(score(scoreOfOne('QA-006', LAST_Q)), fig('absent', personSum('QA-006', 'absent', LAST_MONTH))),
  ),

  // The employees.
  q('QB169', 'DEV-003', "annual leave left + when's the next bank holiday?", () =>
    answer({ figures: [leaveN(available('DEV-003'))], dates: [agreed([nextHoliday(TODAY, null).date, nextHoliday(TODAY, 'DEV').date])] }),
  ),
  q('QB170', 'SEC-004', 'my attendance rate this month and my hours this month', () =>
    figures(rate(rateOf(me('SEC-004'), THIS_MONTH)), hours(personSum('SEC-004', 'hours', THIS_MONTH))),
  ),
  q('QB171', 'QA-003', 'my Q3 score; also how much sick leave have I used this year?', () =>
    figures(score(scoreOfOne('QA-003', LAST_Q)), leaveN(leaveDays('QA-003', YEAR_SO_FAR[0], TODAY, 'SICK'))),
  ),
  q('QB172', 'DAT-004', 'How many hours did I work in October, and was I late at all?', () => {
    const late = personSum('DAT-004', 'late', OCT);
    return answer({ figures: [hours(personSum('DAT-004', 'hours', OCT))], mentions: [late > 0 ? 'yes' : 'no'] });
  }),
  q('QB173', 'SEC-004', 'which holidays do I still get before the year is out? and my annual leave left', () =>
    answer({
      dates: holidaysBetween(addDays(TODAY, 1), `${TODAY.slice(0, 4)}-12-31`, 'SEC').map((h) => h.date),
      figures: [leaveN(available('SEC-004'))],
    }),
  ),
];
