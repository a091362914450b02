/*
 * practice57 — Priya Raman (DEV-001), manager of DEV, asks about her own team: thresholds, rankings, comparisons,
 * statistics and trends. API.md: a manager reads the employees, attendance and scores of their own team; someone
 * outside it is "not found", as if absent; another team, the whole company or team by team is named back as outside
 * what she can see, never answered with her own figures. A team's figure counts the whole team (as the summaries do);
 * a list or a ranking of "my team" is asked only where it is the same with and without her.
 */
import { figures, hours, notFound, people, rate, score, type Question } from '../../expectation';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { otherTeams, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import {
  absentMoreThan,
  fig,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  me,
  personSum,
  Q_BEFORE,
  rateOf,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice53-figures';
import { meanOf, periodWords, scoreOfOne, series } from '../../oracle/practice53-people';
import { statsOf, week } from '../../oracle/practice55-figures';
import {
  atEnd,
  forPerson,
  higher,
  hourEntriesOf,
  hoursPast,
  lateEntries,
  MONTHS,
  moveEntriesOf,
  NOV,
  OCT,
  peopleN,
  rateEntriesOf,
  ratePast,
  ratesOver,
  scoreEntriesOf,
  scorePast,
  SEP,
  topN,
} from '../../oracle/practice57-figures';
import { q } from '../helpers';

const ME = 'DEV-001';
const DEV = team('DEV');

export const MANAGER_DEV: readonly Question[] = [
  // Thresholds.
  q('QF114', ME, 'who on my team was absent more than 3 days since august?', () => people(some(absentMoreThan(DEV, SINCE_TRACKING, 3, ME)))),
  q('QF115', ME, 'anyone on my team under 90% attendnace in october', () => people(some(ratePast(DEV, OCT, 0.9, 'below', ME)))),
  q('QF116', ME, 'Which of my developers did fewer than 35 hours last week?', () => people(some(hoursPast(DEV, LAST_WEEK, 35, 'below', ME)))),
  q('QF117', ME, 'how many of my people scored under 70 in Q3', () => figures(peopleN(scorePast(LAST_Q, 70, 'below', DEV, ME).length))),
  q('QF118', ME, 'did my team have more than 20 late arrivals in september?', () => {
    const n = sumOf(DEV, 'late', SEP);
    return yesNo(n > 20, [fig('late', n)]);
  }),
  q('QF119', ME, 'who on my team scored under 65 last quarter', () => people(some(scorePast(LAST_Q, 65, 'below', DEV, ME)))),

  // Rankings.
  q('QF120', ME, 'bottom 3 on my team by Q3 score', () => people(topN(DEV, scoreEntriesOf(LAST_Q), 3, 'low', ME))),
  q('QF121', ME, 'lowest 2 attendance rates in my team last month', () => people(topN(DEV, rateEntriesOf(OCT), 2, 'low', ME))),
  q('QF122', ME, 'who in my team was late the most in q3?', () => people(atEnd(DEV, lateEntries(LAST_QUARTER), 'high', ME))),
  q('QF123', ME, 'whose score fell the most on my team from Q2 to Q3?', () => people(atEnd(DEV, moveEntriesOf(Q_BEFORE, LAST_Q), 'low', ME))),
  q('QF124', ME, 'which 3 people on my team logged the fewest hours last week', () => people(topN(DEV, hourEntriesOf(LAST_WEEK), 3, 'low', ME))),

  // Comparisons.
  q('QF125', ME, "did my team's attendance go up from September to October?", () => {
    const [before, after] = [rateOf(DEV, SEP), rateOf(DEV, OCT)];
    return wentUp(before, after, [rate(before), rate(after)]);
  }),
  q('QF126', ME, 'my team: late arrivals in sept vs oct', () =>
    figures(fig('late', sumOf(DEV, 'late', SEP), periodWords(SEP)), fig('late', sumOf(DEV, 'late', OCT), periodWords(OCT))),
  ),
  q('QF127', ME, "yuki tanaka's hours last week vs the week before", () =>
    figures(hours(personSum('DEV-009', 'hours', LAST_WEEK)), hours(personSum('DEV-009', 'hours', WEEK_BEFORE_LAST))),
  ),
  q('QF128', ME, 'Chris Morgan vs Ben Carter - absences since August?', () =>
    figures(
      forPerson(fig('absent', personSum('DEV-006', 'absent', SINCE_TRACKING)), 'DEV-006'),
      forPerson(fig('absent', personSum('DEV-012', 'absent', SINCE_TRACKING)), 'DEV-012'),
    ),
  ),
  q('QF129', ME, "how does Hannah Schmidt's attendance this month compare with the team's?", () =>
    figures(rate(rateOf(me('DEV-007'), NOV)), rate(rateOf(DEV, NOV))),
  ),
  q('QF130', ME, "Lukas Novak's Q3 score against the team average", () => figures(score(scoreOfOne('DEV-004', LAST_Q)), score(meanOf(LAST_Q, DEV)))),
  q('QF131', ME, 'is our Q3 average higher than our Q2 average?', () => {
    const [q3, q2] = [meanOf(LAST_Q, DEV), meanOf(Q_BEFORE, DEV)];
    return yesNo(higher(q3, q2), [score(q3), score(q2)]);
  }),

  // Statistics and trends.
  q('QF132', ME, 'median q3 scroe for my team', () => figures(score(statsOf(LAST_Q, DEV).median))),
  q('QF133', ME, 'spread of scores on my team in q3', () => figures(score(statsOf(LAST_Q, DEV).spread))),
  q('QF134', ME, 'weekly attendance for my team, wk 44 to 46', () => figures(...ratesOver(DEV, [week(44), week(45), week(46)]))),
  q('QF135', ME, "my team's absence rate by month since august", () => figures(...series(DEV, 'absence', MONTHS))),
  q('QF136', ME, 'team hours this month so far vs all of october', () => figures(hours(sumOf(DEV, 'hours', NOV)), hours(sumOf(DEV, 'hours', OCT)))),

  // Outside her scope.
  q('QF137', ME, "what was QA's attendance rate last month?", () => outsideTeam('QA')),
  q('QF138', ME, 'company average score in Q3?', () => outsideCompany()),
  q('QF139', ME, 'which team has the best attendance this month', () => otherTeams('DEV')),
  q('QF140', ME, 'how many times was Marcus Lee late in October?', () => notFound()),
  q('QF141', ME, "compare my team's lateness with SEC's in october", () => outsideTeam('SEC')),
  q('QF142', ME, 'top 5 performers company-wide last quarter', () => outsideCompany()),
];
