import type { Rewrite } from './everyday-phrasings';

/**
 * Questions asked in passing, in the words the reader knows: "Ravi Patel - in yet?", "has Zoe clocked in?", "which of
 * mine were under 90%", "who came in above DEV's mean", "is the rate up on last quarter", "this quarter compared to
 * last?", "a year ago today", "is 31/10 a full day or a half day off". Read with the workplace's idioms.
 */
export const IN_PASSING: Rewrite[] = [
  // "Clocked in", "signed in": checked in.
  [
    /\b(clock|sign)(ed\b|(?:s|ing)?(?=\s+(?:in|out)\s*(?:[?!.]|$|yet\b|today\b|at\b))) (in|out)\b/gi,
    (_said, _verb: string, ending: string, way: string) => `check${ending} ${way}`,
  ],
  // "Ravi Patel - in yet?", "Ivan checked in today?": whether they are in today.
  [
    /^\s*([a-z][a-z' -]*?)(?:\s+[-–—]+|\s*[:,])\s*(?:is (?:he|she|they) )?(?:in|here|checked in)(?: yet| today)?\s*\?*\s*$/gi,
    (_said, who: string) => `did ${who} check in today?`,
  ],
  [
    /^\s*(?!(?:who|which|what|has|have|did|is|was|anyone|anybody)\b)([a-z][a-z' -]*?) (?:checked|come) in (today|yet)\s*\?+\s*$/gi,
    (_said, who: string) => `did ${who} check in today?`,
  ],
  // "Has Zoe checked in?": today, when no other day is said.
  [/^\s*(has|have) ([a-z][a-z' -]*?) checked in\s*\?*\s*$/gi, (_said, _verb: string, who: string) => `did ${who} check in today?`],
  // "Which of mine", "any of mine": the manager's team.
  [/\b(which|who|any|none|how many) of mine\b/gi, (_said, word: string) => `${word} of the people in my team`],
  // "Which DEV people came in above DEV's mean": scored above it.
  [/\bcame in (above|below|under|over) (?=(?:the |their |[a-z]+'s )?(?:[a-z-]+ )?(?:average|avg|mean|median)\b)/gi, (_said, side: string) => `scored ${side} `],
  // "Is the rate up on last quarter": this quarter against the last.
  [
    /\b(up|down|better|worse|higher|lower) on (?:the )?(?:last|previous) (week|month|quarter|year)\b/gi,
    (_said, way: string, unit: string) => `${way} this ${unit} compared to last ${unit}`,
  ],
  // "This quarter compared to last?": the unit said once.
  [
    /\b(this|current) (week|month|quarter|year)\b(.*?)\b(compared (?:to|with)|vs\.?|versus|than|on|over) (?:the )?(last|previous)(?! (?:week|month|quarter|year)\b)/gi,
    (_said, which: string, unit: string, between: string, word: string, last: string) => `${which} ${unit}${between}${word} ${last} ${unit}`,
  ],
  // "Our headcount a year ago today": on that day.
  [/\b(a|one|two|three|\d+) (years?|months?|weeks?) ago today\b/gi, (_said, n: string, unit: string) => `${n} ${unit} ago`],
  // "Is 31/10 a full day or a half day off": whether it is a holiday, and which half.
  [
    /\b(?:a )?(?:full|whole) day(?: off)? or (?:a )?half[- ]day(?: off)?\b|\b(?:a )?half[- ]day(?: off)? or (?:a )?(?:full|whole) day(?: off)?\b/gi,
    'a holiday',
  ],
  // "How much unpaid leave has Daniel had this year": taken.
  [
    /(?<=\b(?:leave|days off|sick days|pto|vacation days)\b.*)\b(has|have) ([a-z][a-z']*(?: [a-z][a-z']*)?) had\b/gi,
    (_said, verb: string, who: string) => `${verb} ${who} taken`,
  ],
  // "Did Peter Hansen come in yesterday": was he in; "who was missing on Friday": absent.
  [/\bdid ([a-z][a-z' -]*?) come in\b(?! (?:late|early|on time))/gi, (_said, who: string) => `was ${who} in`],
  [/\bwho(?: was|'s| is| were) missing\b(?! (?:a |any |their |his |her )?check)/gi, 'who was absent'],
  // "Has DEV stayed above 95% attendance": is it above the line.
  [
    /\b(?:has|have) ([a-z][a-z' -]*?) (?:stayed|remained|kept|been staying) (above|below|over|under)\b/gi,
    (_said, who: string, side: string) => `is ${who} ${side}`,
  ],
  // "Leave requests sitting pending": pending.
  [/\b(?:still )?sitting\s+(?=pending\b)/gi, ''],
  // "Who in SEC moved up between Q2 and Q3": improved.
  [/\bmoved (up|down)\b/gi, (_said, way: string) => (way.toLowerCase() === 'up' ? 'improved' : 'dropped')],
  [/\bteam[- ]by[- ]team\b/gi, 'by team'],
  // "Who has passed the five-year mark with us": here that long or more.
  [/\b(?:passed|reached|hit|crossed) the (\w+)[- ]years? mark(?: with us| here)?\b/gi, (_said, n: string) => `been here ${n} years or more`],
  // "By how many points did QA's average fall": how much it changed.
  [/\bhow much did (.+?) (?:fall|fell|drop|dropped|rise|rose|climb|climbed|slip|slipped)\b/gi, (_said, what: string) => `how much did ${what} change`],
  // "Is the AI team doing better than the company on attendance": their attendance against it.
  [
    /\b(?:doing|did|do|does) (better|worse) than (.+?) (?:on|for|with|at|in terms of) attendance\b/gi,
    (_said, way: string, other: string) => `attendance ${way} than ${other}`,
  ],
  // "How many ppl on my team incl me": a team's count holds its manager already.
  [/,?\s*\b(?:incl\.?|including|inc\.?) me\b/gi, ''],
  // "What's happening with my December leave request": its status.
  [/\bwhat(?:'s| is|s) happening (?:with|w\/?) (my|his|her|their)\b/gi, (_said, whose: string) => `what is the status of ${whose}`],
  // "Approved leave coming up that hasn't started yet": starting after today.
  [/(?:\s*\b(?:coming up|upcoming|ahead))?,?\s*\bthat (?:has ?n[o']?t|have ?n[o']?t) (?:started|begun|happened)(?: yet)?\b/gi, ' starting after today'],
  // "AL balance": annual leave.
  [/\bal (?=(?:balance|days|left|remaining|allowance|entitlement)\b)/gi, 'annual leave '],
  // "How many days will Arjun's leave in December cost", "… take off my balance", "… use": what it is charged.
  [
    /\bhow many days (?:will|would|does|did|is) (.+?) (?:going to )?(?:cost|use|take(?: off (?:my|his|her|their) (?:balance|allowance))?)(?: (?:me|him|her|them))?\b/gi,
    // Whatever its state: the request's own days, not only approved leave.
    (_said, what: string) => `how many days is ${/\brequest/.test(what) ? what : what.replace(/\bleave\b/, 'leave request')} charged`,
  ],
  // "What is Ivan entitled to in annual leave": his allowance.
  [/\bwhat (?:is|are) (.+?) entitled to in (annual|sick|unpaid) leave\b/gi, (_said, who: string, kind: string) => `what is ${who}'s ${kind} leave allowance`],
  // "Security analysts we have had, counting the ones who left": leavers included.
  [/,?\s*\bcounting (?:the ones|those|people|anyone|everyone) who (?:have )?left\b/gi, ', including leavers'],
  [/\bhow many different (people|employees|staff|persons|ppl)\b/gi, (_said, who: string) => `how many ${who}`],
  // "Sick days granted to Ines Carvalho for 2025": her allowance.
  [
    /^\s*(annual|sick|unpaid)? ?(?:leave )?days granted to ([a-z][a-z' -]+?)(?=\s+(?:for|in)\b|\s*\??\s*$)/gi,
    (_said, kind = '', who: string) => `how many ${kind ? `${kind} ` : ''}days was ${who} granted`,
  ],
  [/\bfirst ((?:bank |public )?holiday) after\b/gi, (_said, what: string) => `next ${what} after`],
  // "Who on my team has put in for leave in December": their requests.
  [/\b(?:has |have )?(?:put in|applied|asked) for (?:leave|time off)\b/gi, 'has leave requests'],
  [/\bevery quarter (?:we have|we've got|there is) (?:on record|data for|records for)\b/gi, 'by quarter'],
  [/\bwho topped each (team|department)\b/gi, (_said, unit: string) => `top performer in each ${unit}`],
  // "Hey its me kevin, when's my start date": who asks is known from the login.
  [/^\s*(?:(?:hey|hi|hello)\s*,?\s*)?(?:it'?s|its) me,? [a-z]+\s*[,.!:-]+\s*/gi, ''],
  // "Doing my self review and need my attendance rate": why it is asked.
  [/\b(?:i'?m |im |i am )?doing (?:my|our|the) [a-z -]{1,30}? and (?:i )?need\b/gi, 'need'],
];
