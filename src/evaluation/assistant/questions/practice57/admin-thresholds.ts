/*
 * practice57 — the HR admin asks who is past a line: more than N absences or late arrivals, fewer than N hours, a rate
 * under a line, a score above or below one, a move of more than N points, teams over a count or an average. README:
 * "threshold ('more than 3 days', 'above 85', 'who worked fewer than 30 hours' — someone expected at work with no
 * record counts with 0 —, 'who scored over 80 in both Q2 and Q3', 'who in AI scored above the AI average')"; a total
 * or a rate against a line is answered yes or no first. Every line sits clear of the figures near it (the oracle
 * throws otherwise), and every list is the same with and without those who have left.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import {
  absenceOf,
  absentMoreThan,
  ALL,
  fig,
  LAST_Q,
  LAST_WEEK,
  none,
  Q_BEFORE,
  rateOf,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  THIS_QUARTER,
} from '../../oracle/practice53-figures';
import { meanOf } from '../../oracle/practice53-people';
import { statsOf, whoNot } from '../../oracle/practice55-figures';
import {
  clearOf,
  countPast,
  hoursPast,
  movedPast,
  NOV,
  OCT,
  peopleN,
  perfect,
  ratePast,
  scorePast,
  SEP,
  teamCount,
  teamMean,
  teamRate,
  teamsPast,
} from '../../oracle/practice57-figures';
import { q } from '../helpers';

const both = (a: string[], b: string[]) => a.filter((id) => b.includes(id));

export const ADMIN_THRESHOLDS: readonly Question[] = [
  // Absences and lateness over a line.
  q('QF001', 'admin', 'which staff were absent for more than three days in October', () => people(some(absentMoreThan(ALL, OCT, 3)))),
  q('QF002', 'admin', 'Which employees were late more than 4 times last month?', () => people(some(countPast(ALL, 'late', OCT, 4, 'above')))),
  q('QF003', 'admin', 'how many QA people were late 3 or more times in oct', () => figures(peopleN(countPast(team('QA'), 'late', OCT, 2, 'above').length))),
  q('QF004', 'admin', 'which devs have missed more than 5 days since august?', () => people(some(absentMoreThan(team('DEV'), SINCE_TRACKING, 5)))),
  q('QF005', 'admin', 'anyone absent more than 4 days this quarter?', () => people(some(absentMoreThan(ALL, THIS_QUARTER, 4)))),
  q('QF006', 'admin', 'employees with 3+ half days since aug', () => people(some(countPast(ALL, 'halfDay', SINCE_TRACKING, 2, 'above')))),
  q('QF007', 'admin', 'in QA, who had zero absences in October?', () => people(some(whoNot(team('QA'), 'absent', OCT)))),

  // Hours under or over a line.
  q('QF008', 'admin', 'who did under 30 hrs last wk', () => people(some(hoursPast(ALL, LAST_WEEK, 30, 'below')))),
  q('QF009', 'admin', 'which data team members put in more than 44 hrs last week?', () => people(some(hoursPast(team('DAT'), LAST_WEEK, 44, 'above')))),

  // Rates under a line.
  q('QF010', 'admin', 'Which employees had an attendence rate below 85% in October?', () => people(some(ratePast(ALL, OCT, 0.85, 'below')))),
  q('QF011', 'admin', 'anyone under 80% attendance since august?', () => people(none(ratePast(ALL, SINCE_TRACKING, 0.8, 'below')))),
  q('QF012', 'admin', 'who in qa is under 90pc attendance this month', () => people(some(ratePast(team('QA'), NOV, 0.9, 'below')))),
  q('QF013', 'admin', 'how many people have had 100% attendance so far this month?', () => figures(peopleN(perfect(ALL, NOV).length))),
  q('QF014', 'admin', 'teams with attendance under 95% last month', () => {
    const under = some(teamsPast(teamRate(OCT), 0.95, 'below', 0.0005));
    return answer({ teams: under, figures: under.map((code) => rate(rateOf(team(code), OCT))) });
  }),
  q('QF015', 'admin', 'was company attendance above 95% in October?', () => {
    const r = clearOf(rateOf(ALL, OCT), 0.95, 0.0005);
    return yesNo(r > 0.95, [rate(r)]);
  }),
  q('QF016', 'admin', 'Was the QA absence rate over 10% last month?', () => {
    const r = clearOf(absenceOf(team('QA'), OCT), 0.1, 0.0005);
    return yesNo(r > 0.1, [rate(r)]);
  }),

  // Counts of teams against a line.
  q('QF017', 'admin', 'which departments logged over 14 lates in october', () => {
    const over = some(teamsPast(teamCount('late', OCT), 14.5, 'above', 0.1));
    return answer({ teams: over });
  }),
  q('QF018', 'admin', 'over 60 late arrivals across the company in september?', () => {
    const n = clearOf(sumOf(ALL, 'late', SEP), 60.5, 0.1);
    return yesNo(n > 60, [fig('late', n)]);
  }),

  // Scores over or under a line.
  q('QF019', 'admin', 'who scored above 90 in Q3?', () => people(some(scorePast(LAST_Q, 90, 'above')))),
  q('QF020', 'admin', 'list everyone who scored under 60 in 2025-Q2', () => people(some(scorePast(Q_BEFORE, 60, 'below')))),
  q('QF021', 'admin', 'how many developers scored over 80 last quarter', () => figures(peopleN(scorePast(LAST_Q, 80, 'above', team('DEV')).length))),
  q('QF022', 'admin', 'anyone in AI above 75 in both Q2 and Q3?', () =>
    people(some(both(scorePast(Q_BEFORE, 75, 'above', team('AI')), scorePast(LAST_Q, 75, 'above', team('AI'))))),
  ),
  q('QF023', 'admin', 'who in AI is above the AI average for Q3', () => people(some(scorePast(LAST_Q, teamMean(LAST_Q)('AI'), 'above', team('AI'))))),
  q('QF024', 'admin', 'which developers beat the company average score last quarter', () =>
    people(some(scorePast(LAST_Q, meanOf(LAST_Q), 'above', team('DEV')))),
  ),
  q('QF025', 'admin', 'teams with an average q3 score above 76?', () => {
    const over = some(teamsPast(teamMean(LAST_Q), 76, 'above', 0.005));
    return answer({ teams: over, figures: over.map((code) => score(meanOf(LAST_Q, team(code)))) });
  }),
  q('QF026', 'admin', "is QA's score spread for Q3 bigger than 30?", () => {
    const spread = clearOf(statsOf(LAST_Q, team('QA')).spread, 30, 0.005);
    return yesNo(spread > 30, [score(spread)]);
  }),

  // Moves between quarters over a line.
  q('QF027', 'admin', 'anyone whose score fell by more than 6 points between Q2 and Q3?', () => people(some(movedPast(Q_BEFORE, LAST_Q, 6, 'down')))),
  q('QF028', 'admin', 'anyone go up by more than 4.5 pts between q2 and q3', () => people(some(movedPast(Q_BEFORE, LAST_Q, 4.5, 'up')))),
];
