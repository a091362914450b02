/*
 * A second ask for what the first one's answer gives anyway ("… longest, and since when?", "… and what do they do?",
 * "… which dates, and is it approved yet?"): folded into the first, so the message is one question, not two of which
 * the second points back at people it cannot see.
 */

/** A pattern over the whole message, and what it becomes. */
type Fold = [RegExp, string | ((said: string, ...groups: string[]) => string)];

const FOLDS: Fold[] = [
  // "Who has been here the longest? How many years is that": the longest-serving are given with their years.
  [/(?<=\blongest\b[^?]*)\?\s*(?:and )?how (?:many years|long) (?:is|was) that\s*\??\s*$/i, '?'],
  // "Who in Security has been here longest, and since when?", "Who is DEV-004, and when did they start?": given with the start date.
  // "Who's the newest person on my team and when did they start?": the newest are given with their start dates too.
  [
    /(?<=\b(?:longest|newest|latest|most recent(?:ly)?|who (?:is|'s))\b[^?]*)(?:\?|,)?\s*(?:and )?(?:since when|(?:when|what date) did (?:they|he|she) (?:start|join)(?: (?:here|us))?)\s*\??\s*$/i,
    '?',
  ],
  // "Who had the most absences in September? Top 3.": the ranking's length, said after it.
  [
    /\?\s*(?:just |only |give me |show me )?(?:the )?(top|bottom) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*(?:please|pls)?\s*[.!?]*\s*$/i,
    (_said, end: string, n: string) => `, ${end} ${n}?`,
  ],
  // "Hires + leavers ytd": two words joined by a plus are one question about both.
  [/^\s*([a-z-]+)\s+\+\s+(?=[a-z-]+\b)/i, (_said, first: string) => `${first} and `],
  // "Did Sofia Rossi start before Mei Lin? give me both start dates": each one's start date is given.
  [
    /(?<=\b(?:start|started|join|joined)\b[^?]*)\?\s*(?:and )?(?:give|tell|show) me (?:both|their|the|both of their) (?:start|hire|joining) dates\s*\??\s*$/i,
    '?',
  ],
  // "Who has been here longest in QA, and what's their role?": the people found are given with their jobs.
  [
    /(?<=\b(?:longest|newest|latest|most recent(?:ly)?|first|last|earliest|oldest)\b[^?]*)(?:\?|,)?\s*(?:and )?(?:what(?:'s| is| are)? (?:their|his|her) (?:job|role|title|position)s?|what (?:do|does) (?:they|he|she) do)\s*\??\s*$/i,
    ' and what they do?',
  ],
  // "Pending leave requests - who has one, and starting when?": requests are listed with whose they are and their dates.
  [/(?<=\brequests?\b[^?]*?)\s*[-–—,:]?\s*who has (?:one|them|any)\b,?\s*(?:and )?(?:starting|from) when\s*\??\s*$/i, '?'],
  // "Yuki Tanaka's leave request - which dates, and is it approved yet?": a request is listed with its dates and status.
  [
    /^\s*(.+?\b(?:leave|requests?))\s*[-–—,:]\s*(?:which|what) dates?,?\s*(?:and )?(is|are) (?:it|they) (approved|pending|rejected|cancell?ed)( yet)?\s*\??\s*$/i,
    (_said, what: string, verb: string, status: string, yet = '') => `${verb} ${what} ${status}${yet}?`,
  ],
  // "Did Peter Hansen cancel his December leave? which day was it": whether the request was cancelled, listed with its day.
  [
    /^\s*did (.+?) cancel (?:his|her|their|my) (.*?)leave(?: requests?)?\s*\??\s*(?:(?:and )?(?:which|what) (?:day|date|days|dates) (?:was|were) (?:it|they|that)\s*\??)?\s*$/i,
    (_said, who: string, what: string) => `is ${who === 'I' || who === 'i' ? 'my' : `${who}'s`} ${what}leave cancelled?`,
  ],
];

/** The message with each such second ask folded into the first. */
export function foldedAsks(message: string): string {
  let said = message;
  for (const [pattern, into] of FOLDS) said = said.replace(pattern, into as string);
  return said;
}
