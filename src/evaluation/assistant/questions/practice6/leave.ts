/* Practice6 — leave, public holidays, corrections (none are held in the data set). */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_WEEK } from '../helpers';

const who = (list: Array<{ employee: string }>) => [...new Set(list.map((l) => l.employee))];
const DECEMBER: [string, string] = ['2025-12-01', '2025-12-31'];

export const LEAVE: Question[] = [
  // "who is off next week"
  q('U161', 'admin', 'who is off next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('U162', 'admin', 'who will be on leave next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('U163', 'admin', 'anyone in QA off next week?', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('U164', 'admin', 'who was on leave last week', () => people(offBetween({}, ...LAST_WEEK))),
  q('U165', 'admin', 'who is on leave today', () => people(offBetween({}, TODAY, TODAY))),
  q('U166', 'admin', 'who is off this week', () => people(offBetween({}, THIS_WEEK[0], '2025-11-23'))),
  q('U167', 'admin', 'who was on leave in september', () => people(offBetween({}, ...SEPTEMBER))),
  q('U168', 'admin', 'who in the AI team took leave in october', () => people(offBetween({ team: 'AI' }, ...OCTOBER))),
  q('U169', 'admin', 'who was on sick leave in september', () => people(onLeaveOfType('SICK', ...SEPTEMBER))),
  q('U170', 'admin', 'who took unpaid leave in october', () => people(onLeaveOfType('UNPAID', ...OCTOBER))),
  q('U171', 'admin', 'how many days of leave did Julia Fischer take in september', () => figures(days(leaveDays('DAT-003', ...SEPTEMBER)))),
  q('U172', 'admin', 'days of annual leave Sana Qureshi had in october', () => figures(days(leaveDays('AI-004', ...OCTOBER, 'ANNUAL')))),
  // "my annual leave balance" and others' balances
  q('U173', 'admin', "what is Maria Gonzalez's annual leave balance", () => figures(days(balance('DEV-005', 'ANNUAL').available))),
  q('U174', 'admin', 'how much annual leave does Felix Wagner have left', () => figures(days(balance('AI-003', 'ANNUAL').available))),
  q('U175', 'admin', 'sick leave balance of Mei Lin', () => figures(days(balance('DAT-005', 'SICK').available))),
  q('U176', 'admin', 'annual leave remaining for SEC-003', () => figures(days(balance('SEC-003', 'ANNUAL').available))),
  // "pending requests for my team" and request lists
  q('U177', 'admin', 'pending leave requests', () => people(who(requests('pending')), count(requests('pending').length))),
  q('U178', 'admin', 'any pending requests in QA', () => people(who(requests('pending', { team: 'QA' })))),
  q('U179', 'admin', 'which leave requests were rejected', () => people(who(requests('rejected')))),
  q('U180', 'admin', 'cancelled leave requests', () => people(who(requests('cancelled')))),
  q('U181', 'admin', 'how many leave requests are waiting for approval', () => figures(count(requests('pending').length))),
  q('U182', 'admin', 'approved leave in december', () => people(who(requestsOverlapping('approved', ...DECEMBER)))),
  q('U183', 'admin', 'who has approved or pending leave in december', () =>
    people(who(requestsOverlapping('pending', ...DECEMBER).concat(requestsOverlapping('approved', ...DECEMBER)))),
  ),
  // "next public holiday", holidays
  q('U184', 'admin', 'next public holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('U185', 'admin', 'when is the next bank holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('U186', 'admin', 'holidays in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
  q('U187', 'admin', 'what holidays did we have in october', () => answer({ dates: datesOf(holidaysBetween(...OCTOBER)) })),
  q('U188', 'admin', 'which holidays are still to come in 2025', () => answer({ dates: datesOf(holidaysBetween('2025-11-20', '2025-12-31')) })),
  q('U189', 'admin', 'when is christmas day off', () => answer({ dates: ['2025-12-25'] })),
  // Corrections: the data set files none
  q('U190', 'admin', 'pending attendance corrections', () => people([])),
  q('U191', 'DEV-001', 'any correction requests from my team waiting?', () => people([])),
  q('U192', 'DEV-003', 'do I have any pending corrections', () => people([])),
];
