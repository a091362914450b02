import { monthSoFar } from './default-periods';
import { addDays, weekdayOf } from '../../../core/work-calendar/dates';
import { plural, WEEKDAYS, when } from './format';
import { lastDayOfMonth, wholePeriod } from './leave-periods';
import { cannot, type Question, type Step } from './plan';

interface Days {
  work_week_days: number;
  holiday_days: number;
  working_days: number;
  holidays: { date: string; name: string; days: number }[];
}

/** "Is 13 October a working day": yes or no first, and why not. */
function oneDay(date: string, whose: string, d: Days, full: boolean): string {
  const day = `${WEEKDAYS[weekdayOf(date)]} ${date}`;
  const holiday = d.holidays[0];
  if (d.working_days >= 1) return `Yes: ${day} is a working day ${whose}.`;
  // "Is it a full working day": a half day is not.
  if (d.working_days > 0)
    return `${full ? 'No, only half' : 'Half'}: ${day} is half a working day (0.5 days) ${whose} (${holiday?.name ?? 'a half-day holiday'}, a half day off).`;
  if (holiday !== undefined) return `No: ${day} is not a working day ${whose}: it is ${holiday.name}, a holiday.`;
  return `No: ${day} is not a working day ${whose}: it is not a day of the work week.`;
}

const NTH_WORKING = /^the (first|last|final) working day of /;

/** The first or last day of the month on the work week (Monday to Friday) that a holiday does not take whole. */
function nthWorkingDay(nth: string, month: { from: string; to: string }, whose: string, d: Days): string {
  const off = new Map<string, number>();
  for (const h of d.holidays) off.set(h.date, (off.get(h.date) ?? 0) + h.days);
  const first = nth === 'first';
  for (let date = first ? month.from : month.to; date >= month.from && date <= month.to; date = addDays(date, first ? 1 : -1)) {
    if ([0, 6].includes(weekdayOf(date)) || (off.get(date) ?? 0) >= 1) continue;
    const half = d.holidays.find((h) => h.date === date);
    return `The ${nth} working day of ${month.from.slice(0, 7)} ${whose} is ${WEEKDAYS[weekdayOf(date)]} ${date}${half ? ` (half of it: ${half.name})` : ''}.`;
  }
  return `There is no working day in ${month.from.slice(0, 7)} ${whose}: none.`;
}

/**
 * "How many working days in November for DEV": the days of the work week less the holidays on them, by the work
 * calendar, for the team asked (the caller's own when they have one and name none), or the organisation's.
 */
export function workingDays(q: Question): Step {
  const { reading, context } = q;
  // The calendar is known ahead: with no period named, the whole of this month.
  const said = reading.range ?? wholePeriod(monthSoFar(context.today))!;
  // "The rest of the year" of working days is what is left after today, as "working days left this year" is.
  const asked = said.label.startsWith('the rest of') && said.from === context.today && said.to > said.from ? { ...said, from: addDays(said.from, 1) } : said;
  // "The last working day of December": found in the whole month's calendar.
  const nth = NTH_WORKING.exec(asked.label)?.[1];
  // "Was anyone late on the last working day of October": the day is found first, then asked about; not both at once.
  const other = reading.measures.find((m) => m !== 'working_days' && m !== 'holidays' && m !== 'headcount');
  if (nth && other !== undefined)
    return cannot(
      other,
      `I find the ${nth} working day of a month, or answer ${other.replace(/_/g, ' ')} on a date, not both in one question: ask which day it is, then ask about that date.`,
    );
  const range = nth ? { ...asked, from: `${asked.from.slice(0, 8)}01`, to: lastDayOfMonth(asked.from) } : asked;
  // "How many working days has Emma Clarke got": her team's calendar, which holds its own days off.
  const teamsOfPeople = [...new Set(q.people.map((p) => p.team_id))];
  if (teamsOfPeople.length > 1 || (teamsOfPeople.length === 1 && reading.teams.some((t) => t !== teamsOfPeople[0])))
    return cannot('working_days', "I count working days for one team's calendar at a time: ask for each person or team apart.");
  const person = q.people.length === 1 ? q.people[0]! : null;
  const team = teamsOfPeople[0] ?? reading.teams[0] ?? (reading.scope === 'organisation' || context.role === 'admin' ? null : context.team_id);
  return {
    intent: 'holidays',
    measure: 'working_days',
    operation: reading.operation,
    period: range,
    calls: [{ name: 'working_days', input: { from: range.from, to: range.to, ...(team && { team_id: team }) } }],
    phrase: ([r]) => {
      const d = r as Days;
      const whose = person ? `for ${person.name} (${person.employee_id}, team ${team})` : team ? `for ${team}` : 'for the organisation';
      if (nth) return nthWorkingDay(nth, range, whose, d);
      if (range.from === range.to) return oneDay(range.from, whose, d, /\b(?:full|whole|entire)\b/.test(reading.said));
      const off =
        d.holidays.length === 0
          ? 'no holiday falls on them'
          : `less ${plural(d.holiday_days, 'day')} of holidays (${d.holidays.map((h) => `${h.name} on ${h.date}${h.days < 1 ? ', a half day' : ''}`).join('; ')})`;
      return `${plural(d.working_days, 'working day')} ${whose} ${when(range)}: ${plural(d.work_week_days, 'day')} of the work week, ${off}.`;
    },
  };
}
