import type { AsTyped } from './as-typed';
import { EVERYDAY_PHRASINGS, type Rewrite } from './everyday-phrasings';
import { CALENDAR_PHRASINGS } from './calendar-phrasings';
import { LEAVE_PHRASINGS } from './leave-phrasings';
import { SPOKEN_SHORTHAND } from './spoken-shorthand';
import { LINE_WORDS } from './line-words';
import { WORKPLACE_IDIOMS } from './workplace-idioms';
import { IN_PASSING } from './in-passing';

/** Phrasings written in the words the reader knows, in this order. */
const REWRITES: Rewrite[] = [
  [/[’‘]/g, "'"],
  [/[“”]/g, '"'],
  ...LINE_WORDS,
  [/\b(?:no|nr|num)\.? of\b/gi, 'number of'],
  // Typed in haste: "teh", "evryone", "more then 5 days", "my last q score".
  [/\bteh\b/gi, 'the'],
  [/\bevry(one|body)\b/gi, (_said, rest: string) => `every${rest}`],
  [/\b(more|less|fewer|better|worse|higher|lower) then\b/gi, (_said, word) => `${word} than`],
  [/\b(last|this|previous|current) q\b/gi, (_said, which) => `${which} quarter`],
  // "Score trend over every quarter": by quarter.
  [/\bover (?:every|each|all(?: the)?) quarters?\b/gi, 'by quarter'],
  // "How did the company attend", "how were the testers doing on attendance": their attendance.
  [/\bhow (?:did|does|do|has|have) (.+?) attend(?:ed)?\b/gi, (_said, who) => `attendance of ${who}`],
  [/\bhow (?:is|are|was|were) (.+?) doing (?:on|with|for|in terms of) attendance\b/gi, (_said, who) => `attendance of ${who}`],
  // "What position does she hold": what position she has.
  [/(?<=\bwhat (?:position|title|job title|role|level|grade) (?:does|did) .+?) hold\b/gi, '', /\bhold\b/i],
  // "Where my requests stand": their state.
  [/\bwhere (?:do |does )?(?:they|it|(?:my|the|our) requests?) (?:stands?|are|is)\b/gi, 'status'],
  // "Did anyone arrive late", "how wide is the range", "is my team doing better on attendance": the words the reader knows.
  [/\b(?:arriv(?:e|ed|es|ing)|c[ao]me in|got in|turned up|showed up) late\b/gi, 'late'],
  [/\bhow (?:wide|big|large) is the (range|spread)\b/gi, (_said, what) => `the ${what}`],
  [/\b(?:doing|did|do|does) (better|worse) (?:on|with|in terms of|at) attendance\b/gi, (_said, way) => `attendance ${way}`],
  // Why it is asked, not what: "before I close the month", "for month end", "for payroll".
  [/\b(?:before|so|as) (?:i|we) (?:can )?(?:close|run|do|finish|lock|sign off|prepare) (?:the |our )?(?:month(?:[- ]end)?|payroll|books|period)\b/gi, ''],
  [/\bfor (?:the )?(?:month[- ]end|payroll(?: run)?|the payroll run)\s*[?.!]?\s*$/gi, ''],
  // Working days count a half-day holiday as half already.
  [/(?<=\bworking days?\b.*),? counting (?:the |a )?half[- ]days?(?: (?:as|for) (?:a )?half(?: (?:a )?days?)?)?/gi, '', /\bcounting\b/i],
  // Typed without the apostrophe: "wasnt", "didnt"; "wat" for what.
  [/\b(was|were|is|are|has|have|had|did|do|does|could|would|should)nt\b/gi, (_said, verb) => `${verb}n't`],
  [/\bdont\b/gi, "don't"],
  [/\bwat\b/gi, 'what'],
  // "Latecomers", "the most frequent", "with counts", "and how many times was each late": what a ranking of late days gives.
  [/\b(?:the )?(?:(\d+) )?most frequent(?:ly)? late[- ]?comers?\b/gi, (_said, n?: string) => `the ${n ? `${n} ` : ''}people late the most`],
  [/\blate[- ]?comers?\b/gi, 'people late'],
  [/\bmost frequent(?:ly)?\b/gi, 'most often'],
  [
    /,? (?:and |with )(?:how many times|how often) (?:was |were |is )?(?:each|they|each one)(?: of them)?(?: (?:late|absent))?\b|\bwith (?:their |the )?counts?\b/gi,
    '',
  ],
  [/\babs\.? rate\b/gi, 'absence rate'],
  [/\bmissed check[- ]?outs?\b/gi, 'missing check-outs'],
  // "Taken so far vs booked ahead": leave taken this year is answered with what is approved ahead, so that part is said.
  [
    /(?<=\b(?:taken|used)\b.*?)[,:]? ?(?:and |vs\.? |versus |compared (?:to|with) )(?:what (?:i|you|they|he|she) (?:have |has )?|anything |how much (?:is )?)?(?:booked |approved )?(?:still )?(?:booked )?(?:ahead|to come)\b/gi,
    '',
    /\b(?:ahead|to come)\b/i,
  ],
  [/\bhow much (?:is )?taken\b/gi, 'how much taken'],
  // "Rank the teams by attendance, best first": a ranking is best first already.
  [/(?<=\b(?:rank|ranked|ranking|sort|sorted|order|ordered|list)\b.*),? (?:best|highest|top) first\b/gi, '', /\bfirst\b/i],
  // "Who improved the most, and by how much": a change is answered with its size.
  [/(?<=\b(?:improv\w*|drop\w*|chang\w*|went up|went down|rose|fell|grew|increas\w*|decreas\w*)\b.*),? (?:and )?by how much\b/gi, '', /\bhow much\b/i],
  // "DEV's best quarter", "the team's best quarter": the quarter ranked among the others, which is not one person's best score.
  [
    /\b([A-Z]{2,5}|team|department|dept)(?:['’]s)? (best|worst|highest|lowest|strongest|weakest)(?:[- ]scoring)? quarter\b/g,
    (_said, team, end) => `which quarter had the ${end} average for ${team}`,
  ],
  // "My best quarter": the quarter of the best score.
  [/\b(best|worst|highest|lowest|strongest|weakest)(?:[- ]scoring)? quarter(?:'s)?(?: score)?\b/gi, (_said, end) => `${end} score`],
  ...WORKPLACE_IDIOMS,
  ...IN_PASSING,
  ...SPOKEN_SHORTHAND,
  ...LEAVE_PHRASINGS,
  ...CALENDAR_PHRASINGS,
  ...EVERYDAY_PHRASINGS,
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?=\s)/gi, 'with'],
  [/\bexcl\.?(?=\s)/gi, 'excluding'],
  [/\s*\(?\bnot (?:on )?weekends?\)?/gi, ''],
  [/\bbefore (?:the )?new year(?:'s)?(?: day)?\b/gi, 'this year'],
  [/\bwhat(?:'s| is|s)? happening with\b/gi, 'status of'],
  [/\banywhere\b/gi, ''],
  [/(?<=\bmy own\b.*),? not (?:the|my|our) team(?:'s)?\b/gi, '', /\bmy own\b/i],
  [/\byou(?:'re| are) (?:an? |the )?admin(?: now)?\b/gi, ''],
  [/\bpayday\b/gi, 'pay day'],
  [/(?<=\b(?:range|spread)\b.*),? (?:from )?(?:lowest to highest|highest to lowest)\b/gi, '', /\bto (?:highest|lowest)\b/i],
  // "For the weeks starting 20 October, 27 October …": each of those weeks, week by week.
  [
    /(?<!\b(?:week by week|per week|by week|weekly|each week|every week)\b.*)\b(?:for |in |over )?(?:each of )?the weeks (?=(?:starting|beginning|commencing|of) (?:on )?\d)(?!.*\b(?:week by week|per week|by week|weekly)\b)/gi,
    'week by week for the weeks ',
    /\bweeks (?:starting|beginning|commencing|of)\b/i,
  ],
  // Other words for the same thing: "hours logged", "broken down by team", "the corrections queue", "on file".
  [/\bhours logged\b/gi, 'hours worked'],
  [/\b(?:broken down|split|grouped) by\b/gi, 'by'],
  [/\b(?:time )?corrections? (?:to|awaiting|for) review\b|\bcorrections? queue(?: status)?\b|\btime corrections?\b/gi, 'pending corrections'],
  [/\b(teams?|departments?) where\b/gi, (_said, teams) => `${teams} with`],
  [/\b(?:are |is )?on (?:file|the books)\b/gi, ''],
  [/(?<=\btenure\b.*)\bin years\b/gi, '', /\bin years\b/i],
  [/(?<=\bdays?\b.*)\basked for\b(?=.*\brequests?\b)/gi, '', /\basked for\b/i],
  [/\bhow did (.+?) move from\b/gi, (_said, what) => `how did ${what} change from`],
  // "Add up to": in all.
  [/\badd(?:s|ed)? up to\b/gi, 'in total'],
  // "Leavers this year, and on what date": a leaver's list gives each one's date.
  [/(?<=\b(?:left|leavers?|hired|joined|hires|joiners|starters)\b.*?),? (?:and )?(?:on )?(?:what|which) dates?\b/gi, '', /\bdates?\b/i],
  [/(?<=\b(?:left|leavers?)\b.*?)[?.,]?\s*(?:and )?(?:what|which|when) (?:were|was|are) (?:their|the|his|her) last days?\b/gi, '', /\blast days?\b/i],
  // "Pending or approved leave, each listed": a list.
  [/,? (?:each|all|them|individually) listed\b/gi, ' list'],
  [/\bat the moment\b|\bat present\b/gi, 'now'],
  // "Used all their leave", "run out of leave": none of it left; "days I worked" are the days present.
  [
    /\b(?:used (?:up )?all (?:of )?(?:their|his|her|my|your|the)|(?:has|have|had) run out of) (?:(annual|sick|unpaid) )?leave\b/gi,
    (_said, kind) => `at most 0 days of ${kind ?? 'annual'} leave left`,
  ],
  [/\bdays (?:(?:have|did|has|had) )?(i|you|he|she|they|we) worked\b/gi, (_said, who) => `days ${who} was present`],
  [/\bdays worked\b/gi, 'days present'],
  // A timesheet is the hours worked.
  [/\btimesheets?(?: hours)?\b/gi, 'hours'],
  // Other HR systems' words: a tardy is a late arrival, a roster the team's members, a grade or seniority level a
  // position (a grade beside a quarter or review is a score); seniority alone may be either, so the record gives both.
  [/\btard(?:y|ies)\b/gi, 'late arrivals'],
  [/\btardiness\b/gi, 'lateness'],
  [/\brosters?\b/gi, 'members'],
  [/(?<!\b(?:each|every|per|by) )\bgrades?\b(?=.*\b(?:q[1-4]|quarter|review|appraisal|score)\b)/gi, 'score'],
  [/\b(?:grades?|seniority levels?|job levels?|job grades?)\b/gi, 'level'],
  [/\bseniority\b/gi, 'profile'],
  // "The team leave calendar for tomorrow": who is on leave then, a week gone by too; an absence calendar is who was off.
  [/\b(?:(?:team|my team's|our) )?(?:leave|pto|time[- ]off|vacation|holiday) (?:calendar|schedule|planner|rota)\b/gi, 'who is on leave'],
  [/\b(?:(?:team|my team's|our) )?absence (?:calendar|schedule|planner|rota)\b/gi, 'who is off'],
  // "The average, the median, the lowest and the highest": in a list of statistics, the lowest and highest are min and max.
  [
    /(?<=\b(?:average|avg|mean|median)\b.*)\b(?:the )?(?:(?:lowest|minimum),? and (?:the )?(?:highest|maximum)|(?:highest|maximum),? and (?:the )?(?:lowest|minimum))\b/gi,
    'min and max',
    /\b(?:lowest|highest|minimum|maximum)\b/i,
  ],
  // "Mean, median and lowest": in a list of statistics, the lowest (or highest) alone is the min (or max).
  [
    /(?<=\b(?:average|avg|mean|median)\b.*)(,? and |, )(?:the )?(?:(lowest|minimum)|(highest|maximum))\b(?! \d)/gi,
    (_said, joint: string, low?: string) => `${joint}${low ? 'min' : 'max'}`,
    /\b(?:lowest|highest|minimum|maximum)\b/i,
  ],
  // "Time off" is leave; a "vacation" is annual leave (sick days are not one).
  [/\btime[- ]off\b/gi, 'leave'],
  [/\bvacations?\b(?! leave\b)/gi, 'annual leave'],
  [/\b(?:rack|racked|notch|notched|clock|clocked) up\b/gi, 'have'],
  [/\bwhos\b/gi, "who's"],
  // "What'll attendance be": what will it be, a prediction.
  [/\b(what|who|how|it|that|there|attendance|he|she|they|we)'ll\b/gi, (_said, word) => `${word} will`],
  // "Who is ill": off sick ("ill" alone may be "I'll").
  [/(?<=\b(?:is|are|was|were|been|being|fell|off|in)\s+)(?:ill|unwell|poorly)\b/gi, 'sick'],
  // "People in IT": the department as typed in capitals, never the pronoun (a filler word, silently dropped).
  [/(?<=\b(?:in|from|of|for|the|our)\s+)IT\b|\bIT(?=\s+(?:team|department|dept|staff|people|folks|guys|crew)\b)/g, 'it-department'],
  // "Leave-wise", "attendance wise": the word itself.
  [/\b([a-z]+)[- ]?wise\b/gi, (said, word) => (/^(?:other|like|clock|counterclock|length|street)$/i.test(word) ? said : word)],
  // "Has everyone in QA checked in", "was everybody in on Monday": whether anyone was not (the yes or no is turned back).
  [
    /(?<=^\s*(?:is|are|was|were|has|have|did)\s+)(?:everyone|everybody|all of (?:us|them))((?: (?:in|from|on) [a-z' -]+?)?) (?:checked|check|clocked|clock|signed|sign|come|came|got) in\b/gi,
    (_said, where) => `anyone${where} not checked in`,
  ],
  [
    /(?<=^\s*(?:is|are|was|were|has|have|did)\s+)(?:everyone|everybody|all of (?:us|them))((?: (?:in|from|on) [a-z' -]+?)?) (?:in|at work|present|here)\b(?=(?: today| now| right now| yet)?\s*\??\s*$)/gi,
    (_said, where) => `anyone${where} not checked in`,
  ],
  [
    /(?<=^\s*(?:is|are|was|were|has|have|did)\s+)(?:everyone|everybody|all of (?:us|them))((?: (?:in|from|on) [a-z' -]+?)?) (?:in|at work|present|here)\b(?! (?:team|dept|department))/gi,
    (_said, where) => `anyone${where} absent`,
  ],
  // "Tuesday the 28th of October": the date says the day; the weekday beside it is not another one.
  [
    /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?=(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    '',
  ],
  // "Did I clock out", "what time did I leave yesterday": a check-out.
  [/\bclock(?:ed)? out\b/gi, 'check out'],
  // "Did I clock in today" (not "hours did I clock in October": hours clocked up).
  [
    /\b(did|have|has|had) (i|you|he|she|they|we|[a-z]+) clock(?:ed)? in\b(?=\s*(?:$|\?|today|yesterday|this morning|yet|on\b|at\b))/gi,
    (_said, verb: string, who: string) => `${verb} ${who} ${/^did$/i.test(verb) ? 'check' : 'checked'} in`,
  ],
  [/\bwhat time did (\w+) (?:leave|go home|finish|head home)\b/gi, (_said, who) => `what time did ${who} check out`],
  // "Am I working on Boxing Day": whether that day is a working day.
  [/^\s*(?:am i|are we|is (?:the )?(?:team|everyone)) (?:working|at work|in) (on|this|next)\b/gi, (_said, when) => `is it a working day ${when}`],
  // "A full day off or only half": whether the whole day is off.
  [/\b(full|whole) day off,? or (?:only |just )?(?:a )?half(?: (?:a )?day)?\b/gi, (_said, whole) => `${whole} day off`],
  // "Did I score higher in Q3 than in Q2": the score's move from the one to the other.
  [
    /\b(?:score|scored|do|did) (better|higher|worse|lower) in (q[1-4]) than (?:in )?(q[1-4])\b/gi,
    (_said, way, later, earlier) => `score go ${/better|higher/i.test(way) ? 'up' : 'down'} from ${earlier} to ${later}`,
  ],
  // "What will attendance look like": what it will be.
  [/\b(?:look|looks|looking) like\b/gi, 'be'],
  // An open check-out is a missing one; workdays are working days.
  [/\bopen (check-?outs?)\b/gi, (_said, what) => `missing ${what}`],
  [/\bwork ?days\b/gi, 'working days'],
  // "Did I hit 90% attendance": at least that rate.
  [
    /(?<!\b(?:will|won't|going to|gonna) (?:\w+ ){0,2})\b(?:hit|make|reach|achieve|meet) (\d+(?:\.\d+)?(?: ?(?:%|percent|hours?|hrs)\b)?)/gi,
    (_said, line) => `at least ${line}`,
  ],
  // "Leo Martins' score": a possessive after an s.
  [/(?<=[a-z]s)'(?=\s|$)/gi, ''],
];

/** The question with its phrasings rewritten, each rewrite noted so that a refusal can name the words as typed. */
export function rewritten(question: string, typed: AsTyped): string {
  return REWRITES.reduce(
    (text, [pattern, to, needs]) =>
      needs !== undefined && !needs.test(text)
        ? text
        : text.replace(pattern, (said: string, ...rest: unknown[]) => {
            // The groups come before the match's offset, the first number among the arguments.
            const groups = rest.slice(
              0,
              rest.findIndex((part) => typeof part === 'number'),
            ) as string[];
            const written = typeof to === 'string' ? to : to(said, ...groups);
            typed.note(written, said);
            return written;
          }),
    question,
  );
}
