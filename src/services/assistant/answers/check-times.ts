import { daysBetween } from '../../../core/work-calendar/dates';
import { inTheFuture, when } from './format';
import { cannot, type Question, type Step } from './plan';

/** Days listed one by one: a month's at most, so the answer stays readable. */
const MOST_DAYS = 31;

interface Day {
  date: string;
  status: string;
  check_in_time: string | null;
  check_out_time: string | null;
}

const clock = (time: string | null) => (time === null ? null : time.slice(0, 5));

function times(day: Day, which: 'in' | 'out' | 'both'): string {
  const checkIn = clock(day.check_in_time);
  const checkOut = clock(day.check_out_time);
  const parts = [
    which !== 'out' ? (checkIn ? `checked in at ${checkIn}` : 'no check-in') : null,
    which !== 'in' ? (checkOut ? `checked out at ${checkOut}` : 'no check-out') : null,
  ].filter(Boolean);
  return parts.join(', ');
}

/** When one person checked in and out, day by day, from their own records. */
export function checkTimes(q: Question): Step {
  const range = q.reading.range ?? { from: q.context.today, to: q.context.today, label: 'today' };
  const which = q.reading.checkTimes ?? 'both';
  if (q.reading.statistic !== null)
    return cannot(
      'check_times',
      `I give arrival (check-in) and check-out times day by day for one person, not ${q.reading.statistic === 'mean' ? 'an average' : `a ${q.reading.statistic}`}.`,
    );
  if (q.people.length > 1 || (q.people.length === 0 && !q.reading.me))
    return cannot('check_times', 'I give arrival (check-in) and check-out times for one person at a time: name them, or ask about your own.');
  if (range.from > q.context.today) return cannot('check_times', inTheFuture(range.label, q.context.today, 'who will check in or out'));
  if (daysBetween(range.from, range.to) > MOST_DAYS)
    return cannot('check_times', `I list check-in and check-out times for a month at most, not ${range.label}: ask for a shorter period.`);
  const employee_id = q.people[0]?.employee_id;
  return {
    intent: q.reading.me && employee_id === undefined ? 'my_attendance' : 'employee_attendance',
    measure: 'check_times',
    period: range,
    calls: [{ name: 'employee_attendance', input: { ...(employee_id && { employee_id }), from: range.from, to: range.to } }],
    phrase: ([result]) => {
      const d = result as { employee_id: string; name: string; records: Day[] };
      const whose = employee_id === undefined ? 'You' : `${d.name} (${d.employee_id})`;
      const span = when(range);
      if (d.records.length === 0) return `${whose} ${employee_id === undefined ? 'have' : 'has'} no attendance record ${span}: no check-in or check-out.`;
      const days = [...d.records].sort((a, b) => (a.date < b.date ? -1 : 1));
      if (days.length === 1) {
        const day = days[0]!;
        // "You no check-out" is not a sentence: a day with a time missing is given as the list's items are.
        return day.check_in_time === null || day.check_out_time === null
          ? `${whose} on ${day.date}: ${times(day, which)} (${day.status}).`
          : `${whose} ${times(day, which)} on ${day.date} (${day.status}).`;
      }
      return `${whose} ${span}: ${days.map((day) => `${day.date} ${times(day, which)} (${day.status})`).join('; ')}.`;
    },
  };
}
