/*
 * practice62 — the team's work calendar: working days in a month or left in this one, the team's own holidays and the
 * organisation's, the next day off, whether a date is a working day for the team. API.md: working days are the days of
 * the work week less the holidays on them, a half-day holiday as a half, by the team's calendar (its holidays and the
 * organisation's); README: "working days left" counts from tomorrow. "Working days this month" is not asked (to today
 * or to the month's end would both be fair readings); a whole named month is.
 */
import { answer, figures, type Question } from '../../expectation';
import { month, REST_OF_MONTH, sameDay } from '../../oracle/practice62-figures';
import { holidaysOf, nextHolidayOf, workingD, workingDaysOf, yesNo } from '../../oracle/practice62-team';
import { dataset } from '../../dataset/dataset';
import { q } from '../helpers';

/** A holiday of the calendar by its name: its date, checked against the one the question writes. */
function holiday(name: string, written: string) {
  const h = dataset().holidays.find((x) => x.name === name);
  if (!h) throw new Error(`no holiday called ${name}`);
  return { ...h, date: sameDay(h.date, written) };
}

/** Is the date a working day for the team: no, naming the holiday, or yes. */
function workingDay(team: string, date: string) {
  const hs = holidaysOf(team, [date, date]);
  if (hs.some((h) => h.half !== null)) throw new Error('a half-day holiday: yes and no are both fair');
  return hs.length > 0 ? yesNo(false, { mentions: [hs[0]!.name] }) : yesNo(true);
}
/** Is the date a day off for the team: yes, naming the (whole-day) holiday, or no. */
function dayOff(team: string, date: string) {
  const hs = holidaysOf(team, [date, date]);
  if (hs.some((h) => h.half !== null)) throw new Error('a half-day holiday: yes and no are both fair');
  return hs.length > 0 ? yesNo(true, { mentions: [hs[0]!.name] }) : yesNo(false);
}

export const CALENDAR: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK184', 'DEV-001', 'how many working days have we got left this month', () => figures(workingD(workingDaysOf('DEV', REST_OF_MONTH)))),
  q('QK185', 'DEV-001', 'working days for my team in november', () => figures(workingD(workingDaysOf('DEV', month(11))))),
  q('QK186', 'DEV-001', 'next holiday for my team?', () => {
    const h = nextHolidayOf('DEV');
    return answer({ dates: [h.date], mentions: [h.name] });
  }),
  q('QK187', 'DEV-001', 'when was our recharge day again', () => answer({ dates: [holiday('DEV Recharge Day', '2025-11-07').date] })),
  q('QK188', 'DEV-001', 'december - how many working days for my team', () => figures(workingD(workingDaysOf('DEV', month(12))))),
  q('QK189', 'DEV-001', 'holidays for my lot between now and the end of the year', () =>
    answer({ dates: holidaysOf('DEV', [REST_OF_MONTH[0], '2025-12-31']).map((h) => h.date) }),
  ),
  q('QK190', 'DEV-001', 'is monday 1 december a working day for my lot', () => workingDay('DEV', '2025-12-01')),

  // Elena Petrova, QA.
  q('QK191', 'QA-001', 'how many working days did my team have in october', () => figures(workingD(workingDaysOf('QA', month(10))))),
  q('QK192', 'QA-001', 'when was the QA offsite this year, and was it a full day?', () => {
    const h = holiday('QA Offsite', '2025-09-12');
    if (h.half === null) throw new Error('a full day');
    return answer({ dates: [h.date], mentions: ['half'] });
  }),
  q('QK193', 'QA-001', 'working days in september for my team', () => figures(workingD(workingDaysOf('QA', month(9))))),
  q('QK194', 'QA-001', 'is boxing day a day off for us', () => dayOff('QA', holiday('Boxing Day', '2025-12-26').date)),

  // The HR admin, for contrast.
  q('QK195', 'admin', 'working days in november: DEV vs QA', () =>
    answer({ figures: [workingD(workingDaysOf('DEV', month(11))), workingD(workingDaysOf('QA', month(11)))], teams: ['DEV', 'QA'] }),
  ),
  q('QK196', 'admin', 'which holidays are only for one team', () =>
    answer({
      mentions: dataset()
        .holidays.filter((h) => h.team !== null)
        .map((h) => h.name),
    }),
  ),

  // Employees.
  q('QK197', 'SEC-004', 'is the 1st of december a working day for me', () => workingDay('SEC', '2025-12-01')),
  q('QK198', 'DEV-003', 'how many working days left for me this month', () => figures(workingD(workingDaysOf('DEV', REST_OF_MONTH)))),
  q('QK199', 'DAT-004', 'my working days in december', () => figures(workingD(workingDaysOf('DAT', month(12))))),
];
