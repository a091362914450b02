/*
 * practice55 — the HR generalist (admin) on a phone between meetings: two to six words, no punctuation, chat
 * abbreviations ("att", "hrs", "lv", "yday", "tmrw", "wk", "mth", "ppl", "w/", "b4", "pls"), typos. README: misspelt
 * words are read as meant ("attendence", "last mth", "leave reqs"), dates are written day first ("3/11" is 3 November),
 * an ISO week goes by its number ("wk 45"); a question without a date uses the documented default. Every measure over
 * every kind of period: attendance and absence rates, late, absent, half days, missing check-outs, not checked in,
 * hours, headcounts, hires and leavers, tenure, scores and their statistics, rankings, leave and holidays.
 */
import { answer, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { PERIODS as SCORED } from '../../dataset/scores';
import { tenureMean } from '../../oracle/practice29-figures';
import { withUsUnderAYear } from '../../oracle/practice10-figures';
import {
  absenceOf,
  ALL,
  fig,
  headN,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  leaveN,
  month,
  NEXT_WEEK,
  notInYet,
  Q_BEFORE,
  rateOf,
  requestN,
  some,
  sumOf,
  team,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  who,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { available, headcountOf, hiredIn, leftIn, meanOf, medianOf, onLeave, requesters, roster, scoreEntries } from '../../oracle/practice53-people';
import {
  cleanCut,
  dayFirst,
  daysOfMonth,
  hiredBefore,
  longestServing,
  nextHolidayFor,
  on,
  statsOf,
  teamsUnderAlert,
  theMost,
  TOMORROW,
  week,
} from '../../oracle/practice55-figures';
import { requests } from '../../oracle/leave-figures';
import { q } from '../helpers';

const Y = on(YESTERDAY);
const OCT = month(10);
const SEP = month(9);
const NOV_3 = dayFirst('3/11', '2025-11-03');

export const TERSE_ADMIN: readonly Question[] = [
  // Attendance.
  q('QD001', 'admin', 'att rate yday', () => figures(rate(rateOf(ALL, Y)))),
  q('QD002', 'admin', 'company att last wk', () => figures(rate(rateOf(ALL, LAST_WEEK)))),
  q('QD003', 'admin', 'qa attendence oct', () => figures(rate(rateOf(team('QA'), OCT)))),
  q('QD004', 'admin', 'who came in late yday', () => people(some(who(ALL, 'late', Y)))),
  q('QD005', 'admin', 'dev lates this wk how many', () => figures(fig('late', sumOf(team('DEV'), 'late', THIS_WEEK)))),
  q('QD006', 'admin', 'absent yday who', () => people(some(who(ALL, 'absent', Y)))),
  q('QD007', 'admin', 'no shows sec last mth', () => people(some(who(team('SEC'), 'absent', LAST_MONTH)))),
  q('QD008', 'admin', 'missing check outs nov so far', () => figures(fig('missingCheckOut', sumOf(ALL, 'missingCheckOut', THIS_MONTH)))),
  q('QD009', 'admin', 'who forgot clock out last wk', () => people(some(who(ALL, 'missingCheckOut', LAST_WEEK)))),
  q('QD010', 'admin', 'half days dat sept', () => figures(fig('halfDay', sumOf(team('DAT'), 'halfDay', SEP)))),
  q('QD011', 'admin', 'total hrs ai last wk', () => figures(hours(sumOf(team('AI'), 'hours', LAST_WEEK)))),
  q('QD012', 'admin', 'who aint in yet today', () => people(some(notInYet(ALL)))),
  q('QD013', 'admin', 'abs rate dev q3', () => figures(rate(absenceOf(team('DEV'), LAST_QUARTER)))),
  q('QD014', 'admin', 'sec att wk 45', () => figures(rate(rateOf(team('SEC'), week(45))))),
  q('QD015', 'admin', 'late on 3/11 who', () => people(some(who(ALL, 'late', on(NOV_3))))),
  q('QD016', 'admin', 'att issues last mth', () => {
    const under = teamsUnderAlert(LAST_MONTH);
    return answer({ teams: under, figures: under.map((code) => rate(rateOf(team(code), LAST_MONTH))) });
  }),
  q('QD017', 'admin', 'att 1-14 nov pls', () => figures(rate(rateOf(ALL, daysOfMonth(11, 1, 14))))),
  q('QD018', 'admin', 'att rate qtr so far', () => figures(rate(rateOf(ALL, THIS_QUARTER)))),

  // People.
  q('QD019', 'admin', 'headcount qa', () => figures(headN(headcountOf({ team: 'QA' })))),
  q('QD020', 'admin', 'how many ppl we got now', () => figures(headN(headcountOf()))),
  q('QD021', 'admin', 'hires this yr', () => people(some(hiredIn(YEAR_SO_FAR)))),
  q('QD022', 'admin', 'leavers 2025 who', () => people(some(leftIn(YEAR_SO_FAR)))),
  q('QD023', 'admin', 'new starters q4', () => people(some(hiredIn(THIS_QUARTER)))),
  q('QD024', 'admin', 'ppl hired b4 2020', () => people(some(hiredBefore('2020-01-01')))),
  q('QD025', 'admin', 'whos been in sec longest', () => people(longestServing({ team: 'SEC' }))),
  q('QD026', 'admin', 'ppl w/ us < 1 yr', () => people(some(withUsUnderAYear()))),
  q('QD027', 'admin', 'avg tenure dev', () => figures(years(tenureMean({ team: 'DEV' })))),
  q('QD028', 'admin', 'seniors in ai', () => people(some(roster({ team: 'AI', position: 'Senior' })))),

  // Scores.
  q('QD029', 'admin', 'q3 avg scr everyone', () => figures(score(meanOf(LAST_Q)))),
  q('QD030', 'admin', 'median q3 qa', () => figures(score(medianOf(LAST_Q, team('QA'))))),
  q('QD031', 'admin', 'top 3 q3', () => people(cleanCut(scoreEntries(LAST_Q), 3, 'high'))),
  q('QD032', 'admin', 'lowest scorer dat q2', () => people(theMost(scoreEntries(Q_BEFORE, team('DAT')), 'low').ids)),
  q('QD033', 'admin', 'score spread sec q3', () => figures(score(statsOf(LAST_Q, team('SEC')).spread))),
  q('QD034', 'admin', 'avg q3 dev v qa', () => figures(score(meanOf(LAST_Q, team('DEV'))), score(meanOf(LAST_Q, team('QA'))))),
  q('QD035', 'admin', 'perf trend by qtr', () => figures(...SCORED.map((p) => score(meanOf(p.period))))),
  q('QD036', 'admin', 'bottom 5 q3 scores', () => people(cleanCut(scoreEntries(LAST_Q), 5, 'low'))),

  // Leave and holidays.
  q('QD037', 'admin', 'pending lv reqs how many', () => figures(requestN(requests('pending').length))),
  q('QD038', 'admin', 'whos off tmrw', () => people(some(onLeave(ALL, on(TOMORROW))))),
  q('QD039', 'admin', 'off nxt wk?', () => people(some(onLeave(ALL, NEXT_WEEK)))),
  q('QD040', 'admin', 'next public hol', () => {
    const h = nextHolidayFor(null);
    return answer({ dates: [h.date] });
  }),
  q('QD041', 'admin', 'lv bal anna berg', () => figures(leaveN(available('DAT-007')))),
  q('QD042', 'admin', 'who has pending lv', () => people(some(requesters('pending')))),
  q('QD043', 'admin', 'when did jmaes wilson strt', () => answer({ dates: [person('SEC-001').hire] })),
  q('QD044', 'admin', 'on lv today?', () => people(some(onLeave(ALL, on(TODAY))))),
];
