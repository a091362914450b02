import type { Marks } from './marks';

/** What a question asks to be measured, as `data.parsed.measure` names it. */
export type Measure =
  | 'profile'
  | 'position'
  | 'job_title'
  | 'hire_date'
  | 'end_date'
  | 'email'
  | 'team'
  | 'headcount'
  | 'tenure'
  | 'hires'
  | 'leavers'
  | 'attendance_rate'
  | 'attendance'
  | 'present'
  | 'late'
  | 'half_day'
  | 'absent'
  | 'on_leave'
  | 'missing_check_out'
  | 'not_checked_in'
  | 'check_times'
  | 'hours'
  | 'score'
  | 'kpi'
  | 'leave_balance'
  | 'leave_requests'
  | 'leave_taken'
  | 'holidays'
  | 'corrections'
  | 'working_days';

/** A statistic of scores. */
/** The measures about people themselves, which a status or position filter applies to (headcounts, hires, leavers, tenure, profiles). */
export const PEOPLE_MEASURES: ReadonlySet<Measure> = new Set<Measure>(['headcount', 'hires', 'leavers', 'tenure', 'profile', 'position']);

/** A change said by its fall ("who dropped the most", "the biggest drop"): a change, ranked from the bottom. */
export const FALLING = /\b(?:dropped|drops?|declined?|declines?|decrease[ds]?|fell|fallen|went down|gone down|go down|worsened|slipped)\b/;

export type Statistic = 'mean' | 'median' | 'min' | 'max' | 'range' | 'distribution' | 'change' | 'mean_change' | 'issues' | 'minmax';

