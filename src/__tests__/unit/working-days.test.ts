import type { Holiday } from '../../core/work-calendar/holiday';
import { WorkCalendar } from '../../core/work-calendar/work-calendar';
import { DEFAULT_WORK_WEEK, parseWorkWeek } from '../../core/work-calendar/work-week';
import { workingDaysIn } from '../../core/work-calendar/working-days';

const holiday = (date: string, name: string, team_id: string | null = null, half: Holiday['half'] = null): Holiday => ({
  holiday_id: `${date}-${name}`,
  date,
  name,
  team_id,
  half,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
});
const HOLIDAYS = [
  holiday('2025-12-24', 'Christmas Eve', null, 'pm'),
  holiday('2025-12-25', 'Christmas Day'),
  holiday('2025-12-27', 'A Saturday holiday'),
  holiday('2025-12-12', 'DEV offsite', 'DEV'),
];
const calendar = (workWeek = DEFAULT_WORK_WEEK) => new WorkCalendar({ workWeek, trackingStart: '2025-01-01', holidays: HOLIDAYS, today: '2025-11-19' });

describe('the working days of a range', () => {
  it("when a month has whole, half and weekend holidays, then the days of the work week lose the holidays' share on them", () => {
    // December 2025: 23 weekdays; Christmas Eve's afternoon and Christmas Day off; the Saturday holiday takes no working day.
    expect(workingDaysIn(calendar(), '2025-12-01', '2025-12-31', null)).toEqual({
      work_week_days: 23,
      holiday_days: 1.5,
      working_days: 21.5,
      holidays: [
        { date: '2025-12-24', name: 'Christmas Eve', days: 0.5 },
        { date: '2025-12-25', name: 'Christmas Day', days: 1 },
      ],
    });
  });

  it("when a team is asked, then its own holidays count besides the organisation's, and not another team's", () => {
    expect(workingDaysIn(calendar(), '2025-12-01', '2025-12-31', 'DEV').working_days).toBe(20.5);
    expect(workingDaysIn(calendar(), '2025-12-01', '2025-12-31', 'QA').working_days).toBe(21.5);
  });

  it('when the work week is another, then its days are the ones counted', () => {
    // Sunday to Thursday: December 2025 has 23 of them; Christmas Eve (Wednesday) and Christmas Day (Thursday) fall on them.
    const week = parseWorkWeek('SUN,MON,TUE,WED,THU')!;
    expect(workingDaysIn(calendar(week), '2025-12-01', '2025-12-31', null)).toMatchObject({ work_week_days: 23, working_days: 21.5 });
  });
});
