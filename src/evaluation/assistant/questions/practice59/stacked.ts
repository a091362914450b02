/*
 * practice59 — the HR generalist (admin) stacks constraints: a level, a team (by code, name or nickname), a period,
 * a job title and a status at once ("junior devs late in october", "active mid-level ML engineers", "including
 * leavers, SEC juniors absent in September"). README: position filters "headcounts, hires, leavers, tenure, scores,
 * hours and attendance rates or who was late or absent"; a job title is for headcounts and lists only; "a headcount
 * counts active staff unless leavers are asked for". Dropping any one of the constraints gives a different answer,
 * and a level's figure is the same with and without those who have left (else it is not asked) unless the question
 * says which.
 */
import { figures, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { peopleWhere } from '../../oracle/attendance-figures';
import { YEAR_2025 } from '../../oracle/practice43-figures';
import {
  fig,
  headN,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  level,
  levelRate,
  month,
  NEXT_WEEK,
  plain,
  Q_BEFORE,
  SINCE_TRACKING,
  some,
  sumOf,
  who,
  YEAR_SO_FAR,
} from '../../oracle/practice53-figures';
import { headcountOf, hiredIn, leftIn, levelMean, onLeave, roster, scoreEntries } from '../../oracle/practice53-people';
import { cleanCut, theMost } from '../../oracle/practice55-figures';
import { current, ofLevel, yesWho } from '../../oracle/practice59-figures';
import { q } from '../helpers';

export const STACKED: readonly Question[] = [
  q('QH001', 'admin', 'which junior devs were late in october?', () => people(some(who(level('Junior', 'DEV'), 'late', month(10))))),
  q('QH002', 'admin', 'total late arrivals by the QA juniors in oct', () => figures(fig('late', plain(sumOf(level('Junior', 'QA'), 'late', month(10)))))),
  q('QH003', 'admin', 'senior SEC staff who were absent in september - names pls', () => people(some(who(level('Senior', 'SEC'), 'absent', month(9))))),
  q('QH004', 'admin', 'attendance rate of the mid-level people in AI last month', () => figures(rate(levelRate('Mid', LAST_MONTH, 'AI')))),
  q('QH005', 'admin', 'Q3 average score, seniors in QA only', () => figures(score(levelMean(LAST_Q, 'Senior', 'QA')))),
  q('QH006', 'admin', 'how many active mid-level ML engineers do we have', () =>
    figures(headN(headcountOf({ title: 'ML Engineer', position: 'Mid' }), 'ml|engineer')),
  ),
  q('QH007', 'admin', "mid-level ML engineers including the ones who've left - how many in total?", () =>
    figures(headN(headcountOf({ title: 'ML Engineer', position: 'Mid', status: 'any' }), 'ml|engineer')),
  ),
  q('QH008', 'admin', 'which juniors have left us this year', () => people(some(ofLevel(leftIn(YEAR_SO_FAR), 'Junior')))),
  q('QH009', 'admin', 'junior hires in Development in 2025', () => people(some(ofLevel(hiredIn(YEAR_2025, 'DEV'), 'Junior')))),
  q('QH010', 'admin', 'Which DEV seniors were absent last week?', () => people(some(who(level('Senior', 'DEV'), 'absent', LAST_WEEK)))),
  q('QH011', 'admin', 'security juniors who forgot to check out in October', () => people(some(who(level('Junior', 'SEC'), 'missingCheckOut', month(10))))),
  q('QH012', 'admin', 'QA leads - how many late arrivals since august?', () => figures(fig('late', plain(sumOf(level('Lead', 'QA'), 'late', SINCE_TRACKING))))),
  q('QH013', 'admin', 'how many days were the Data juniors absent in September', () =>
    figures(fig('absent', sumOf(level('Junior', 'DAT'), 'absent', month(9)))),
  ),
  q('QH014', 'admin', 'top 3 seniors in the company by Q3 score', () => people(cleanCut(scoreEntries(LAST_Q, level('Senior')), 3, 'high'))),
  q('QH015', 'admin', 'lowest Q2 score among the AI mid-levels still with us - who?', () =>
    people(theMost(scoreEntries(Q_BEFORE, current(level('Mid', 'AI'))), 'low').ids),
  ),
  q('QH016', 'admin', 'DEV juniors vs DEV seniors, attendance rate last month', () =>
    figures(rate(levelRate('Junior', LAST_MONTH, 'DEV')), rate(levelRate('Senior', LAST_MONTH, 'DEV'))),
  ),
  q('QH017', 'admin', 'late arrivals by seniors across all teams in Q3', () => figures(fig('late', sumOf(level('Senior'), 'late', LAST_QUARTER)))),
  q('QH018', 'admin', 'which of our managers had an absence in October?', () => people(some(who(level('Manager'), 'absent', month(10))))),
  q('QH019', 'admin', 'AI seniors who scored over 80 in Q3', () =>
    people(
      some(
        scoreEntries(LAST_Q, level('Senior', 'AI'))
          .filter((e) => e.value > 80)
          .map((e) => e.id),
      ),
    ),
  ),
  q('QH020', 'admin', 'including leavers, which SEC juniors were absent in September?', () =>
    people(some(peopleWhere(level('Junior', 'SEC'), 'absent', month(9)[0], month(9)[1]))),
  ),
  q('QH021', 'admin', 'active seniors in the data team hired before 2021', () =>
    people(some(roster({ team: 'DAT', position: 'Senior' }).filter((id) => person(id).hire < '2021-01-01'))),
  ),
  q('QH022', 'admin', 'Any leads off on leave next week?', () => yesWho(onLeave(level('Lead'), NEXT_WEEK))),
];
