/*
 * "Lukas Novak's late arrivals in September and his Q3 score", "my hours last week, my attendance rate for it, and
 * my annual leave balance": several questions in one message, each to be answered as if asked alone. The message is
 * cut where one question ends and the next begins; a later question that points back ("his", "their", "for it")
 * or says no subject or period of its own takes the earlier one's. Only when every question then reads whole is the
 * message answered as several; otherwise it is read as one, and whatever it cannot apply is named back.
 */
import type { ConversationContext } from '../llm-client.port';
import { foldedAsks } from './folded-asks';
import { readQuestion, type Reading } from './reading';

/** What opens a question after a comma or an "and": a question word, a possessive, or a verb before who it asks about. */
const ASKS = String.raw`(?:who|whom|whose|how|what|what's|whats|which|when|when's|where|my|his|her|their|its|our|the team's|the company's|(?:was|were|did|does|do|is|are|has|have|will|can|could) (?:anyone|anybody|someone|somebody|everyone|everybody|there|i|we|you|he|she|they|any))`;
/** Where one question ends and the next begins: a question mark, a semicolon, a full stop, "and also", ", and", "and how …". */
const SEPARATOR = new RegExp(
  String.raw`\s*(?:\?+\s*(?:and\s+(?:also\s+)?|also,?\s+|plus\s+)?|;\s*(?:and\s+(?:also\s+)?)?|\.\s+(?:also,?\s+|and\s+)?|,?\s+and\s+also\s+|,\s+also,?\s+|,\s+(?:and|plus|then)\s+|\s+\+\s+|,?\s+plus\s+(?=the\s)|\s+(?:and|plus)\s+(?=${ASKS}\b)|,\s+(?=${ASKS}\b))(?=\S)`,
  'gi',
);
/** Measures of now, which take no period: a balance, a headcount, a person's facts, holidays to come, what is pending. */
const OF_NOW = new Set([
  'leave_balance',
  'headcount',
  'profile',
  'position',
  'job_title',
  'email',
  'team',
  'tenure',
  'hire_date',
  'end_date',
  'holidays',
  'working_days',
]);
const PERSON_POINTER = /\b(?:he|she|him|his|her)\b/i;
const GROUP_POINTER = /\b(?:their|its|they|them|it)\b/i;
const PERIOD_POINTER = /\b(?:for it|for that (?:week|month|quarter|day|period)|(?:in |during )?(?:that|the same) (?:week|month|quarter|day|period)|then)\b/gi;
/** Everyone, said as such: a team said elsewhere in the message is not this question's. */
const WIDE = /\b(?:company|everyone|everybody|all teams|every team|organi[sz]ation|teams|departments)\b/i;
const OWN_SUBJECT = /\b(?:who|whom|anyone|anybody|everyone|everybody|someone|somebody|people|employees|staff|we|us|our|company|teams|departments)\b/i;

/** What a question points back to and could not be given: "who in it was absent", after "which team …". */
export const UNRESOLVED =
  /\b(?:he|she|him|his|her|their|they|them|its)\b|\b(?:in|of|from) it\b|\b(?:in|for) (?:each|both)\b(?! (?:team|person|member|one of (?:my|the)))/i;
const GROUP_FIRST = /^\s*(?:among|amongst|of|out of|from|within)\b|^\s*for\b(?![^:]*:)/i;
/** "… and which had the fewest", "who had the most?": the earlier question's measure, left unsaid. */
const ELLIPTICAL =
  /^(?:and\s+)?(?:which|who|what)(?:\s+(?:one|team|person))?\s+(?:(?:had|has|have|did|was|were|got)\s+)?(?:the\s+)?(?:most|fewest|least|lowest|highest|best|worst|more|less|fewer)\b(?!\s+\w+\s+\w+)|^(?:and\s+)?how many(?:\s+(?:are|is|were|days))?\s+(?:left|pending|remaining|taken|approved|booked)\b/i;

/** "… last week? Also the week before", "… in September, and October": a later part that only names another period. */
const PERIOD_ONLY = /^(?!\s*(?:and\s+)?(?:who|which|what(?! about)|how(?! about))\b)[\w ,-]+$/i;
const periodOnly = (text: string, r: Reading) =>
  PERIOD_ONLY.test(text.trim()) &&
  r.measures.length === 0 &&
  !subjectOf(r) &&
  r.filters.position === undefined &&
  (hasPeriod(r) || / (?:before|after)$/i.test(text.trim()));

