import type { Marks } from './marks';

/** What a question asks to be measured, as `data.parsed.measure` names it. */
export type Measure =
  | 'profile' | 'position' | 'job_title' | 'hire_date' | 'end_date' | 'email' | 'team'
  | 'headcount' | 'tenure' | 'hires' | 'leavers'
  | 'attendance_rate' | 'attendance' | 'present' | 'late' | 'half_day' | 'absent' | 'on_leave' | 'missing_check_out' | 'not_checked_in' | 'hours'
  | 'score' | 'kpi' | 'leave_balance' | 'leave_requests' | 'leave_taken' | 'holidays' | 'corrections';

/** A statistic of scores. */
export type Statistic = 'mean' | 'median' | 'min' | 'max' | 'distribution' | 'change' | 'issues';

/** In order of precedence: the first that matches is what is measured; every match's words are applied. */
const MEASURES: [Measure, RegExp][] = [
  ['corrections', /\b(?:pending |open )?corrections?\b/],
  ['holidays', /\b(?:(?:next|upcoming|coming) )?(?:(?:public|bank|company[- ]wide|national|org(?:anisation|anization)?(?:[- ]wide)?) )?holidays?\b(?! (?:days? )?(?:left|remaining|balance|allowance|entitlement|taken|used))/],
  ['leave_balance', /\b(?:(?:annual|sick|unpaid|holiday|vacation|pto) )?(?:leave |days? |holiday days )?(?:balances?|left|remaining|remain|allowance|entitlements?|available)\b|\bhow many (?:annual |sick |holiday |vacation |leave )*days? (?:of (?:annual |sick )?leave )?(?:do|does|have|has) (?:i|\w+) (?:got |have )?left\b/],
  ['leave_requests', /\b(?:(?:leave|holiday|vacation|time[- ]off|pto) )?requests?\b|\bpending (?:leave|approvals?)\b/],
  ['leave_taken', /\b(?:(?:annual|sick|unpaid) )?(?:leave|sick days?|days? of leave|holiday days?) (?:taken|used)\b|\b(?:sick|unpaid|annual) (?:days|leave)(?: taken| used)?\b|\b(?:taken|used) (?:any )?(?:annual |sick |unpaid )?(?:leave|sick days)\b/],
  ['missing_check_out', /\b(?:missing|missed|no|forgot(?:ten)? to|didn'?t|did not|without(?: a)?) ?(?:a )?check[- ]?outs?\b|\bcheck[- ]?outs? missing\b|\bforgot (?:to )?(?:check|clock) ?out\b|\bnot (?:checked|clocked) out\b/],
  ['not_checked_in', /\b(?:not|hasn'?t|haven'?t|has not|have not|yet to|didn'?t) (?:yet )?(?:checked|clocked|check|clock) ?in\b(?: yet)?|\bnot in yet\b|\bnot (?:checked|clocked) in\b/],
  ['on_leave', /\bon (?:annual |sick |unpaid |parental )?(?:leave|vacation|holiday)\b|\boff sick\b|\bon pto\b|\bout of (?:the )?office\b|\baway\b/],
  ['tenure', /\b(?:tenure|longest[- ]serving|been (?:here|with (?:the|us|the company))(?: the)? longest|been here|how long|years? (?:with|at|in) the company|years of service|seniority|anniversary)\b/],
  ['hours', /\bhours?(?: worked)?\b|\bhrs\b|\bput in\b|\bworked\b/],
  ['late', /\b(?:late(?:ness|comers?)?|tardy|tardiness)\b/],
  ['half_day', /\bhalf[- ]?days?\b/],
  ['absent', /\b(?:absent|absences?|absentees?|absenteeism|missed(?: work)?|no[- ]shows?|did(?:n'?t| not) (?:show up|come in|turn up)|off)\b/],
  ['present', /\b(?:present|showed up|came in|turned up|in the office)\b/],
  ['attendance_rate', /\b(?:attendance|attend(?:ed|ing)?) (?:rate|percentage|%)\b|\battendance\b|\battended\b|\bpunctual(?:ity)?\b/],
  ['kpi', /\bkpis?\b/],
  ['score', /\b(?:final )?(?:scores?|scored|scorers?|performance|perform(?:ers?|ing|ed)?|ratings?|rated|ranking|how (?:did|has|have) (?:i|\w+) (?:do|done))\b/],
  ['leavers', /\b(?:leavers?|left(?: the company)?|quit|resigned|departed|terminated|last (?:working )?day|end date|exits?)\b/],
  ['hires', /\b(?:new )?(?:hires?|hired|joiners?|joined|started|newest|new starters?|onboarded|start(?:ing)? dates?)\b/],
  ['position', /\b(?:positions?|levels?|job|role|seniority level)\b/],
  ['job_title', /\b(?:job )?titles?\b/],
  ['email', /\be-?mail(?: address)?\b/],
  ['team', /\bwhich (?:team|department)\b|\bwhat (?:team|department)\b/],
  ['headcount', /\bheadcount\b|\b(?:employees?|people|staff|ppl|members?|workers?|persons?|folks|colleagues|employed)\b/],
  ['profile', /\bwho is\b|\bwho's\b|\bdetails\b|\bprofile\b|\btell me about\b|\blook ?up\b/],
];

const STATISTICS: [Statistic, RegExp][] = [
  ['change', /\b(?:improved?|improvement|improvers?|change[ds]?|dropped|declined?|declines?|difference|went (?:up|down)|progress(?:ed)?|grew|fell)\b/],
  ['issues', /\b(?:issues?|problems?|problematic|concerns?|concerning|poor|bad|alerts?)\b/],
  ['median', /\bmedian\b/],
  ['distribution', /\b(?:distribution|spread|histogram|breakdown of scores|range of scores)\b/],
  ['mean', /\b(?:average|avg|mean)\b/],
  ['min', /\b(?:minimum|min|lowest score)\b/],
  ['max', /\b(?:maximum|max|highest score)\b/],
];

export interface MeasureReading {
  measures: Measure[];
  statistic: Statistic | null;
}

/** Every measure the question names, most specific first. */
export function readMeasures(marks: Marks): MeasureReading {
  const measures: Measure[] = [];
  for (const [measure, pattern] of MEASURES) {
    if (marks.take(new RegExp(pattern.source, 'g')).length > 0) measures.push(measure);
  }
  const statistic = STATISTICS.find(([, pattern]) => marks.take(new RegExp(pattern.source, 'g')).length > 0)?.[0] ?? null;
  return { measures, statistic };
}
