/*
 * practice31 — who: the people behind an attendance figure, by name — late, absent ("away", "no-shows"), half
 * days, missing check-outs, not checked in yet — with thresholds ("more than 3 days", "under 90 %", "more than 3
 * times"), rankings (the most, top 2, lowest 2, the 3 with the most hours), who did not ("never", "not late at
 * all"), a level or a cohort of hires, hours against a line, days named relatively ("on Monday", "a week ago
 * today", "the first Monday of November", "the Friday before last", a holiday's day) and one person's check-in;
 * asked by the admin and the two managers of their own team.
 */
import { answer, count, people, type Question } from '../../expectation';
import { measureOf, mostOf, notCheckedInToday, peopleWhere, peopleWithRate, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { hiredBetween } from '../../oracle/people-figures';
import { teamsWithNone } from '../../oracle/practice22-figures';
import { ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { SINCE_AUGUST, union, whoOn } from '../../oracle/practice18-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { neverIn } from '../../oracle/practice19-figures';
import { A_WEEK_AGO, FRIDAY_BEFORE_LAST, LAST_MONDAY, nthWeekdayOf, yesNo } from '../../oracle/practice20-figures';
import { both, hoursBelow } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { clearlyDiffer, overClean, Q4_SO_FAR } from '../../oracle/practice29-figures';
import { clockAt, FIRST_WEEK_OF_SEPTEMBER, mostHours, onlyOne } from '../../oracle/practice31-figures';
import { near } from '../../oracle/practice10-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const DAT: Scope = { team: 'DAT' };
const SEC: Scope = { team: 'SEC' };
const AI: Scope = { team: 'AI' };

export const WHO: readonly Question[] = [
  q('PF034', 'admin', 'who was absent on Monday', () => people(whoOn(ALL, 'absent', LAST_MONDAY))),
  q('PF035', 'admin', 'Who forgot to check out this month?', () => people(peopleWhere(ALL, 'missingCheckOut', ...THIS_MONTH))),
  q('PF036', 'admin', 'DEV staff with more than 3 days absent in October', () => people(overClean(DEV, 'absent', OCTOBER, 3))),
  q('PF037', 'admin', 'Who in AI was late more than twice in September?', () => people(overClean(AI, 'late', SEPTEMBER, 2))),
  q('PF038', 'admin', 'Who racked up the most late arrivals last month?', () => people(mostOf(ALL, 'late', ...OCTOBER))),
  q('PF039', 'admin', 'top 2 latecomers in QA this quarter', () => people(topBy(QA, 'late', Q4_SO_FAR, 2))),
  q('PF040', 'admin', 'which teams had no absences yesterday?', () => answer({ teams: teamsWithNone('absent', [YESTERDAY, YESTERDAY]) })),
  q('PF041', 'admin', 'anyone in the data team under 90% attendance last week?', () => people(peopleWithRate(DAT, ...LAST_WEEK, (r) => r < 0.9))),
  q('PF042', 'admin', 'Lowest 2 attendance rates in the data team in October', () => people(ratesAtEnd(DAT, OCTOBER, 2, 'lowest'))),
  q('PF043', 'admin', 'Who was away on the day of the QA offsite?', () => people(whoOn(ALL, 'absent', holidayDate('QA Offsite')))),
  q('PF044', 'admin', 'who in SEC was late or absent last week', () =>
    people(union(peopleWhere(SEC, 'late', ...LAST_WEEK), peopleWhere(SEC, 'absent', ...LAST_WEEK))),
  ),
  q('PF045', 'admin', 'Which juniors were absent in October?', () => people(peopleWhere(levelIn(undefined, 'Junior'), 'absent', ...OCTOBER))),
  q('PF046', 'admin', 'Of the people hired this year, who was late in October?', () =>
    people(both(hiredBetween(...YEAR_TO_DATE), peopleWhere(ALL, 'late', ...OCTOBER))),
  ),
  q('PF047', 'admin', 'which DAT people worked fewer than 37 hours last week', () => people(hoursBelow(DAT, LAST_WEEK, 37))),
  q('PF048', 'admin', 'the 3 people in AI with the most hours in October', () => people(mostHours(AI, OCTOBER, 3))),
  q('PF049', 'admin', 'Who in Security never missed a day in October?', () => people(neverIn(SEC, 'absent', OCTOBER))),
  q('PF050', 'admin', 'who had a half day in DEV this month', () => people(peopleWhere(DEV, 'halfDay', ...THIS_MONTH))),
  q('PF051', 'admin', "who hasn't clocked in yet today", () => people(notCheckedInToday(ALL))),
  q('PF052', 'admin', 'Has everyone in AI checked in today?', () => {
    const missing = notCheckedInToday(AI);
    return yesNo(missing.length === 0, [], { people: missing });
  }),
  q('PF053', 'admin', 'Which 2 people in Security had the lowest attendance in October?', () => people(ratesAtEnd(SEC, OCTOBER, 2, 'lowest'))),
  q('PF054', 'admin', 'who in AI was absent in the first week of September', () => people(peopleWhere(AI, 'absent', ...FIRST_WEEK_OF_SEPTEMBER))),
  q('PF055', 'admin', 'who was late a week ago today?', () => people(whoOn(ALL, 'late', A_WEEK_AGO))),
  q('PF056', 'admin', 'who was absent on the first Monday of November?', () => people(whoOn(ALL, 'absent', nthWeekdayOf(2025, 11, 1, 1)))),
  q('PF057', 'admin', 'how late was Samuel Wright yesterday?', () => answer({ mentions: [clockAt('DAT-008', YESTERDAY, 'in')] })),

  // Priya Raman, manager of DEV.
  q('PF058', 'DEV-001', 'who in my team was not late at all in October', () => people(neverIn(DEV, 'late', OCTOBER))),
  q('PF059', 'DEV-001', 'which of my people had perfect attendance last month', () => people(peopleWithRate(DEV, ...OCTOBER, (r) => r === 1))),
  q('PF060', 'DEV-001', 'Who on the team has missed a check-out since August?', () => people(peopleWhere(DEV, 'missingCheckOut', ...SINCE_AUGUST))),
  q('PF061', 'DEV-001', 'Who was late on my team the Friday before last?', () => people(whoOn(DEV, 'late', FRIDAY_BEFORE_LAST))),
  q('PF062', 'DEV-001', 'who on my team was late on the 3rd', () => people(whoOn(DEV, 'late', '2025-11-03'))),

  // Elena Petrova, manager of QA.
  q('PF063', 'QA-001', 'Who was absent most often on my team in October?', () => people(mostOf(QA, 'absent', ...OCTOBER))),
  q('PF064', 'QA-001', 'Lowest attendance on my team this quarter, top 2', () => people(ratesAtEnd(QA, Q4_SO_FAR, 2, 'lowest'))),
  q('PF065', 'QA-001', 'which of my juniors were late last week', () => people(peopleWhere(levelIn('QA', 'Junior'), 'late', ...LAST_WEEK))),
  q('PF066', 'QA-001', 'was Leo late more than 3 times in October?', () => {
    const n = measureOf(onlyOne('Leo', 'QA-001'), 'late', ...OCTOBER);
    return yesNo(clearlyDiffer(n, 3, 0), [near(count(n), 'late|time')]);
  }),
];
