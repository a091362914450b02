/*
 * practice64 — holidays and working days, asked in long messages. API.md's work calendar: the work week is Monday to
 * Friday; a holiday is the organisation's or one team's, a whole day or a half; working days are the weekdays less the
 * holiday halves on the calendar asked about (a team's: the organisation's and that team's; "the organisation's
 * calendar": its own only). README: the calendar is everyone's, an employee's too ("are we off on 1 December").
 * Context naming another team's day (Security's, the developers' recharge day) does not move the calendar asked about.
 */
import { answer, days, figures, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { month, REST_OF_YEAR, some, TOMORROW, WHOLE_YEAR } from '../../oracle/practice58-figures';
import { claim, near } from '../../oracle/practice64-figures';
import { holidayDates, holidayNamed, holidaysIn, nextHoliday, wholeWorkingDay, workingDays } from '../../oracle/practice64-leave';
import { myWorkDays } from '../../oracle/practice61-leave';
import { q } from '../helpers';

const workDaysF = (n: number) => figures(near(days(n), 'day'));
const NOVEMBER_END = month(11)[1];

export const CALENDAR: readonly Question[] = [
  // HR.
  q('QM085', 'admin', 'Drafting the December rota email for facilities — not asking you to send it! Which organisation-wide holidays fall in December?', () =>
    answer({ dates: some(holidayDates(month(12), null)) }),
  ),
  q(
    'QM086',
    'admin',
    'Olivia is planning the on-call rota for her people over the festive period. She mentioned Security has an extra day off that month. How many working days will Security have in December?',
    () => workDaysF(workingDays(month(12), 'SEC')),
  ),
  q('QM087', 'admin', 'Someone in QA asked me whether they get a recharge day like the developers did. What date was the DEV recharge day?', () =>
    answer({ dates: [holidayNamed('DEV Recharge Day').date] }),
  ),
  q('QM088', 'admin', "I'm reconciling Sana Qureshi's timesheet for October and something looks off. Was 31 October a full working day for everyone?", () =>
    yesNo(
      ['AI', 'DAT', 'DEV', 'QA', 'SEC'].every((t) => wholeWorkingDay('2025-10-31', t)),
      [],
      { mentions: ['half'] },
    ),
  ),
  q(
    'QM089',
    'admin',
    "Finance sent this over: 'we need the working days remaining in 2025 for the accrual model'. They mean after today, on the organisation's calendar, so no team days. How many are there?",
    () => workDaysF(workingDays(REST_OF_YEAR, null)),
  ),
  q(
    'QM090',
    'admin',
    "Hi. Priya wants to check her team's billable days for the month. How many working days does DEV have in November, once their recharge day is taken off? Thank you!",
    () => {
      claim(holidayNamed('DEV Recharge Day').date.startsWith('2025-11'), 'the DEV recharge day is in November');
      return workDaysF(workingDays(month(11), 'DEV'));
    },
  ),
  q('QM091', 'admin', 'Wei asked whether AI ever got a team day of its own, and I honestly forget. Which holidays this year were for one team only?', () =>
    answer({
      dates: some(
        holidaysIn(WHOLE_YEAR, 'all')
          .filter((h) => h.team !== null)
          .map((h) => h.date),
      ),
    }),
  ),
  // Managers.
  q(
    'QM092',
    'DEV-001',
    "I'm planning the next couple of sprints around the holidays. The PMs want capacity numbers by Friday. How many working days does my team get in December?",
    () => workDaysF(workingDays(month(12), 'DEV')),
  ),
  q('QM093', 'DEV-001', 'Lukas asked whether the Security team day on 1 December applies to us as well. Is 1 December a working day for DEV?', () => {
    const day = holidayNamed('Security Team Day');
    claim(day.date === '2025-12-01' && day.team === 'SEC', 'Security Team Day is on 1 December');
    return yesNo(wholeWorkingDay(day.date, 'DEV'), []);
  }),
  q('QM094', 'DEV-001', "Chloe's new and asked me when we next get a day off. I told her I'd check rather than guess. When's my team's next holiday?", () =>
    answer({ dates: [nextHoliday('DEV')] }),
  ),
  q(
    'QM095',
    'QA-001',
    "Hello. We're planning next year's offsite and want it around the same time as this year's. What date was the QA offsite this year?",
    () => answer({ dates: [holidayNamed('QA Offsite').date] }),
  ),
  q('QM096', 'QA-001', 'Leo wants to plan a long weekend before the year is out. Are there any holidays left this year for my team, and when?', () =>
    answer({ dates: some(holidayDates(REST_OF_YEAR, 'QA')) }),
  ),
  q('QM097', 'QA-001', 'Nina missed the memo about Founders Day. Was it a holiday for my whole team, and what date was it?', () => {
    const day = holidayNamed('Founders Day');
    return yesNo(day.team === null && day.half === null, [], { dates: [day.date] });
  }),
  // Employees.
  q(
    'QM098',
    'DEV-003',
    "My family's visiting over Christmas and I'm trying to plan. I already have a request in for the end of December. Which days between now and the end of the year are holidays for me?",
    () => answer({ dates: some(holidayDates([TOMORROW, WHOLE_YEAR[1]], 'DEV')) }),
  ),
  q('QM099', 'QA-003', "Hi. A friend at another company doesn't get Boxing Day off, which sounds grim. Is it a holiday here? Thanks.", () => {
    const day = holidayNamed('Boxing Day');
    return yesNo(day.team === null, [], { dates: [day.date] });
  }),
  q('QM100', 'DAT-004', "Pablo said there's a half day before Christmas. Is Christmas Eve a full day off or only half of one?", () => {
    claim(holidayNamed('Christmas Eve').half !== null, 'Christmas Eve is a half day');
    return answer({ mentions: ['half'] });
  }),
  q('QM101', 'SEC-004', 'Olivia said something about a team day at the start of December. Do I have 1 December off?', () => {
    const day = holidayNamed('Security Team Day');
    return yesNo(!wholeWorkingDay(day.date, 'SEC'), [], { dates: [day.date] });
  }),
  q('QM102', 'SEC-004', "I'm trying to plan the rest of the month around a big deadline. How many working days do I have left in November after today?", () =>
    workDaysF(myWorkDays('SEC-004', [TOMORROW, NOVEMBER_END])),
  ),
  q('QM103', 'QA-003', "My mum is visiting in December and I'm planning around it. How many working days are there for me in December, then?", () =>
    workDaysF(myWorkDays('QA-003', month(12))),
  ),
  q('QM104', 'SEC-004', 'Olivia posted "reminder: Security Team Day is a day off for all of us" in our channel. Nice. Which date is it again?', () =>
    answer({ dates: [holidayNamed('Security Team Day').date] }),
  ),
];
