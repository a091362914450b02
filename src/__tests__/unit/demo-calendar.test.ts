import { demoEvents } from '../../services/demo/demo-calendar';
import { addDays } from '../../core/work-calendar/dates';
import { DEFAULT_WORK_WEEK as MONDAY_TO_FRIDAY, isWorkDay } from '../../core/work-calendar/work-week';

/**
 * The README's tour reads the demo's events relative to the day it is seeded:
 * they must hold whichever day of the week that is (a Saturday seed once gave
 * the taken leave a single day).
 */
describe.each(Array.from({ length: 7 }, (_, i) => addDays('2026-11-30', i)))('the demo seeded on %s', (today) => {
  const events = demoEvents(today, MONDAY_TO_FRIDAY);
  const orgHoliday = events.holidays.find((h) => h.team_id === null)!.date;
  const taken = events.leave.find((l) => l.employee_id === 'DEV-002')!;

  it('has taken leave of at least two work days, before today and clear of the holiday', () => {
    const workDays: string[] = [];
    for (let d = taken.from; d <= taken.to; d = addDays(d, 1)) if (isWorkDay(d, MONDAY_TO_FRIDAY) && d !== orgHoliday) workDays.push(d);
    expect(workDays.length).toBeGreaterThanOrEqual(2);
    expect(taken.to < today).toBe(true);
    expect([taken.from, taken.to]).not.toContain(orgHoliday);
  });
});
