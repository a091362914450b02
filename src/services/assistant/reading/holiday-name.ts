import type { Marks } from './marks';
import type { Measure } from './measure';

/*
 * A public holiday or calendar event asked for by its name ("when is Christmas", "are we off on Boxing Day",
 * "when was the QA offsite"). The names in the calendar are the organisation's own, so the reader only knows
 * the words that name such days; the answer matches them against the calendar's names, and a name not there
 * is answered as "no holiday called …", never as a person not found.
 */
const HOLIDAY_NAME =
  /\b(christmas(?: eve| day)?|xmas(?: eve| day)?|boxing day|new year(?:'s)?(?: eve| day)?|easter(?: monday| sunday)?|good friday|may day|labou?r day|whit ?monday|pentecost|ascension(?: day)?|all saints(?:'? day)?|armistice(?: day)?|bastille day|thanksgiving|halloween|founders?'? day|(?:summer|spring|early may|late may|august) bank holiday)\b/;

/** Questions that can only be about a day of the calendar once a holiday's name is in them. */
const CALENDAR_MEASURES = new Set<Measure>(['holidays']);

/** A team's own day, named with the team's word as its name in the calendar has it ("Security Team Day", "QA offsite"). */
const TEAM_EVENT = String.raw`team (?:day|offsite|away day|party|outing|event|social|lunch|dinner|building)|offsite|away day|recharge day`;

export function readHolidayName(marks: Marks, measures: Measure[], teamWords: ReadonlySet<string>): string | null {
  const team = [...teamWords].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const teamEvent = new RegExp(String.raw`\b((?:(?:${team || '(?!)'}) )?(?:${TEAM_EVENT}))\b`, 'g');
  const found = marks.peek(teamEvent)[0] ?? marks.peek(new RegExp(HOLIDAY_NAME.source, 'g'))[0];
  if (!found) return null;
  // "Attendance on Halloween" asks about people on a day: the name is then a date the reader does not know, left unused.
  // "Are we off on Boxing Day" is about the calendar; "who is off on Boxing Day" is about people's leave.
  const aboutPeople = /\b(?:who|whom|which|how many|anyone|anybody|people|employees|staff)\b/.test(marks.text);
  if (measures.some((m) => !CALENDAR_MEASURES.has(m) && (m !== 'absent' || aboutPeople))) return null;
  marks.take(new RegExp(String.raw`\b${found[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'g'));
  marks.take(/\b(?:when|is|are|was|were|we|off|on|a|the|day|date|what)\b/g);
  return found[1]!.replace(/^xmas/, 'christmas').replace(/'s\b/, '');
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
  return want.length > 0 && want.every((w) => have.has(w));
}
