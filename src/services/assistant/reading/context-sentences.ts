/*
 * Sentences of context before the question ("Marcus Lee is up for promotion. What was his score last quarter?",
 * "Founders Day was on 13 October. Was anyone late the day after?"): the question refers back to a person or a day
 * they name. The reference is written out in the question, and the context, having said only that, is set aside.
 */
import { addDays, weekdayBeside } from '../../../core/work-calendar/dates';
import { parseDateRange } from '../time-expression.parser';
import { dayOfThisMonth } from './days-of-month';

const QUESTION = /\?\s*$|^\s*(?:how|what|what's|who|who's|whose|which|when|where|was|were|is|are|did|does|do|has|have|had|can|could|will|would|should)\b/i;
const FULL_NAME = /\b([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+)\b/g;
/** Capitalised words that open a sentence or name a day, never a person; the teams' names are added per message. */
const NOT_A_PERSON =
  /\b(?:Day|Eve|Offsite|Holiday|Team|Christmas|Boxing|Year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|We|My|I|It|This|That|There|Just|So|Also|Hi|Hello|Thanks|Someone|Somebody|Everyone|Everybody|Payday)\b/;

type Teams = readonly { team_id: string; team_name: string }[];

/** "Quality Assurance" or "Security" is a team the caller's company has, never a person's name. */
function teamWords(teams: Teams): RegExp | null {
  const words = [...new Set(teams.flatMap((t) => t.team_name.split(/\s+/)).filter((w) => /^[A-Za-z]{2,}$/.test(w)))];
  return words.length === 0 ? null : new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'i');
}
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const DATE = new RegExp(
  String.raw`\b(?:${WEEKDAY},? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} \d{1,2}(?:st|nd|rd|th)?)\b|\b${WEEKDAY},? (?:the )?\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:yesterday|(?:last )?${WEEKDAY})\b|\bthe \d{1,2}(?:st|nd|rd|th)\b`,
  'i',
);
/** Words of a period in the question: one it states is its own, and the context's day is not added. */
const OWN_PERIOD =
  /\b(?:today|yesterday|tomorrow|day|days|week|weeks|wk|wks|month|months|year|years|quarter|quarters|q[1-4]|h[12]|ever|since|january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})\b/i;
const HOLIDAY =
  /\bthe (?:[A-Z]{2,5} )?(?:offsite|recharge day|team day|away day)\b|\b(?:founders?'? day|christmas(?: eve| day)?|boxing day|new year'?s? day)\b/i;
const PRONOUN = /\b(?:he|she|him|his|her)\b/i;
const HER_THINGS =
  /\bher(?= (?:[a-z]+ )?(?:score|scores|attendance|rate|leave|balance|hours|record|requests?|kpi|absences?|check-?ins?|check-?outs?|team|tenure|hire|start|days?|lateness|allowance)\b)/gi;

