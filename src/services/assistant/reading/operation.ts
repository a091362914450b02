import { POSITIONS, type Position } from '../../../core/employee';
import type { HiredCohort } from './hired-cohort';
import type { Marks } from './marks';
import { NUMBER, toNumber } from './number-words';

export type Operation = 'lookup' | 'count' | 'list' | 'rank' | 'compare' | 'trend' | 'threshold';

export interface Threshold {
  /** more: strictly above; less: strictly below; at_least, at_most, exactly. */
  comparison: 'more' | 'less' | 'at_least' | 'at_most' | 'exactly';
  value: number;
  /** A percentage ("100 % attendance"): compared as a fraction. */
  percent: boolean;
  /** "Over 80 in both Q2 and Q3": met in each of the periods named, not in any. */
  inEach?: true;
  /** "Scoring between 70 and 80": the upper mark, inclusive, above `value` (at least); read of scores only. */
  upTo?: number;
  /** "At least once", "at least one absence": any day counts, a half day too (not "at least 1 day"). */
  once?: true;
}

/** Two marks a score lies between; not days of a month ("between 10 and 20 October"), times or percentages. */
const SCORE_BAND =
  /\b(?:between|from) (\d{1,3}(?:\.\d+)?) (?:and|to|-) (\d{1,3}(?:\.\d+)?)\b(?! ?(?:st|nd|rd|th|%|percent|am|pm|[:./]\d|(?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/;

/** A score band, read before the period would take its numbers for days: only beside a score's words. */
export function takeScoreBand(marks: Marks): Threshold | null {
  if (!/\bscor(?:e|es|ed|ing)\b/.test(marks.text)) return null;
  const band = marks.takeFirst(SCORE_BAND);
  if (band === null) return null;
  const [low, high] = [Number(band[1]), Number(band[2])].sort((a, b) => a - b);
  return { comparison: 'at_least', value: low!, percent: false, upTo: high! };
}

const IN_EACH =
  /\bboth\b(?= (?:in |of )?(?:the )?(?:q[1-4]\b|\d{4}[- ]?q[1-4]\b|quarters\b))|\b(?:each|every|all) of\b(?= (?:the )?(?:q[1-4]\b|\d{4}[- ]?q[1-4]\b|quarters\b))/;

/** Whether a figure passes a threshold's comparison with `limit`. */
export function meets(value: number, comparison: Threshold['comparison'], limit: number): boolean {
  switch (comparison) {
    case 'more':
      return value > limit;
    case 'less':
      return value < limit;
    case 'at_least':
      return value >= limit;
    case 'at_most':
      return value <= limit;
    case 'exactly':
      return value === limit;
  }
}

export interface Filters {
  position?: Position;
  /** A fragment of job titles, lower case and singular ("ml engineer"). */
  job_title?: string;
  status?: 'active' | 'inactive' | 'any';
  leave_type?: LeaveType;
  request_status?: 'pending' | 'approved' | 'rejected' | 'cancelled';
  /** A second state asked beside the first ("approved or pending"). */
  request_status_also?: 'pending' | 'approved' | 'rejected' | 'cancelled';
  /** A second position set beside the first ("seniors vs juniors"): each answered, side by side. */
  position_also?: Position;
  /** Other kinds of leave beside the first ("annual vs sick", "by kind"): each answered, side by side. */
  leave_type_also?: LeaveType[];
  /** People picked by their hire date ("among the people hired this year"). */
  hired?: HiredCohort;
  /** "Who was not late", "no absences", "never forgot to check out": those without the day asked about. */
  negated?: true;
}

/** A day's state denied: "not late", "wasn't absent", "with no absences", "never forgot to check out". */
const NEGATED =
  /\b(?:(?:was|were|is|are|has|have|had|did)(?:n't| not)|not|never|(?:with|had|have|has) (?:no|zero)|zero|(?:nobody|no one)(?: (?:was|were|is|has been|had been))?)\b(?= (?:been |ever |once |a (?:single )?|one |any )?(?:late|absent|absences?|absentee\w*|on leave|off|missed|miss|forgot|forget|lates|late arrivals?|missing check-?outs?|half[- ]days?)\b)/g;

type LeaveType = 'ANNUAL' | 'SICK' | 'UNPAID';
/** "Leave taken by kind": every kind of leave, each answered. */
const EVERY_KIND =
  /\b(?:by|per|each|every|for each) (?:leave )?(?:kind|type|category)s?(?: of leave)?\b|\b(?:kinds?|types?) of leave\b|\bleave (?:kinds?|types?)\b/;

export interface OperationReading {
  operation: Operation;
  order: 'top' | 'bottom' | null;
  /** Ranked by a performance word (top, best, worst…), not by "most" or "longest". */
  byMerit: boolean;
  limit: number | null;
  /** No number was asked for ("who was late the most"): those tied with the last one named are named too. */
  tiesKept: boolean;
  threshold: Threshold | null;
  filters: Filters;
}

const THRESHOLDS: [Threshold['comparison'], RegExp][] = [
  ['more', new RegExp(String.raw`\b(?:more|greater|higher|over|above|longer) (?:than )?${NUMBER}\s*(%|percent)?|>\s*${NUMBER}`)],
  ['less', new RegExp(String.raw`\b(?:less|fewer|lower|under|below|shorter) (?:than )?${NUMBER}\s*(%|percent)?|<\s*${NUMBER}`)],
  [
    'at_least',
    new RegExp(
      String.raw`\b(?:at least|minimum of|${NUMBER}\s*(?:or more|\+))\s*${NUMBER}?\s*(%|percent)?|\b${NUMBER}\s*(%|percent)?(?: [a-z]+){0,2} or (?:better|higher|above|more|over)\b`,
    ),
  ],
  [
    'at_most',
    new RegExp(
      String.raw`\b(?:at most|no more than|maximum of|up to) ${NUMBER}\s*(%|percent)?|\b${NUMBER}\s*(%|percent)?(?: [a-z]+){0,2} or (?:worse|lower|below|less|fewer|under)\b`,
    ),
  ],
  [
    'exactly',
    new RegExp(
      String.raw`\b(?:exactly )?(100|\d{1,2})\s*(%|percent)(?= attendance)|(?<=\battendance (?:(?:rate )?(?:was |is |of |at )?))(100|\d{1,2})\s*(%|percent)|\bperfect attendance\b|(?<=\battendance (?:was |is |been )?)perfect\b|\bexactly ${NUMBER}`,
    ),
  ],
];

function readThreshold(marks: Marks): Threshold | null {
  const threshold = thresholdSaid(marks);
  return threshold !== null && marks.take(IN_EACH).length > 0 ? { ...threshold, inEach: true } : threshold;
}

function thresholdSaid(marks: Marks): Threshold | null {
  for (const [comparison, pattern] of THRESHOLDS) {
    const match = marks.takeFirst(pattern);
    if (!match) continue;
    if (/perfect/.test(match[0])) return { comparison: 'exactly', value: 1, percent: true };
    const said = match.slice(1).find((g) => g !== undefined && /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|thrice|an?$)/.test(g))!;
    const percent = /%|percent/.test(match[0]);
    const value = percent ? toNumber(said) / 100 : toNumber(said);
    const once = comparison === 'at_least' && value === 1 && !percent && !/^\s*(?:full |whole )?days?\b/.test(marks.text.slice(match.index + match[0].length));
    return { comparison, value, percent, ...(once && { once: true as const }) };
  }
  const times = marks.takeFirst(/\b(twice|thrice)\b/);
  return times ? { comparison: 'at_least', value: toNumber(times[1]!), percent: false } : null;
}

const POSITION_WORDS = POSITIONS.map((position) => {
  const word = position.toLowerCase();
  // "Intermediate" is what some call the middle level.
  const said = word === 'mid' ? '(?:mid|intermediate)' : word;
  return [position, new RegExp(String.raw`\b${said}(?:s|[- ]levels?)?\b${word === 'lead' ? '(?! to\\b)' : ''}`, 'g')] as const;
});

const LEVEL_WORD = String.raw`(junior|mid|senior|lead|manager)(?:s|[- ]levels?)?`;
const POSITION_PAIR = new RegExp(
  String.raw`\b${LEVEL_WORD} (?:vs\.?|versus|and|or|against|compared? (?:to|with)|(?:[a-z]+ ){0,4}than) (?:the |my |our )?${LEVEL_WORD}\b`,
);
const positionOf = (word: string): Position | undefined => POSITIONS.find((p) => p.toLowerCase() === word);

type Decision = NonNullable<Filters['request_status']>;
const decisionOf = (word: string): Decision =>
  /^(declined|denied)$/.test(word) ? 'rejected' : /^cancel/.test(word) ? 'cancelled' : /^(awaiting|open|waiting)/.test(word) ? 'pending' : (word as Decision);

function readFilters(marks: Marks): Filters {
  const filters: Filters = {};
  if (marks.take(NEGATED).length > 0) filters.negated = true;
  // "Seniors vs juniors": two positions side by side. Otherwise one position is a filter; a second is left unused,
  // so it is named back, never dropped.
  const pair = POSITION_PAIR.exec(marks.text);
  const both = pair ? [positionOf(pair[1]!), positionOf(pair[2]!)] : [];
  if (both[0] && both[1] && both[0] !== both[1]) {
    marks.take(POSITION_PAIR);
    [filters.position, filters.position_also] = both;
  }
  for (const [position, pattern] of POSITION_WORDS) if (filters.position === undefined && marks.take(pattern).length > 0) filters.position = position;
  // "Who manages the security team": its managers.
  if (filters.position === undefined && marks.take(/\b(?:manages|managing|in charge of|heads up)\b/g).length > 0) filters.position = 'Manager';
  if (
    marks.take(
      /\b(?:including|incl\.?|with|and) (?:the )?(?:leavers|former|inactive|ex-employees)\b|\b(?:including|incl\.?) (?:people|those|employees|staff|anyone|everyone) (?:who|that)(?:'ve| have)? (?:left|gone)\b|\beveryone ever\b|\ball[- ]time\b/g,
    ).length > 0
  )
    filters.status = 'any';
  else if (marks.take(/\b(?:inactive|former|ex-employees|no longer (?:here|employed))\b/g).length > 0) filters.status = 'inactive';
  else if (
    marks.take(/\b(?:only )?(?:active|current(?:ly)? employed|still (?:here|employed|with us|on staff|on the books|at the company))(?: only)?\b/g).length > 0
  )
    filters.status = 'active';
  const types = [...new Set(marks.take(/\b(annual|sick|unpaid)\b/g).map((m) => m[1]!.toUpperCase() as LeaveType))];
  if (marks.take(EVERY_KIND).length > 0 && types.length === 0) types.push('ANNUAL', 'SICK', 'UNPAID');
  if (types.length > 1) filters.leave_type_also = types.slice(1);
  if (types[0]) filters.leave_type = types[0];
  // "Holidays left" is annual leave; "public holidays left" is the calendar's.
  else if (
    marks.take(
      /\b(?:holiday|vacation) (?:days?|leave|allowance|balance|entitlement)\b|(?<!\b(?:public|bank|national|company) )\b(?:holidays?|vacation) (?:left|remaining)\b/g,
    ).length > 0
  )
    filters.leave_type = 'ANNUAL';
  const decisions = [
    ...new Set(
      marks
        .take(/\b(pending|approved|rejected|declined|denied|cancell?ed|a?waiting(?: for)?(?: (?:my |your |an? )?(?:approval|decision|sign[- ]off))?|open)\b/g)
        .map((m) => decisionOf(m[1]!)),
    ),
  ];
  if (decisions[0]) filters.request_status = decisions[0];
  if (decisions[1]) filters.request_status_also = decisions[1];
  return filters;
}

const RANK = new RegExp(
  String.raw`\b(?:(top|bottom|best|worst|highest|lowest|strongest|weakest|biggest|largest|greatest|most recent(?:ly)?|latest|most|least|longest|newest|oldest|shortest|smallest|fewest|lowest[- ]scoring|highest[- ]scoring)(?: ${NUMBER})?|${NUMBER} (top|bottom|best|worst|highest|lowest|strongest|weakest|biggest|largest|greatest|longest|newest|oldest|latest|most recent(?:ly)?|shortest))\b`,
);

export function readOperation(marks: Marks, band: Threshold | null = null): OperationReading {
  const threshold = band ?? readThreshold(marks);
  const filters = readFilters(marks);
  marks.take(/\b(?:most|least) (?:often|frequently|times|days)\b|\bthe most\b/g);
  const rank = marks.takeFirst(RANK);
  // "Top 3 most absent": the measure's own "most" beside a ranking already read.
  if (rank !== null) marks.take(/\b(?:most|least)(?= (?:absent|late|absences|hours|days|leave))\b/g);
  // "Longest serving 3 people": the count after the ranking words.
  const counted =
    rank !== null && rank[2] === undefined && rank[3] === undefined
      ? (marks.takeFirst(
          new RegExp(
            String.raw`\b${NUMBER} (?=(?:(?:in|from|on|of) (?:the )?[a-z'-]+ |[a-z'-]+ )?(?:people|persons|employees|staff|members|teams|performers|who\b|that\b|with\b))`,
          ),
        ) ??
        // "Lowest attendance in QA, top 2", "fewest hours, bottom 5", "which 3 testers had the worst": how many.
        marks.takeFirst(new RegExp(String.raw`\b(?:top|bottom) ${NUMBER}\b`)) ??
        marks.takeFirst(new RegExp(String.raw`(?<=\bwhich )${NUMBER}(?= [a-z'-]+s\b)`)))
      : null;
  // "Rank people by attendance": every one in order, best first, with no cut.
  const ordered = rank === null && marks.takeFirst(/\b(?:rank|ranked|ranking|rankings|sort|sorted)\b/) !== null;
  const order =
    rank === null
      ? null
      : /^(bottom|worst|lowest|weakest|least|newest|most recent|latest|shortest|smallest|fewest)/.test(rank[1] ?? rank[4]!)
        ? 'bottom'
        : 'top';
  const n = rank?.[2] ?? rank?.[3] ?? counted?.[1];
  // "The best performer", "highest scorer": one.
  const one =
    rank !== null &&
    n === undefined &&
    /\b(?:performer|scorer|score|scored|employee|person|one|achiever|team|dept|department|member|rate|attendance(?! (?:rates|rated|figures|numbers|percentages))|junior|senior|lead|manager|mid(?:[- ]?level(?:er)?)?|developer|engineer|analyst|tester)\b(?!s)/.test(
      marks.text,
    );
  const limit = n === undefined ? (one ? 1 : null) : toNumber(n);
  // "Is lateness getting worse": a direction over time, read as the series, not as two things compared.
  const getting = marks.take(/\bgetting (?:worse|better)\b/g).length > 0;
  const compare =
    marks.take(
      /\b(?:compare[ds]?|comparison|comparing|vs\.?|versus|against|side by side|(?:better|worse|higher|lower) than|(?<!\bgetting )(?:better|worse)|than|(?:more|less|fewer|higher|lower)(?=\b.*\b(?:or|than)\b)|(?:above|below|over|under)(?= (?:the |my |our |their |his |her )?(?:[a-z']+ ){0,3}(?:average|avg|mean)\b)|(?:above|below)(?= (?:the )?(?:company|organi[sz]ation|org)(?:'s|[- ]wide)?\b)|(?:above|below)(?= (?:the |my |our |their |his |her )?(?:[a-z']+ ){0,2}(?:attendance |absence )?rate\b))\b/g,
    ).length > 0;
  const trend =
    marks.take(
      /\b(?:trends?|trending|(?:over|across) (?:the )?(?:quarters|periods|time|the year)|by (?:quarter|month|week)|(?:each|every|per) (?:quarter|month|week)|(?:quarter (?:by|over|to) quarter|month (?:by|over|to|on) month|week (?:by|over|to|on) week)|quarterly|monthly|weekly|evolution|evolved?|evolving|history|(?<=\bhow (?:has|have|did|do|does)\b.*)(?:moved|develop(?:ed|ing)?|progressed|shifted))\b/g,
    ).length > 0 || getting;
  const count = marks.take(/\b(?:how many|how often|number of|count|total|sum of|tally)\b/g).length > 0;
  const list = marks.take(/\b(?:who|whose|which|list|names?|name the|show|anyone|anybody|any(?:one)? (?:who|that))\b/g).length > 0;
  const operation: Operation = threshold
    ? 'threshold'
    : rank || ordered
      ? 'rank'
      : compare
        ? 'compare'
        : trend
          ? 'trend'
          : count
            ? 'count'
            : list
              ? 'list'
              : 'lookup';
  const byMerit = rank !== null && /^(top|bottom|best|worst|highest|lowest|strongest|weakest)/.test(rank[1] ?? rank[4]!);
  return { operation, order, byMerit, limit, tiesKept: n === undefined, threshold, filters };
}

/** "Is …", "did …", "anyone …", "… — still pending?", "QA last week - did they …?": a question answered yes or no first. */
export const asksYesOrNo = (text: string, raw: string) =>
  // "This month, is DEV's attendance better than QA's?": a period or a team set before the question.
  /^(?:[\w'’ -]{1,40},\s*)?(?:is|are|am|was|were|has|have|did|does|do|if|whether|any)\b/.test(text) ||
  // "How did I score in Q3, and was it better than Q2?", "what's left, and have I used any?": a figure, then a yes or no on it.
  /\band (?:was|is|were|are) (?:it|that|this|they) (?:any )?(?:better|worse|higher|lower|more|less|fewer|up|down|above|below)\b|\band did (?:it|that|they) (?:go up|go down|improve|drop|fall|rise)\b|\band (?:have|has) (?:i|he|she|they) (?:used|taken|had) any\b|\band (?:does|did|would|will) (?:it|that|this) count as\b|\band (?:was|were|am) (?:i|he|she|they) late\b/.test(
    text,
  ) ||
  /^any(?:one|body)\b|\b(?:yes or no|y\/n|or not)\s*\??\s*$|[—–,:-]\s*(?:is it |are they )?still \w+\?\s*$|[—–,:-]\s*(?:is it |was it )?(?:approved|rejected|pending|declined|denied|accepted|signed off)(?: yet)?\?\s*$|(?:\s[—–:-]|:)\s*(?:is|are|was|were|has|have|did|does|do)\b[^—–:]*\?\s*$/i.test(
    raw.trim(),
  );
