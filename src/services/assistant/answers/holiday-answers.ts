/* Holidays: the next ones, those of a period, a kind or a team, or one by its name, from the work calendar. */
import { holidayNameMatches } from '../reading/holiday-name';
import { addDays, weekdayOf } from '../../../core/work-calendar/dates';
import { plural, WEEKDAYS } from './format';
import { lookAhead } from './leave-periods';
import type { Question, Step } from './plan';
import { workingDays } from './working-days';

/** "Am I working on Boxing Day", "is Christmas Eve a full day off": yes, no or half, from the holiday found. */
function dayOffVerdict(said: string, holiday: { half: string | null } | undefined): string {
  // "When was the QA offsite, and was it a whole day off": the second part is the yes or no.
  if (holiday === undefined || !/^(?:is|are|am|was|were|will)\b|\b(?:is|was|will) (?:it|that) (?:a )?(?:full|whole|half|working)\b/.test(said)) return '';
  if (/\b(?:working|work|business) day\b/.test(said)) return holiday.half ? 'Half of it: ' : 'No, it is a holiday: ';
  // "Was 31 October a half-day holiday": yes when only half of it is off.
  if (/\bhalf[- ]day\b/.test(said)) return holiday.half ? 'Yes, a half day: ' : 'No, a full day off: ';
  if (/\b(?:full|whole) day\b/.test(said))
    return holiday.half ? `No, a half day: only the ${holiday.half === 'am' ? 'morning' : 'afternoon'} is off: ` : 'Yes: ';
  return /\b(?:day off|holiday|off)\b/.test(said) ? (holiday.half ? 'Half of it: ' : 'Yes: ') : '';
}

