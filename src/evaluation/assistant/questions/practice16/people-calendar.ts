/*
 * practice16 — who works here and the calendar and leave, asked by managers, employees and HR with a team,
 * a level and a period at once: headcounts by level, joiners in H1 or Q4 so far, tenure over a threshold,
 * the longest-serving of a level, who is off over a range written as "24 to 28 november" or "from Sept to
 * Nov", requests awaiting approval, holidays in a month. Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every figure, date and person comes from the data set and the oracle.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { offBetween } from '../../oracle/leave-figures';
import { headcount, hiredBefore, leftBetween, longestServing, newest } from '../../oracle/people-figures';
import { requestersOverlapping } from '../../oracle/practice10-figures';
import { holidayDate, requesters } from '../../oracle/practice12-figures';
import { DECEMBER } from '../../oracle/practice14-figures';
import { hiredWhere, withUsUnder } from '../../oracle/practice15-figures';
import { FIRST_HALF, Q4_SO_FAR, SEPT_TO_NOV } from '../../oracle/practice16-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { q, SEPTEMBER } from '../helpers';

const AUG_TO_OCT: [string, string] = ['2025-08-01', '2025-10-31'];

export const PEOPLE_AND_CALENDAR: readonly Question[] = [
  // Managers.
  q('H139', 'DEV-001', 'how many mid-levels are in my team', () => figures(count(headcount({ team: 'DEV', position: 'Mid' })))),
  q('H140', 'DEV-001', 'who in my team joined in the first half of the year', () => people(hiredWhere({ team: 'DEV' }, FIRST_HALF))),
  q('H141', 'DEV-001', 'longest-serving senior in my team', () => people(longestServing(1, { team: 'DEV', position: 'Senior' }))),
  q('H142', 'DEV-001', 'who in my team is off between 24 and 28 november', () => people(offBetween({ team: 'DEV' }, '2025-11-24', '2025-11-28'))),
  q('H143', 'DEV-001', 'any leave requests from my team waiting for approval?', () => people(requesters('pending', { team: 'DEV' }))),
  q('H144', 'DEV-001', 'which of my juniors have been with us less than a year', () => people(withUsUnder(1, { team: 'DEV', position: 'Junior' }))),
  q('H145', 'DEV-001', 'newest 2 hires in my team', () => people(newest(2, { team: 'DEV' }))),
  q('H146', 'QA-001', 'who joined my team in Q4 so far', () => people(hiredWhere({ team: 'QA' }, Q4_SO_FAR))),
  q('H147', 'QA-001', 'who in my team has been here more than 5 years', () => people(servedMoreThan(5, { team: 'QA' }))),
  q('H148', 'QA-001', 'who in my team is on leave from 24 nov to 5 dec', () => people(offBetween({ team: 'QA' }, '2025-11-24', '2025-12-05'))),
  q('H149', 'QA-001', 'approved leave in my team between September and October', () =>
    people(requestersOverlapping(['approved'], SEPTEMBER[0], '2025-10-31', 'QA')),
  ),
  q('H150', 'QA-001', 'how many juniors do I manage', () => figures(count(headcount({ team: 'QA', position: 'Junior' })))),
  q('H151', 'QA-001', 'who in my team was on leave on the 5th of November', () => people(offBetween({ team: 'QA' }, '2025-11-05', '2025-11-05'))),

  // Employees.
  q('H152', 'DEV-003', 'is 7 Nov a day off for me', () => answer({ dates: [holidayDate('DEV Recharge Day')] })),
  q('H153', 'QA-003', 'holidays between 1 Sept and 30 Sept for me', () => answer({ dates: datesOf(holidaysBetween(...SEPTEMBER, 'QA')) })),
  q('H154', 'SEC-004', 'what holidays do i have in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'SEC')) })),
  q('H155', 'DAT-004', 'next day off for the whole company', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('H156', 'DEV-003', 'when did i start', () => answer({ dates: [person('DEV-003').hire] })),

  // HR.
  q('H157', 'admin', 'how many juniors joined in H1', () => figures(count(hiredWhere({ position: 'Junior' }, FIRST_HALF).length))),
  q('H158', 'admin', 'who left between 1 August and 31 October', () => people(leftBetween(...AUG_TO_OCT))),
  q('H159', 'admin', 'which seniors joined before 2020', () => people(hiredBefore('2020-01-01', { position: 'Senior' }))),
  q('H160', 'admin', 'who was on leave on the 20th of october', () => people(offBetween({}, '2025-10-20', '2025-10-20'))),
  q('H161', 'admin', 'who is off on Nov 28th', () => people(offBetween({}, '2025-11-28', '2025-11-28'))),
  q('H162', 'admin', 'which mid-levels in AI have been with us more than 1 year', () => people(servedMoreThan(1, { team: 'AI', position: 'Mid' }))),
  q('H163', 'admin', 'who was off from Sept to Nov in the data team', () => people(offBetween({ team: 'DAT' }, ...SEPT_TO_NOV))),
  q('H164', 'admin', 'how many seniors in DEV vs QA', () =>
    figures(count(headcount({ team: 'DEV', position: 'Senior' })), count(headcount({ team: 'QA', position: 'Senior' }))),
  ),
];
