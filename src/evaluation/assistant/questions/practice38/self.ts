/*
 * practice38 — the employees with logins (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) asking about
 * themselves on their phones — attendance, late arrivals, check-in times, leave left, taken and pending, scores,
 * hours, the calendar — and the two managers asking about themselves ("my own", "just me"), which is not their team.
 */
import { answer, count, days, figures, hours, rate, score, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { holidaysBetween, datesOf } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { tenureYears } from '../../oracle/people-figures';
import {
  checkIn,
  DECEMBER,
  daysWith,
  filled,
  MONDAY,
  move,
  near,
  nextHolidayOf,
  pendingOf,
  personOf,
  Q3,
  Q4_SO_FAR,
  rateOf,
  scoreKnown,
  SINCE_SEP_1,
  takenThisYear,
  workingDays,
  yesNo,
  YESTERDAY,
} from '../../oracle/practice38-figures';
import { TODAY } from '../../dataset/calendar';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const me = (id: string) => ({ ids: [id] });

export const SELF: readonly Question[] = [
  q('PM149', 'DEV-003', "how's my attendance looking this month?", () => figures(rate(rateOf(me('DEV-003'), THIS_MONTH)))),
  q('PM150', 'DEV-003', 'how many times was i late in q3', () => figures(near(count(personOf('DEV-003', 'late', Q3)), 'late|time'))),
  q('PM151', 'DEV-003', 'my leave balance', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('PM152', 'DEV-003', 'is my december leave approved yet?', () => answer({ mentions: ['pending'], dates: [pendingOf('DEV-003').from] })),
  q('PM153', 'DEV-003', 'how many days did i request for the end of december', () => figures(days(pendingOf('DEV-003').days))),
  q('PM154', 'DEV-003', 'when did i check in yesterday', () => answer({ mentions: [checkIn('DEV-003', YESTERDAY)] })),
  q('PM155', 'DEV-003', 'What did I score in Q3, and how does that compare with Q2?', () => {
    const [q2, q3] = [scoreKnown('DEV-003', '2025-Q2'), scoreKnown('DEV-003', '2025-Q3')];
    return figures(score(q3), score(q2), score(move(q2, q3)));
  }),
  q('PM156', 'DEV-003', 'how many hrs did i work last week', () => figures(hours(personOf('DEV-003', 'hours', LAST_WEEK)))),
  // Her only leave this year is the morning of 20 October: half a day.
  q('PM157', 'DEV-003', 'how much leave have i taken this yr', () => figures(days(takenThisYear('DEV-003')))),
  q(
    'PM158',
    'DEV-003',
    "Hi! I'm planning my Christmas break. How much annual leave do I have left, is my request for 29–31 December still pending, and which days around then are already holidays?",
    () =>
      answer({
        figures: [days(balance('DEV-003', 'ANNUAL').available)],
        mentions: ['pending'],
        dates: datesOf(holidaysBetween('2025-12-20', '2026-01-02', 'DEV')),
      }),
  ),
  q('PM159', 'QA-003', 'was i late today?', () => yesNo(personOf('QA-003', 'late', [TODAY, TODAY]) > 0, [], { mentions: [checkIn('QA-003', TODAY)] })),
  q('PM160', 'QA-003', 'how many sick days have i used this yaer', () => figures(days(takenThisYear('QA-003', 'SICK')))),
  q('PM161', 'QA-003', 'my attendance rate last month', () => figures(rate(rateOf(me('QA-003'), OCTOBER)))),
  q('PM162', 'QA-003', 'which day was I absent in October', () => answer({ dates: filled(daysWith('QA-003', 'absent', OCTOBER)) })),
  // "This month" runs to today: this morning's late check-in counts.
  q('PM163', 'QA-003', 'how many times have I been late this month?', () => figures(near(count(personOf('QA-003', 'late', THIS_MONTH)), 'late|time'))),
  q('PM164', 'QA-003', 'how many days of anual leave do i have left', () => figures(days(balance('QA-003', 'ANNUAL').available))),
  q('PM165', 'QA-003', "when's the next holiday?", () => answer({ dates: [nextHolidayOf('QA').date] })),
  q('PM166', 'DAT-004', 'my attendance this quarter', () => figures(rate(rateOf(me('DAT-004'), Q4_SO_FAR)))),
  q('PM167', 'DAT-004', 'what was my score in q3', () => figures(score(scoreKnown('DAT-004', '2025-Q3')))),
  q('PM168', 'DAT-004', 'have i been absent at all since august?', () => {
    const dates = daysWith('DAT-004', 'absent', ['2025-08-01', TODAY]);
    return yesNo(dates.length > 0, [], { dates });
  }),
  q('PM169', 'DAT-004', 'my hours in october vs september', () =>
    figures(hours(personOf('DAT-004', 'hours', OCTOBER)), hours(personOf('DAT-004', 'hours', SEPTEMBER))),
  ),
  q('PM170', 'DAT-004', 'how long have i worked here', () => figures(years(tenureYears(person('DAT-004'))))),
  // Working days by his team's calendar (Data has no team holiday in December; the organisation's apply).
  q('PM171', 'DAT-004', 'how many working days do I have in December?', () => figures(days(workingDays(DECEMBER, 'DAT')))),
  q('PM172', 'SEC-004', 'is my leave on the 28th approved?', () => answer({ mentions: ['pending'] })),
  q('PM173', 'SEC-004', 'is Monday 1 December a working day for me?', () => yesNo(false, [], { mentions: ['Security Team Day'] })),
  // Her pending day is reserved: available = allocated − taken − pending.
  q('PM174', 'SEC-004', 'how much annual leave do i have left', () => figures(days(balance('SEC-004', 'ANNUAL').available))),
  q('PM175', 'SEC-004', 'my late arrivals since sept', () => figures(near(count(personOf('SEC-004', 'late', SINCE_SEP_1)), 'late|arriv'))),
  q('PM176', 'SEC-004', 'my q3 score vs q2', () => figures(score(scoreKnown('SEC-004', '2025-Q3')), score(scoreKnown('SEC-004', '2025-Q2')))),
  q('PM177', 'SEC-004', 'which day was i late last week', () => answer({ dates: filled(daysWith('SEC-004', 'late', LAST_WEEK)) })),
  q('PM178', 'SEC-004', 'what time did i check in on monday', () => answer({ mentions: [checkIn('SEC-004', MONDAY)] })),
  q('PM179', 'SEC-004', 'quick one before my review: my score last quarter, my attendance rate this quarter, and how many times I was late in September', () =>
    figures(score(scoreKnown('SEC-004', '2025-Q3')), rate(rateOf(me('SEC-004'), Q4_SO_FAR)), near(count(personOf('SEC-004', 'late', SEPTEMBER)), 'late|time')),
  ),
  q('PM180', 'DEV-001', "what's my own attendance rate this quarter — just me, not the team", () => figures(rate(rateOf(me('DEV-001'), Q4_SO_FAR)))),
  q('PM181', 'DEV-001', 'what was my own score in Q3?', () => figures(score(scoreKnown('DEV-001', '2025-Q3')))),
  q('PM182', 'QA-001', 'how many days was I absent in October?', () => figures(days(personOf('QA-001', 'absent', OCTOBER)))),
  q('PM183', 'QA-001', 'how many times was I late last month', () => figures(near(count(personOf('QA-001', 'late', OCTOBER)), 'late|time'))),
];
