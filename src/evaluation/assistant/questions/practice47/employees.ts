/*
 * practice47 — the four employees with logins (Aisha Khan of DEV, Fatima Zahra of QA, Kevin O'Brien of DAT, Emma
 * Clarke of SEC) asking about themselves, each with a line of why first: a self-review, a wedding in December, a
 * dentist's appointment, a badge that did not work, planning a long weekend, updating a CV. API.md: an employee reads
 * their own profile, attendance, scores and leave; the calendar is everyone's, and "for me" is judged by their own
 * team's holidays.
 */
import { answer, days, hours, rate, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { takenAndAhead } from '../../oracle/practice28-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { statusOn } from '../../oracle/status-on';
import {
  available,
  leftOf,
  clock,
  DECEMBER,
  datesOf,
  hireOf,
  LAST_FRIDAY,
  LAST_WEEK,
  leaveFig,
  leaveOf,
  me,
  MONDAY,
  NEXT_WEEK,
  nextPublicHoliday,
  none,
  NOV_SO_FAR,
  OCTOBER,
  offIn,
  Q3,
  rateOf,
  requestStarting,
  scoreKnown,
  SEPTEMBER,
  some,
  sumOf,
  workingDaysIn,
  YEAR_2025,
  YEAR_SO_FAR,
  overAll,
} from '../../oracle/practice47-figures';
import { q } from '../helpers';

export const EMPLOYEES: readonly Question[] = [
  q('PV165', 'DEV-003', "I'm filling in my self-review. What was my score in Q2?", () => answer({ figures: [score(scoreKnown('DEV-003', '2025-Q2'))] })),
  q('PV166', 'DEV-003', 'Punctuality came up in my one-to-one. Was I late at all in September?', () => yesNo(sumOf(me('DEV-003'), 'late', SEPTEMBER) > 0, [])),
  // Fatima Zahra's day of sick leave (5 November) is all her sick leave this year; none lies ahead.
  q('PV167', 'QA-003', 'I was off sick on 5 November. How much sick leave have I taken this year?', () =>
    answer({ figures: [leaveFig(overAll([YEAR_SO_FAR, YEAR_2025], (r) => leaveOf(me('QA-003'), r, 'SICK')))] }),
  ),
  q('PV168', 'QA-003', "I've got a wedding in December. What's my annual leave balance?", () => answer({ figures: [leaveFig(leftOf('QA-003'))] })),
  q('PV169', 'DAT-004', "I'm thinking about holiday plans. When's the next public holiday?", () => answer({ dates: [nextPublicHoliday()] })),
  q('PV170', 'DAT-004', "My team lead reckons I'm always on time. Was I late at all last month?", () =>
    yesNo(true, [], { dates: some(datesOf('DAT-004', 'late', OCTOBER)) }),
  ),
  q('PV171', 'SEC-004', 'I put in for the 28th off. Has that request been approved yet?', () =>
    yesNo(requestStarting('SEC-004', '2025-11-28').status === 'approved', [], { mentions: ['pending'] }),
  ),
  q('PV172', 'SEC-004', 'I think I was a bit late last Friday. What time did I check in that day?', () =>
    answer({ mentions: [clock('SEC-004', LAST_FRIDAY, 'in')] }),
  ),
  // Her morning of leave on 20 October is all her approved leave this year: half a day taken, nothing ahead.
  q('PV173', 'DEV-003', 'I had a morning off in October. How much annual leave have I taken this year?', () => answer({ figures: takenAndAhead('DEV-003') })),
  q('PV174', 'QA-003', 'My hours look low to me. How many hours did I work in October?', () =>
    answer({ figures: [hours(sumOf(me('QA-003'), 'hours', OCTOBER))] }),
  ),
  // By her own team's calendar: the Security Team Day, Christmas Eve's afternoon, Christmas Day and Boxing Day.
  q('PV175', 'SEC-004', 'Trying to sort out my diary. How many working days do I have in December?', () =>
    answer({ figures: [near(days(workingDaysIn(DECEMBER, 'SEC')), 'working|day')] }),
  ),
  // Q3 as tracked: attendance is kept from 1 August.
  q('PV176', 'DAT-004', 'Quick check before my one-to-one: what was my attendance rate in Q3?', () => answer({ figures: [rate(rateOf(me('DAT-004'), Q3))] })),
  q('PV177', 'DEV-003', "I'm hoping to be off between Christmas and New Year. How much annual leave do I have available right now?", () =>
    answer({ figures: [leaveFig(available('DEV-003'))] }),
  ),
  q('PV178', 'QA-003', 'I think I forgot to check out one day this month. Did I?', () => yesNo(sumOf(me('QA-003'), 'missingCheckOut', NOV_SO_FAR) > 0, [])),
  q('PV179', 'SEC-004', "My badge didn't work one day last week. Was I marked absent at all last week?", () =>
    yesNo(sumOf(me('SEC-004'), 'absent', LAST_WEEK) > 0, []),
  ),
  q('PV180', 'DAT-004', "I'm updating my CV. When did I start here?", () => answer({ dates: [hireOf('DAT-004')] })),
  q('PV181', 'QA-003', "I'm preparing for my review. What were my scores in 2024-Q4 and 2025-Q3?", () => {
    const [q1, q3] = [scoreKnown('QA-003', '2024-Q4'), scoreKnown('QA-003', '2025-Q3')];
    if (q1 === q3) throw new Error('the two scores are alike');
    return answer({ figures: [score(q1), score(q3)] });
  }),
  // Her morning of leave moved her start to 13:00 that day; the record keeps her check-in time.
  q('PV182', 'DEV-003', 'I had a dentist appointment the morning of 20 October. What time did I check in that day?', () =>
    answer({ mentions: [clock('DEV-003', '2025-10-20', 'in')] }),
  ),
  q('PV183', 'SEC-004', "I'm doing my self-assessment. What were my scores in Q1, Q2 and Q3 this year?", () =>
    answer({ figures: ['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreKnown('SEC-004', p))) }),
  ),
  q('PV184', 'DAT-004', "I'm off to a conference next week. Do I have any leave booked for next week?", () =>
    yesNo(none(offIn(me('DAT-004'), NEXT_WEEK)).length > 0, []),
  ),
  q('PV185', 'QA-003', 'I came in late this morning, sorry! Was I late on Monday too?', () => yesNo(statusOn('QA-003', MONDAY) === 'late', [])),
];