function personIn(context: string, teams: Teams): string | null {
  const team = teamWords(teams);
  const notAPerson = (name: string) => NOT_A_PERSON.test(name) || (team?.test(name) ?? false);
  const names = [...new Set([...context.matchAll(FULL_NAME)].map((m) => m[1]!.replace(/['’]s$/, '')).filter((n) => !notAPerson(n)))];
  if (names.length === 1) return names[0]!;
  if (names.length > 1) return null;
  // "Someone called Chris asked about leave", "Zoe phoned in sick": a name said as one, or a capitalised first word
  // that is not a word of days, teams or openers.
  const called = /\b(?:called|named) ([A-Z][a-z]{2,})\b/.exec(context)?.[1];
  if (called !== undefined) return called;
  const first = /^\s*([A-Z][a-z]{2,})\b(?!['’]s\b)/.exec(context)?.[1] ?? /\b([A-Z][a-z]{2,})['’]s\b/.exec(context)?.[1];
  return first !== undefined && !notAPerson(first) ? first : null;
}

/** A period the context states by its place in time ("last week", "September"), for "that week", "that month". */
const PERIOD =
  /\b(?:(?:last|this|previous) (?:week|wk|month|mth|quarter|qtr|year|yr)|the week before last|yesterday|(?:january|february|march|april|june|july|august|september|october|november|december)(?: 20\d\d)?|q[1-4](?: 20\d\d)?)\b/i;
/** Why the asker asks (payroll, a review, a settlement): a context of that kind constrains nothing and is set aside. */
const PURPOSE =
  /\b(?:payroll|pay|timesheets?|books|sign-?off|reviews?|one-to-ones?|1:1s?|appraisals?|promotion|settlement|deductions|audit|report|slides?|deck|committee|meeting|struggling|tough|difficult|rough|quiet|busy)\b/i;
const THEY = /\b(?:their|they|them)\b/i;

/** The team the context names by its code or its name, when the question names none of its own. */
function teamIn(context: string, question: string, teams: Teams): string | null {
  const named = (text: string) =>
    teams.filter(
      (t) => new RegExp(String.raw`\b${t.team_id}\b(?!-\d)`).test(text) || new RegExp(String.raw`\b(?:the )?${t.team_name}(?: team)?\b`, 'i').test(text),
    );
  const found = named(context);
  return found.length === 1 && named(question).length === 0 ? found[0]!.team_id : null;
}

/** The day the context names: a date it states, or a holiday by name (read by the question as a holiday). */
function dayIn(context: string, today: string): { date: string | null; holiday: string | null } {
  const said = DATE.exec(context)?.[0];
  const range = said === undefined ? null : (parseDateRange(said, today) ?? dayOfThisMonth(said.toLowerCase(), today));
  const date = range !== null && range.from === range.to ? range.from : null;
  return { date, holiday: date === null ? (HOLIDAY.exec(context)?.[0].replace(/^the\b/i, 'the') ?? null) : null };
}

/** Each weekday's word up to its "day", by `weekdayOf`'s numbers (0 = Sunday). */
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** The question with what it refers back to written out, or null when it refers to nothing the context names. */
function referred(question: string, context: string, today: string, teams: Teams): string | null {
  let text = question;
  // "Payroll flagged employee DEV-015 … Who is that, and what team are they on?": the employee the context names.
  const id = /\b[A-Z]{2,5}-\d{3,}\b/.exec(context)?.[0];
  if (id !== undefined)
    text = text
      .replace(/\b(who is|who's|who was) (?:that|this|it)\b/gi, (_said, who: string) => `${who} ${id}`)
      .replace(/\btheir\b/gi, `${id}'s`)
      .replace(/\b(?:they are|they're)\b/gi, `${id} is`)
      .replace(/\b(are|were) (?:they|them)\b/gi, (_said, verb: string) => `${verb === 'are' ? 'is' : 'was'} ${id}`)
      .replace(/\b(?:they|them)\b/gi, id);
  // "The Data team had a tough September. What was their attendance rate that month?": the team's.
  const team = THEY.test(question) ? teamIn(context, question, teams) : null;
  if (team !== null) text = text.replace(/\btheir\b/gi, `${team}'s`).replace(/\b(?:they|them)\b/gi, team);
  const person = PRONOUN.test(question) ? personIn(context, teams) : null;
  if (person !== null)
    text = text
      .replace(/\b(?:she|he)(?:'s|’s)(?= been\b)/gi, `${person} has`)
      .replace(HER_THINGS, `${person}'s`)
      .replace(/\b(?:she|he|her|him)\b/gi, person)
      .replace(/\bhis\b/gi, `${person}'s`);
  const { date, holiday } = dayIn(context, today);
  const day = date ?? holiday;
  if (day !== null) {
    const on = date ?? holiday!;
    text = text
      .replace(/\b(?:on )?the day (after|before)(?! \w*day\b)(?! (?:the |\d))/gi, (_said, side: string) =>
        date !== null ? `on ${addDays(date, side === 'after' ? 1 : -1)}` : `the day ${side} ${on}`,
      )
      // "The Monday after": the first such weekday after the day (before it, the last one).
      .replace(/\b(?:on )?the (mon|tues|wednes|thurs|fri|satur|sun)day (after|before)\b(?! (?:the |\d))/gi, (said, day: string, side: string) =>
        date !== null ? `on ${weekdayBeside(date, WEEKDAY_STEMS.indexOf(day.toLowerCase()), side === 'after')}` : said,
      )
      .replace(/\b(?:on )?(?:that|the same) day\b|\bon the day\b(?! (?:after|before|of)\b)/gi, `on ${on}`)
      .replace(/\b(?:in )?(?:that|the same) week\b/gi, `the week of ${on}`)
      .replace(/^(\s*(?:is|was|will) )(?:that|it)(?= (?:a |an )?(?:working|work|business|full|half)?\s*(?:day|holiday|half[- ]day)\b)/i, `$1${on}`);
  }
  const period = PERIOD.exec(context)?.[0];
  // "September" is said "in September"; "last week", "yesterday" as they are.
  const said = period === undefined ? undefined : /^[a-z]+(?: 20\d\d)?$/i.test(period) && !/^yesterday$/i.test(period) ? `in ${period}` : period;
  if (period !== undefined)
    text = text.replace(/\b(?:in |during |for )?(?:that|the same) (month|week|quarter)\b/gi, (ref, unit: string) =>
      (said !== period && unit === 'month') || period.replace(/^\w+ /, '')[0]!.toLowerCase() === unit[0] ? said! : ref,
    );
  // "Chris said he was ill yesterday. Was he absent?": the day the context states, when the question states none.
  if (person !== null && date !== null && text !== question && !OWN_PERIOD.test(question)) text = `${text.replace(/\?\s*$/, '')} on ${date}?`;
  // "Doing my team's payroll sign-off for last wk. What were DEV's total hours?": the context's period, as the question has none.
  else if (PURPOSE.test(context) && said !== undefined && !OWN_PERIOD.test(text)) text = `${text.replace(/\?\s*$/, '')} ${said}?`;
  // "Zoe Adams and Leo Martins … How many days has each of them been absent": people it points back to, not written out.
  if ((THEY.test(text) || PRONOUN.test(text)) && [...context.matchAll(FULL_NAME)].some((m) => !NOT_A_PERSON.test(m[1]!))) return null;
  return text === question && !PURPOSE.test(context) ? null : text;
}

/** A message of context sentences and a question that refers back to them: the question alone, its references written out. */
export function withContextResolved(message: string, today: string, teams: Teams = []): string {
  const sentences = message.split(/(?<=[.!])\s+(?=[A-Z])/);
  if (sentences.length < 2) return message;
  const question = sentences.at(-1)!;
  const context = sentences.slice(0, -1).join(' ');
  if (!QUESTION.test(question) || /\?/.test(context)) return message;
  return referred(question, context, today, teams) ?? message;
}
