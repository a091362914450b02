/*
 * practice39 — questions whose right answer is nobody or nought (a holiday, a day nobody missed, a level nobody was
 * hired at, a month nobody left, a team nobody left, a week with no absences in a team whose one absentee was on
 * leave, a day whose only request was cancelled), and questions about former employees (Laura Silva, DAT-009, left
 * 17 October; Ethan Hughes, SEC-008, 30 September; Victor Dumont, AI-009, 29 August): their figures up to their
 * last day. The admin asks.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { measureOf, peopleWhere, type Scope } from '../../oracle/attendance-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { pendingCorrections } from '../../oracle/practice31-figures';
import { absentBeforeLeaving, formerStaff } from '../../oracle/practice35-figures';
import { person } from '../../dataset/dataset';
import { LAST_WORKING_DAY_OF_SEPTEMBER, none, rateOf, some, YEAR_SO_FAR, zero } from '../../oracle/practice39-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q } from '../helpers';

const ALL: Scope = {};
const FOUNDERS_DAY = '2025-10-13';

export const ZERO_AND_FORMER: readonly Question[] = [
  // Nobody: a holiday of the whole organisation; a working day nobody missed.
  q('PN193', 'admin', 'Who was late on Founders Day?', () => people(none(peopleWhere(ALL, 'late', FOUNDERS_DAY, FOUNDERS_DAY)))),
  q('PN194', 'admin', 'who was absent on the last working day of September', () =>
    people(none(peopleWhere(ALL, 'absent', LAST_WORKING_DAY_OF_SEPTEMBER, LAST_WORKING_DAY_OF_SEPTEMBER))),
  ),
  // Every hire of 2025 was a junior: no senior joined.
  q('PN195', 'admin', 'which seniors joined this year?', () => people(none(hiredBetween(...YEAR_SO_FAR).filter((id) => person(id).position === 'Senior')))),
  q('PN196', 'admin', 'Who left in November?', () => people(none(leftBetween('2025-11-01', '2025-11-30')))),
  q('PN197', 'admin', 'how many people has QA lost this year', () =>
    answer({ figures: [near(count(zero(leftBetween(...YEAR_SO_FAR, 'QA').length)), 'people|lost|left|leaver|person|employee|one')] }),
  ),
  // No correction is on file in the data set: the answer says there are none pending (no figure is required, as
  // "there are no pending corrections" carries no number the grader reads).
  q('PN198', 'admin', 'any pending corrections?', () => {
    zero(pendingCorrections());
    return answer({ mentions: ['correction'] });
  }),
  // Mohammed Saleh was on leave all last week, not absent: Security had no absences.
  q('PN199', 'admin', 'who in secuirty was absent last week?', () => people(none(peopleWhere({ team: 'SEC' }, 'absent', ...LAST_WEEK)))),
  q('PN200', 'admin', 'did anyone in AI forget to check out last week?', () =>
    yesNo(false, [], { people: none(peopleWhere({ team: 'AI' }, 'missingCheckOut', ...LAST_WEEK)) }),
  ),
  // Former employees: figures up to their last day.
  q('PN201', 'admin', "Laura Silva's attendance rate in October", () => figures(rate(rateOf({ ids: ['DAT-009'] }, OCTOBER)))),
  q('PN202', 'admin', 'how many days was Ethan Hughes absent before he left?', () => figures(days(absentBeforeLeaving('SEC-008')))),
  q('PN203', 'admin', 'how many times was Laura Silva late in October', () => figures(near(count(measureOf('DAT-009', 'late', ...OCTOBER)), 'late|time'))),
  q('PN204', 'admin', 'list our former employees', () => people(some(formerStaff()))),
  q('PN205', 'admin', 'ex-employees of the data team', () => people(some(formerStaff('DAT')))),
  q('PN206', 'admin', 'hours worked by Victor Dumont in August', () => figures(hours(measureOf('AI-009', 'hours', ...AUGUST)))),
];
