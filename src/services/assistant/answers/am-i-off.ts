import type { DateRange } from '../time-expression.parser';
import { addDays } from '../../../core/work-calendar/dates';
import { plural } from './format';
import type { Question, Step } from './plan';

interface Request {
  from: string;
  to: string;
  status: string;
  code: string;
  days: number;
}
interface Holiday {
  date: string;
  name: string;
  team_id: string | null;
  half: string | null;
}

/** One's own requests that stand or may (approved or pending), and the holidays of one's team and everyone's. */
function ownDays(results: unknown[], team: string | null): { requests: Request[]; holidays: Holiday[] } {
  const [r, h] = results as [{ requests: Request[] }, { holidays: Holiday[] }];
  return {
    requests: r.requests.filter((i) => i.status === 'approved' || i.status === 'pending'),
    holidays: h.holidays.filter((i) => i.team_id === null || i.team_id === team),
  };
}

const part = (half: string | null) => (half === 'am' ? ' (the morning)' : half === 'pm' ? ' (the afternoon)' : '');

/**
 * "Am I off on the 29th of December?": one's own day, from the approved leave, the requests still waiting on it
 * and the day's holidays, yes or no first. (Approved leave alone would say no beside a request not yet decided, or
 * on Christmas Eve.)
 */
export function amIOff(q: Question, day: DateRange): Step {
  const team = q.context.team_id;
  return {
    intent: 'leave_requests',
    measure: 'on_leave',
    period: day,
    calls: [
      { name: 'leave_requests', input: { employee_id: q.context.employee_id, from: day.from, to: day.to } },
      { name: 'holidays', input: { from: day.from, to: day.to, ...(team && { team_id: team }) } },
    ],
    phrase: (results) => {
      const { requests, holidays } = ownDays(results, team);
      const approved = requests.filter((i) => i.status === 'approved');
      const pending = requests.filter((i) => i.status === 'pending');
      const said = (i: Request) => `${i.code.toLowerCase()} leave ${i.from}${i.to !== i.from ? ` to ${i.to}` : ''} (${plural(i.days, 'day')}, ${i.status})`;
      const parts = [
        ...holidays.map((i) => `${day.from} is ${i.name}, a holiday${part(i.half)}`),
        ...approved.map((i) => `you have approved ${said(i)}`),
        ...pending.map((i) => `your request for ${said(i)} is pending, not yet approved`),
      ];
      const off = holidays.some((i) => i.half === null) || approved.length > 0;
      const partly = holidays.length > 0;
      const head = off ? 'Yes' : partly ? 'Partly' : 'No';
      if (parts.length === 0) return `No: you have no approved leave and no holiday on ${day.from}.`;
      return `${head}: ${parts.join('; ')}.`;
    },
  };
}

/**
 * "When's my next day off": the first day ahead that a holiday of one's team, or one's approved leave, takes off;
 * a request still waiting before it is named too.
 */
export function nextDayOff(q: Question): Step {
  const team = q.context.team_id;
  const [from, to] = [addDays(q.context.today, 1), addDays(q.context.today, 366)];
  return {
    intent: 'leave_requests',
    measure: 'on_leave',
    period: { from, to },
    calls: [
      { name: 'leave_requests', input: { employee_id: q.context.employee_id, from, to } },
      { name: 'holidays', input: { from, to, ...(team && { team_id: team }) } },
    ],
    phrase: (results) => {
      const { requests, holidays } = ownDays(results, team);
      const days = [
        ...holidays.map((i) => ({ date: i.date, what: `${i.name}, a holiday${part(i.half)}` })),
        ...requests
          .filter((i) => i.status === 'approved')
          .map((i) => ({ date: i.from < from ? from : i.from, what: `your approved ${i.code.toLowerCase()} leave` })),
      ].sort((a, b) => (a.date < b.date ? -1 : 1));
      const next = days[0];
      const waiting = requests.filter((i) => i.status === 'pending' && (next === undefined || i.from < next.date));
      const pending = waiting.map((i) => ` Your request for ${i.code.toLowerCase()} leave from ${i.from} is pending, not yet approved.`).join('');
      if (next === undefined) return `You have no day off ahead in the next year: no holiday and no approved leave.${pending}`;
      return `Your next day off is ${next.date}: ${next.what}.${pending}`;
    },
  };
}
