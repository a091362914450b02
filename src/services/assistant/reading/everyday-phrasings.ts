/**
 * A pattern, what it becomes, and a word the pattern cannot match without: tested first, so a pattern that looks
 * back over the whole question (after "taken", say) runs only on the questions that hold its word.
 */
export type Rewrite = [RegExp, string | ((said: string, ...groups: string[]) => string), RegExp?];

/**
 * Everyday ways of asking, written in the words the reader knows: follow-ups that say it all, requests' padding
 * ("could I get", "so I can rank them"), people's shorthand for periods ("jul-sep", "last mon to sun") and for
 * leave ("when is X back", "PTO days"). Read in this order, in the middle of the reader's rewrites.
 */
export const EVERYDAY_PHRASINGS: Rewrite[] = [
  // "How many mid level ppl do I have": a manager's people are their team's.
  [
    /\b(ppl|people|employees|staff|members|folks|heads|engineers|testers|seniors|juniors)\b (?:do|have) (?:i|we) (?:have|got)\b(?: in (?:my|our) team)?/gi,
    (_said, who) => `${who} in my team`,
  ],
  // A follow-up that says it all: "ok now the same for QA - attendance rate last week", "same question but for September: …".
  [
    /^\s*(?:(?:ok(?:ay)?|and|now|right|so|cool|thanks)[,!.]?\s+)*(?:(?:do|give me|tell me)\s+)?(?:the\s+)?same(?:\s+(?:question|thing|again))?(?:,?\s+but)?\s+for\s+([^:–—-]+?)\s*[:–—-]+\s*(.+)$/i,
    (_said, which, rest) => `${rest.replace(/[?.!\s]+$/, '')} for ${which}`,
  ],
  [/\bmarked (?:as )?(present|absent|late|on leave|half[- ]days?)\b/gi, (_said, state) => state],
  [/\btied up in\b/gi, 'in'],
  [
    /\b(leave requests?|requests?|leave applications?)\b (?:that |which )?(?:i(?:'ve| have)?) (?:made|put in|submitted|filed|raised|sent)\b/gi,
    (_said, what) => `my ${what}`,
  ],
  [
    /\b(?:which|what) quarter (?:was|had|is) (my|his|her|their|[a-z]+'s) (best|worst|highest|lowest|top)(?: score)?\b/gi,
    (_said, whose, end) => `${whose} ${end} score`,
  ],
  [
    /\b((?:annual|sick|unpaid) )?leave (?:have|do) (i|you|we) (?:got|have)(?! taken\b| booked\b| used\b)\b/gi,
    (_said, kind = '', who: string) => `${{ i: 'my', we: 'our', you: 'your' }[who.toLowerCase()] ?? 'my'} ${kind}leave balance`,
  ],
  // "Is Ethan Hughes still employed here": whether a last day is recorded ("is everyone we hired in 2024 still here" asks of hires).
  [
    /^\s*(?:is|are) (?!.*\b(?:hired|joined|started|hires|joiners|starters)\b)(.+?) still (?:employed|here|with us|working(?: here| for us)?|at the company|on the payroll|on staff)(?: here)?\b/gi,
    (_said, who) => `what is ${who}'s last day`,
  ],
  // "When is Anna Berg back", "until when is Maria off", "when does her leave end": their approved leave from today.
  [
    /\b(?:(?:until|till) when (?:is|will) (.+?) (?:be )?(?:off|on leave|away|out)|when (?:is|will) (.+?) (?:be )?back(?: from (?:leave|holiday|vacation|annual leave))?|when does (.+?)(?:'s)? leave end|when does (.+?) (?:come|get) back(?: from (?:leave|holiday|vacation))?)\b/gi,
    (_said, ...who: string[]) => `${who.find((w) => w !== undefined)}'s approved leave requests from today`,
  ],
  // "Anything I should know about my team this week? Is anyone on leave?": the question, about what was named first.
  [
    /^\s*(?:is there )?anything (?:i|we) should (?:know|be aware of) about (.+?)(?:'s attendance)?\s*(?:[?.!]|\s[-–—])\s*(.+?)[?.!]*\s*$/i,
    (_said, about, question) => `${question} in ${about}`,
  ],
  // "How much unpaid leave has been taken this year, and by whom": who took it, with their days.
  [
    /^\s*how much ((?:annual |sick |unpaid )?leave) (?:has been|was|have been|got) taken (.*?),? and by whom\b/i,
    (_said, leave, when) => `who took ${leave} ${when}`,
  ],
  // A request's wording, not its content: "could I get", "so I can rank them", "please".
  [/^\s*(?:could|can|may) (?:i|we) (?:get|have|see)\b/gi, ''],
  [/,? so (?:i|we) can (?:rank|compare|check|see|sort|review|plan|report on) (?:them|it|those|these)\b/gi, ''],
  [/^\s*for (?:the|our|my) [a-z0-9 ]{1,30}?(?:pack|deck|report|review|meeting|one-to-ones?|1:1s?)\s*[:,—–-]\s*/gi, ''],
  [/\b(?:in|over|during) (?:that|this|the same) (?:span|period|window|range)\b/gi, ''],
  [/\bat some point\b/gi, ''],
  [/\b(?:every|each|all) quarters? on record\b/gi, 'by quarter'],
  [/\b(?:(?:for|over|in|during) )?the (?:pay(?:roll)?|billing) period(?: (?:of|from))?\b/gi, 'from'],
  [/\b(?:if we |when we )?includ(?:e|ing) (?:the )?leavers\b|\bleavers included\b/gi, 'including leavers'],
  [/\bdo we (?:employ|have on staff)\b/gi, 'are there'],
  [/\btrended\b/gi, 'trend'],
  [/\bdipped (below|under)\b/gi, (_said, way) => way],
  [/\btouch(?:es|ing)?\b(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|the))/gi, 'in'],
  [/\bfall (in|on|during)\b(?=.*\bholidays?\b)|(?<=\bholidays?\b.*)\bfall (in|on|during)\b/gi, (_said, a, b) => a ?? b],
  [/,? (?:with|and) (?:their|the) dates\b/gi, ''],
  [/\bsince (?:she|he|they) (?:started|joined|was hired|were hired)\b/gi, 'ever'],
  [/\bclocked (?:the )?(most|fewest|least)\b/gi, (_said, most) => `worked the ${most}`],
  [/\bhow(?:'s| is| has) (my team|the team|our team|[a-z]+) (?:been )?doing (?:on|with|for) attendance\b/gi, (_said, who) => `attendance of ${who}`],
  [/\b(?:am i|how(?:'m| am) i) doing(?: ok(?:ay)?| well| alright| fine)?,? (?:on |with |for )?attend[ae]nce(?:[- ]?wise)?\b/gi, 'my attendance'],
  [/\bpto\b/gi, 'annual leave'],
  // "The first two weeks of September": its first 14 (or 21) days.
  [
    /\b(?:the )?first (two|three|2|3) weeks (?:of|in) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([a-z]*)\b/gi,
    (_said, n, month, rest) => `from 1 ${month}${rest} to ${/^(?:two|2)$/i.test(n) ? 14 : 21} ${month}${rest}`,
  ],
  // "Which holidays have I still got coming up": the holidays ahead (how many days of holiday are left is a balance).
  [
    /^\s*(which|what) ((?:public |bank )?holidays) (?:have|do) (?:i|we) (?:still )?(?:got|have) (?:coming up|ahead|to come|left)\b/gi,
    (_said, which, holidays) => `${which} ${holidays} are coming up`,
  ],
  // "Who's been in QA the longest": the longest-serving there.
  [/\bwho(?:'s| has| have) been (?:in|at|with|on) (.+?) (?:the )?longest\b/gi, (_said, where) => `who is the longest serving in ${where}`],
  // "Jul-sep", "oct–nov": from the one month to the other.
  [
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([a-z]*)\s*[-–]\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([a-z]*)\b/gi,
    (_said, a, ra, b, rb) => `from ${a}${ra} to ${b}${rb}`,
  ],
  // "Last mon to sun", "mon-sun last wk": the week, Monday to Sunday.
  [/\blast mon(?:day)?\s*(?:to|-|–)\s*sun(?:day)?\b/gi, 'last week'],
  [/\bmon(?:day)?\s*(?:-|–|to)\s*sun(?:day)?\b(?=.*\b(?:week|wk)\b)/gi, ''],
  [/\bmiddle value\b/gi, 'median'],
  // "How many of my team were in yesterday": came to work.
  [/\b(were|was) in(?= (?:yesterday|today|on|this|last|that|the day)\b)/gi, (_said, verb) => `${verb} present`],
  [/\b(?:sitting |waiting )?in my (?:queue|inbox|in-tray)\b/gi, 'pending in my team'],
  [/\bhow far did (.+?) move\b/gi, (_said, what) => `how much did ${what} change`],
  [/\b(first|second|third|fourth) and (first|second|third|fourth) quarters?\b/gi, (_said, a, b) => `${a} quarter and ${b} quarter`],
  [/^\s*(.+?)'s? (?:time off|leave)\s*[-–—,:]+\s*until when\b/gi, (_said, who) => `${who}'s approved leave requests from today`],
  // "Company-wide public holiday": the company-wide kind, which is every public holiday the calendar has for everyone.
  [/\b((?:company|org(?:anisation|anization)?)[- ]wide) (?:public|bank) (holidays?)\b/gi, (_said, wide, holiday) => `${wide} ${holiday}`],
  [/\b1\/2[- ]?(days?)\b/gi, (_said, day) => `half ${day}`],
  // "Which holidays fall in December", "requests that fall in December": in it.
  [/\b(?:that |which )?(?:fall|falls|fell|land|lands|landed)(?= (?:in|on|within|during|between)\b)/gi, ''],
  // "Do I have to come in on Dec 1st": whether the day is a working day for them.
  [/\bdo (?:i|we) (?:have|need) to (?:come in|work|be in(?: the office)?|be at work)\b/gi, 'is it a working day'],
  // "Did anyone in DEV clock in on …": who came, not check-in times.
  [
    /\bdid (anyone|anybody|someone|somebody)((?: (?:in|from|on) [\w ]+?)?) (?:clock|check|sign)[- ]?in\b/gi,
    (_said, who, where) => `was ${who}${where} present`,
  ],
  // "Which check-outs are still missing", "check-outs missing": missing check-outs.
  [/\bcheck[- ]?outs? (?:are |is |were |was )?(?:still )?missing\b/gi, 'missing check-outs'],
  // "How much leave was X granted": their balance, which says what was allocated beside what was taken.
  [/\bhow much ((?:annual |sick |unpaid )?leave) (?:was|has|have) (.+?) (?:been )?granted\b/gi, (_said, leave, who) => `${who}'s ${leave} balance`],
  // "Left for the year": what is left this year.
  [/\b(left|remaining) for (?:the|this) year\b/gi, (_said, left) => `${left} this year`],
  // "Every holiday, team ones included": every holiday, which for everyone includes the teams' own.
  [/,?\s*(?:(?:with |including )(?:the )?team (?:ones|holidays|days)\b|(?:the )?team (?:ones|holidays|days) (?:included|too|as well)\b)/gi, ''],
  // "Sofia was out a couple of days last month — how many exactly?": the count asked is the question, not the guess.
  [/\ba (?:couple|few) (?:of )?days\b(?=.*\bhow many\b)/gi, ''],
  // "How many days is Yuki asking for": their pending requests, with the days.
  [/\bhow many days (?:is|are) (.+?) asking for\b/gi, (_said, who) => `${who}'s pending leave requests`],
  // "Absent before he left": over the whole record, which ends on the last day.
  [/\bbefore (?:he|she|they) left\b/gi, 'ever'],
  // "When does Maria's leave start and end", "Aisha's pending leave: what dates and how many days": the requests say both.
  [/\bwhen (?:does|do|did) (.+?)'s? leave (?:start and end|begin and end|start and finish)\b/gi, (_said, who) => `${who}'s leave requests`],
  [/\b(leave)\s*[:,—–-]?\s*what dates and how many days\b/gi, (_said, leave) => `${leave} requests`],
  [/\bunused\b/gi, 'remaining'],
  [/\bdown to (?=(?:less|fewer|under|below)\b)/gi, ''],
  [/\b(?:were|was|been) logged\b(?! (?:in|on)(?:to)? (?:the )?(?:system|app|portal|platform|tool)\b)/gi, 'were there'],
  // "Who were the leavers in Q3, and when did they go": a leavers' list gives each one's date ("when did he join and
  // when did he leave" asks one person's two dates).
  [/(?<=\bleavers?\b.*),? and when did they (?:go|leave)\b/gi, '', /\bleavers?\b/i],
  [/\b(?:what |which )?dates? (i|he|she|they|[a-z]+) (?:was|were) (?:a )?no-?shows?\b/gi, (_said, who) => `which days was ${who} absent`],
  // "What dates was Ben absent", "which day did Leo miss his check-out": the days, one's own check-out a check-out.
  [/\b(?:on )?(?:what|which) dates? (?=(?:was|were|did|has|had|are|is) )/gi, 'which days '],
  [/\b(holidays?|leave) dates\b/gi, (_said, what) => what],
  [/\b(miss(?:ed)?|forg[eo]t) (?:his|her|their|my) (?:check|clock)[- ]?outs?\b/gi, (_said, verb) => `${verb} a check-out`],
  // "Leo forgot to check out once this month, which day was it": the day asked after the fact.
  [/^(.+?)\bonce\b(.*?),? (?:which|what) (?:day|date) was (?:it|that)\??$/i, (_said, fact, rest) => `which days ${fact.trim()}${rest}`],
  // "Tell me about employee dev-001", "who is empolyee DEV-001": the word names the id; it asks for no headcount.
  [/\b(?:emp[a-z]{0,3}e{1,2}s?|staff member|colleague|person)(?: id| number| no\.?| #)?:? (?=[a-z]{2,10}-\d{3,}\b)/gi, ''],
  // "How many of my team were late this month": people, not days.
  [
    /\bhow many of (?!(?:the |those |these )?(?:days?|times?|hours?|weeks?|months?|requests?|holidays?)\b)(?:(us|everyone|them)|((?:my|our|the) team|(?:the )?[a-z]{2,12}(?: team)?)) (?=(?:were|was|are|is|have|has|had|got|came|showed|arrived|missed|took|did)\b)/gi,
    (_said, all, team) => (all ? 'how many people ' : `how many people in ${team} `),
  ],
  // "Did I work on the day of the QA offsite?": whether they came in that day.
  [
    /^(\s*)did (i|he|she|they|(?:anyone|anybody) (?:from|in|on) [a-z]+|anyone|anybody|[a-z]+(?: [a-z]+)?) (?:work|come in|come to work|show up|turn up)(?: at all)?(?= on\b)/i,
    (_said, space, who: string) => `${space}was ${who} ${/ (?:from|in|on) /.test(who) ? 'present' : 'in'}`,
  ],
  // "Working days left this year": after today, to the year's end.
  [
    /\b(working|work|business) days (?:are |do we have |have we got |we have |(?:do|does|has|have) ((?!we\b)[a-z]+(?: [a-z]+)?) (?:(?:still )?(?:have|got|get) )?)?(?:still )?(?:got )?(?:left|remaining) (?:this|in the|in|for the|for this|of the|of this) (year|month|quarter|week|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi,
    (_said, kind, who: string | undefined, unit: string) =>
      `${kind} days${who === undefined ? '' : ` for ${who}`} from tomorrow until the end of ${/^(?:\d|[a-z]{5,})/.test(unit) && !/^(?:month|quarter)$/.test(unit) ? unit : `the ${unit}`}`,
  ],
  // "Xmas week": the week of Christmas.
  [/\b(?:the )?(christmas|xmas) week\b/gi, 'the week of christmas'],
  [/\b2day\b/gi, 'today'],
  [/\b2mor+ow\b|\b2moro\b/gi, 'tomorrow'],
  // "Who is most new", "is QA more bad than DEV": the comparatives written out.
  [/\bmost new\b/gi, 'newest'],
  [/\bmore bad\b/gi, 'worse'],
  [/\bmore good\b/gi, 'better'],
  // "Since when is Ivan working here": when they joined.
  [
    /\bsince when (?:is |has |does )?(.+?) (?:is |has been |been )?(?:work(?:ing|s)?|employed|here|with us)(?: (?:here|with us|for us))?(?=\s*[?.!]*\s*$)/gi,
    (_said, who) => `when did ${who} join`,
  ],
  // "Till when is Anna on leave": her approved leave from today, with its dates.
  [
    /\b(?:till|until|til) when (?:is |will )?(.+?) (?:be |is )?(?:on (?:annual |sick |unpaid )?leave|off)\b/gi,
    (_said, who) => `${who}'s approved leave requests from today`,
  ],
  // "What time Yuki go home yesterday", "what time i came": a check-out or a check-in.
  [/\bwhat time (?:did |does )?(.+?) (?:go|went|goes|gone|left for) home\b/gi, (_said, who) => `what time did ${who} check out`],
  [
    /\bwhat time (?:did |does )?(.+?) (?:came|come|comes|arrived?|got|get)(?: in| to work| to the office)?\b/gi,
    (_said, who) => `what time did ${who} check in`,
  ],
  // "How many days did Ravi work", "days in the office": the days present, which the record counts.
  [
    /\bhow many days (?:did|has|have|had) (.+?) (?:actually )?(?:work|worked|come in|came in|been in(?: the office)?|be in(?: the office)?)\b/gi,
    (_said, who) => `how many days was ${who} present`,
  ],
  [/\bhow many days (?:was|were|is) (.+?) (?:in (?:the )?office|at work|in work)\b/gi, (_said, who) => `how many days was ${who} present`],
  [/\bdays (?:worked|in (?:the )?office|at work)\b/gi, 'days present'],
  // "How many days of leave are booked for next week": the days on leave then.
  [/\bdays of leave (?:are |is )?booked\b/gi, 'days on leave'],
  // "Lucas in September: days of leave and days absent": the days on leave the record counts (leave had or left aside).
  [/\bdays of leave\b(?!.*\b(?:had|have|has|taken|take|took|used|use|left|remaining|balance|booked|requested|pending|approved)\b)/gi, 'days on leave'],
  // "The next public or team holiday on my calendar": the next holiday, which is either.
  [/\b(?:public|bank|company) or team (holidays?)\b/gi, (_said, holiday) => holiday],
  [/\b(holidays?) on (?:my|our|the) calendar\b/gi, (_said, holiday) => holiday],
  // "When my pending leave request starts": the request, which says its dates.
  [
    /\bwhen (?:does |do |will |is )?((?:my|his|her|their|[a-z]+['’]s) (?:(?:pending|approved|next) )?(?:annual |sick |unpaid )?leave(?: requests?)?) (?:starts?|begins?|starting|beginning)\b/gi,
    (_said, what) => `${what.replace(/ requests?$/, '')} requests`,
  ],
  // "Did Peter cancel his leave": whether he has cancelled any.
  [
    /\bdid (.+?) cancel (?:(?:his|her|their|my|the|a|any) )?(?:annual |sick |unpaid )?(leave|time off|holiday|request)s?(?: requests?)?\b/gi,
    (_said, who) => `has ${who} cancelled any leave`,
  ],
  // "Approved leave that has not started yet": the requests starting after today.
  [/\b(?:that|which) (?:has|have) not (?:started|begun)(?: yet)?\b|\bnot (?:started|begun) yet\b/gi, 'starting after today'],
  // "What leave has Yuki requested": their leave requests.
  [/\bwhat (?:leave|time off) (?:has|have|did) (.+?) (?:requested|request|asked for|applied for)\b/gi, (_said, who) => `${who}'s leave requests`],
  // "Better this month than last": than last month.
  [
    /\b(this|last) (week|month|year|quarter) than (?:the )?(?:last|previous|the one before)\b(?! (?:\w+ )?(?:week|month|year|quarter)\b)/gi,
    (_said, which, unit) => `${which} ${unit} than ${which === 'this' ? 'last' : 'the'} ${unit}${which === 'this' ? '' : ' before'}`,
  ],
  // "My scores all quarters": quarter by quarter.
  [/\b(?:in |for |over |across )?(?:all|every) (?:the )?quarters\b/gi, 'by quarter'],
  // "Which public holiday comes next?": the next one.
  [/\b((?:public |bank |company )?holidays?) (?:comes?|is coming|is) next\b/gi, (_said, what) => `next ${what}`],
];