/** In order of precedence: the first that matches is what is measured; every match's words are applied. */
const MEASURES: [Measure, RegExp, RegExp?][] = [
  ['corrections', /\b(?:pending |open )?corrections?\b/],
  [
    'leave_balance',
    // "How much leave do I have" asks a balance, unless what was taken is asked.
    /\b(?:balances?|(?<!\b(?:working|work|business) days?\b.*)(?<!\bwho (?:has |have |had |just )?)left(?! early| the (?:company|team|business|firm|org|organi[sz]ation)\b| us\b)|(?<!\b(?:working|work|business) days?\b.*)remaining|remain|allowance|entitlements?|available|(?:still |yet )?to come|(?<!\bholidays? )coming up)\b|\bhow much (?:annual |sick |unpaid )?leave\b(?!.*\b(?:taken|used|took|take|use)\b)|\b(?:can|could|may) (?:i|we|you|they|he|she|\w+) (?:still )?(?:take|book|use|request)\b|\bhow many (?:(?:annual |sick |unpaid )?leave |holiday |vacation )?(?:days|holidays)(?: off)?(?: of (?:annual |sick |unpaid )?leave)? (?:have|has|do|does)(?= (?:i|you|he|she|they|\w+) (?:still )?(?:got|have|get)\b)(?!.*\bpending\b)(?!(?!.*\bleft\b).*\b(?:in|during) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/,
    /\b(?:leave|holidays?|vacation|annual|sick|unpaid|days?|balances?)\b/,
  ],
  [
    'leave_taken',
    // "How many sick days has she had": days of a kind of leave had are leave taken.
    /\b(?:taken|used|took|taking)\b|(?<!\b(?:can|could|may) \w+ (?:still )?)\b(?:take|use)\b|\bhad (?:any )?(?:(?:annual|sick|unpaid|parental) )?(?:leave|time off|days? off)\b|\b(?:(?:sick|annual|unpaid|leave|holiday|vacation) days|days of (?:annual |sick |unpaid )?leave)\b(?=.*\b(?:had|did\b.*\bhave)\b)/,
    /\b(?:leave|sick|annual|unpaid|holiday|vacation|days? off)\b/,
  ],
  [
    'holidays',
    // "Holidays left" is annual leave, unless they are the calendar's ("public holidays left this year"); "is … a day off" asks the calendar.
    /\b(?:(?:next|upcoming|coming) )?(?:(?:public|bank|company[- ]wide|company|national|org(?:anisation|anization)?(?:[- ]wide)?) holidays?\b|holidays?\b(?! (?:days? )?(?:left|remaining|balance|allowance|entitlement|taken|used)))|(?<=\bis\b.*|^\s*(?:was|will)\b.*)\b(?:an? )?(?:(?:full|whole|half)[- ])?(?:day off(?!.*\b(?:approved|pending|rejected|requests?)\b)|(?:non[- ])?(?:working|work|business) day)\b|\b(?:are|were|will) we (?:be )?off\b(?= (?:on|for|over|today|tomorrow|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|new year|\d{1,2}(?:st|nd|rd|th)?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)|\bdo we (?:have|get) (?:the day |that day |it )?off\b|\b(?:next|upcoming) days? off(?= (?:for|across) (?:the )?(?:whole |entire )?(?:company|organi[sz]ation|everyone|all of us))|\bis the office (?:closed|shut)\b|(?<=^(?:was|is|will be|will) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? [a-z]+|[a-z]+ \d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|today|tomorrow|yesterday|[a-z]+day|christmas eve|new year'?s eve) )a half[- ]day\b/,
  ],
  // Leave with a decision ("approved leave in december") is the requests in that state.
  [
    'leave_requests',
    /\b(?:(?:leave|holiday|vacation|time[- ]off|pto) )?requests?\b|\b(?:next|upcoming|coming|future) (?:leave|time off|vacation|days? off)\b|\bpending (?:leave|approvals?)\b|\b(?:approved|rejected|declined|denied|cancell?ed) (?:annual |sick |unpaid )?(?:leave|time[- ]off|vacation)\b/,
  ],
  [
    'missing_check_out',
    /\b(?:missing|missed|miss|no|forg[eo]t(?:ten|s|ting)?(?: to)?|didn'?t|did not|without(?: a)?)(?: any)? ?(?:a )?(?:check|clock)[- ]?outs?\b|\b(?:check|clock)[- ]?outs? missing\b|\bnot (?:checked|clocked) out\b|\bdid (?:i|\w+) not (?:check|clock) ?out\b/,
  ],
  [
    'not_checked_in',
    /\b(?:not|hasn'?t|haven'?t|has not|have not|yet to|didn'?t) (?:yet )?(?:checked|clocked|check|clock) ?in\b(?: yet)?|\b(?:not|isn'?t|aren'?t) in yet\b|\bnot (?:checked|clocked) in\b/,
  ],
  // "What time did Lukas check in": the times of a person's records, not whether they came.
  [
    'check_times',
    /\b(?:check|clock|sign)(?:ed)?[- ]?(?:ins?|outs?)(?: (?:and|or|&) (?:check|clock|sign)?(?:ed)?[- ]?(?:ins?|outs?))? times?\b|(?<=\b(?:what time|which time|when|how early|how late|usually)\b.*)\b(?:(?:check|clock|sign)(?:ed|s)?[- ]?(?:in|out)|arriv(?:e|es|ed|al)|get in|gets in|got in)\b|\barrival times?\b|\bhow late (?:was|were|is|did|am|are)\b|(?<=^did (?:[\w'-]+ ){1,3})(?:check|sign)(?:ed)?[- ]?(?:in|out)\b/,
  ],
  [
    'on_leave',
    /\bon[- ](?:(?:annual|sick|unpaid|parental)(?:,? (?:or|and) |, | ))*(?:leave|vacation|holiday)\b|\b(?:back|returns?|returning|coming back) from (?:(?:her|his|their|my|your|the) )?(?:(?:annual|sick|unpaid) )?(?:leave|vacation|holiday|time off|pto)\b|\boff sick\b|\b(?:is|are|was|were|been|being|got|fell|called in|phoned in|calling in) (?:in )?sick\b|\bon pto\b|\bout of (?:the )?office\b|\baway\b|\b(?:leave|time off|holidays?|vacation) booked\b|\bbooked (?:leave|off|time off|holidays?|vacation)\b|(?<=['’]s (?:annual |sick |unpaid )?)(?:leave|time off)\b(?! (?:balances?|requests?|left|remaining|allowance|entitlement|taken|used))/,
  ],
  [
    'tenure',
    /\b(?:tenured?|longest[- ](?:serving|tenured?)|been (?:here|with (?:the|us|the company)|at the company)(?: the)? long(?:er|est)|been here|how long|years? (?:with|at|in) the company|years? of service|seniority|anniversary|(?<=\d )years?|(?<=\b(?:than|over|under|least|most) an? )year|years? (?:have|has) (?:i|\w+) (?:been|worked)(?: here)?|how many years|(?:worked|been working) (?:here|for us|with us|at the company|for the company))\b/,
  ],
  ['hours', /\bhours?(?: worked| logged)?\b|\bhrs\b|\bput in\b|\bworked\b(?! (?:an? |the )?half)|\blogged\b|(?<=\bhours?\b.*)\b(?:clock(?:ed)?|log(?:ged)?)\b/],
  [
    'late',
    /\b(?:(?:rolled|strolled|rocked|wandered) (?:in|up) late|late(?:ness|comers?)?(?: (?:arrivals?|check[- ]?ins?|clock[- ]?ins?|starts?))?|tardy|tardiness|came in late|arrived late)\b/,
  ],
  ['half_day', /\b(?:(?:worked|working|did|had|took|on) (?:an? )?)?half[- ]?days?\b|\b(?:left|leave|leaving|went home|go home|gone home) early\b/],
  ['absent', /\b(?:absent|absences?|absentees?|absenteeism|miss(?:ed)?(?: work)?|no[- ]shows?|did(?:n'?t| not) (?:show up|come in|turn up)|off)\b/],
  // "Was Ivan in last Friday": in, at work.
  [
    'present',
    /(?<=^(?:was|were|is|are|am) (?:i|[a-z]+(?: [a-z]+)?) )in\b(?=\s+(?:on|last|yesterday|today|this|the|at)\b|\s*$)|\b(?:present|show(?:ed)? up|came in|(?:rolled|strolled|rocked) (?:in|up)|turned up|in the office|(?:checked|clocked) in)\b/,
  ],
  ['attendance_rate', /\b(?:attendance|attend(?:ed|ing)?) (?:rates?|percentages?|%)\b|\battendance\b|\battended\b|\bpunctual(?:ity)?\b|\bstatus(?= on\b)/],
  ['kpi', /\bkpis?\b/],
  [
    'score',
    /\b(?:final )?(?:scores?|scored|scoring|scorers?|performance|perf|perform(?:ers?|ing|ed)?|ratings?|rated|ranking|how (?:did|has|have|does)(?= (?:i|\w+(?: \w+)?) (?:do|done)\b)|what (?:did|does|do)(?= (?:i|\w+(?: \w+)?) get\b))\b/,
  ],
  // "Leave" as a verb ("anyone leave my team") and a team that "lost" people are leavers.
  [
    'leavers',
    /\b(?:leavers?|(?:attrition|turnover)(?! rates?\b| %| percent)|(?<!\b(?:working|work|business) days?\b.*)left(?! early)(?: the company)?|quit|resigned|departed|terminated|last (?:working )?day(?! (?:of|in) (?:the )?(?:(?:this|last|previous|next|current) )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month|year|week|quarter|q[1-4]|20\d\d))|end date|exits?|lost|lose|losing|(?<=\bdid\b.*)leave(?=\W*$|\s+(?:this|last|in|during|since|before|after|the company|the team|us)\b)|(?:leave|leaves|leaving) (?:my|the|our|this|that|his|her|their) (?:team|company|department|dept|org|organi[sz]ation|business|group)|(?<=\b(?:anyone|anybody|someone|somebody|people|employees|staff|members|many) )(?:leave|leaves|leaving)(?! (?:balances?|requests?|days?|taken|allowance|types?)\b))\b/,
  ],
  [
    'hires',
    /\b(?:(?:hire|start(?:ing)?|joining) dates?|(?:new )?(?:hires?|hired|joiners?|joined|join|joins|(?<!\b(?:tracking|records?|recording) )(?:started|start)(?! of\b)|newest|new starters?|onboarded))(?: (?:first|earlier|earliest|sooner|last|later|latest|most recently|more recently))?\b|\bnew (?:people|employees|staff|members|faces|colleagues|recruits)\b|(?<=\b(?:anyone|anybody|someone|somebody|who'?s|who is|who are) )new\b/,
  ],
  // "How many working days in November": the calendar's, unless a day's state is counted in them ("working days missed").
  [
    'working_days',
    /\b(?:working|work|business) days\b|(?<=\bhow many )(?:working|work|business) day\b|\b(?:first|last|final) (?:working|work|business) day (?=of|in)/,
  ],
  ['position', /(?<!\bmid[- ]?)\b(?:positions?|levels?|job|role|seniority level)\b/],
  ['job_title', /\b(?:job )?titles?\b/],
  ['email', /\be-?mail(?: address(?:es)?)?\b/],
  ['team', /\bwhich (?:team|department)\b|\bwhat (?:team|department)\b/],
  [
    'headcount',
    /\bheadcount\b|\b(?:team )?size(?: of)?\b|\bhow big\b|\b(?:employees?|people|staff|ppl|members?|workers?|persons?|folks|colleagues|employed)\b/,
  ],
  ['profile', /\bwho am i\b|\bwho is\b|\bwho's\b|\bdetails\b|\bprofile\b|\btell me about\b|\blook ?up\b/],
];

const ENDS = String.raw`(?:the )?(?:highest|lowest|best|worst|top|bottom|max(?:imum)?|min(?:imum)?)(?: (?:final )?scores?)?`;

const STATISTICS: [Statistic, RegExp][] = [
  // "Spread of scores", "max minus min", "the gap between the highest and lowest": one figure, the highest less the lowest.
  [
    'range',
    new RegExp(
      String.raw`\b(?:(?:spread|difference|gap|range) between ${ENDS} and ${ENDS}|max(?:imum)? minus min(?:imum)?|highest minus lowest|spread|(?<!date )range(?! of dates| from| between| \d| of \d))\b`,
    ),
  ],
  [
    'change',
    new RegExp(
      String.raw`\b(?:go(?:ne)? up or down|up or down|go(?:ne)? up|went up|improved?|improvement|improvers?|change[ds]?|difference|progress(?:ed)?|grew)\b|${FALLING.source}`,
    ),
  ],
  [
    'issues',
    /\b(?:issues?|problems?|problematic|concerns?|concerning|poor|bad|low|alerts?|below (?:the )?(?:attendance )?(?:threshold|target|alert(?: rate)?)|threshold)\b/,
  ],
  [
    'minmax',
    /\b(?:highest and (?:the )?lowest|lowest and (?:the )?highest|best and (?:the )?worst|worst and (?:the )?best|min(?:imum)?\s*(?:and|,|\+|&|\/)\s*max(?:imum)?|max(?:imum)?\s*(?:and|,|\+|&|\/)\s*min(?:imum)?)\b/,
  ],
  ['median', /\bmedian\b/],
  ['distribution', /\b(?:distribution|spread|histogram|breakdown of scores|range of scores|(?<=\bscores? )(?:statistics|stats))\b/],
  ['mean', /\b(?:average|avg|mean)\b/],
  ['min', /\b(?:minimum|min|lowest score)\b/],
  ['max', /\b(?:maximum|max|highest score)\b/],
];

export interface MeasureReading {
  measures: Measure[];
  statistic: Statistic | null;
  /** A second plain statistic asked beside the first ("mean and median"). */
  also: Statistic | null;
  /** Which of a record's times a check-times question asks for. */
  checkTimes: 'in' | 'out' | 'both' | null;
  /** "Absence rate", "absenteeism rate": the attendance rate's complement. */
  absenceRate: boolean;
}

/** The share of expected days not attended: the complement of the attendance rate, never a count of absences. */
const ABSENCE_RATE =
  /\b(?:absence|absent|absenteeism|sickness absence) (?:rates?|percentages?|%|ratio)|\b(?:rate|percentage|share) of (?:absences?|absenteeism)\b/;

/** "What time did she check out": the check-out alone; both when the question names both or neither. */
function whichTimes(marks: Marks): 'in' | 'out' | 'both' {
  const text = marks.text;
  const checkIn = /\b(?:check|clock|sign)(?:ed|s)?[- ]?ins?\b|\barriv(?:e|es|ed|al)\b|\bgets? in\b|\bgot in\b|\bhow late\b/.test(text);
  // "Clock in and out", "…, and when did I leave": the check-out asked too.
  const checkOut =
    /\b(?:check|clock|sign)(?:ed|s)?[- ]?outs?\b|\b(?:check|clock|sign)(?:ed|s)? in (?:and|&|\/) out\b|\b(?:when|what time) did \S+ (?:leave|go home|head home|finish)\b/.test(
      text,
    );
  return checkIn === checkOut ? 'both' : checkIn ? 'in' : 'out';
}

/** Words of the pattern that nothing read yet: "the spread between the highest and lowest" asks no minimum besides. */
const freeIn = (marks: Marks, pattern: RegExp) => marks.peek(pattern).some((m) => !marks.covers(m.index, m.index + m[0].length));

const PLAIN = new Set<Statistic>(['mean', 'median', 'min', 'max', 'range']);

/** Every measure the question names, most specific first. */
export function readMeasures(marks: Marks): MeasureReading {
  const absenceRate = marks.take(ABSENCE_RATE).length > 0;
  const measures: Measure[] = absenceRate ? ['attendance_rate'] : [];
  for (const [measure, pattern, gate] of MEASURES) {
    // A gate is a word the measure needs beside it ("left" is a balance only with leave or days).
    if (gate !== undefined && !marks.has(gate)) continue;
    // An absence rate is the rate's complement, not a count of absences.
    if (measure === 'absent' && absenceRate) continue;
    if (marks.take(pattern).length > 0 && !measures.includes(measure)) measures.push(measure);
  }
  // "My rate in October": of the rates, only attendance's is kept by day.
  // "Rate our managers" is the verb.
  if (measures.length === 0 && marks.take(/\brates?\b(?! (?:our|the|my|all|each|every|them|him|her|these|those|people|staff)\b)/g).length > 0)
    measures.push('attendance_rate');
  // "The lowest average in Q2": a quarter's average is its scores'.
  if (!measures.some((m) => m !== 'team') && marks.has(/\b(?:q[1-4]|quarters?)\b/) && marks.has(/\b(?:average|avg|mean|median)\b/)) measures.unshift('score');
  // "Working days in the week of the Autumn Half Day": the half day is the holiday's name, read with the holiday.
  const namedHalfDay =
    measures.length === 2 && measures.includes('half_day') && /\b(?:autumn|winter|spring|summer|christmas|festive|friday) half[- ]day\b/.test(marks.text);
  if (measures.length > 1 && measures.includes('working_days') && !namedHalfDay) measures.splice(measures.indexOf('working_days'), 1);
  // "Her attendance rate against the DEV rate": the same rate, named twice.
  if (measures.includes('attendance_rate')) marks.take(/\brates?\b/g);
  // "Any holidays coming up": the ones ahead, as "upcoming holidays".
  if (measures.includes('holidays')) marks.take(/\bcoming up\b/g);
  if (measures.some((m) => m.startsWith('leave_'))) marks.take(/\b(?:leave|leaves|vacation|time off|days? off|holiday days?)\b/g);
  // "How much leave can I still book": what is left to book is the balance.
  if (measures.includes('leave_balance')) marks.take(/\b(?:can|could|may) (?:i|we|you|they|he|she|\w+) (?:still )?(?:book|take|use|request)\b/g);
  // "The status of my requests": their decisions, which the requests carry.
  if (measures.includes('leave_requests')) marks.take(/\b(?:status(?:es)?|state|decisions?|overlap(?:s|ping)?(?: with)?)\b/g);
  const checkTimes = measures.includes('check_times') ? whichTimes(marks) : null;
  if (checkTimes !== null) marks.take(/\b(?:what|which) time\b|\bwhen\b|\btimes?\b|\bhow (?:early|late)\b|\busually\b|\bin the (?:morning|evening)\b/g);
  const statistic = STATISTICS.find(([, pattern]) => marks.take(pattern).length > 0)?.[0] ?? null;
  // "Mean and median": a second plain statistic, answered beside the first.
  const also =
    statistic !== null && PLAIN.has(statistic)
      ? (STATISTICS.find(([other, pattern]) => other !== statistic && PLAIN.has(other) && freeIn(marks, pattern) && marks.take(pattern).length > 0)?.[0] ??
        null)
      : null;
  // "Median, mean and min": the mean is given with the min and max beside it.
  if ((statistic === 'mean' || also === 'mean') && (statistic === 'median' || also === 'median')) marks.take(/\b(?:min|max)\b/g);
  // "Mean, min and max": the summary gives all three; "avg, median, min and max": the median beside it.
  if (statistic === 'minmax' && marks.take(/\b(?:average|avg|mean)\b/g).length > 0)
    return { measures, statistic: 'mean', also: marks.take(/\bmedian\b/g).length > 0 ? 'median' : null, checkTimes, absenceRate };
  // "Did the average go up": the change of the mean, not of each person's score.
  if (statistic === 'change' && marks.take(/\b(?:average|avg|mean)\b/g).length > 0)
    return { measures, statistic: 'mean_change', also: null, checkTimes, absenceRate };
  return { measures, statistic, also, checkTimes, absenceRate };
}
