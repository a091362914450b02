/*
 * practice53 — the employees' own week: Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma
 * Clarke (SEC-004) ask about themselves — attendance this month and last, absences and late arrivals since tracking
 * began, hours, check-in times, scores and their move, leave balances and requests, working days by their own team's
 * calendar, their start date and tenure. README: "What is my attendance this month?", 'what times did I check in last week?',
 * "how much leave do I have", "working days left this year": from tomorrow; "was I late last week" is answered yes or
 * no first. An employee sees only their own records; the calendar is everyone's.
 */
import { answer, figures, hours, rate, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { addDays, daysBetween } from '../../dataset/dates';
import { recordOf } from '../../oracle/attendance-figures';
import { requests } from '../../oracle/leave-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import {
  checkInOf,
  fig,
  LAST_MONTH,
  LAST_Q,
  LAST_WEEK,
  leaveN,
  me,
  personSum,
  plain,
  Q_BEFORE,
  rateOf,
  SINCE_TRACKING,
  some,
  THIS_MONTH,
  workingN,
  wholeMonth,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { available, scoreOfOne } from '../../oracle/practice53-people';
import { q } from '../helpers';

/** One person's check-in times over a range, as an answer writes them ("08:51"), each once. */
const checkIns = (id: string, [from, to]: readonly [string, string]) =>
  some([...new Set(daysBetween(from, to).flatMap((d) => (recordOf(id, d)?.checkIn ? [recordOf(id, d)!.checkIn!.slice(0, 5)] : [])))]);
/** The dates a person's requests of a state start and end. */
const requestDates = (id: string, status: 'pending' | 'approved' | 'any') => some(requests(status, me(id)).flatMap((l) => [...new Set([l.from, l.to])]));
const END_OF_YEAR = `${TODAY.slice(0, 4)}-12-31`;

export const MINE: readonly Question[] = [
  q('QB174', 'DEV-003', 'my attendance rate so far this month pls', () => figures(rate(rateOf(me('DEV-003'), THIS_MONTH)))),
  q('QB175', 'QA-003', "days I've missed since the start of August?", () => figures(fig('absent', personSum('QA-003', 'absent', SINCE_TRACKING)))),
  q('QB176', 'DAT-004', 'hours i clocked last week?', () => figures(hours(personSum('DAT-004', 'hours', LAST_WEEK)))),
  q('QB177', 'SEC-004', "number of late check-ins i've had since aug", () => figures(fig('late', plain(personSum('SEC-004', 'late', SINCE_TRACKING))))),
  q('QB178', 'SEC-004', 'my Q3 score?', () => figures(score(scoreOfOne('SEC-004', LAST_Q)))),
  q('QB179', 'DEV-003', "what's my hire date?", () => answer({ dates: [person('DEV-003').hire] })),
  q('QB180', 'QA-003', 'annual leave remaining for me?', () => figures(leaveN(available('QA-003')))),
  q('QB181', 'DEV-003', 'my pending leave request - what dates?', () => answer({ dates: requestDates('DEV-003', 'pending') })),
  q('QB182', 'DAT-004', 'any late arrivals for me last week?', () => {
    const n = personSum('DAT-004', 'late', LAST_WEEK);
    return yesNo(n > 0, []);
  }),
  q('QB183', 'QA-003', 'what was my check-in time yesterday?', () => answer({ mentions: [checkInOf('QA-003', YESTERDAY)] })),
  q('QB184', 'DEV-003', 'what times did I check in last week?', () => answer({ mentions: checkIns('DEV-003', LAST_WEEK) })),
  q('QB185', 'SEC-004', 'how many working days are left this year for me?', () =>
    figures(workingN(workingDaysHalves([addDays(TODAY, 1), END_OF_YEAR], 'SEC'))),
  ),
  q('QB186', 'QA-003', "last month's attendance rate for me?", () => figures(rate(rateOf(me('QA-003'), LAST_MONTH)))),
  q('QB187', 'SEC-004', 'my Q3 score vs my Q2 score: did it go up?', () => {
    const [a, b] = [scoreOfOne('SEC-004', Q_BEFORE), scoreOfOne('SEC-004', LAST_Q)];
    return yesNo(b > a, [score(a), score(b)]);
  }),
  q('QB188', 'SEC-004', 'show me my leave requests', () => answer({ dates: requestDates('SEC-004', 'any') })),
  q('QB189', 'DAT-004', 'december: how many working days do I have?', () => figures(workingN(workingDaysHalves(wholeMonth(12), 'DAT')))),
  q('QB190', 'DAT-004', 'whats my position and job title', () => answer({ mentions: [person('DAT-004').position, person('DAT-004').title] })),
];
