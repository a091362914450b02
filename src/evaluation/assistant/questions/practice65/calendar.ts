/*
 * practice65 — holidays and working days over days and spans written every way ("13/10", "Friday 7 November",
 * "1 december", "the week of 22 December", "from 3 to 14 November", "between tomorrow and the end of the month", "Q3",
 * "the rest of the year"). README: working days are the days of the work week less the holidays on them, a half-day
 * holiday as a half, on the calendar asked about (the organisation's holidays and the team's own); a person's are
 * their team's, asked only over a span in which they have no leave approved or waiting (so it reads the same with and
 * without it); asked with no team, only spans on which every team's calendar agrees. "Public" or "company-wide"
 * holidays are the organisation's; a team's calendar adds its own day. The calendar is everyone's to read.
 */
import type { Question } from '../../expectation';
import type { Day } from '../../dataset/dates';
import { fromTo, monthOf, over, quarterOf, weekOf, REST_OF_MONTH, REST_OF_YEAR, TOMORROW, type Range } from '../../oracle/practice65-periods';
import { holidayC, workingD } from '../../oracle/practice65-figures';
import { holidayAt, holidayDates, holidaysIn, leaveOf, requestsIn, workingEverywhere, workingIn } from '../../oracle/practice65-calendar';
import { q } from '../helpers';
import { answer, dates, figures, no, one, yes } from './shared';

const wd = (n: number) => figures(workingD(n));
/** A range checked to be the dates the question writes. */
const r = (range: Range, from: Day, to: Day): Range => {
  if (range[0] !== from || range[1] !== to) throw new Error(`${range.join('…')} is not ${from}…${to}`);
  return range;
};
/** A person's working days: their team's calendar, with no leave of theirs approved or waiting in the span. */
const myDays = (id: string, range: Range) => {
  if (leaveOf(one(id), over(range)) !== 0 || requestsIn(['pending', 'approved'], one(id), range).length > 0) throw new Error(`${id} has leave then`);
  return wd(workingIn(range, id.split('-')[0]!));
};
/** A day on a team's calendar: the holiday on it, whole or half. */
const holidayIs = (day: Day, whose: string, half: boolean) => {
  const h = holidayAt(day, whose);
  if ((h.half !== null) !== half) throw new Error(`${h.name} is ${h.half ?? 'whole'}`);
  return h;
};

export const CALENDAR: readonly Question[] = [
  // HR.
  q('QN150', 'admin', 'company-wide holidays between 1 Oct and 31 Dec', () =>
    dates(holidayDates(r(fromTo('2025-10-01', '2025-12-31'), '2025-10-01', '2025-12-31'), 'public')),
  ),
  q('QN151', 'admin', 'is 13/10 a holiday?', () => yes([], { mentions: [holidayIs('2025-10-13', 'public', false).name] })),
  q('QN152', 'admin', 'how many working days in October 2025', () => wd(workingEverywhere(monthOf(10)))),
  q('QN153', 'admin', 'working days in the week of 22 December?', () => wd(workingEverywhere(r(weekOf('2025-12-22'), '2025-12-22', '2025-12-28')))),
  q('QN154', 'admin', 'how many working days from 1 to 19 December for the security team', () =>
    wd(workingIn(r(fromTo('2025-12-01', '2025-12-19'), '2025-12-01', '2025-12-19'), 'SEC')),
  ),
  q('QN155', 'admin', 'is 31/10 a full working day', () => (holidayIs('2025-10-31', 'public', true), no([], { mentions: ['half'] }))),
  q('QN156', 'admin', 'holidays in december for the security team', () => dates(holidayDates(monthOf(12), 'SEC'))),
  q('QN157', 'admin', 'working days for DEV from 3 to 14 November', () =>
    wd(workingIn(r(fromTo('2025-11-03', '2025-11-14'), '2025-11-03', '2025-11-14'), 'DEV')),
  ),
  q('QN158', 'admin', 'how many working days has QA got left this year', () => wd(workingIn(r(REST_OF_YEAR, '2025-11-20', '2025-12-31'), 'QA'))),
  q('QN159', 'admin', 'how many working days did QA have in Q3?', () => wd(workingIn(r(quarterOf(3), '2025-07-01', '2025-09-30'), 'QA'))),
  q('QN160', 'admin', 'how many working days are there between tomorrow and the end of the month', () =>
    wd(workingEverywhere(r([TOMORROW, REST_OF_MONTH[1]], '2025-11-20', '2025-11-30'))),
  ),
  q('QN161', 'admin', 'how many public holidays fall between 1 August and 31 December?', () =>
    figures(holidayC(holidaysIn(r(fromTo('2025-08-01', '2025-12-31'), '2025-08-01', '2025-12-31'), 'public').length)),
  ),
  q('QN162', 'admin', "what's the holiday on 25/12 called", () => answer({ mentions: [holidayIs('2025-12-25', 'public', false).name] })),
  // Managers.
  q('QN163', 'DEV-001', 'how many working days does my team have in the week of 3 November', () =>
    wd(workingIn(r(weekOf('2025-11-03'), '2025-11-03', '2025-11-09'), 'DEV')),
  ),
  q('QN164', 'DEV-001', 'holidays for my team between 1 Nov and 31 Dec', () =>
    dates(holidayDates(r(fromTo('2025-11-01', '2025-12-31'), '2025-11-01', '2025-12-31'), 'DEV')),
  ),
  q('QN165', 'QA-001', 'what was on the calendar for my team on 12/09?', () => answer({ mentions: [holidayIs('2025-09-12', 'QA', true).name.split(' ')[1]!] })),
  q('QN166', 'QA-001', 'how many working days did my team have in sept 2025', () => wd(workingIn(monthOf(9), 'QA'))),
  q('QN167', 'QA-001', 'how many working days in the week of 8 September for my team', () =>
    wd(workingIn(r(weekOf('2025-09-08'), '2025-09-08', '2025-09-14'), 'QA')),
  ),
  // Employees.
  q('QN168', 'DEV-003', 'was friday 7 november a day off for me?', () => yes([], { mentions: [holidayIs('2025-11-07', 'DEV', false).name.split(' ')[1]!] })),
  q('QN169', 'QA-003', 'working days in december 2025 for me', () => myDays('QA-003', monthOf(12))),
  q('QN170', 'SEC-004', 'do I work on Monday 1 December?', () => no([], { mentions: [holidayIs('2025-12-01', 'SEC', false).name] })),
  q('QN171', 'SEC-004', 'how many working days do I have between 1 Dec and 31 Dec', () =>
    myDays('SEC-004', r(fromTo('2025-12-01', '2025-12-31'), '2025-12-01', '2025-12-31')),
  ),
  q('QN172', 'DAT-004', 'when is the next public holiday after today?', () => dates([holidaysIn([TOMORROW, '2025-12-31'], 'public')[0]!.date])),
  q('QN173', 'DEV-003', 'how many working days did I have in the week of 3 November?', () => myDays('DEV-003', weekOf('2025-11-03'))),
  q('QN174', 'DAT-004', 'working days from 24/11 to 5/12?', () => myDays('DAT-004', r(fromTo('2025-11-24', '2025-12-05'), '2025-11-24', '2025-12-05'))),
];
