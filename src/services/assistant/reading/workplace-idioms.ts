import type { Rewrite } from './everyday-phrasings';

/**
 * Idioms of the workplace for hiring, ranking and moving, in the words the reader knows: people "taken on", who "came
 * out on top", "the biggest jump", someone's "official" title. Read before the other phrasings, which may take their words.
 */
export const WORKPLACE_IDIOMS: Rewrite[] = [
  // "Which people did we take on this quarter": hired.
  [/\b(?:did|have|has) (?:we|the company|hr) (?:take|taken|took) on\b/gi, 'were hired'],
  [/\b(was|were|got|been|being) taken on\b/gi, (_said, verb: string) => `${verb} hired`],
  // "Who came out on top", "who finished bottom": the highest or lowest score.
  [/\b(?:came|come|comes|finished|finish|ended up|was) (?:out )?(?:on )?top\b/gi, 'scored highest'],
  [/\b(?:came|come|comes|finished|finish|ended up|was) (?:out )?(?:at the )?bottom\b/gi, 'scored lowest'],
  // "Biggest score jump from Q2 to Q3 - who, and how many points?": the most improved, answered with the change.
  [
    /\b(?:the )?(?:biggest|largest|greatest|highest) (?:score |scoring )?(?:jump|leap|climb|rise|gain|increase|improvement)s?(?: in (?:final )?scores?)?\b/gi,
    'most improved',
  ],
  // "… from Q2 to Q3 - who, and how many points?": the change is answered with whose it is and its size.
  [
    /(?<=\b(?:most improved|biggest (?:score )?(?:drop|fall|decline))\b.*?)\s*[-–—,:]?\s*who\b,?\s*(?:and )?(?:by )?how (?:many points|much)\s*\??/gi,
    '',
    /\bhow (?:many points|much)\b/i,
  ],
  // "Did Sofia Rossi start before Mei Lin": the two named as the choice, the first asked about.
  [
    /\bdid (.+?) (?:start|join)(?: (?:us|here|the company|the team))? (before|earlier than|sooner than|after|later than) (.+?)(?=\s*[?.!,;]|\s*$)/gi,
    (_said, first: string, when: string, second: string) =>
      `did ${first} join ${/^(?:before|earlier|sooner)/i.test(when) ? 'first' : 'last'}, ${first} or ${second}`,
  ],
  // "Is Zoe in yet", "has Daniel checked in yet": today's check-in; "still not in" is not in yet.
  [
    /\b(?:is|are|has|have) (?!(?:all|every|any|my|our|the)\b)([a-z]+(?: (?!(?:checked|clocked|signed)\b)[a-z]+)?) (?:(?:checked|clocked|signed) )?in yet\b/gi,
    (_said, who: string) => `has ${who} checked in today`,
  ],
  [/\bstill not in\b/gi, 'not in yet'],
  // "Anyone roll in late", "did Chloe make it in": came in; "on my side", "in my lot": the caller's team.
  [/\broll(?:ed|s|ing)? in\s+(?=late\b)/gi, ''],
  [/\b(?:roll(?:ed|s)?|made it|make it|makes it)(?= in\b)/gi, 'come'],
  [/\b(on|in|of) my (?:side|lot)\b/gi, (_said, word: string) => `${word} my team`],
  // "Anyone in my lot not check out yesterday", "… not check out properly": who missed a check-out.
  [/(?<=\b(?:anyone|anybody|someone|somebody|who)\b.*)\bnot (?:check|clock|sign)(?:ed)? out(?: properly)?\b/gi, "didn't check out", /\bnot\b/i],
  // "On leave yesterday, even half a day": half days of leave are leave already.
  [/,?\s*\beven (?:for )?(?:half a day|a half[- ]day|half[- ]days?)\b/gi, ''],
  // "Working days left for me this month": the caller's own calendar is what is read.
  [/\bleft for (?:me|us)\b/gi, 'left'],
  [/(?<=\bout) properly\b/gi, ''],
  // "Is Peter below the team attendance rate": his attendance against the team's average.
  [
    /\bis ([a-z]+(?: [a-z]+)?) (above|below|under|over) (the|my|our) team(?:'s|’s)? (?:attendance (?:rate|average|avg)|rate)\b/gi,
    (_said, who: string, side: string, whose: string) => `is ${who}'s attendance ${side} ${whose} team average`,
  ],
  // "Omar asked for this Friday off - was that approved?": the status of his leave that day.
  [
    /^\s*([a-z]+(?: [a-z]+)?) (?:asked|applied|put in|requested) for (.+?) off\s*[-–—,:]?\s*(?:was|is|has) (?:that|it) (?:been )?(approved|rejected|declined|pending|cancell?ed)\b/gi,
    (_said, who: string, when: string, status: string) => `was ${who}'s leave for ${when} ${status}`,
  ],
  // "Is Ben's attendance below the team's?": against the team's average.
  [
    /(?<=\battendance\b.*)\b(above|below|under|over|than) (the|my|our) team(?:'s|s'|’s)(?=\s*[?.!]*\s*$)/gi,
    (_said, side: string, whose: string) => `${side} ${whose} team average`,
    /\bteam(?:'s|s'|’s)/i,
  ],
  // "Grace's score last quarter, and how much it moved from the one before": the change.
  [/\bhow much (it|that|they|(?:his|her|their) score) moved\b/gi, (_said, what: string) => `how much ${what} changed`],
  // "Who was our most recent leaver": who left most recently; "our latest hire": who joined most recently.
  [
    /\bwho (?:was|is|were) (?:our |the )?(?:most recent|latest|last|newest) (leaver|hire|joiner|starter|new starter)s?\b/gi,
    (_said, who: string) => `who ${/^leaver/i.test(who) ? 'left' : 'joined'} most recently`,
  ],
  // "Mohammed Saleh v Ahmed Ali — who joined first?": the two named as the choice.
  [
    /^\s*(.+?)\s+(?:v|vs\.?|versus)\s+(.+?)\s*[—–:-]+\s*(who|which one|which of them) (.+?)\s*\??\s*$/gi,
    (_said, a: string, b: string, who: string, rest: string) => `${who} ${rest}, ${a} or ${b}?`,
  ],
  // "Which team has the fewest people": the smallest team by headcount.
  [
    /\b(which|what) (team|department|dept) (?:has|had|have) the (most|fewest|least) (?:people|employees|staff|members|ppl|heads)\b/gi,
    (_said, which: string, unit: string, end: string) => `${which} ${unit} is the ${/^most/i.test(end) ? 'largest' : 'smallest'} by headcount`,
  ],
  // "Who had an open check-in with no check-out": who did not check out.
  [/\bhad an open check-?in(?: with no check-?out)?\b|\bhad no check-?out\b/gi, "didn't check out"],
  // "Was Lukas at work yesterday", "come into work": came in ("in the office" names a place, which is not kept;
  // "how many days was she in the office" is her days present already).
  [/(?<!\bhow many days\b.*)\b(was|were|am|is|are|been)((?: [a-z']+){0,2}) at work\b/gi, (_said, verb: string, who: string) => `${verb}${who} in`],
  [/\b(come|came|comes|coming) into (?:work|the office)\b/gi, (_said, verb: string) => `${verb} in`],
  // "Hours my team logged in week 46": hours worked, not logins.
  [/\bhours (.{0,30}?)logged in\b(?= (?:week|wk|the|this|last|on|during|for|over|in|q[1-4]|\d))/gi, (_said, who: string) => `hours ${who}worked in`],
  // "Which departments fell under the attendance alert line": attendance issues.
  [/\b(?:fell|fall|falls|were|was|are|is|went|dropped) (?:under|below) the (?:attendance )?alert (?:line|rate|threshold|level)\b/gi, 'had attendance issues'],
  // "What was on the calendar for my team on 12/09": the holidays that day.
  [/\bwhat(?:'s| is| was)? on the (?:team |work |holiday )?calendar\b/gi, 'what holidays were there'],
  // "Do I work on Monday 1 December": whether it is a working day for the asker.
  [/\bdo (i|we) (?:work|have to work|have work) on\b/gi, (_said, who: string) => `did ${who} have to work on`],
  // "My leave request for 29-31 December - how many days will it cost me": what it is charged.
  [/\bhow many days will (?:it|that|this) (?:cost|take)(?: (?:me|him|her|them))?\b/gi, 'how many days is it charged'],
  // "How many employees hold the Manager position": are managers; "every ML Engineer we currently employ": every one.
  [/\b(?:hold|holds|have|has) the (junior|mid|senior|lead|manager) (?:position|level|role|grade)\b/gi, (_said, level: string) => `are ${level}s`],
  [/\s*\b(?:that |who )?we (?:currently |presently )?employ\b/gi, ''],
  [/\bhires (?:did|have) (?:we|the company) (?:make|made)\b/gi, 'hires were there'],
  // "Who has served the longest", "which senior has the most years with us": the longest-serving.
  [
    /\b(has|have) (?:served (?:the )?longest|the most years(?: with us| here| of service| at the company)?)\b/gi,
    (_said, verb: string) => `${verb} been here the longest`,
  ],
  // "Biggest single drop", "the three biggest fallers", "biggest riser": moves between quarters.
  [/\b(biggest|largest|greatest) single\b/gi, (_said, end: string) => end],
  [/\b(biggest|largest|greatest) fallers?\b/gi, (_said, end: string) => `${end} drops`],
  [/\b(?:the )?(?:biggest|largest|greatest) risers?\b/gi, 'most improved'],
  [/\b(?:went |go |gone |was |were )?down by (more|less|fewer) than\b/gi, (_said, side: string) => `dropped by ${side} than`],
  [/\bby how many points did (.+?) (?:move|change|shift)\b/gi, (_said, what: string) => `how much did ${what} change`],
  [/\bdid (.+?) (?:rise|climb)\b/gi, (_said, what: string) => `did ${what} go up`],
  [/(?<=\blist )every\s+/gi, ''],
  // "On which date did I join the company": the asker's own start, not the company's figures.
  // "Who joined the company", "how many people started at the firm" keep it: the whole company is asked about.
  [
    /(?<!\b(?:who|people|employees|staff|persons|anyone|anybody|many|everyone)\b.*)\b(join|joined|start|started) (?:the company|the firm|the organi[sz]ation)\b/gi,
    (_said, verb: string) => verb,
  ],
  [/\bon (?:which|what) (?:date|day) did (.+?) (join|start)\b/gi, (_said, who: string, verb: string) => `when did ${who} ${verb}`],
  // "Which department is leading on attendance": the best attendance.
  [/\b(?:is|was|are|were) (?:leading|ahead|top|winning|doing best) (?:on|in|for) attendance\b/gi, 'has the best attendance'],
  // "What was my October attendance rate, as a percentage?": a rate is a percentage already.
  [/,?\s*\b(?:as a|in) percentages?\b(?=\s*[?.!]*\s*$)/gi, ''],
  // "How many check-outs were missed": missing check-outs.
  [/\bcheck-?outs? (?:were|was|got|have been) missed\b/gi, 'missing check-outs were there'],
  // "Which people have approved leave falling next week": leave then.
  [/\bfalling(?= (?:next|this|in|on|during|over|within|between)\b)/gi, ''],
  // "What attendance rate did my team hit in October": what it was.
  [
    /\bwhat (attendance rate|rate|average score|average|score) did (.+?) (?:hit|get|achieve|reach|manage|land|end up with)\b/gi,
    (_said, what: string, whose: string) => `what was ${whose}'s ${what}`,
  ],
  // "My own team's attendance": the team's, not the asker's own record.
  [/\bmy own team\b/gi, 'my team'],
  // "Holidays only for one team", "the team days": every team's own holidays.
  [/\b(?:only|just) for one team\b|\bfor one team only\b/gi, 'for one team'],
  [/\bteam days\b/gi, 'team holidays'],
  // "What job title is Grace Kim down as": what she is.
  [/\s+down as\s*(?=[?.!]*\s*$)/gi, ''],
  // "My official job title": the title held.
  [/\b(?:official|actual|formal|current) (job title|title|position|role)\b/gi, (_said, what: string) => what],
  // "How many sickies have I got left": sick days.
  [/\bsickies\b/gi, 'sick days'],
  [/\bsickie\b/gi, 'sick day'],
  // "What happened to Peter's leave request for 5 Dec": its status.
  [/\bwhat(?:'s| has)? happened (?:to|with) (.+?\b(?:requests?|applications?|bookings?))\b/gi, (_said, what: string) => `what is the status of ${what}`],
  // "Is Christmas Eve only a half day": whether it is one.
  [/\bonly (?=(?:a )?half[- ]days?\b)/gi, ''],
  // "When did I leave yesterday", "what time did Priya leave on the 13th": a day's check-out, not a last day of work.
  [
    /\b(what time|when) did (.+?) (?:leave|go home|head home|head off|knock off|finish)(?: work| the office)?(?=,? (?:on|yesterday|today|last|this|the)\b)/gi,
    (_said, when: string, who: string) => `${when} did ${who} check out`,
  ],
  // "How many sick days am I entitled to this year": the allowance.
  [
    /\bhow many (?:(annual|sick|unpaid) )?(?:leave )?days?(?: of (annual|sick|unpaid)(?: leave)?)? (?:am i|are we) (?:entitled to|allowed)\b/gi,
    (_said, kind?: string, of?: string) => `what is my ${kind ?? of ?? 'annual'} leave allowance`,
  ],
  // "Working days left in 2025, not counting today": from tomorrow.
  [/(?<=\b(?:left|remaining|to go|rest of)\b.*?),?\s*(?:not counting|excluding|except(?: for)?|apart from|other than|without) today\b/gi, ' after today'],
  // "Start date?" alone: the asker's own.
  [/^\s*(?:my )?(start(?:ing)? date|hire date|joining date|join date)\s*\??\s*$/gi, (_said, what: string) => `what is my ${what}?`],
  // "Which AI people beat their team's Q3 average": above it; "did AI beat DAT on attendance": higher than.
  [
    /\b(?:beat|beats|outscored?|outperform(?:ed|s)?|did better than)\b(?= (?:the |their |his |her |my |our )?(?:[a-z]+'s )?(?:team'?s? |company'?s? |company-wide |overall )?(?:q[1-4] )?(?:average|avg|mean)\b)/gi,
    'scored above',
  ],
  [/\b(?:beat|beats|outscored?|outperform(?:ed|s)?|outdid|outdo(?:es)?)\b/gi, 'higher than'],
  // "By how many points", "how many percentage points higher": how much; ", in points" after a change says only its unit.
  [/\b(?:by )?how many (?:percentage )?points\b/gi, 'how much'],
  [/,?\s*in (?:percentage )?points\b/gi, ''],
  // "How much did each team's average move between Q2 and Q3": change.
  [/\bmove(?:d)?\b(?= (?:between|from)\b)/gi, 'change'],
  // "Late less often in August than in September": fewer times late.
  [/\b(more|less) often\b/gi, (_said, way: string) => way],
  // "The gap between QA's best and worst score": the difference.
  [/\bgap\b/gi, 'difference'],
  // "Ben Carter or Chris Morgan, who was absent more in August": both, side by side.
  [
    /^\s*([a-z'-]+(?: [a-z'-]+)?) (?:or|vs\.?|versus) ([a-z'-]+(?: [a-z'-]+)?)\s*(?:[-—–,:?]+\s*)+(?:who(?:'s| was| had| has| did| is| got| took)?\s+)?(.*\b(?:more|fewer|less|most|fewest)\b.*)$/gi,
    (_said, a: string, b: string, rest: string) => `${a} and ${b}: ${rest.replace(/\s*\b(?:more|fewer|less|most|fewest)\b/gi, '')}`,
  ],
  // "Working days in August (weekends + bank hols out)": what working days leave out already.
  [
    /\s*\((?:excluding |excl\.? |minus |without )?(?:weekends?|bank hol(?:iday)?s|public holidays|holidays)(?:\s*(?:\+|and|&|,)\s*(?:weekends?|bank hol(?:iday)?s|public holidays|holidays))*(?: (?:out|excluded|removed|taken out|not counted|off))?\s*\)/gi,
    '',
  ],
  // "…, for the timesheet check", "missing check-outs to fix", "requests I need to deal with": why it is asked.
  [/,?\s*for (?:the |my |our )?(?:timesheets?|payroll|month[- ]end|hours|audit)(?: checks?| reviews?| runs?| sign-?offs?)\b/gi, ''],
  [
    /\s+(?:to (?:fix|sort out|chase(?: up)?|correct|follow up(?: on)?|deal with|action)|(?:that )?i (?:need|have|must|should) to (?:deal with|approve|action|look at|sort out|chase|fix|sign off))\b(?=\s*[?.!]?\s*$)/gi,
    '',
  ],
  // "Before I close the month:", "before the month closes,": when it is asked, not what.
  [
    /^\s*before (?:i |we )?(?:close|closing|run|running) (?:the |this )?(?:month|books|payroll)\s*[,:]?\s*|^\s*before the (?:month|books|payroll) (?:closes?|ends?|runs?)\s*[,:]?\s*/gi,
    '',
  ],
  // "Anyone in AI with zero absences": with none.
  [
    /^\s*(?:is there |was there |were there |did )?(?:any(?:one|body)|any (?:people|staff|employees))((?: in| on| from) [\w' -]+?)? (?:with|(?:who )?(?:had|has|have)) (?:no|zero) (absences?|days? absent|late (?:arrivals|days)|lates)\b/gi,
    (_said, where = '', what: string) => `who${where} had no ${what}`,
  ],
  // "Leave in November, taken or booked": both are the leave in it.
  [/,?\s*(?:taken|past) (?:or|and|&) (?:booked|planned|upcoming|future)\b/gi, ''],
  // "Corrections waiting for me to decide": waiting (pending).
  [/\s+for (?:me|us) to (?:decide(?: on)?|approve|review|sign off|look at|action)\b(?=\s*[?.!]?\s*$)/gi, ''],
  // "How many days will my request for 29-31 December cost me", "does my pending request cost": its days.
  [
    /\b(how many days )?(?:will|would|did|does) ((?:my|his|her|their|[a-z]+'s) (?:\w+ ){0,2}requests?)(.*?) cost(?: me| him| her| them| us)?\b/gi,
    (_said, howMany = '', request: string, rest: string) => `${howMany}is ${request}${rest}`,
  ],
  // "Headcount at month end", "month-end headcount:": as of the day asked, or today.
  [/\b(?:at )?(?:the )?month[- ]end\b:?/gi, ''],
  // "Ravi Patel - which day did he forget to check out?": the person named first is the one "he" asks about.
  [
    /^\s*(?!(?:quick|one|another|just|also|hi|hey|ok|okay|so|sorry|question|follow)\b)([a-z][a-z'-]+ [a-z][a-z'-]+)\s*[-—–:]\s*((?:which|when|what|how|was|did|is|has|does)\b.*?\b(?:he|she|his|her|him)\b.*)$/gi,
    (_said, name: string, rest: string) => rest.replace(/\b(?:his|her)\b(?= \w)/gi, `${name}'s`).replace(/\b(?:he|she|him|her)\b/gi, name),
  ],
  // "Which day was I late this month, before today": this month up to yesterday.
  [
    /\b(this (?:month|week|year)),?\s*(?:before|excluding|not counting|except(?: for)?|apart from|other than|without) today\b/gi,
    (_said, period: string) => `from ${{ 'this month': 'the 1st', 'this week': 'monday', 'this year': '1 january' }[period] ?? 'the 1st'} to yesterday`,
  ],
  // "QA's attendance worse than DEV's, yes or no?", "over 300 or not?": a yes or no, asked outright.
  [/^(.*?)\s*[,;:-]?\s*\b(?:yes or no|y\/n|or not)\s*(?=\??\s*$)/gi, (_said, asked: string) => `whether ${asked}`],
  // "Last week's rate next to the week before's": the two compared.
  [/\b(?:next to|alongside|side by side with)\b/gi, 'vs'],
  // "The week of Oct 6 compared to the week of Nov 3": two weeks, each whole.
  [/\b(?:compared (?:to|with)|against)\b(?= (?:the )?(?:week|wk) of\b)/gi, 'vs'],
  // "How many people got a better score in Q3 than in Q2": improved from the second to the first.
  [
    /\b(?:got|had|scored|earned) (?:a )?(better|higher|worse|lower) (?:score )?in (q[1-4](?: \d{4})?) than (?:in )?(q[1-4](?: \d{4})?)/gi,
    (_said, way: string, later: string, earlier: string) => `${/better|higher/i.test(way) ? 'improved' : 'dropped'} from ${earlier} to ${later}`,
  ],
  // "The company-wide average": the company's.
  [/\b(?:company|org(?:anisation|anization)?)[- ]wide (average|avg|mean)\b/gi, (_said, word: string) => `company ${word}`],
  // "Which devs were above the company average": who in that team scored above it.
  [
    /\bwhich (?!(?:people|persons|employees|staff|ones|members|folks|of)\b)([a-z]+) (?:were|was|are|is) (above|below) (?=(?:the |their )?(?:[a-z-]+ )?(?:average|avg|mean)\b)/gi,
    (_said, team: string, side: string) => `who in ${team} scored ${side} `,
  ],
  // "Is Kevin O'Brien above the data team's Q2 average": his score that quarter against the group's average.
  [
    /^\s*(is|was) ([a-z][a-z' -]*?)(?:'s (?:final )?score)? (above|below) (the [a-z' -]+?'s|the company|the company's|the team's|their team's) (q[1-4]) (average|avg|mean)\b/gi,
    (_said, verb: string, who: string, side: string, group: string, quarter: string, mean: string) =>
      `${verb} ${who}'s ${quarter} score ${side} ${group} ${mean}`,
  ],
  // "Felix Wagner vs the company average score in Q3 - is he above it?": whether he is above it.
  [
    /^\s*([a-z][a-z' -]*?) (?:vs\.?|versus|v|against|compared (?:to|with)) (the [^?!,;–—-]*?\b(?:average|avg|mean|rate)\b[^?!,;–—-]*?)\s*(?:[-–—,;:]\s*)+(?:so )?(?:is|was|are|were) (?:he|she|they|it|i|we) (above|below|higher than|lower than|better than|worse than|over|under)(?: (?:it|that|them|this))?\s*[?!.]*\s*$/gi,
    (_said, who: string, group: string, side: string) => `is ${who} ${side} ${group}?`,
  ],
  // "Maria's leave at the end of November", "who is off towards the end of May": leave in that month's last week, not on its last day.
  [
    /(?:(?<=\b(?:leave|off|away|vacation|holidays?|pto)\b.*)|(?=.*\b(?:leave|off|away|vacation|holidays?|pto)\b))\b(?:at|towards?|near|around) the end of (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    'in the last week of ',
  ],
];
