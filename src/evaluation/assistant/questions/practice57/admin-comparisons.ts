/*
 * practice57 — the HR admin compares: two teams, two periods, two people, a person against their team or the company,
 * two levels. README: "two of a kind are answered side by side, never pooled" ("seniors vs juniors average score last
 * quarter", "Pablo's attendance rate against the DAT average", "DEV late arrivals in the week of 6 October vs the week
 * of 3 November", "half days in Q3, and so far in Q4"); a yes-or-no comparison is answered yes or no first, "up or
 * down" with the way; "how much did attendance change from Q3 to this quarter" gives each end. A person's rate is set
 * against their team's rate (pooled, as the summaries give it), never against a mean of people's rates.
 */
import { figures, hours, rate, score, type Question } from '../../expectation';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import {
  absenceOf,
  ALL,
  fig,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  me,
  personSum,
  plain,
  Q_BEFORE,
  Q_BEFORE_THAT,
  rateOf,
  SINCE_TRACKING,
  sumOf,
  team,
  THIS_QUARTER,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice53-figures';
import { meanOf, periodWords, scoreOfOne } from '../../oracle/practice53-people';
import { statsOf, week } from '../../oracle/practice55-figures';
import { forPerson, forTeam, higher, levelMean, NOV, OCT, SEP } from '../../oracle/practice57-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');

