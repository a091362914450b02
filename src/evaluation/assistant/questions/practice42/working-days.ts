/*
 * practice42 — working days of the calendar (README: the days of the work week less the holidays on them, a half-day
 * holiday as a half) over periods written every way, for the organisation or one team: the last fortnight (every
 * reading agrees), H2 in total, Q3 vs Q2, the week of Christmas and of Founders Day, the first two weeks of December,
 * between the 3rd and the 14th, a span across October's end, so far this month, the rest of the year, the last working day of the year. The calendar is everyone's: managers and employees ask for their own team's.
 */
import { answer, days, figures, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { lastWorkingDayOf } from '../../oracle/practice20-figures';
import {
  CHRISTMAS_WEEK,
  FIRST_TWO_WEEKS_OF_DECEMBER,
  LAST_FORTNIGHT,
  OCT_27_TO_NOV_7,
  overAll,
  Q2,
  Q3,
  REST_OF_THE_YEAR,
  SO_FAR_THIS_MONTH,
  THE_3RD_TO_THE_14TH,
  THE_3RD_TO_THE_14TH_OF_LAST_MONTH,
  weekOfHoliday,
  workingDaysOf,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';

const DAYS = 'day|working';
const wd = (range: readonly [string, string], team: string | null = null) => figures(near(days(workingDaysOf(range, team)), DAYS));
const H2_WHOLE: [string, string] = ['2025-07-01', '2025-12-31'];

export const WORKING_DAYS: readonly Question[] = [
  // "The last fortnight": the two weeks before this one, the 14 days to yesterday, the 14 days to today — the same count.
  q('PQ137', 'admin', 'How many working days were there in the last fortnight?', () =>
    figures(near(days(overAll(LAST_FORTNIGHT, (range) => workingDaysOf(range))), DAYS)),
  ),
  q('PQ138', 'admin', 'How many working days did Development have in the last fortnight?', () =>
    figures(near(days(overAll(LAST_FORTNIGHT, (range) => workingDaysOf(range, 'DEV'))), DAYS)),
  ),
  // Asked "in total", H2 is the whole half, 1 July to 31 December.
  q('PQ139', 'admin', 'How many working days are there in H2 in total?', () => wd(H2_WHOLE)),
  // The calendar holds no holiday before August: Q2's working days are its weekdays.
  q('PQ140', 'admin', 'working days in Q3 vs Q2', () => figures(near(days(workingDaysOf(Q3)), `${DAYS}|q3`), near(days(workingDaysOf(Q2)), `${DAYS}|q2`))),
  // Christmas Eve's afternoon, Christmas Day and Boxing Day each take their half or whole day off that week.
  q('PQ141', 'admin', 'How many working days are in the week of Christmas?', () => wd(CHRISTMAS_WEEK)),
  q('PQ142', 'admin', 'working days for Security in the first two weeks of December', () => wd(FIRST_TWO_WEEKS_OF_DECEMBER, 'SEC')),
  q('PQ143', 'admin', 'How many working days between the 3rd and the 14th?', () => wd(THE_3RD_TO_THE_14TH)),
  q('PQ144', 'admin', 'working days for DEV from 27 October to 7 November', () => wd(OCT_27_TO_NOV_7, 'DEV')),
  q('PQ145', 'admin', 'working days in the week of Founders Day', () => wd(weekOfHoliday('Founders Day'))),
  q('PQ146', 'admin', 'How many working days are left this year for QA?', () => wd(REST_OF_THE_YEAR, 'QA')),
  q('PQ147', 'DEV-003', 'How many working days do I have left this year?', () => wd(REST_OF_THE_YEAR, 'DEV')),
  q('PQ148', 'SEC-004', 'how many working days do I have in the first two weeks of December', () => wd(FIRST_TWO_WEEKS_OF_DECEMBER, 'SEC')),
  // The QA offsite took a morning in September: a half day less for QA.
  q('PQ149', 'QA-003', 'How many working days were there in Q3 for me?', () => wd(Q3, 'QA')),
  q('PQ150', 'DAT-004', 'how many working days between the 3rd and the 14th', () => wd(THE_3RD_TO_THE_14TH, 'DAT')),
  q('PQ151', 'DEV-001', 'working days for my team so far this month', () => wd(SO_FAR_THIS_MONTH, 'DEV')),
  q('PQ152', 'QA-001', 'working days for my team between the 3rd and the 14th of last month', () => wd(THE_3RD_TO_THE_14TH_OF_LAST_MONTH, 'QA')),
  q('PQ153', 'admin', 'What is the last working day of the year?', () => answer({ dates: [lastWorkingDayOf(2025, 12)] })),
];
