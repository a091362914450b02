/*
 * practice40 — late counts, hours worked and check-outs still missing, for the month-end run: one person's count,
 * a team's total, who was late on a day written many ways, lateness on the afternoon-off 31 October, hours per person
 * and per team, missing check-outs over a month or since tracking began (today's open check-ins are not missing).
 */
import { count, days, figures, hours, people, type Question } from '../../expectation';
import { notCheckedInToday } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { overClean } from '../../oracle/practice29-figures';
import { measureByTeam } from '../../oracle/practice33-figures';
import { personOf } from '../../oracle/practice37-figures';
import {
  clockedInOn,
  LAST_MONDAY,
  LAST_WORKING_DAY_OF_OCTOBER,
  noOne,
  none,
  NOV_1_TO_14,
  NOV_18,
  NOV_3,
  OCT_20_TO_31,
  SINCE_AUGUST,
  some,
  totalOver,
  whoOn,
  whoOver,
  yesThese,
} from '../../oracle/practice40-figures';
import { recordOf } from '../../oracle/attendance-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const lateCount = (id: string, range: readonly [string, string]) => figures(near(count(personOf(id, 'late', range)), 'late'));

export const LATE_AND_HOURS: readonly Question[] = [
  q('PO076', 'admin', 'how many times was Daniel Okafor late in octobr?', () => lateCount('DEV-008', OCTOBER)),
  q('PO077', 'admin', 'late count for Felix Wagner last month', () => lateCount('AI-003', OCTOBER)),
  q('PO078', 'admin', 'Was Lukas Novak late on Nov 3rd?', () => yesNo(recordOf('DEV-004', NOV_3)?.status === 'late', [])),
  // "3/11" read day first, as the organisation writes dates (the grader reads 24/12/2025 as 24 December too).
  q('PO079', 'admin', 'Who was late on 3/11?', () => people(some(whoOn({}, 'late', NOV_3)))),
  q('PO080', 'admin', 'Who in QA was late on the 3rd?', () => people(some(whoOn({ team: 'QA' }, 'late', NOV_3)))),
  q('PO081', 'admin', 'How many late arrivals did QA have in October?', () => figures(near(count(totalOver({ team: 'QA' }, 'late', OCTOBER)), 'late'))),
  q('PO082', 'admin', 'Who was late the most in October?', () => {
    const ranked = whoOver({}, 'late', OCTOBER).map((id) => ({ id, n: personOf(id, 'late', OCTOBER) }));
    const top = Math.max(...ranked.map((r) => r.n));
    return people(ranked.filter((r) => r.n === top).map((r) => r.id));
  }),
  q('PO083', 'admin', 'Who was late more than 5 times in September?', () => people(overClean({}, 'late', SEPTEMBER, 5))),
  q('PO084', 'admin', 'Was anyone late on the last working day of October?', () => noOne(whoOn({}, 'late', LAST_WORKING_DAY_OF_OCTOBER))),
  q('PO085', 'admin', 'Who was late last Monday?', () => people(some(whoOn({}, 'late', LAST_MONDAY)))),
  q('PO086', 'admin', 'how many tardies in Data this month', () => figures(near(count(totalOver({ team: 'DAT' }, 'late', THIS_MONTH)), 'late|tard'))),
  q('PO087', 'admin', 'was Leo Martins late more than 4 times in October?', () => {
    const n = personOf('QA-008', 'late', OCTOBER);
    return yesNo(n > 4, [near(count(n), 'late|time')]);
  }),
  q('PO088', 'admin', 'hours workd by Omar Hadad in Oct', () => figures(hours(personOf('DEV-010', 'hours', OCTOBER)))),
  q('PO089', 'admin', 'Total hours logged by QA in October', () => figures(hours(totalOver({ team: 'QA' }, 'hours', OCTOBER)))),
  // Mohammed Saleh was on annual leave 10–14 November: his hours are those of the other days.
  q('PO090', 'admin', 'How many hours did Mohammed Saleh work this month?', () => figures(hours(personOf('SEC-003', 'hours', THIS_MONTH)))),
  q('PO091', 'admin', 'hrs worked by Development last week', () => figures(hours(totalOver({ team: 'DEV' }, 'hours', LAST_WEEK)))),
  q('PO092', 'admin', 'How many hours did Sana Qureshi work between 1 and 14 November?', () => figures(hours(personOf('AI-004', 'hours', NOV_1_TO_14)))),
  q('PO093', 'admin', "who's got a missing checkout in nov?", () => people(some(whoOver({}, 'missingCheckOut', THIS_MONTH)))),
  q('PO094', 'admin', 'How many missing check-outs were there in October?', () =>
    figures(near(count(totalOver({}, 'missingCheckOut', OCTOBER)), 'check|missing')),
  ),
  q('PO095', 'admin', 'Did anyone forget to check out in September?', () => yesThese(whoOver({}, 'missingCheckOut', SEPTEMBER))),
  q('PO096', 'admin', 'missing check-outs in Security this month', () => people(none(whoOver({ team: 'SEC' }, 'missingCheckOut', THIS_MONTH)))),
  q('PO097', 'admin', 'Which check-outs are still missing from last week?', () => people(some(whoOver({}, 'missingCheckOut', LAST_WEEK)))),
  q('PO098', 'admin', 'who forgot to clock out yesterday', () => people(some(whoOn({}, 'missingCheckOut', NOV_18)))),
  // Today is open: this morning's check-ins without a check-out are not missing yet.
  q('PO099', 'admin', 'missing check-outs since August', () => people(some(whoOver({}, 'missingCheckOut', SINCE_AUGUST)))),
  q('PO100', 'admin', "who hasn't clocked in yet today in Security?", () => people(some(notCheckedInToday({ team: 'SEC' })))),
  q('PO101', 'admin', 'How many people clocked in on Nov 3rd?', () =>
    figures(near(count(clockedInOn({}, NOV_3).length), 'people|person|employee|staff|clock|check')),
  ),
  q('PO102', 'admin', 'late arrivals per team last week', () => figures(...measureByTeam('late', LAST_WEEK, count))),
  q('PO103', 'admin', 'Who worked the most hours in October?', () => {
    const top = hoursExtreme({}, OCTOBER, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PO104', 'admin', 'Half days in DEV in October?', () => figures(near(count(totalOver({ team: 'DEV' }, 'halfDay', OCTOBER)), 'half'))),
  q('PO105', 'admin', 'How many late arrivals company-wide between 20 and 31 October?', () =>
    figures(near(count(totalOver({}, 'late', OCT_20_TO_31)), 'late')),
  ),
  q('PO106', 'admin', 'How many days absent and how many late arrivals did Zoe Adams have in October?', () =>
    figures(near(days(personOf('QA-009', 'absent', OCTOBER)), 'absen|off|missed|away'), near(count(personOf('QA-009', 'late', OCTOBER)), 'late')),
  ),
];