export const ADMIN_COMPARISONS: readonly Question[] = [
  // Two teams.
  q('QF059', 'admin', 'Hi, could you compare DEV and QA attendance in October for me? Thanks', () => figures(rate(rateOf(DEV, OCT)), rate(rateOf(QA, OCT)))),
  q('QF060', 'admin', "QA attendance this month - worse than DEV's or not?", () => {
    const [qa, dev] = [rateOf(QA, NOV), rateOf(DEV, NOV)];
    return yesNo(!higher(qa, dev), [rate(qa), rate(dev)]);
  }),
  q('QF061', 'admin', "was DEV's avrage score higher than QA's in q3?", () => {
    const [dev, qa] = [meanOf(LAST_Q, DEV), meanOf(LAST_Q, QA)];
    return yesNo(higher(dev, qa), [score(dev), score(qa)]);
  }),
  q('QF062', 'admin', 'AI vs DAT absences in october', () =>
    figures(forTeam(fig('absent', sumOf(team('AI'), 'absent', OCT)), 'AI'), forTeam(fig('absent', sumOf(team('DAT'), 'absent', OCT)), 'DAT')),
  ),
  q('QF063', 'admin', 'absence rate DEV v QA since august', () => figures(rate(absenceOf(DEV, SINCE_TRACKING)), rate(absenceOf(QA, SINCE_TRACKING)))),
  q('QF064', 'admin', 'how does the Security team stack up against Data on Q2 average scores?', () =>
    figures(score(meanOf(Q_BEFORE, team('SEC'))), score(meanOf(Q_BEFORE, team('DAT')))),
  ),

  // Two periods.
  q('QF065', 'admin', 'how did attendance last week compare with the week before it?', () =>
    figures(rate(rateOf(ALL, LAST_WEEK)), rate(rateOf(ALL, WEEK_BEFORE_LAST))),
  ),
  q('QF066', 'admin', 'company absence rate sept vs oct', () => figures(rate(absenceOf(ALL, SEP)), rate(absenceOf(ALL, OCT)))),
  q('QF067', 'admin', 'DEV late arrivals in September vs October', () =>
    figures(fig('late', sumOf(DEV, 'late', SEP), periodWords(SEP)), fig('late', sumOf(DEV, 'late', OCT), periodWords(OCT))),
  ),
  q('QF068', 'admin', 'did the company average go up or down between Q2 and Q3?', () => {
    const [before, after] = [meanOf(Q_BEFORE), meanOf(LAST_Q)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('QF069', 'admin', 'QA avg score q1, q2 and q3', () => figures(score(meanOf(Q_BEFORE_THAT, QA)), score(meanOf(Q_BEFORE, QA)), score(meanOf(LAST_Q, QA)))),
  q('QF070', 'admin', 'attendance: Q3 vs this quarter so far, how much has it moved?', () => {
    const [before, after] = [rateOf(ALL, LAST_QUARTER), rateOf(ALL, THIS_QUARTER)];
    return figures(rate(before), rate(after));
  }),
  q('QF071', 'admin', 'how many half days did we have in Q3, and how many so far in Q4?', () =>
    figures(fig('halfDay', sumOf(ALL, 'halfDay', LAST_QUARTER), 'q3|sep'), fig('halfDay', sumOf(ALL, 'halfDay', THIS_QUARTER), 'q4|so far|this quarter')),
  ),
  q('QF072', 'admin', 'QA late arrivals wk 45 vs wk 46', () =>
    figures(fig('late', sumOf(QA, 'late', week(45)), 'wk|week'), fig('late', sumOf(QA, 'late', week(46)), 'wk|week')),
  ),
  q('QF073', 'admin', "did SEC's attendance go up or down from september to october?", () => {
    const [before, after] = [rateOf(team('SEC'), SEP), rateOf(team('SEC'), OCT)];
    return wentUp(before, after, [rate(before), rate(after)]);
  }),
  q('QF074', 'admin', 'total hours for SEC last week vs the week before', () =>
    figures(hours(sumOf(team('SEC'), 'hours', LAST_WEEK)), hours(sumOf(team('SEC'), 'hours', WEEK_BEFORE_LAST))),
  ),

  // Two people.
  q('QF075', 'admin', 'Lukas Novak vs Daniel Okafor: late arrivals since August', () =>
    figures(
      forPerson(fig('late', plain(personSum('DEV-004', 'late', SINCE_TRACKING))), 'DEV-004'),
      forPerson(fig('late', plain(personSum('DEV-008', 'late', SINCE_TRACKING))), 'DEV-008'),
    ),
  ),
  q('QF076', 'admin', 'was Marcus Lee late more often than Leo Martins in Q3?', () => {
    const [marcus, leo] = [personSum('QA-002', 'late', LAST_QUARTER), personSum('QA-008', 'late', LAST_QUARTER)];
    return yesNo(higher(marcus, leo), [forPerson(fig('late', plain(marcus)), 'QA-002'), forPerson(fig('late', plain(leo)), 'QA-008')]);
  }),
  q('QF077', 'admin', "Tom Becker's and Ravi Patel's Q3 scores side by side", () =>
    figures(score(scoreOfOne('DEV-002', LAST_Q)), score(scoreOfOne('DEV-014', LAST_Q))),
  ),
  q('QF078', 'admin', 'compare Chris Morgan and Ben Carter on days absent since aug', () =>
    figures(
      forPerson(fig('absent', personSum('DEV-006', 'absent', SINCE_TRACKING)), 'DEV-006'),
      forPerson(fig('absent', personSum('DEV-012', 'absent', SINCE_TRACKING)), 'DEV-012'),
    ),
  ),

  // A person against their team or the company.
  q('QF079', 'admin', "Chris Walker's attendance rate in October against QA's", () => figures(rate(rateOf(me('QA-004'), OCT)), rate(rateOf(QA, OCT)))),
  q('QF080', 'admin', "how did Julia Fischer's Q3 score compare with the DAT average?", () =>
    figures(score(scoreOfOne('DAT-003', LAST_Q)), score(meanOf(LAST_Q, team('DAT')))),
  ),
  q('QF081', 'admin', "zoe adams' attendance since august vs the company's", () =>
    figures(rate(rateOf(me('QA-009'), SINCE_TRACKING)), rate(rateOf(ALL, SINCE_TRACKING))),
  ),
  q('QF082', 'admin', 'is Felix Wagner above the company average score for Q3?', () => {
    const [felix, company] = [scoreOfOne('AI-003', LAST_Q), meanOf(LAST_Q)];
    return yesNo(higher(felix, company), [score(felix), score(company)]);
  }),
  q('QF083', 'admin', 'DEV attendance this quarter vs the whole company?', () => figures(rate(rateOf(DEV, THIS_QUARTER)), rate(rateOf(ALL, THIS_QUARTER)))),

  // Two levels.
  q('QF084', 'admin', 'seniors vs mids in DEV, average score last quarter', () =>
    figures(score(levelMean(LAST_Q, 'Senior', 'DEV')), score(levelMean(LAST_Q, 'Mid', 'DEV'))),
  ),
  q('QF085', 'admin', 'mean and median score for SEC in Q3', () =>
    figures(score(statsOf(LAST_Q, team('SEC')).mean), score(statsOf(LAST_Q, team('SEC')).median)),
  ),
];