const SUPERLATIVE = /\b(?:most|fewest|least|lowest|highest|best|worst)\b/i;
/** "Which team had the most absences last month, and which had the fewest": the earlier question, at its other end. */
function otherEnd(text: string, earlier: string): string | null {
  const [wanted, had] = [SUPERLATIVE.exec(text)?.[0], SUPERLATIVE.exec(earlier)?.[0]];
  return wanted === undefined || had === undefined || wanted.toLowerCase() === had.toLowerCase() ? null : earlier.replace(SUPERLATIVE, wanted.toLowerCase());
}

/** "How many are juniors", "how many on my team": a headcount, though no word of it names one ("who were the top 3": performers). */
const HOW_MANY =
  /^\s*(?:and\s+)?how many\s+(?:people|persons|staff|employees|members|heads|juniors|seniors|leads|managers|mid[- ]levels?|(?:of them\s+)?are\s+(?:juniors|seniors|leads|managers|mid[- ]levels?)\b|(?:in|on)\s+(?:my|our|the|[A-Z]{2,5}\b))/i;

/** "What is her team", "which team is Anna in": a person's team asked, not a team named as whom it is about. */
const ASKS_TEAM = /\b(?:what|which) (?:is|was|'s) [\w' -]+?(?:'s|’s|\bher|\bhis|\bmy|\btheir) team\b|\b(?:what|which) team (?:is|was|does|did)\b/i;
const whole = (r: Reading, text: string) =>
  (r.measures.some((m) => m !== 'team' || ASKS_TEAM.test(text)) ||
    (r.measures.length === 0 && r.names.length + r.employee_ids.length === 1 && ASKS_TEAM.test(text)) ||
    (r.measures.length === 0 && (HOW_MANY.test(text) || r.operation === 'rank'))) &&
  r.unused.length === 0 &&
  r.notHeld === null &&
  r.action === null;
const hasPeriod = (r: Reading) => r.range !== null || r.quarters.length > 0;
const needsPeriod = (r: Reading) =>
  r.filters.request_status !== 'pending' &&
  (r.measures.length === 0 ? r.operation === 'rank' || r.statistic !== null : !r.measures.every((m) => OF_NOW.has(m)));
const subjectOf = (r: Reading) => r.names.length > 0 || r.employee_ids.length > 0 || r.teams.length > 0 || r.me;

function periodSaid(r: Reading): string {
  return r.quarters.length > 0 ? `in ${r.quarters.join(' and ')}` : `from ${r.range!.from} to ${r.range!.to}`;
}

type Read = (text: string) => Reading;

/** A later question with what it points back to, or leaves unsaid, taken from the one before it. */
function carried(text: string, before: Reading, read: Read): string {
  let out = text.replace(/[?.!\s]+$/, '');
  const own = read(out);
  const person = before.names.length === 1 ? before.names[0]! : before.employee_ids.length === 1 ? before.employee_ids[0]! : null;
  const team = before.teams.length === 1 ? before.teams[0]! : null;
  if (person !== null && PERSON_POINTER.test(out) && own.names.length === 0)
    out = out
      .replace(
        /\bhis\b|\bher(?= (?:[\w-]+ )?(?:score|scores|attendance|rate|leave|balance|hours|absences?|lates?|late arrivals|kpi|tenure|start date|position|level|job|days|team))/gi,
        `${person}'s`,
      )
      .replace(/\b(?:he|she|him|her)\b/gi, person);
  else if (GROUP_POINTER.test(out) && !subjectOf(own)) {
    const who = person ?? team ?? (before.teams.length > 1 ? before.teams.join(' and ') : null);
    if (who !== null)
      out = out
        .replace(/\bhow many of them\b/gi, `how many in ${who}`)
        .replace(/\b(?:their|its)\b/gi, `${who}'s`)
        .replace(/\b(?:they|them)\b/gi, who);
  } else if (!subjectOf(own) && !OWN_SUBJECT.test(out)) {
    if (person !== null) out = `${person}'s ${out.replace(/^(?:and\s+)?(?:what(?:'s| is| was)?|how about)\s+/i, '')}`;
    else if (before.teams.length > 0) out = `${out} in ${before.teams.join(' and ')}`;
  }
  const now = read(out);
  if (!hasPeriod(now) && hasPeriod(before) && needsPeriod(now)) {
    const pointed = out.replace(PERIOD_POINTER, periodSaid(before));
    out = pointed !== out ? pointed : `${out} ${periodSaid(before)}`;
  }
  return out;
}

/** What a ranking of people left unsaid ranks by: "total late arrivals in October, and who had the most?". */
const MEASURE_WORD: Partial<Record<string, string>> = {
  late: 'days late',
  absent: 'days absent',
  on_leave: 'days on leave',
  half_day: 'half days',
  missing_check_out: 'missing check-outs',
  hours: 'hours',
};
function withMeasure(text: string, before: Reading): string {
  const word = before.measures.length === 1 ? MEASURE_WORD[before.measures[0]!] : undefined;
  const bare =
    /^(\s*(?:and\s+)?(?:who|which (?:person|employee|one))\s+(?:had|has|have|got|was|were|racked up|clocked up|picked up|notched up))\s+(?:the\s+)?(most|fewest|least)\s*[?.!]*\s*$/i.exec(
      text,
    );
  return word !== undefined && bare !== null
    ? `${bare[1]!.replace(/\bwhich (?:person|employee|one)\b/i, 'who').replace(/\b(?:racked|clocked|picked|notched) up\b/i, 'had')} the ${bare[2]} ${word}`
    : text;
}

/** "Which team was best and which was worst on attendance in Q3": the first end with what it is on, then the other end. */
const BOTH_ENDS =
  /\b(which|what) (team|department|dept|person|employee) (was|is|had|has) (?:the )?(best|worst|highest|lowest) and (?:which|what) (?:was|is|had|has) (?:the )?(best|worst|highest|lowest) ((?:on|at|in|for|by) .+?)\s*\??\s*$/i;

/**
 * The questions a message asks, each written out to be asked alone; the one question, when a second ask was folded
 * into the first; or null when it asks one as written.
 */
export function asksIn(message: string, context: ConversationContext): string[] | null {
  const folded = foldedAsks(message);
  // A second ask folded into the first leaves one question, asked as folded.
  return asksApart(folded, context) ?? (folded !== message ? [folded] : null);
}

function asksApart(message: string, context: ConversationContext): string[] | null {
  const question = message.replace(
    BOTH_ENDS,
    (_said, which, unit, verb, first, second, rest) => `${which} ${unit} ${verb} ${first} ${rest}, and which ${verb} ${second}?`,
  );
  const cuts = [...question.matchAll(SEPARATOR)];
  if (cuts.length === 0 || cuts.length > 4) return null;
  const texts: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    texts.push(question.slice(start, cut.index));
    start = cut.index + cut[0].length;
  }
  texts.push(question.slice(start));
  // "Among the people hired in 2024, who was absent": a group picked out, then the question about it, is one question.
  if (texts.some((t) => t.trim().length === 0) || GROUP_FIRST.test(texts[0]!)) return null;
  // Each text is read once, however often the steps below ask for it.
  const seen = new Map<string, Reading>();
  const read: Read = (text) => seen.get(text) ?? seen.set(text, readQuestion(text, context)).get(text)!;
  const asks: string[] = [];
  const readings: Reading[] = [];
  for (const text of texts) {
    const before = readings.at(-1);
    const bare = text.replace(/[?.!\s]+$/, '');
    if (before !== undefined && periodOnly(bare, read(bare))) {
      const merged = `${asks.pop()!} and ${bare.replace(/^(?:and|also|plus|what about|how about)\s+/i, '')}`;
      readings.pop();
      asks.push(merged);
      readings.push(read(merged));
      continue;
    }
    const said = before === undefined ? text : withMeasure(text, before);
    if (before !== undefined && ELLIPTICAL.test(said.trim())) {
      const ask = otherEnd(said, asks.at(-1)!);
      if (ask === null) return null;
      asks.push(ask);
      readings.push(read(ask));
      continue;
    }
    const own = before === undefined ? text.replace(/[?.!\s]+$/, '') : carried(said, before, read);
    if (before !== undefined && UNRESOLVED.test(own)) return null;
    // "Who's off next week and is anyone's leave waiting, for the security team": a team said once is every question's.
    const sharedTeams = read(own).teams.length === 0 && !WIDE.test(own) ? read(question).teams : [];
    const ask = sharedTeams.length > 0 ? `${own} in ${sharedTeams.join(' and ')}` : own;
    const reading = read(ask);
    // "How many seniors are in DEV, and their average score": "their" is the seniors, left to the message read as one.
    if (before?.filters.position !== undefined && GROUP_POINTER.test(text) && reading.filters.position !== before.filters.position) return null;
    if (!whole(reading, ask)) return null;
    asks.push(ask);
    readings.push(reading);
  }
  // "Who was late yesterday, who was late yesterday": one question said twice is one.
  const key = (r: Reading) => JSON.stringify([r.measures, r.names, r.teams, r.me, r.range, r.quarters, r.filters, r.order]);
  return new Set(readings.map(key)).size === readings.length ? asks : null;
}
