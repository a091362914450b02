/*
 * practice37 — typed in a hurry between meetings: misspellings, shorthand ("pls", "wk", "mth", "hrs", "ppl"),
 * missing apostrophes and capitals, from every role.
 */
import { answer, count, days, figures, hours, people, rate, refusal, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { peopleWhere } from '../../oracle/attendance-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { headcount, hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { requesters } from '../../oracle/practice12-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { overClean } from '../../oracle/practice29-figures';
import { outsideTeam } from '../../oracle/practice33-figures';
import { filled, personOf, Q4_SO_FAR, rateOver, SINCE_1_OCT, totalOf, YEAR_SO_FAR, YESTERDAY } from '../../oracle/practice37-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

export const HASTY: readonly Question[] = [
  q('PL140', 'admin', 'attendence rate last wk for QA pls', () => figures(rate(rateOver({ team: 'QA' }, LAST_WEEK)))),
  q('PL141', 'admin', 'who was late yestrday in DEV', () => people(peopleWhere({ team: 'DEV' }, 'late', YESTERDAY, YESTERDAY))),
  q('PL142', 'admin', 'hw many ppl in secuirty', () =>
    answer({ figures: [near(count(headcount({ team: 'SEC' })), 'people|employee|staff|person|headcount|member')] }),
  ),
  q('PL143', 'admin', 'top 5 perfomers q3', () => people(rankClean('2025-Q3', 5, 'top'))),
  q('PL144', 'admin', 'avg scor for data team Q2', () => figures(score(meanOf('2025-Q2', { team: 'DAT' })))),
  q('PL145', 'admin', "who's OOO nxt wk", () => people(filled(offBetween({}, ...NEXT_WEEK)))),
  q('PL146', 'admin', 'pending leave reqs?', () => people(filled(requesters('pending')))),
  q('PL147', 'admin', 'absnce rate DEV last mth', () => figures(rate(absenceRate({ team: 'DEV' }, OCTOBER)))),
  q('PL148', 'admin', 'how many late arivals in Sept for AI', () => figures(near(count(totalOf({ team: 'AI' }, 'late', SEPTEMBER)), 'late|arriv'))),
  q('PL149', 'admin', 'Jmaes Wilson start date', () => answer({ dates: [person('SEC-001').hire] })),
  q('PL150', 'admin', 'median scor QA q3 vs q2', () => figures(score(medianOf('2025-Q3', { team: 'QA' })), score(medianOf('2025-Q2', { team: 'QA' })))),
  q('PL151', 'admin', 'hires n leavers this yr', () => people([...filled(hiredBetween(...YEAR_SO_FAR)), ...filled(leftBetween(...YEAR_SO_FAR))])),
  q('PL152', 'DEV-001', 'my teams attendence since 1 oct', () => figures(rate(rateOver({ team: 'DEV' }, SINCE_1_OCT)))),
  q('PL153', 'DEV-001', 'who in dev had missing checkouts this month', () => people(filled(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...THIS_MONTH)))),
  q('PL154', 'QA-001', 'hrs worked by my team last wk', () => figures(hours(totalOf({ team: 'QA' }, 'hours', LAST_WEEK)))),
  q('PL155', 'QA-001', 'anyone in qa late more then 3 times in oct', () => people(overClean({ team: 'QA' }, 'late', OCTOBER, 3))),
  q('PL156', 'DEV-003', 'my annual leave balnce', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('PL157', 'QA-003', 'whats my attendnce rate this quater', () => figures(rate(rateOver({ ids: ['QA-003'] }, Q4_SO_FAR)))),
  q('PL158', 'DAT-004', 'hw many hrs did i work in oct', () => figures(hours(personOf('DAT-004', 'hours', OCTOBER)))),
  q('PL159', 'SEC-004', 'wats the attendance of SEC last wk', () => outsideTeam('SEC')),
  q('PL160', 'admin', 'salry of Priya', () => refusal('salry', 'salary')),
  q('PL161', 'admin', 'sofia rosi attendance oct', () => figures(rate(rateOver({ ids: ['DEV-011'] }, OCTOBER)))),
];