/** Holidays ahead or within dates: the organisation's and the team's own. */
export function holidays(q: Question): Step {
  const today = q.context.today;
  // "Is 13 October a working day": the work calendar's answer, weekends included.
  const one = q.reading.range;
  if (one !== null && one.from === one.to && /\b(?:working|work|business) day\b/.test(q.reading.said)) return workingDays(q);
  // Holidays are looked ahead to: "in December" is the coming one unless a year is named or the question is in the past tense.
  const range = lookAhead(q.reading.range, today, q.reading.past);
  // "What holidays are left this year": from today to the end of it.
  // "Upcoming public holidays", in the plural: those left this year, not the next one alone.
  const upcoming =
    range === null && /\bholidays\b/.test(q.reading.said) && /\b(?:upcoming|coming up|ahead)\b/.test(q.reading.said) && !/\bnext\b/.test(q.reading.said);
  // "Which holidays are half days", "which holidays are just for QA": a kind of holiday, this year's whole calendar.
  // "Which holidays were for one team only", "the team holidays this year": every team's own days, none of everyone's.
  const ofOneTeam =
    q.reading.teams.length === 0 && /\b(?:for|to) (?:one|a single|just one|only one) team\b|\bteam[- ]only\b|\bteam (?:days|holidays)\b/.test(q.reading.said);
  const thisYear = range === null || (ofOneTeam && range.from === `${today.slice(0, 4)}-01-01`);
  const ofAKind = thisYear && (ofOneTeam || /\b(?:which|what) (?:public |bank )?holidays (?:are|were)\b/.test(q.reading.said));
  const left = ofAKind
    ? { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31`, label: today.slice(0, 4) }
    : range !== null && q.reading.measures.includes('leave_balance')
      ? { ...range, from: today, to: `${range.to.slice(0, 4)}-12-31` }
      : upcoming && today < `${today.slice(0, 4)}-12-31`
        ? { from: addDays(today, 1), to: `${today.slice(0, 4)}-12-31`, label: 'the rest of the year' }
        : range;
  // A holiday asked by name is looked for a year ahead, or a year back when asked in the past tense.
  // A holiday's name used as an end of the period ("before Christmas Day") is not the holidays asked for.
  const byName = q.reading.holidayUse === 'name' ? q.reading.holidayName : null;
  const next = left === null && byName === null;
  // "When was the last holiday": the year gone by, the latest of it.
  const latest = next && q.reading.latest;
  const everywhere =
    !ofOneTeam &&
    q.reading.filters.status === undefined &&
    q.reading.teams.length === 0 &&
    q.reading.measures.includes('holidays') &&
    q.reading.scope === 'organisation';
  // A holiday asked by name and no team is looked for in every team's calendar, the caller's own first: every role sees them all.
  const anyTeam = byName !== null && q.reading.teams.length === 0;
  const team = everywhere || anyTeam || ofOneTeam ? null : (q.reading.teams[0] ?? q.context.team_id);
  // "Half-day holidays": those that take half a day off only.
  const halves = q.reading.measures.includes('half_day');
  // "Just for QA", "QA's own holidays": the team's days, not the organisation's.
  const teamOnly = team !== null && /\b(?:just|only) (?:for|in|to)\b|\bown holidays\b/.test(q.reading.said);
  const kind = halves ? 'half-day holiday' : 'holiday';
  const from = left?.from ?? (byName !== null || latest ? addDays(today, -366) : today);
  const to = left?.to ?? (latest ? addDays(today, -1) : addDays(today, 366));
  return {
    intent: 'holidays',
    measure: 'holidays',
    period: { from, to },
    calls: [{ name: 'holidays', input: { from: next && !latest ? addDays(today, 1) : from, to, ...(team && { team_id: team }) } }],
    phrase: ([r]) => {
      const found = (r as { holidays: { date: string; name: string; team_id: string | null; half: string | null }[] }).holidays
        .filter(
          (h) =>
            (!everywhere || h.team_id === null) &&
            (!(teamOnly || ofOneTeam) || h.team_id !== null) &&
            (byName === null || holidayNameMatches(byName, h.name)) &&
            (!halves || h.half !== null),
        )
        .sort((a, b) => a.date.localeCompare(b.date));
      const own = found.filter((h) => h.team_id === null || h.team_id === q.context.team_id);
      const items = anyTeam && own.length > 0 ? own : found;
      const line = (h: (typeof items)[number]) =>
        `${h.name} on ${WEEKDAYS[weekdayOf(h.date)]} ${h.date}${h.half ? ` (${h.half === 'am' ? 'morning' : 'afternoon'} only)` : ''}${h.team_id ? ` (team ${h.team_id})` : ''}`;
      if (byName !== null && items.length === 0) return `There is no holiday called ${byName} from ${from} to ${to} that you can see: none.`;
      if (byName !== null) {
        // The coming ones unless the question is in the past tense; the last ones when none is ahead.
        const ahead = items.filter((h) => h.date >= today);
        const shown = left === null ? (q.reading.past || ahead.length === 0 ? items.filter((h) => h.date < today).slice(-2) : ahead.slice(0, 2)) : items;
        return `${dayOffVerdict(q.reading.said, shown[0])}${shown.map(line).join('; ')}.`;
      }
      if (latest) return items.length === 0 ? `No holidays in the year to ${to}: none.` : `The most recent holiday was ${line(items.at(-1)!)}.`;
      if (items.length === 0) return `No ${kind}s ${next ? 'ahead in the next year' : `from ${from} to ${to}`}: none.`;
      if (next && q.reading.operation !== 'list' && q.reading.operation !== 'count') {
        // Asked for no team, a team's own day comes with the next one everyone has.
        const common = items.findIndex((h) => h.team_id === null);
        if (team !== null || common <= 0) return `The next ${kind} is ${line(items[0]!)}.`;
        return `The next ${kind} for everyone is ${line(items[common]!)}; before it, ${items.slice(0, common).map(line).join('; ')}.`;
      }
      // "Are we off on 1 December": the day's holiday answers it.
      const verdict = from === to ? dayOffVerdict(q.reading.said, items[0]) : '';
      return `${verdict}${plural(items.length, kind)} ${next ? 'ahead' : `from ${from} to ${to}`}: ${items.map(line).join('; ')}.`;
    },
  };
}
