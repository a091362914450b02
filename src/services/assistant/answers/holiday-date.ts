import { addDays, weekdayBeside } from '../../../core/work-calendar/dates';

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
import type { ConversationContext } from '../llm-client.port';
import { holidayNameMatches } from '../reading/holiday-name';
import type { Reading } from '../reading/reading';
import { mondayOf, type DateRange } from '../time-expression.parser';
import type { ToolCall } from './plan';

interface Holiday {
  date: string;
  name: string;
  team_id?: string | null;
}

/** Measures asked ahead of time ("who is off on Boxing Day"): the coming holiday of that name, not the last one. */
const AHEAD = new Set(['on_leave', 'holidays', 'leave_requests']);

const singleDay = (range: DateRange | null) => range !== null && range.from === range.to;

/**
 * The calendar read that finds a holiday used as a date ("attendance on Founders Day", "holidays before
 * Christmas Day"), or null when none is needed: the name is asked about itself, or a day the question
 * states already says which date it is ("on Halloween, 31 Oct 2025").
 */
export function holidayLookup(reading: Reading, context: ConversationContext): ToolCall | null {
  if (reading.holidayName === null || reading.holidayUse === null || reading.holidayUse === 'name') return null;
  if (reading.holidayUse === 'on' && singleDay(reading.range)) return null;
  // Every team's calendar: "the Monday after the DEV Recharge Day", asked by QA's manager, is a date of DEV's.
  const from = reading.range?.from ?? addDays(context.today, -366);
  const to = reading.range?.to ?? addDays(context.today, 366);
  return { name: 'holidays', input: { from, to } };
}

/** Of the holidays of a name, those of the team asked about (or the caller's) and the organisation's, when any are. */
function ofTheTeam(found: Holiday[], reading: Reading, context: ConversationContext): Holiday[] {
  const team = reading.teams[0] ?? context.team_id;
  const own = found.filter((h) => (h.team_id ?? null) === null || h.team_id === team);
  return own.length > 0 ? own : found;
}

/** The holiday of the name the calendar holds: the one named exactly when several match ("christmas" → Christmas Day, not the Eve). */
function occurrences(asked: string, holidays: Holiday[]): Holiday[] {
  const matching = holidays.filter((h) => holidayNameMatches(asked, h.name)).sort((a, b) => a.date.localeCompare(b.date));
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/'s?\b/g, '')
      .replace(/\b(?:the|day)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const exact = matching.filter((h) => plain(h.name) === plain(asked));
  return exact.length > 0 ? exact : matching;
}

/**
 * The period a holiday's date makes, from the calendar's result: the day itself, or the period it ends or
 * starts. Among several of the name, the coming one when the question looks ahead (leave, "off", the
 * calendar) and is not in the past tense, otherwise the last one up to today; a name the calendar does not
 * hold is said back by name, never guessed.
 */
export function holidayPeriod(reading: Reading, result: unknown, context: ConversationContext): { range: DateRange } | { text: string } {
  const asked = reading.holidayName!;
  const today = context.today;
  const found = ofTheTeam(occurrences(asked, (result as { holidays: Holiday[] }).holidays), reading, context);
  if (found.length === 0)
    return {
      text: `I can't answer that: there is no holiday called ${asked} in the calendar${reading.range ? ` from ${reading.range.from} to ${reading.range.to}` : ''}, so I don't know its date. Ask with the date instead (for example "on 31 October").`,
    };
  const ahead = !reading.past && (reading.off || reading.measures.some((m) => AHEAD.has(m)));
  const past = found.filter((h) => h.date <= today);
  const coming = found.filter((h) => h.date >= today);
  const day = reading.range !== null ? found[0]! : ahead ? (coming[0] ?? past.at(-1)!) : (past.at(-1) ?? coming[0]!);
  const label = reading.holidayUse === 'on' ? day.name : `${reading.holidayUse} ${day.name}`;
  const yearStart = `${day.date.slice(0, 4)}-01-01`;
  const after = day.date < today ? today : `${day.date.slice(0, 4)}-12-31`;
  switch (reading.holidayUse) {
    case 'before':
    case 'until': {
      const to = reading.holidayUse === 'before' ? addDays(day.date, -1) : day.date;
      // Up to a day ahead is from today; up to one gone by, from the start of its year.
      return { range: { from: day.date > today ? today : yearStart, to, label } };
    }
    case 'after':
      return { range: { from: addDays(day.date, 1), to: after, label } };
    case 'since':
      return { range: { from: day.date, to: after, label } };
    case 'day_before':
    case 'day_after':
    case 'week_before':
    case 'week_after': {
      const [unit, side] = reading.holidayUse.split('_') as ['day' | 'week', 'before' | 'after'];
      const span = unit === 'day' ? 1 : 7;
      const from = side === 'before' ? addDays(day.date, -span) : addDays(day.date, 1);
      return { range: { from, to: addDays(from, span - 1), label: `the ${unit} ${side} ${day.name}` } };
    }
    case 'week_of': {
      const monday = mondayOf(day.date);
      return { range: { from: monday, to: addDays(monday, 6), label: `the week of ${day.name}` } };
    }
    case 'on':
    case 'name':
      return { range: { from: day.date, to: day.date, label } };
    default: {
      // "The Monday after Founders Day": the first such day after it (or the last before it).
      const [weekday, side] = (reading.holidayUse ?? '').split('_') as [string, 'before' | 'after'];
      const date = weekdayBeside(day.date, WEEKDAY_NAMES.indexOf(weekday), side === 'after');
      return { range: { from: date, to: date, label: `the ${weekday} ${side} ${day.name} (${date})` } };
    }
  }
}
