/*
 * How people reckon with their leave, in the words the reader knows (the calendar's own words are in
 * calendar-phrasings.ts, read right after these). A balance's "available" already has the pending
 * requests taken off (API.md: available = allocated + adjusted − taken − pending), so "once my pending request is
 * counted" asks for what the balance gives; an allowance or a grant is the balance's "allocated"; a request that is
 * not approved yet is pending; "did it go through", "where is it at", "is it confirmed" ask for its status, which its
 * listing gives.
 */
import type { Rewrite } from './everyday-phrasings';

const WHOSE = String.raw`(?:my|his|her|their|the|[a-z]+(?:['’]s)?)`;
const LEAVE_KIND = String.raw`(?:(annual|sick|unpaid)\s+)?`;

export const LEAVE_PHRASINGS: Rewrite[] = [
  // "… left once my pending request is taken off", "… available with her December request counted".
  [
    new RegExp(
      String.raw`,?\s*\b(?:once|after|with|when|if|counting|including)\s+${WHOSE}\s+(?:[\w-]+\s+){0,2}?(?:requests?|half[- ]days?|bookings?|leave)\s+(?:is\s+|are\s+|has been\s+|have been\s+)?(?:taken off|taken out|counted|deducted|included|subtracted|accounted for|taken into account|factored in)\b`,
      'gi',
    ),
    '',
    /\b(?:taken off|taken out|counted|deducted|included|subtracted|accounted for|taken into account|factored in)\b/i,
  ],
  // "Counting the request she has pending", "taking his pending half day into account", "now that I've asked for the
  // 28th off", "if my December request goes through", "once her leave next week is done": the balance has them.
  [
    /,?\s*\b(?:counting|including|taking) (?:the |my |his |her |their )?(?:[\w-]+ ){0,2}?(?:requests?|half[- ]days?|days? off)(?: (?:(?:she|he|i|they) (?:has|have) pending|into account))?\b/gi,
    '',
    /\b(?:pending|into account)\b/i,
  ],
  [/,?\s*\bnow that (?:i(?:'ve| have)|she(?:'s| has)|he(?:'s| has)|they(?:'ve| have)) (?:asked|applied|requested|booked) for .+? off\b/gi, ''],
  [/^\s*if (?:my|his|her|their) (?:[\w-]+ )?(?:request|leave) (?:goes|go|comes|come) through,?\s*/gi, ''],
  [/,?\s*\bonce (?:my|his|her|their) (?:leave|holiday|time off)(?: [a-z ]+?)? (?:is |has )?(?:done|over|taken|finished|been taken)\b/gi, ''],
  // "When is the leave I asked for", "how many days did I ask for at the end of December": my requests.
  [/\bthe (?:leave|time off|days? off) (?:i|we) (?:asked|applied|requested) for\b/gi, 'my leave requests'],
  [/\bhow many days did (?:i|we) (?:ask|apply|request) for\b/gi, 'my leave requests'],
  [
    /\b(who|anyone|anybody)((?: [a-z]+){0,4}) has leave(?= (?:next|this|tomorrow|today|on|in|during)\b)/gi,
    (_said, who, where = '') => `${who}${where} is on leave`,
  ],
  [/\bwaiting (?:on|for) (?:a )?decision\b/gi, 'pending'],
  // "… once my pending request goes through", "… left after my pending request": the same.
  [/,?\s*\b(?:once|after) (?:my|his|her|their) (?:pending )?(?:leave )?requests?(?: (?:goes|go|comes|come) through| (?:is|gets|are|get) approved)?\b/gi, ''],
  // "How much leave does Chris have free", "how many are still free": what is available.
  [/\b(have|has|got|are|is)\s+(?:still\s+)?free\b/gi, (_said, verb) => `${verb} available`],
  [/\bstill free\b/gi, 'available'],
  // "Requests that aren't approved yet", "unapproved requests": the pending ones.
  [
    /\b(requests?|leave|days?)\s+(?:that|which)\s+(?:aren't|are not|haven't been|have not been|isn't|is not|are still not|weren't|were not)\s+(?:yet\s+)?(?:been\s+)?(?:approved|decided|signed off)(?:\s+yet)?\b/gi,
    (_said, what) => `pending ${what}`,
  ],
  [/\b(?:unapproved|undecided|not yet approved)\s+(requests?|leave)\b/gi, (_said, what) => `pending ${what}`],
  // "How many days are reserved by my pending request": the days pending.
  [/\b(?:reserved|held|blocked|booked)\s+(?:by|in|for)\s+(?:my|his|her|their|the)\s+(?:pending\s+)?requests?\b/gi, 'pending'],
  // "How many annual leave days was Leo Martins granted", "how many sick days was Ethan entitled to": the balance, which
  // gives what was allocated.
  [
    new RegExp(
      String.raw`\bhow (?:many|much)\s+${LEAVE_KIND}(?:leave\s+)?(?:days?\s+)?(?:of\s+${LEAVE_KIND}leave\s+)?(?:was|is|were|has|have|did|does)\s+(.+?)\s+(?:been\s+)?(?:granted|given|allocated|entitled to|get|got)\b`,
      'gi',
    ),
    (_said, kind, kind2, who: string) => `${who}'s ${kind ?? kind2 ?? 'annual'} leave balance`,
    /\b(?:granted|given|allocated|entitled|get|got)\b/i,
  ],
  [/\b((?:annual|sick|unpaid)\s+)?(?:leave\s+)?(?:allowance|entitlement|grant|allocation)\b/gi, (_said, kind = 'annual ') => `${kind}leave balance`],
  [/(?<=\bleave balance\b.*)\s+for the (?:whole |full |entire )?year\b/gi, '', /\bfor the\b/i],
  // "Did Omar's leave request for 21 November go through", "where's my request at", "is my day off on the 28th
  // confirmed": the request, listed with its status.
  [
    /\b(?:did|has|have)\s+(.+?)\s+((?:leave |holiday |time[- ]off )?requests?)(\s+(?:for|on|from)\s+.+?)?\s+(?:go(?:ne)? through|get approved|been approved|get accepted|go ahead)\b/gi,
    (_said, whose: string, what: string, when = '') => `was ${whose} ${what}${when} approved`,
  ],
  [
    /\bwhere(?:'s| is)\s+(my|his|her|their|[a-z]+(?:['’]s)?)\s+((?:leave |holiday )?requests?)(\s+(?:for|on|from)\s+.+?)?\s+at\b/gi,
    (_said, whose: string, what: string, when = '') => `${whose} leave requests${when}`,
  ],
  [
    /\bis\s+(my|his|her|their|[a-z]+(?:['’]s)?)\s+(?:day off|leave|holiday|time off|annual leave)(\s+(?:for|on|from)\s+.+?)?\s+(?:confirmed|sorted|ok|okay|signed off|going ahead)\b/gi,
    (_said, whose: string, when = '') => `is ${whose} leave request${when} approved`,
  ],
  // "Have I ever had a leave request turned down": the rejected ones.
  [/\b(?:turned down|declined|refused|knocked back)\b(?=.*\brequests?\b)|(?<=\brequests?\b.*)\b(?:turned down|declined|refused|knocked back)\b/gi, 'rejected'],
  [/\bhave (i|we) ever had (?:an?|any) ((?:leave )?requests?) rejected\b/gi, (_said, who) => `${who === 'we' ? 'our' : 'my'} rejected leave requests`],
  // "Whose approved leave hasn't started yet": the approved leave starting after today.
  [
    /\b(approved )?leave (?:that )?(?:hasn't|has not|haven't|have not) (?:yet )?started(?: yet)?\b/gi,
    (_said, approved = '') => `${approved}leave starting after today`,
  ],
  // "Felix is off 22-31 Dec, how many leave days is that", "how many days was Grace charged for her leave on 31
  // October": what the request there was charged, which its listing gives.
  [
    /^\s*(.+?) (?:is|was|will be|'s) (?:off|away|on leave|out) (.+?)\s*(?:,|-|–|—|\.)\s*how many (?:leave )?days (?:is|was|did|will) (?:that|it)(?: (?:cost|take|use) (?:her|him|them))?\b/i,
    (_said, who: string, when: string) => `${who}'s leave requests for ${when}`,
  ],
  [
    /\bhow many days (?:was|were|did|will) (.+?) (?:get |be )?(?:charged|deducted|docked|debited) for (?:her|his|their) (?:annual |sick )?leave (on|for|from) /gi,
    (_said, who: string, on: string) => `${who}'s leave requests ${on} `,
  ],
  [
    /\bhow many days (?:is|was|will be) (.+?)['’]s (christmas |xmas |summer |easter )?(?:annual )?leave\b/gi,
    (_said, who: string, season = '') => `${who}'s leave requests${/^(?:christmas|xmas)/i.test(season) ? ' in december' : ''}`,
  ],
  // "Whatever their status", "of any status": every request is listed with its status when none is asked.
  [
    /,?\s*\b(?:whatever|regardless of|irrespective of) (?:their |the |its )?status(?:es)?\b|,?\s*\b(?:of )?(?:any|every|all) status(?:es)?\b/gi,
    '',
    /\bstatus/i,
  ],
  // "(current staff only)" beside a balance: what is still available is the people still here already.
  [
    /\s*\((?:current|active|existing|present) (?:staff|employees|people|members|team members)(?: only)?\)|,?\s*\b(?:current|active|existing|present) (?:staff|employees|people|members|team members) only\b/gi,
    '',
    /\b(?:leave|balance)\b/i,
  ],
  // "Chris's pending leave - what date?": the listing gives each request's dates.
  [/\b(leave|requests?)\s*(?:-|–|—|,)\s*(?:on )?(?:what|which) dates?\s*\??\s*$/gi, (_said, what: string) => what],
  // "Anyone not clock out yesterday": a check-out missed.
  [/\b(anyone|anybody|who|someone|somebody|i|he|she) (?:not|never) (?:clock|check|sign)(?:ed)? out\b/gi, (_said, who: string) => `${who} didn't check out`],
  // "Who was on half-day leave yesterday": who took half a day of leave.
  [/\b(?:was|were|is|are) on (?:a )?half[- ]day (annual |sick )?leave\b/gi, (_said, kind = '') => `took a half day of ${kind}leave`],
  // "Actually" and "myself" only stress: "has she actually taken any", "do I have myself".
  [/\bactually\s+(?=(?:taken|used|had|booked|got)\b)/gi, ''],
  [/(?<=\b(?:i|me|my)\b.*)\s+myself\b/gi, '', /\bmyself\b/i],
];
