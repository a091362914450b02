/*
 * Shorthand of spoken and typed HR talk, in the words the reader knows: "v" for versus, "QA excluded", "as well as",
 * "risen", "fell furthest", "the biggest jump", "more … than anyone else", "clocked in late", "missing a check-in",
 * "before the year is out", "what times", a quarter's "result", "has she returned from leave", and orders a series is
 * given in anyway ("oldest first", "in order").
 */
import type { Rewrite } from './everyday-phrasings';

export const SPOKEN_SHORTHAND: Rewrite[] = [
  [/\bi've\b/gi, 'i have'],
  [/\b(?:length of service|service length|time (?:in|with) the company)\b/gi, 'tenure'],
  // "Between Grace Kim and Marcus Lee, who joined first?": the two named as the choice.
  [/^\s*between (.+?) and (.+?),\s*(who|which one|which of them) (.+?)\s*\??\s*$/gi, (_said, a, b, who, rest) => `${who} ${rest}, ${a} or ${b}?`],
  [/\b(?:did|do|does) (?:we|the company|the org(?:ani[sz]ation)?) employ\b/gi, 'were employed'],
  [/\bbeat\b(?= (?:the |my |our )?(?:[a-z']+ )?(?:average|avg|mean)\b)/gi, 'scored above'],
  [/\b(?:bigger|larger|greater|wider)(?= than \d)/gi, 'more'],
  // "QA attendance this month - worse than DEV's or not?": whether it is.
  [
    /^\s*(.+?)\s*(?:-|–|—|:)\s*(better|worse|higher|lower|more|fewer|less) than (.+?)(?:,?\s*or not)?\s*\??\s*$/gi,
    (_said, a, way, b) => `is ${a} ${way} than ${b}?`,
  ],
  [/\s*(?:,|-|–|—)?\s*or not\s*\?*\s*$/gi, '?'],
  [/\bhow (?:does|do|did) (.+?) stack up (?:against|with|to|versus|vs\.?) (.+?)(?=(?: on| in| for)\b|\s*\?|$)/gi, (_said, a, b) => `compare ${a} with ${b}`],
  [/\bhow much has (it|that|attendance|the rate|the average) moved\b/gi, (_said, what) => `how much has ${what} changed`],
  // "Was Marcus late more often than Leo": who had more of them.
  [
    /\b(?:was|were) (.+?) (late|absent) more (?:often|times|days|frequently) than (.+?)(?=\s+(?:in|during|last|this|since|over)\b|\s*\?|$)/gi,
    (_said, a, state, b) => `did ${a} have more ${state.toLowerCase() === 'late' ? 'late arrivals' : 'absences'} than ${b}`,
  ],
  [/\b(hours?|hrs) (i|we|he|she|they) (?:logged|clocked|put in|racked up)\b/gi, (_said, hours, who) => `${hours} ${who} worked`],
  [/\b(?:will|would) (i|you|he|she|they|we) have\b(?! to\b)/gi, (_said, who) => `do ${who} have`],
  // "Seniors in QA only": the only ones asked about already.
  [/\s+only\s*[?.!]*\s*$/gi, ''],
  [/\bincluding (?:the )?(?:ones|people|those|staff) (?:who|that)(?:'ve| have| had)? (?:since )?left\b/gi, 'including leavers'],
  // "DEV juniors vs DEV seniors": the two levels in that team.
  [
    /\b(?!(?:my|our|the|all|his|her)\b)([a-z]{2,5}) (juniors|seniors|mids|mid-levels|leads) (?:vs\.?|versus|v|against|and) \1 (juniors|seniors|mids|mid-levels|leads)\b/gi,
    (_said, team, a, b) => `${a} vs ${b} in ${team}`,
  ],
  [/\b(\d+(?:\.\d+)?) ?(?:points|pts|pt)\b/gi, (_said, n) => n],
  [/\b((?:wk|week) \d{1,2}) (?:compared (?:to|with)|against|versus) ((?:wk|week) \d{1,2})\b/gi, (_said, a, b) => `${a} vs ${b}`],
  [/\bclock (in|out)\b(?=\s*(?:today|yesterday|this morning|on\b|at\b|yet\b|[?.!]|$))/gi, (_said, way) => `check ${way}`],
  [/^(\s*)(?:were|are|will) we (?:be )?working on (.+?)\s*\??\s*$/gi, (_said, space, day) => `${space}was ${day} a working day?`],
  [/,?\s*\b(?:me|us|myself|the manager) included\b/gi, ''],
  [
    /\bis (?:my whole team|the whole team|my entire team|all of my team|everyone on my team|everyone in my team) in yet\b/gi,
    'has everyone in my team checked in yet',
  ],
  // "A week ago Monday": the Monday of last week.
  [/\ba week ago (monday|tuesday|wednesday|thursday|friday)\b/gi, (_said, day) => `${day} last week`],
  // "My sick leave on 5 Nov - was it approved": whether it was.
  [
    /^\s*(.+?)\s*(?:-|–|—|,)\s*(?:was|is|has) it (?:been )?(approved|rejected|pending|cancelled|accepted|confirmed)\s*\??\s*$/gi,
    (_said, what, state: string) => `was ${what} ${/^(?:accepted|confirmed)$/i.test(state) ? 'approved' : state}?`,
  ],
  // "If I took Christmas Eve off, how many days of leave would that use": the working days it holds.
  [
    /\bif (?:i|we) (?:took|take|booked|book|had) (.+?) off,? how many (?:days of )?(?:annual |sick )?(?:leave )?(?:days )?(?:would|will) (?:that|it) (?:use|cost|take)\b/gi,
    (_said, day) => `how many working days is ${day} for me`,
  ],
  [/,?\s*(?:and )?how many (?:do we have|are there|have we got|do we employ) (?:now|today|at the moment|currently)\s*\??\s*$/gi, ', and today?'],
  [/^\s*(.+?)\s*(?:-|–|—|:)\s*how many,? and who(?: are they)?\s*\??\s*$/gi, (_said, who) => `list the ${who}`],
  // "How long is Anna Berg away for? First and last day pls": her leave, which its listing dates.
  [/\bhow long is (.+?) (?:away|off|on leave|out)(?: for)?\b/gi, (_said, who) => `when is ${who} back from leave`],
  [/[?.!,]?\s*(?:the )?first and last days?(?: (?:pls|please))?\s*[?.!]*\s*$/gi, '?', /\bfirst and last\b/i],
  // "When was our team day": the team's own holidays.
  [/\bwhen (?:was|is) (?:our|my) team(?:'s)? (?:day|day off|holiday|away day)\b/gi, 'which holidays are just for my team'],
  // "Our headcount as it stood on 31 October": on that day.
  [/\bas (?:it |they )?(?:stood|was|were|looked) (on|at)\b/gi, (_said, on) => on],
  // "Senior devs of mine": my team's.
  [
    /\b((?:[a-z-]+ )?(?:devs|developers|engineers|testers|analysts|people|staff|folks|reports|team members|members|juniors|seniors|mids|leads)) of mine\b/gi,
    (_said, who) => `${who} in my team`,
  ],
  // "Am I going to use up my leave": a question about what will be, asked as such.
  [/\b(am|are|is) (i|we|you|he|she|they|anyone|anybody|[a-z]+(?: [a-z]+)?) (?:going|gonna) to\b/gi, (_said, _be, who) => `will ${who}`],
  // "My whole team", "all of my team" checked in: everyone in it.
  [
    /\b(?:has|have) (?:my whole team|the whole team|my entire team|all (?:of )?my team|all of the team|all my people|all of my people)\b/gi,
    'has everyone in my team',
  ],
  [
    /^(\s*)(?:everyone|everybody|all)( (?:in|on|from) [a-z]+(?: team)?)? (?:clocked|checked|signed) in\b/gi,
    (_said, space, where = '') => `${space}has everyone${where} checked in`,
  ],
  // "Above 80 in Q2 and again in Q3": in both.
  [/\bin (q[1-4](?: 20\d\d)?),? and (?:again|also) in (q[1-4](?: 20\d\d)?)\b/gi, (_said, a, b) => `in both ${a} and ${b}`],
  // "Over 60 late arrivals across the company in September?": the total against the line.
  [
    /^(\s*)((?:over|more than|fewer than|less than|under|at least|above|below) \d+ (?:late arrivals|lates|absences|absent days|days absent|half[- ]days|missing check-?outs|days on leave|hours)\b)/gi,
    (_said, space, line) => `${space}were there ${line}`,
  ],
  [/\bb4\b/gi, 'before'],
  [/(?<!\b(?:this|last|previous|the|that|each|per|a|every)\s)\b(?:quarter|qtr) so far\b/gi, 'this quarter so far', /\bso far\b/i],
  [/\b4 (me|us|my|him|her)\b/gi, (_said, who) => `for ${who}`],
  [/\b(?:do|does) (?:we|the company) (?:currently |now )?employ\b/gi, 'are there'],
  [/(?<=\b(?:compare|list|show|give|tell|find|pull|get|work out)\b.*)\s+for me\b/gi, '', /\bfor me\b/i],
  [/\blook(?:ing)? after\b/gi, 'covering'],
  [
    /(?<!\bcorrections?\b.*)\bwaiting (?:on|for) (?:a |an |their |my )?(?:leave )?(?:approval|sign[- ]?off)\b(?!.*\bcorrections?\b)/gi,
    'with leave pending',
    /\bwaiting\b/i,
  ],
  [/\s+v\.?\s+(?=\S)/gi, ' vs '],
  [/,?\s*\b([a-z]{2,5}|the [a-z]+ team) (?:excluded|left out)\b/gi, (_said, what) => ` excluding ${what}`, /\b(?:excluded|left out)\b/i],
  [/\b(q[1-4](?: 20\d\d)?) as well as (?:in )?(q[1-4](?: 20\d\d)?)\b/gi, (_said, a, b) => `both ${a} and ${b}`],
  [/\b(?:rose|risen|grew|climbed) (?:the )?most\b/gi, 'improved the most'],
  [/\brisen\b/gi, 'gone up'],
  [/\b(?:fell|dropped|fallen|slipped|sank) (?:the )?(?:furthest|farthest|most)\b/gi, 'dropped the most'],
  [/\bmore ([a-z -]+?) than (?:anyone|anybody|everyone|everybody) else\b/gi, (_said, what) => `the most ${what}`],
  [/\bclock(?:ed|s)? in late\b/gi, 'late'],
  [
    /\bwho(?:'s|s| has| have)? been (?:in|at|on) ([a-z]{2,5}|(?:my|our|the) team) (?:the )?longest\b/gi,
    (_said, team) => `who is the longest-serving in ${team}`,
  ],
  [
    /\b(?:is|are) (?:all of|the whole of|all) ([a-z]{2,5}|(?:my|our|the) team) (?:checked|clocked|signed) in\b/gi,
    (_said, who) => `has everyone in ${who} checked in`,
  ],
  [/\b(?:still )?(?:missing|without|lacking) a check[- ]?in\b/gi, 'not checked in'],
  [/\b(?:before|till|until) the (?:year is out|year's out|end of the year|year ends)\b/gi, 'for the rest of the year'],
  [/\bwhat times\b/gi, 'what time'],
  [
    /\b(?:between (?:now|today) and|from (?:now|today) (?:to|until|till)) (?:the )?end of(?= (?:the |this )?(?:year|month|quarter|week)\b)/gi,
    'until the end of',
  ],
  [/\bmiss(?:ed)? (any |a |my )?check[- ]?outs?\b/gi, (_said, any: string | undefined) => `have ${any ?? ''}missing check-outs`],
  [
    /\b(?:leave|days?) (?:used|taken) so far (?:vs\.?|versus|and|against|or) (?:what(?:'s| is) )?(?:still )?(?:to come|ahead|booked|coming up)\b/gi,
    'leave taken so far',
  ],
  [/\b(?:approved )?leave (?:coming up|booked ahead|ahead)(?: after today)?\b/gi, 'approved leave after today'],
  // "My pending leave request - what dates?": a request is answered with its dates.
  [
    /(?<=\b(?:leave|lv|requests?|reqs?|time off|pto)\b.*?)\s*[-–—:,]?\s*(?:and )?(?:(?:what|which) (?:are the )?)?dates(?: (?:are they|is it))?(?=\s*[?.!]*\s*$)/gi,
    '',
    /\bdates\b/i,
  ],
  [/\b(q[1-4](?: 20\d\d)?|quarter(?:ly)?) results?\b/gi, (_said, quarter) => `${quarter} score`],
  // Whether someone is back is when they are: a yes would read their leave's existence as their return.
  [
    /\b(?:(?:has|have) ([a-z]+(?: [a-z]+)?) (?:returned|come back|got back)|(?:is|are) ([a-z]+(?: [a-z]+)?) back) from (?:(?:her|his|their) )?leave\b/gi,
    (_said, has: string | undefined, is: string | undefined) => `when is ${has ?? is} back`,
  ],
  [/\bfor each quarter (?:we(?: have|'ve)? scored|(?:with|that has|that have) scores)\b/gi, 'by quarter'],
  [/,?\s*(?:in (?:chronological )?order|(?:oldest|earliest) first|chronologically)(?=\s*[?.!]*\s*$)/gi, ''],
];
