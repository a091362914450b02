/*
 * practice55 — the managers on their phones: Priya Raman (DEV-001) and Elena Petrova (QA-001) ask about their own
 * team in two to six words ("team att last wk", "who late yday my team", "chris lates oct"). A manager reads their own
 * team (API.md); "my team" is theirs; a first name that is one person in their scope is that person ("chris" is
 * Chris Morgan for Priya, Chris Walker for Elena). A team's figure counts the whole team; a list of "who on my team"
 * is the same with and without the manager, or it is not asked.
 */
import { answer, figures, hours, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { onlyOne } from '../../oracle/practice31-figures';
import {
  fig,
  headN,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  leaveN,
  levelRate,
  month,
  NEXT_WEEK,
  none,
  personSum,
  rateOf,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  teamWho,
  THIS_MONTH,
  THIS_WEEK,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { available, headcountOf, hiredIn, leftIn, meanOf, medianOf, onLeave, requesters, scoreEntries } from '../../oracle/practice53-people';
import { cleanCut, longestServing, myTeamNotInYet, myTeamRanked, on, theMost, TOMORROW } from '../../oracle/practice55-figures';
import { q } from '../helpers';

const Y = on(YESTERDAY);
const OCT = month(10);
const DEV = team('DEV');
const QA = team('QA');
const scoresOf = (period: string) => (s: Parameters<typeof scoreEntries>[1]) => scoreEntries(period, s);

export const TERSE_MANAGERS: readonly Question[] = [
  // Priya Raman, DEV.
  q('QD045', 'DEV-001', 'team att last wk', () => figures(rate(rateOf(DEV, LAST_WEEK)))),
  q('QD046', 'DEV-001', 'who late yday my team', () => people(none(teamWho('DEV-001', 'late', Y)))),
  q('QD047', 'DEV-001', 'my team hrs oct', () => figures(hours(sumOf(DEV, 'hours', OCT)))),
  q('QD048', 'DEV-001', 'absences my team this mth', () => figures(fig('absent', sumOf(DEV, 'absent', THIS_MONTH)))),
  q('QD049', 'DEV-001', 'avg q3 my team', () => figures(score(meanOf(LAST_Q, DEV)))),
  q('QD050', 'DEV-001', 'pending lv reqs my team', () => people(some(requesters('pending', DEV)))),
  q('QD051', 'DEV-001', 'who off nxt wk', () => people(some(onLeave(DEV, NEXT_WEEK)))),
  q('QD052', 'DEV-001', 'my juniors att last mth', () => figures(rate(levelRate('Junior', LAST_MONTH, 'DEV')))),
  q('QD053', 'DEV-001', 'top 2 my team q3', () =>
    people(
      myTeamRanked(
        'DEV-001',
        LAST_QUARTER,
        (s) => scoresOf(LAST_Q)(s),
        (e) => cleanCut(e, 2, 'high'),
      ),
    ),
  ),
  q('QD054', 'DEV-001', 'headcount my team', () => figures(headN(headcountOf({ team: 'DEV' })))),
  q('QD055', 'DEV-001', 'new hires my team this yr', () => people(some(hiredIn(YEAR_SO_FAR, 'DEV')))),
  q('QD056', 'DEV-001', 'who missed check out this mth', () => people(some(teamWho('DEV-001', 'missingCheckOut', THIS_MONTH)))),
  q('QD057', 'DEV-001', 'ben carter absnt days since aug', () => figures(fig('absent', personSum('DEV-012', 'absent', SINCE_TRACKING)))),
  q('QD058', 'DEV-001', 'chris absent days oct', () => figures(fig('absent', personSum(onlyOne('Chris', 'DEV-001'), 'absent', OCT)))),
  q('QD059', 'DEV-001', 'lates this wk team', () => figures(fig('late', sumOf(DEV, 'late', THIS_WEEK)))),
  q('QD060', 'DEV-001', 'omar hrs last wk', () => figures(hours(personSum(onlyOne('Omar', 'DEV-001'), 'hours', LAST_WEEK)))),

  // Elena Petrova, QA.
  q('QD061', 'QA-001', 'qa att yday', () => figures(rate(rateOf(QA, Y)))),
  q('QD062', 'QA-001', 'who not in yet my team', () => people(some(myTeamNotInYet('QA-001')))),
  q('QD063', 'QA-001', 'lates my team last wk', () => figures(fig('late', sumOf(QA, 'late', LAST_WEEK)))),
  q('QD064', 'QA-001', 'zoe adms absences oct', () => figures(fig('absent', personSum('QA-009', 'absent', OCT)))),
  q('QD065', 'QA-001', 'half days my team q3', () => figures(fig('halfDay', sumOf(QA, 'halfDay', LAST_QUARTER)))),
  q('QD066', 'QA-001', 'median q3 my team', () => figures(score(medianOf(LAST_Q, QA)))),
  q('QD067', 'QA-001', 'lowest score my team q3', () =>
    people(
      myTeamRanked(
        'QA-001',
        LAST_QUARTER,
        (s) => scoresOf(LAST_Q)(s),
        (e) => theMost(e, 'low').ids,
      ),
    ),
  ),
  q('QD068', 'QA-001', 'anyone on lv tmrw', () => people(none(onLeave(QA, on(TOMORROW))))),
  q('QD069', 'QA-001', 'longest serving qa', () => people(longestServing({ team: 'QA' }))),
  q('QD070', 'QA-001', 'grace kim lv bal', () => figures(leaveN(available('QA-007')))),
  q('QD071', 'QA-001', 'leavers qa this yr', () => people(none(leftIn(YEAR_SO_FAR, 'QA')))),
  q('QD072', 'QA-001', 'hrs leo martins last wk', () => figures(hours(personSum('QA-008', 'hours', LAST_WEEK)))),
  q('QD073', 'QA-001', 'ivan start date?', () => answer({ dates: [person(onlyOne('Ivan', 'QA-001')).hire] })),
  q('QD074', 'QA-001', 'my team att last mth', () => figures(rate(rateOf(QA, LAST_MONTH)))),
];
