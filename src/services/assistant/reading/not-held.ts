/*
 * Words naming what the service does not hold (salaries, addresses, predictions, breakdowns it does not make):
 * a question using one is refused in its words, never answered with a figure for the words it did read.
 */
import type { Measure } from './measure';
import { awayAsOff } from './vocabulary';

const MONTH_AHEAD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** A time of day ("before 9", "after 9:30", "8am", "noon"), never a count, a period or a date ("before 7 november"). */
const CLOCK = String.raw`(?:before|after|by|until|till|at|around|past|earlier than|later than) \d{1,2}(?::\d{2})?(?![\d/.,-])(?: ?(?:am|pm|a\.m\.|p\.m\.|o'?clock))?(?! ?(?:(?:working |work |business )?days?|h(?:ou)?rs?|h\b|weeks?|wks?|months?|mths?|years?|yrs?|quarters?|q\d|people|persons?|employees|staff|%|percent|times|(?:th|st|nd|rd)\b|points?|${MONTH_AHEAD}))|\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday|o'?clock`;
const NOT_HELD = new RegExp(
  String.raw`\b(${CLOCK}|managers? (?:\S+ ){0,6}?(?:their|his|her) (?:own )?teams?|managers?(?:'s|') teams?(?= (?:had|has|have|was|were|did|got|scored|is|are)\b)|why|reasons?(?! for leaving)|(?:on |for )?(?:each|every|per) day(?! of| off)|day by day|daily (?:breakdown|figures|attendance|absences?|rates?|averages?)|(?<=\b(?:will|going to|gonna|likely to|about to) (?:\S+ ){0,3})run(?:s|ning)? out(?: of)?|notice(?: periods?)?|hours? of (?:the )?day|\d+(?:\.\d+)? ?(?:%|percent) of \d+|(?:going to|gonna)(?= (?:quit|leave|resign|take|score|perform|miss|hit|run|get|need|drop|fall|rise|improve)\b)|earn(?:s|ing|ings|ed)?|income|remuneration|stipends?|hourly (?:rates?|pay|wages?)|(?<!un)paid(?! (?:leave|time off|holidays?|days?))|money|how much (?:does|do|did|will) (?:\S+ ){1,3}(?:make|earn|get paid|take home)|(?:spend|spent|spending|costs?) on (?:staff|salaries|people|employees|wages|pay)|born|where (?:does|do|did) (?:\S+ ){1,3}live|home address(?:es)?|(?:sick|doctor'?s?|medical|fit) notes?|medical (?:records?|certificates?|history|conditions?|reasons?)|diagnos[ie]s|illness(?:es)?|\d+ (?:times|plus|minus|divided by|multiplied by|x) \d+|calculat(?:e|or|ions?)|math(?:s|ematics)?|arithmetic|square roots?|(?:works?|working) from home|wfh|part[- ]time(?:rs)?|full[- ]time(?:rs)?|correlat(?:ion|ions|ed|es|e)|(?:turnover|attrition|churn) rates?|(?:people|employees|staff|those|ppl|folks) (?:with|who (?:have|had|take|took)) (?:more|fewer|less|higher|lower|better|worse)(?= \w+ (?:\w+ )?(?:also |tend to |usually )?(?:score|scored|perform|performed|have|get|do|did|take|arrive|are|were)\b)|regressions?|(?<!\b(?:were|was|been|being|is|are|get|got|gets) )logged[- ](?:in|on)|log[- ]ins|logins?|login history|sign(?:ed)?[- ]?ins?|(?:on|every|all|most) (?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:best|worst|highest|lowest)[- ](?:attend(?:ed|ance) |scoring )?(?:day|week|month|quarter)(?: for (?:attendance|scores?))?(?! off)|(?:which|what) (?:month|week|day|date|quarter)(?! of)(?= (?:\w+ ){0,6}?(?:(?:has|had|have|was|were|saw|got|is) )?(?:the )?(?:most|fewest|least|highest|lowest|worst|best|biggest|more|fewer|less))|audit (?:log|trail|history)|change history|history of changes|who (?:changed|edited|modified|altered|tampered with)|time[- ]to[- ](?:hire|fill)|recruit(?:ing|ment|ers?)?|applicants?|candidates?|job applications?|happy|happiness|unhappy|morale|moods?|sentiment|engagement|satisf(?:ied|action)|stress(?:ed)?|burn(?:ed|t)?[- ]?out|well-?being|salar(?:y|ies)|tax(?:es)?(?! (?:id|number|code)s?\b)|pay(?:roll)?|wages?|compensation|bonus(?:es)?|overtime|(?<!e-?mail )address(?:es)?|phone(?: numbers?)?|birthdays?|date of birth|age|gender|nationality|office|location|city|country|remote|expenses?|predict(?:ion)?|forecast|projected|will be|(?:expected|projected|estimated) (?:sick|annual|unpaid|leave|absences?|attrition|turnover|hires|leavers|headcount)(?: \w+)?|based on (?:this|last|the|past) (?:year|quarter|month|trend|data)|performance (?:improvement )?plans?|pips?|promotion|training|courses?|certifications?|certificates?|qualifications?|likely|likelihood|chances?|probabilit(?:y|ies)|(?:worked|working|works|stayed|staying|stays|left|leaving) late|by how (?:much|long|many minutes)|how many minutes|minutes? late|fortnight(?:ly)?|bi-?weekly|every (?:2|two) weeks|per fortnight|social security(?: numbers?)?|national insurance(?: numbers?)?|ssn|tax (?:id|number|code)s?|bank (?:accounts?|details)|iban|open (?:positions|roles|vacancies|reqs)|vacanc(?:y|ies)|job openings?|on[- ]call|rotas?|shift (?:schedules?|patterns?)|night shifts?|(?:parental|maternity|paternity|bereavement|compassionate|study|jury duty) leave|org(?:ani[sz]ation(?:al)?)? chart|hierarchy|fired|sacked|dismissed|let go|too (?:much|many|often|little|few)|reasons? for leaving|(?:by|per|each|every) hour(?: of (?:the )?day)?|hour by hour|hourly|passwords?|manager of|how old|(?<=\b(?:people|persons|employees|staff|workers|folks|ppl|seniors|juniors|leads|managers|mids|anyone|everyone|those|men|women) )(?:over|under|older than|younger than|aged) \d{2}(?!\s*(?:%|percent|days?|hours?|hrs?|times|late|absen|points?|pts|scor|years? (?:of|with|at|here|in|service)|yrs? (?:of|with|at|here|in)))|(?:for )?(?:each|every|per|by) (?:level|grade|position|seniority|job title|title|role)|(?:each|every|per|by) (?:day of (?:the )?week|weekday|day of week)|(?:which|what) (?:day of (?:the )?week|weekday)(?= (?:\w+ ){0,5}(?:the )?(?:most|fewest|least|highest|lowest|worst|best)\b)|(?<=which )(?:level|position)s?(?= (?:had|has|have|was|were|scored|got|did))|(?:early|mid)[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:last|past|previous) (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) (?:working|work|business) days|who (?:has |have |had |did )?(?:worked|works|work|collaborated|collaborates|paired|partnered) (?:together |closely )?with|(?:my|our) (?:line )?manager(?!s)|line manager|boss|reports? (?:in)?to|will(?= (?:[\w']+ ){0,4}(?:be|take|use|need|get|score|perform|quit|resign|leave|reach|improve|hit|make|meet|exceed|miss|drop|fall|rise|go|stay|end|run)\b))\b`,
);
const REVIEW_TEXT =
  /\b(?:self[- ]?)?(?:review|appraisal) (?:text|comments?|notes?)\b|\b(?:write|wrote|written|said|say|says) in (?:my|the|his|her|their|[a-z]+'s) (?:(?:last|latest|most recent|previous|annual|mid-?year|year-?end) )?(?:self[- ]?)?(?:review|appraisal|assessment)\b/;

/**
 * The word the service does not hold, from the words as typed too: one may otherwise be corrected into a word
 * the service does hold ("training" → "tracking"). What a review said is asked before whoever wrote it
 * ("what did my manager write in my review").
 */
export function notHeldWord(raw: string, markedText: string): string | null {
  const typed = raw.toLowerCase();
  return REVIEW_TEXT.exec(typed)?.[0] ?? mostTelling(awayAsOff(typed)) ?? mostTelling(markedText);
}

const EVERY_NOT_HELD = new RegExp(NOT_HELD.source, 'g');

/**
 * The word not held that says most: "bonus" before the "will" of "will I get a bonus", "salary" before the
 * "calculate" of "calculate net salary" (the thing asked for, not the way of asking).
 */
function mostTelling(text: string): string | null {
  const found = [...text.matchAll(EVERY_NOT_HELD)].map((m) => m[1]!);
  return found.find((word) => !/^(?:will|calculat)/.test(word)) ?? found[0] ?? null;
}

interface Read {
  teams: string[];
  employeeIds: string[];
  text: string;
  measures: Measure[];
  teamWords: Set<string>;
  off: boolean;
}

/** Which word is refused once the rest is read: some only look like one the service does not hold. */
export function settleNotHeld(notHeld: string | null, read: Read): { held: string | null; perPosition: boolean } {
  const { teams, employeeIds, text, measures, teamWords, off } = read;
  // "The manager of the security team" is its Manager; of a person, a reporting line the service does not keep.
  const teamManager = notHeld === 'manager of' && teams.length > 0 && employeeIds.length === 0 && /\bmanager of (?:the )?\S+(?: team)?\s*\??$/.test(text);
  // People counted by level ("headcount by level") is a breakdown the service makes; other figures by level it does not.
  const perPosition =
    notHeld !== null &&
    /(?:each|every|per|by) (?:level|position|seniority)|^(?:level|position)s?$/.test(notHeld) &&
    measures.length > 0 &&
    measures.every((m) => m === 'headcount' || m === 'position');
  // "Lukas Novak's manager": a person's, a reporting line; "DEV's manager" is the team's Manager, a position.
  const possessor = /\b([a-z0-9-]+)'s (?:line )?(?:manager|supervisor)\b/.exec(text)?.[1];
  const managesSomeone = teams.length === 0 && /\bwho (?:manages|supervises|oversees|is in charge of) (?!the |my |our |this |that |everyone|all )\S/.test(text);
  const personsManager = (possessor !== undefined && !teamWords.has(possessor)) || managesSomeone ? 'manager' : null;
  // "Who will be off next week": leave and holidays are on the books ahead, not predicted.
  const booked =
    notHeld !== null &&
    /^will/.test(notHeld) &&
    !/\brun(?:s|ning)? out\b/.test(text) &&
    (off || measures.some((m) => m === 'on_leave' || m === 'leave_requests' || m === 'holidays'));
  // "What time did I clock in each day last week": check times are given day by day already.
  const dayByDay = notHeld !== null && /(?:each|every|per) day$|day by day/.test(notHeld) && measures.includes('check_times');
  return { held: teamManager || perPosition || booked || dayByDay ? null : (notHeld ?? personsManager), perPosition };
}
