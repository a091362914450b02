/*
 * practice57 — Elena Petrova (QA-001), manager of QA, asks about her own team: who is past a line, who ranks first or
 * last, how two people, two periods or a person and the team compare, the team's statistics and trends. Another team,
 * the company or team by team is named back as outside what she can see; someone outside her team is "not found".
 * A list or a ranking of "my team" is asked only where it is the same with and without her.
 */
import { figures, hours, notFound, people, rate, score, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { otherTeams, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import {
  absenceOf,
  fig,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  me,
  personSum,
  plain,
  Q_BEFORE,
  rateOf,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  THIS_QUARTER,
} from '../../oracle/practice53-figures';
import { periodWords, series } from '../../oracle/practice53-people';
import { statsOf, week } from '../../oracle/practice55-figures';
import {
  atEnd,
  clearOf,
  countPast,
  endValue,
  forPerson,
  higher,
  hoursPast,
  lateEntries,
  meansOver,
  MONTHS,
  movedCount,
  movedPast,
  NOV,
  OCT,
  peopleN,
  rateEntriesOf,
  ratePast,
  ratesOver,
  SCORED,
  scoreEntriesOf,
  SEP,
  topN,
} from '../../oracle/practice57-figures';
import { q } from '../helpers';

const ME = 'QA-001';
const QA = team('QA');

export const MANAGER_QA: readonly Question[] = [
  // Thresholds.
  q('QF143', ME, 'who in my team was late more then twice in October?', () => people(some(countPast(QA, 'late', OCT, 2, 'above', ME)))),
  q('QF144', ME, 'anybody on my team under 85% attendance since August?', () => people(some(ratePast(QA, SINCE_TRACKING, 0.85, 'below', ME)))),
  q('QF145', ME, 'which of my testers worked fewer than 30 hrs last week', () => people(some(hoursPast(QA, LAST_WEEK, 30, 'below', ME)))),
  q('QF146', ME, 'which of my people improved by more than 1 point from q2 to q3?', () => people(some(movedPast(Q_BEFORE, LAST_Q, 1, 'up', QA, ME)))),
  q('QF147', ME, 'how many of my team went down from Q2 to Q3', () => figures(peopleN(movedCount(Q_BEFORE, LAST_Q, 'down', QA, ME)))),
  q('QF148', ME, "was my team's absence rate above 10% last month?", () => {
    const r = clearOf(absenceOf(QA, OCT), 0.1, 0.0005);
    return yesNo(r > 0.1, [rate(r)]);
  }),

  // Rankings.
  q('QF149', ME, 'botom 3 for attendance on my team this quarter', () => people(topN(QA, rateEntriesOf(THIS_QUARTER), 3, 'low', ME))),
  q('QF150', ME, 'who on the team had the highest q3 score?', () => {
    const ids = atEnd(QA, scoreEntriesOf(LAST_Q), 'high', ME);
    return people(ids, score(endValue(QA, scoreEntriesOf(LAST_Q), 'high', ME)));
  }),
  q('QF151', ME, 'top 2 latecomers in my team last quarter', () => people(topN(QA, lateEntries(LAST_QUARTER), 2, 'high', ME))),
  q('QF152', ME, 'lowest Q3 score on my team, and whose was it', () => {
    const ids = atEnd(QA, scoreEntriesOf(LAST_Q), 'low', ME);
    return people(ids, score(statsOf(LAST_Q, QA).min));
  }),

  // Comparisons.
  q('QF153', ME, 'how many days of absence did my team have in september vs october', () =>
    figures(fig('absent', sumOf(QA, 'absent', SEP), periodWords(SEP)), fig('absent', sumOf(QA, 'absent', OCT), periodWords(OCT))),
  ),
  q('QF154', ME, "is my team's attendance better this month than last month?", () => {
    const [now, before] = [rateOf(QA, NOV), rateOf(QA, OCT)];
    return yesNo(higher(now, before), [rate(now), rate(before)]);
  }),
  q('QF155', ME, 'zoe adams vs chris walker attendance rate in october', () => figures(rate(rateOf(me('QA-009'), OCT)), rate(rateOf(me('QA-004'), OCT)))),
  q('QF156', ME, "Leo Martins' attendance this month against the team rate", () => figures(rate(rateOf(me('QA-008'), NOV)), rate(rateOf(QA, NOV)))),
  q('QF157', ME, 'was Marcus Lee late more than Leo Martins since august?', () => {
    const [marcus, leo] = [personSum('QA-002', 'late', SINCE_TRACKING), personSum('QA-008', 'late', SINCE_TRACKING)];
    return yesNo(higher(marcus, leo), [forPerson(fig('late', plain(marcus)), 'QA-002'), forPerson(fig('late', plain(leo)), 'QA-008')]);
  }),
  q('QF158', ME, 'hours my team worked last week', () => figures(hours(sumOf(QA, 'hours', LAST_WEEK)))),

  // Statistics and trends.
  q('QF159', ME, 'mean and median for my team in Q3', () => figures(score(statsOf(LAST_Q, QA).mean), score(statsOf(LAST_Q, QA).median))),
  q('QF160', ME, "what's the spread of my team's scores in q2", () => figures(score(statsOf(Q_BEFORE, QA).spread))),
  q('QF161', ME, 'my team avg score each quater', () => figures(...meansOver(SCORED, QA))),
  q('QF162', ME, 'late arrivals on my team week by week, wk 44 to wk 46', () => figures(...series(QA, 'late', [week(44), week(45), week(46)]))),
  q('QF163', ME, 'attendance trend for my team by month since august', () => figures(...ratesOver(QA, MONTHS))),

  // Outside her scope.
  q('QF164', ME, "DEV's average score in Q3?", () => outsideTeam('DEV')),
  q('QF165', ME, 'rank all teams by lateness this month', () => otherTeams('QA')),
  q('QF166', ME, "what was Ben Carter's attendance in October", () => notFound()),
  q('QF167', ME, 'how does my team compare with the company average attendance this month?', () => outsideCompany()),
  q('QF168', ME, 'is QA better than DAT on attendance this quarter', () => outsideTeam('DAT')),
];
