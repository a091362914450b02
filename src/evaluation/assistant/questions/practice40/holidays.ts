/*
 * practice40 — the holiday calendar at year-end: the next and the last holiday, a month's holidays, a holiday by
 * its name, another team's holidays, and whether a day is off — for the company and for teams whose calendars differ.
 */
import { answer, type Question } from '../../expectation';
import { nextHoliday } from '../../oracle/holiday-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  AUG_1_TO_SEP_30,
  DEC_FIRST_WEEK,
  DECEMBER_WHOLE,
  everyHolidayDate,
  fullWorkingDay,
  holidayDates,
  lastHolidayBefore,
  NOV_7,
  NOVEMBER_WHOLE,
  OCT_31,
  Q3_WHOLE,
  TOMORROW_TO_YEAR_END,
  YEAR_SO_FAR,
} from '../../oracle/practice40-figures';
import { q } from '../helpers';
import { TODAY } from '../../dataset/calendar';

const next = (team: string | null) => {
  const h = nextHoliday(TODAY, team);
  return answer({ dates: [h.date], mentions: [h.name] });
};
const dated = (name: string) => answer({ dates: [holidayDate(name)] });

export const HOLIDAYS: readonly Question[] = [
  q('PO027', 'admin', "when's the nxt public holiday?", () => next(null)),
  q('PO028', 'admin', "What's the next holiday for the Security team?", () => next('SEC')),
  // "When was the last …" in the past tense: the most recent one before today, not the year's last.
  q('PO029', 'admin', 'When was the last public holiday?', () => {
    const h = lastHolidayBefore(TODAY, null);
    return answer({ dates: [h.date], mentions: [h.name] });
  }),
  q('PO030', 'admin', "What was Development's most recent holiday?", () => {
    const h = lastHolidayBefore(TODAY, 'DEV');
    return answer({ dates: [h.date], mentions: [h.name] });
  }),
  q('PO031', 'admin', 'which public hols fall in december', () => answer({ dates: holidayDates(DECEMBER_WHOLE, null) })),
  q('PO032', 'admin', 'Are there any company-wide holidays in November?', () => {
    if (holidayDates(NOVEMBER_WHOLE, null).length > 0) throw new Error('November has an organisation holiday');
    return yesNo(false, []);
  }),
  q('PO033', 'admin', 'When is Boxing Day?', () => dated('Boxing Day')),
  q('PO034', 'admin', 'what date was founders day', () => dated('Founders Day')),
  q('PO035', 'admin', 'Is Christmas Eve a full day off?', () => yesNo(false, [], { dates: [holidayDate('Christmas Eve')] })),
  q('PO036', 'admin', 'Is 7 November a holiday for QA?', () => yesNo(!fullWorkingDay(NOV_7, 'QA'), [])),
  q('PO037', 'admin', 'Is Nov 7th a day off for Development?', () => yesNo(!fullWorkingDay(NOV_7, 'DEV'), [], { mentions: ['DEV Recharge Day'] })),
  q('PO038', 'admin', 'Which holidays does Security have left this year?', () => answer({ dates: holidayDates(TOMORROW_TO_YEAR_END, 'SEC') })),
  q('PO039', 'admin', 'What holidays did QA have in Q3?', () => answer({ dates: holidayDates(Q3_WHOLE, 'QA') })),
  q('PO040', 'admin', 'public holidays between 1 Aug and 30 Sep', () => answer({ dates: holidayDates(AUG_1_TO_SEP_30, null) })),
  // API.md: without a team, GET /holidays lists every holiday, each with its own team; the admin belongs to no team.
  q('PO041', 'admin', 'List every holiday so far this year, team ones included', () => answer({ dates: everyHolidayDate(YEAR_SO_FAR) })),
  q('PO042', 'admin', 'Is 31 October a full working day?', () => yesNo(fullWorkingDay(OCT_31, null), [], { mentions: ['Autumn Half Day'] })),
  q('PO043', 'admin', 'holidays in the first week of December for SEC', () => answer({ dates: holidayDates(DEC_FIRST_WEEK, 'SEC') })),
  q('PO044', 'DEV-001', "When is my team's next holiday?", () => next('DEV')),
  q('PO045', 'SEC-004', 'do I have to come in on Dec 1st?', () => yesNo(fullWorkingDay('2025-12-01', 'SEC'), [], { mentions: ['Security Team Day'] })),
  q('PO046', 'QA-003', 'Which holidays do I get in December?', () => answer({ dates: holidayDates(DECEMBER_WHOLE, 'QA') })),
  q('PO047', 'DAT-004', 'is the 26th of December a working day', () => yesNo(fullWorkingDay('2025-12-26', 'DAT'), [], { mentions: ['Boxing Day'] })),
  q('PO048', 'QA-001', 'what date was our offsite this year?', () => dated('QA Offsite')),
];
