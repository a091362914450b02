import { workNamesSaid } from './teams';
import type { ConversationContext } from '../llm-client.port';
import type { DateRange } from '../time-expression.parser';
import type { Marks } from './marks';
import type { Measure } from './measure';

/*
 * A public holiday or calendar event asked for by its name ("when is Christmas", "are we off on Boxing Day",
 * "when was the QA offsite"). The names in the calendar are the organisation's own, so the reader only knows
 * the words that name such days; the answer matches them against the calendar's names, and a name not there
 * is answered as "no holiday called …", never as a person not found.
 */
const HOLIDAY_NAME =
  /\b(christmas(?: eve| day)?|xmas(?: eve| day)?|boxing day|new year(?:'s)?(?: eve| day)?|easter(?: monday| sunday)?|good friday|may day|labou?r day|whit ?monday|pentecost|ascension(?: day)?|all saints(?:'? day)?|armistice(?: day)?|bastille day|thanksgiving|halloween|founders?'? day|(?:summer|spring|early may|late may|august) bank holiday|(?<=\b(?:after|before|of) the )bank holiday|offsite|away day|(?:autumn|winter|spring|summer|christmas|festive|friday) half[- ]day|(?:(?!(?:the|on|a|an|of|for|at|off|was|is|were|our|my|next|last)\b)[a-z]+ )?(?:recharge|wellbeing|wellness|volunteering|hack|fun|sports?|appreciation|team|company|family) day)\b/;

/** Questions that can only be about a day of the calendar once a holiday's name is in them. */
const CALENDAR_MEASURES = new Set<Measure>(['holidays']);

/**
 * How the question uses the name: `name` asks about the holiday itself ("when is Christmas"); `on` makes it the
 * day asked about ("attendance on Halloween", "who is off on Boxing Day"); `before`, `after`, `since` and
 * `until` make it one end of the period ("holidays before Christmas Day"); `day_before`, `day_after`,
 * `week_before` and `week_after` the day or seven days next to it ("who was late the day after Founders Day"); `week_of`
 * its week, Monday to Sunday ("leave taken the week of Founders Day").
 */
type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type HolidayUse =
  | 'name'
  | 'on'
  | 'before'
  | 'after'
  | 'since'
  | 'until'
  | 'day_before'
  | 'day_after'
  | 'week_before'
  | 'week_after'
  | 'week_of'
  | `${Weekday}_${'before' | 'after'}`;

export interface HolidayReading {
  name: string;
  use: HolidayUse;
}

/** The edge, then the holiday's team when it names one ("the week of the QA offsite"). */
const EDGE =
  /\b((?:during |in |over )?the week of|the (?:day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:before|after)|before|prior to|ahead of|after|since|until|till|up to|by)\s+(?:the\s+)?((?:[a-z]{2,4}\s+)?)$/;

function useOf(edge: string): HolidayUse {
  if (edge.endsWith('the week of')) return 'week_of';
  if (edge.startsWith('the ')) return `${edge.split(' ')[1] as 'day' | 'week' | Weekday}_${edge.endsWith('before') ? 'before' : 'after'}`;
  if (/^(?:before|prior to|ahead of)$/.test(edge)) return 'before';
  return /^(?:until|till|up to|by)$/.test(edge) ? 'until' : (edge as HolidayUse);
}

export function readHolidayName(marks: Marks, measures: Measure[]): HolidayReading | null {
  const found = marks.peek(new RegExp(HOLIDAY_NAME.source, 'g'))[0];
  if (!found) return null;
  const name = found[1]!.replace(/^xmas/, 'christmas').replace(/'s\b/, '');
  // "The Autumn Half Day" is a holiday's name, not people on a half day.
  if (/half[- ]day/.test(name) && measures.length > 1 && measures.includes('half_day')) measures.splice(measures.indexOf('half_day'), 1);
  const taken = new RegExp(String.raw`\b${found[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'g');
  // "Before Christmas Day": the name is an end of the period, whatever is asked of it.
  const edge = EDGE.exec(marks.text.slice(0, found.index));
  if (edge) {
    marks.take(new RegExp(String.raw`\b${edge[1]!}\s+(?:the\s+)?${edge[2]!}${taken.source.slice(2)}`, 'g'));
    // "Late the Monday after the bank holiday": the holiday dates the question; it is not what is asked about.
    if (measures.length > 1 && measures.includes('holidays')) measures.splice(measures.indexOf('holidays'), 1);
    return { name, use: useOf(edge[1]!) };
  }
  // "Attendance on Halloween", "who is off on Boxing Day": people on a day, the holiday's date the day asked about.
  // "Are we off on Boxing Day" is about the calendar.
  const aboutPeople = /\b(?:who|whom|which|how many|anyone|anybody|people|employees|staff)\b/.test(marks.text);
  // "Off" alone is the calendar's ("are we off"); "absent", "absences" are people's.
  const absentWords = /\b(?:absent|absences?|absentees?|absenteeism|missed|no[- ]shows?)\b/.test(marks.text);
  if (measures.some((m) => !CALENDAR_MEASURES.has(m) && (m !== 'absent' || aboutPeople || absentWords))) {
    marks.take(new RegExp(String.raw`\b(?:on|for|at)\s+(?:the\s+)?${taken.source.slice(2)}|${taken.source}`, 'g'));
    return { name, use: 'on' };
  }
  marks.take(taken);
  marks.take(/\b(?:when|is|are|was|were|we|off|on|a|the|day|date|what)\b/g);
  return { name, use: 'name' };
}

/** Whether a calendar name answers the name asked: "christmas" is "Christmas Eve" and "Christmas Day". */
export function holidayNameMatches(asked: string, name: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/'s?\b/g, '')
      .split(/[^a-z]+/)
      .filter((w) => w && w !== 'day' && w !== 'the');
  const have = new Set(words(name));
  const want = words(asked);
  // "Christmas Day" is not Christmas Eve, though "day" alone is no part of a name ("Founders" is Founders Day).
  if (/\bday\b/i.test(asked) && /\beve\b/i.test(name)) return false;
  return want.length > 0 && want.every((w) => have.has(w));
}

/** The team's id or a word of its name just before a holiday's name ("the qa offsite", "security team day"), and nowhere else ("who in qa … the qa offsite"). */
export function holidayOfTeam(team: string, holiday: string, text: string, context: ConversationContext): boolean {
  const name = context.teams.find((t) => t.team_id === team)?.team_name ?? '';
  const words = [team, ...name.split(/\s+/).filter((w) => w.length > 0)].map((w) => w.toLowerCase());
  // "Which testers were late on the QA offsite": the team is asked about, by its work, besides naming its holiday.
  const named = words.reduce((n, word) => n + (text.match(new RegExp(String.raw`\b${word}\b`, 'g'))?.length ?? 0), 0) + workNamesSaid(text, name);
  return named < 2 && words.some((word) => text.includes(`${word} ${holiday}`) || holiday.startsWith(`${word} `));
}

/** "Easter Monday 2026": the year beside a holiday's name, or none. */
export function yearNamed(marks: Marks): DateRange | null {
  const year = marks.take(/\b(?:19|20)\d\d\b/g)[0]?.[0];
  return year === undefined ? null : { from: `${year}-01-01`, to: `${year}-12-31`, label: year };
}
