/*
 * Sentences of context before the question ("Marcus Lee is up for promotion. What was his score last quarter?",
 * "Founders Day was on 13 October. Was anyone late the day after?"): the question refers back to a person or a day
 * they name. The reference is written out in the question, and the context, having said only that, is set aside.
 */
import { addDays } from '../../../core/work-calendar/dates';
import { parseDateRange } from '../time-expression.parser';

const QUESTION = /\?\s*$|^\s*(?:how|what|what's|who|who's|whose|which|when|where|was|were|is|are|did|does|do|has|have|had|can|could|will|would|should)\b/i;
const FULL_NAME = /\b([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+)\b/g;
/** Capitalised words that open a sentence or name a day, never a person. */
const NOT_A_PERSON =
  /\b(?:Day|Eve|Offsite|Holiday|Team|Christmas|Boxing|Year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Security|Data|Quality|Assurance|Development|Artificial|Intelligence|The|Our|We|My|I|It|This|That|There|Just|So|Also|Hi|Hello|Thanks|Someone|Somebody|Everyone|Everybody|Payday)\b/;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DATE = new RegExp(
  String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} \d{1,2}(?:st|nd|rd|th)?)\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:yesterday|(?:on |last )?(?:mon|tues|wednes|thurs|fri)day)\b`,
  'i',
);
/** Words of a period in the question: one it states is its own, and the context's day is not added. */
const OWN_PERIOD =
  /\b(?:today|yesterday|tomorrow|day|days|week|weeks|month|months|year|years|quarter|quarters|q[1-4]|h[12]|ever|since|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})\b/i;
const HOLIDAY =
  /\bthe (?:[A-Z]{2,5} )?(?:offsite|recharge day|team day|away day)\b|\b(?:founders?'? day|christmas(?: eve| day)?|boxing day|new year'?s? day)\b/i;
const PRONOUN = /\b(?:he|she|him|his|her)\b/i;
const HER_THINGS =
  /\bher(?= (?:[a-z]+ )?(?:score|scores|attendance|rate|leave|balance|hours|record|requests?|kpi|absences?|check-?ins?|check-?outs?|team|tenure|hire|start|days?|lateness|allowance)\b)/gi;

function personIn(context: string): string | null {
  const names = [...new Set([...context.matchAll(FULL_NAME)].map((m) => m[1]!.replace(/['’]s$/, '')).filter((n) => !NOT_A_PERSON.test(n)))];
  if (names.length === 1) return names[0]!;
  if (names.length > 1) return null;
  // "Someone called Chris asked about leave", "Zoe phoned in sick": a name said as one, or a capitalised first word
  // that is not a word of days, teams or openers.
  const called = /\b(?:called|named) ([A-Z][a-z]{2,})\b/.exec(context)?.[1];
  if (called !== undefined) return called;
  const first = /^\s*([A-Z][a-z]{2,})\b(?!['’]s\b)/.exec(context)?.[1] ?? /\b([A-Z][a-z]{2,})['’]s\b/.exec(context)?.[1];
  return first !== undefined && !NOT_A_PERSON.test(first) ? first : null;
}

/** The day the context names: a date it states, or a holiday by name (read by the question as a holiday). */
function dayIn(context: string, today: string): { date: string | null; holiday: string | null } {
  const said = DATE.exec(context)?.[0];
  const range = said === undefined ? null : parseDateRange(said, today);
  const date = range !== null && range.from === range.to ? range.from : null;
  return { date, holiday: date === null ? (HOLIDAY.exec(context)?.[0].replace(/^the\b/i, 'the') ?? null) : null };
}

/** The question with what it refers back to written out, or null when it refers to nothing the context names. */
function referred(question: string, context: string, today: string): string | null {
  let text = question;
  const person = PRONOUN.test(question) ? personIn(context) : null;
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
      .replace(/\b(?:on )?(?:that|the same) day\b|\bon the day\b(?! (?:after|before|of)\b)/gi, `on ${on}`)
      .replace(/\b(?:in )?(?:that|the same) week\b/gi, `the week of ${on}`)
      .replace(/^(\s*(?:is|was|will) )(?:that|it)(?= (?:a |an )?(?:working|work|business|full|half)?\s*(?:day|holiday|half[- ]day)\b)/i, `$1${on}`);
  }
  // "Chris said he was ill yesterday. Was he absent?": the day the context states, when the question states none.
  if (person !== null && date !== null && text !== question && !OWN_PERIOD.test(question)) text = `${text.replace(/\?\s*$/, '')} on ${date}?`;
  return text === question ? null : text;
}

/** A message of context sentences and a question that refers back to them: the question alone, its references written out. */
export function withContextResolved(message: string, today: string): string {
  const sentences = message.split(/(?<=[.!])\s+(?=[A-Z])/);
  if (sentences.length < 2) return message;
  const question = sentences.at(-1)!;
  const context = sentences.slice(0, -1).join(' ');
  if (!QUESTION.test(question) || /\?/.test(context)) return message;
  return referred(question, context, today) ?? message;
}
