import type { ConversationContext } from '../llm-client.port';
import type { DateRange } from '../time-expression.parser';
import { holidayOfTeam, readHolidayName, yearNamed, type HolidayUse } from './holiday-name';
import { Marks } from './marks';
import { FALLING, PEOPLE_MEASURES, readMeasures, type Measure, type Statistic } from './measure';
import { asksYesOrNo, readOperation, takeScoreBand, type Filters, type Operation, type Threshold } from './operation';
import { readPeriod } from './period';
import { readTeams } from './teams';
import { readAction, type Action } from './action';
import { awayAsOff, capitalisedNames, correctSpelling } from './vocabulary';
import { asksOfEveryone } from './everyone-asked';
import { settleEnds, settleRange, upcoming } from './settle-range';
import { readJobTitle } from './job-title';
import { withoutAsides } from './asides';
import { notHeldWord, settleNotHeld } from './not-held';
import { AsTyped } from './as-typed';
import { rewritten } from './rewrites';
import { readExcluded, withoutExcluded, type Excluded } from './exclusions';
import { hiredCohort } from './hired-cohort';
import { leaversAsked } from './leavers-asked';
import { takeLastTime, wholeRecord } from './last-time';

/** How a question was read, in parts (API.md, "Assistant": `data.parsed` is made from it). */
export interface Reading {
  me: boolean;
  teams: string[];
  employee_ids: string[];
  /** Words that may be a person's name, to look up in the caller's scope. */
  names: string[];
  measures: Measure[];
  statistic: Statistic | null;
  /** A second plain statistic asked beside the first ("mean and median"). */
  alsoStatistic: Statistic | null;
  range: DateRange | null;
  quarters: string[];
  pair: boolean;
  operation: Operation;
  order: 'top' | 'bottom' | null;
  byMerit: boolean;
  limit: number | null;
  /** No number was asked for: those tied with the last one named are named too. */
  tiesKept: boolean;
  threshold: Threshold | null;
  filters: Filters;
  /** Words no part applied (names to look up aside), as typed. */
  unused: string[];
  /** Of those, each one read as another word ("mth" as "month"), and that word. */
  readAs: ReadonlyMap<string, string>;
  /** "By team", "each team": one figure per team. */
  perTeam: boolean;
  /** "Which team scored highest", "the best team": teams are what is ranked, not people. */
  teamsRanked: boolean;
  /** "Which teams", "departments": figures per team; "who", "anyone", "people": per person; null when the question says neither. */
  unit: 'team' | 'person' | null;
  /** "Per person", "individual": one figure per person. */
  perPerson: boolean;
  /** "Headcount by level": one count per position. */
  perPosition: boolean;
  /** "Company-wide", "public": the organisation's own, not a team's. */
  scope: 'organisation' | null;
  /** A thing the service does not hold, named in the question. */
  notHeld: string | null;
  /** Asked in the past tense ("were", "did"): a month named is the one gone by. "Off" for away: leave, when the days reach today. */
  past: boolean;
  off: boolean;
  /** A yes-or-no question ("is my request approved?"): answered with what is, not filtered by the guess. */
  yesNo: boolean;
  /** Teams or levels left out ("everyone except QA", "non-seniors"). */
  excluded: Excluded | null;
  /** "Has everyone checked in": asked as whether anyone has not, so the yes or no is turned back. */
  everyone: boolean;
  /** A holiday asked for by its name ("when is Christmas"): matched against the calendar's names. */
  holidayName: string | null;
  /** How the question uses the holiday's name: asked about, or its date as the day or an end of the period. */
  holidayUse: HolidayUse | null;
  /** "The last holiday", "the most recent bank holiday": the one gone by, not the next. */
  latest: boolean;
  /** A change asked of the service ("approve all pending requests"): refused by its verb. */
  action: Action | null;
  /** A second month named beside the period read ("august and september"): one period is answered at a time. */
  otherPeriod: string | null;
  /** Periods listed apart ("Sep, Oct and Nov"): each is answered; null when none are. */
  listed: DateRange[] | null;
  /** The two ends of "from X to Y" when read as such: a change is between them, not over the whole span. */
  ends: [DateRange, DateRange] | null;
  /** Which of a record's times a check-times question asks for. */
  checkTimes: 'in' | 'out' | 'both' | null;
  /** "Absence rate": the attendance rate's complement is the figure asked. */
  absenceRate: boolean;
  /** The question as read (lower case, spelling corrected, greetings and thanks aside): what a refusal names back. */
  said: string;
}
const OWN_RECORD = new Set<Measure>(['profile', 'position', 'job_title', 'hire_date', 'end_date', 'email', 'team', 'tenure']);
const EMPLOYEE_ID = /\b([a-z]{2,10})-(\d{3,})\b/g;
/** "Show me", "tell me": asking for something, not about the caller. */
const POLITE =
  /\b(?:i |we )?(?:need|want|would like|'d like) to know\b|\b(?:show|tell|give|let|send|get|help|remind) me\b|\bcan i (?:see|get|know|have)\b|\bi(?:'d| would) like\b|\bi (?:want|need)\b|\bdo you know\b|(?:^|\b(?:please|kindly) )state(?= (?:the|how|what|who|which|my|our)\b)/g;
const SELF = /\b(?:i|me|my|mine|myself|i'm|i've|am i)\b/;
const TEAMS_RANKED =
  /\b(?:which|what) (?:team|department|dept)s?\b|\b(?:best|worst|top|bottom|highest|lowest|strongest|weakest)[- ](?:(?:\d+|two|three|four|five) )?(?:(?:performing|scoring|rated|ranked|attended|attending|attendance|score|scores|absence|absences) )?(?:team|department|dept)s?\b|\brank(?:ed)? (?:all |the )?(?:teams|departments)\b/;
const TEAM_UNIT = /\b(?:which|what|any) (?:team|department|dept|group)s?\b|\b(?:teams|departments|depts|groups)\b/;
const PERSON_UNIT = /\b(?:who|whom|whose|anyone|anybody|someone|somebody|people|ppl|persons?|employees?|staff|individuals?|members?|names?)\b/;
const LEVEL = /^(?:junior|mid|senior|lead|manager)s?$/;
const NAME_CUE = /\b(?:for|of|by|did|does|has|is|was|about|called|named|and|vs|versus|how|what'?s|when'?s)\s*$/;
/** Departments other organisations have: one this organisation lacks is named back, never matched to a person ("sales" is not Mohammed Saleh). */
const DEPARTMENT_WORDS = new Set(
  'sales marketing finance legal support operations ops accounting accounts design product research engineering procurement logistics facilities recruiting recruitment administration management customer service success hr payroll compliance communications comms purchasing infrastructure devops it-department'.split(
    ' ',
  ),
);
/** A longer run of unknown words is a sentence the reader does not understand (another language, say), not a name. */
const MOST_NAME_WORDS = 4;

function allTimeIsOnlyAPeriod(raw: string, status: string | undefined, measures: Measure[]): boolean {
  const text = raw.toLowerCase();
  return (
    status === 'any' &&
    /\ball[- ]time\b/.test(text) &&
    !/\beveryone ever\b|\b(?:including|incl\.?|with|and) (?:the )?(?:leavers|former|inactive|ex-employees)\b/.test(text) &&
    measures.length > 0 &&
    !measures.some((m) => PEOPLE_MEASURES.has(m))
  );
}

function nameLike(run: string, text: string, raw: string, measured: boolean): boolean {
  const at = text.indexOf(run);
  if (at < 0) return false;
  // A first and last name, or a capitalised word opening the question ("Lukas late count").
  if (run.includes(' ')) return true;
  // Opening a terse question ("lukas late count"), a word before what is measured is a name, capitalised or not.
  if (at === 0 && (measured || /^[A-Z]/.test(raw.trim()))) return true;
  const after = text.slice(at + run.length);
  if (/^['’]s\b/.test(after)) return true;
  if (NAME_CUE.test(text.slice(0, at))) return true;
  const first = run.split(' ')[0]!;
  return new RegExp(String.raw`(?<!^)\b${first[0]!.toUpperCase()}${first.slice(1)}\b`).test(raw.trim());
}

export function readQuestion(question: string, context: ConversationContext): Reading {
  const typed = new AsTyped(question);
  const raw = rewritten(withoutAsides(question, context), typed);
  const teamWords = new Set(context.teams.flatMap((t) => [t.team_id.toLowerCase(), ...t.team_name.toLowerCase().split(/\s+/)]));
  // Capitalised words after the first are names: never corrected into the question's vocabulary.
  const capitalised = capitalisedNames(raw);
  // "Among the people hired this year": people picked by hire date, read apart so its period is not the question's.
  const { hired, rest } = hiredCohort(awayAsOff(correctSpelling(raw, new Set([...teamWords, ...capitalised]), typed), typed), context.today);
  const marks = new Marks(rest.replace(/\s+/g, ' ').trim());
  // As typed: "approve" is one edit from "approved", and the order must not be corrected into a filter.
  const action = readAction(raw.toLowerCase().trim());
  const employee_ids = [...new Set(marks.take(EMPLOYEE_ID).map((m) => `${m[1]!.toUpperCase()}-${m[2]}`))];
  const notHeld = notHeldWord(raw, marks.text);
  marks.take(POLITE);
  const jobTitle = readJobTitle(marks);
  const excluded = readExcluded(marks, context);
  const teams = readTeams(marks, raw, context);
  const lastTime = takeLastTime(marks);
  const latest = marks.take(/\b(?:last|most recent|previous|latest)(?= (?:(?:public|bank|company|national) )?holidays?\b)/g).length > 0 || lastTime;
  const band = takeScoreBand(marks);
  const period = readPeriod(marks, context.today);
  const operation = readOperation(marks, band);
  if (jobTitle !== null) operation.filters.job_title = jobTitle;
  operation.filters = { ...withoutExcluded(operation.filters, excluded), ...(hired && { hired }) };
  const read = readMeasures(marks);
  const { statistic } = read;
  const measures = leaversAsked(marks.text, read.measures, operation.filters);
  // "Leave waiting for approval", "is my leave approved": leave with a decision is its requests.
  if (
    operation.filters.request_status !== undefined &&
    !measures.some((m) => m.startsWith('leave_')) &&
    marks.take(/\b(?:leave|time off|vacation|pto|days? off|days)\b/g).length > 0
  )
    measures.unshift('leave_requests');
  // "Unpaid days this year for Daniel", "any sick leave in October": a kind of leave over a period is what was taken.
  if (operation.filters.leave_type !== undefined && measures.length === 0 && period.range !== null) {
    marks.take(/\b(?:leave|days?|time off)\b/g);
    measures.push('leave_taken');
  }
  // "Which teams were below 95% in September": the attendance rate is the only figure kept as a percentage.
  if (measures.length === 0 && operation.threshold?.percent === true) measures.push('attendance_rate');
  const past = /\b(?:was|were|did|had)\b/.test(marks.text);
  const off = /\boff\b/.test(marks.text) && !/\bdays? off\b/.test(marks.text);
  const { held, perPosition } = settleNotHeld(notHeld, { teams, employeeIds: employee_ids, text: marks.text, measures, teamWords, off });
  // "All time" on a record kept over days (attendance, leave, scores) is only a period; as a status it reads people counts alone.
  if (allTimeIsOnlyAPeriod(raw, operation.filters.status, measures)) delete operation.filters.status;
  // "The christmas week (22 to 26 december)": dates written out are the period, the holiday only their name ("easter 2026" keeps it).
  const named = readHolidayName(marks, measures);
  const holiday = period.range !== null && /^\d/.test(period.range.label) && !/^\d{4}$/.test(period.range.label) ? null : named;
  // "The QA offsite": the team's word names its holiday; everyone is still asked about.
  const holidayTeams = holiday === null ? [] : teams.filter((team) => holidayOfTeam(team, holiday.name, marks.text, context));
  const holidayName = holiday?.name ?? null;
  // "Easter Monday", "May Day": the weekday or month is the holiday's name, not the period asked; a year beside it is.
  const nameIsPeriod =
    holidayName !== null &&
    /\b(?:monday|friday|sunday|may)\b/.test(holidayName) &&
    (period.range === null || /^(?:on )?(?:monday|friday|sunday|may)\b/.test(period.range.label));
  const holidayYear = nameIsPeriod ? yearNamed(marks) : null;
  // "What day of the week is Christmas": the holiday's date answers it, with its day.
  if (holidayName !== null) marks.take(/\b(?:what|which) day(?: of the week)?\b|\bday of the week\b|\bweekday\b/g);
  // Read before the generic words are taken below; "my team" names a scope, not a unit. "Per person", "individual": one figure each.
  const unitText = marks.text.replace(/\b(?:my|our|the|in|of|for) (?:[a-z]+ )?(?:team|department|dept|group)\b/g, ' ');
  const perTeam = marks.take(/\b(?:each|every|per|by|for all) (?:team|department|dept)s?\b|\bteam by team\b/g).length > 0;
  const perPerson = marks.take(/\b(?:each|every|per|by) (?:person|employee|individual|member|head)\b|\bindividual(?:ly)?\b|\bperson by person\b/g).length > 0;
  const me =
    SELF.test(
      marks.text
        .replace(POLITE, ' ')
        .replace(/\b(?:i|we) (?:manage|run|lead)\b|\b(?:waiting|pending) (?:on|for) (?:me|my (?:approval|sign[- ]off))\b/g, ' ')
        .replace(
          /\b(?:my|our) (?:(?:(?:\d+|two|three|four|five|ten) )?(?:best|top|worst|bottom|strongest|weakest|highest|lowest)[- ](?:(?:\d+|two|three|four|five|ten) )?(?:performers?|scorers?|people|employees|staff|(?=by|in|on|for)\b)|(?:team|department|dept|group|staff|reports|people|employees)s?|(?:junior|senior|lead|mid|manager)s|mid[- ]?levels?|(?:junior|senior|lead|mid[- ]?level) (?:people|employees|staff|devs|developers|engineers|folks|members|team members)|(?:direct )?reports|(?:direct )?(?:devs|developers|engineers|testers|analysts|folks|guys|lot|crew|directs|members|colleagues|team members))\b/g,
          ' ',
        ),
    ) || employee_ids.includes(context.employee_id ?? '');
  marks.take(
    /\b(?:everyone|everybody|all|(?:company|organi[sz]ation|org)[- ]wide|whole company|company|organisation|organization|org|overall|across|together|combined|altogether|employees?|people|staff|teams?|departments?|depts?|groups?|by team|per team|each team)\b/g,
  );
  // "Ines Carvalho only started": a word of stress after a name is not part of it.
  const stress = / (?:only|just|recently|already|also|still|finally|actually)$/;
  const runs = marks.unusedRuns().flatMap((run) => (/^\d/.test(run) ? [] : [run.replace(stress, '')]));
  // A level left unused ("seniors and juniors") is named back, not looked up; a question refused by its words looks nobody up.
  // "Sales team attendance": a team the caller cannot see or that does not exist, named back, never matched to a person.
  const teamLike = new Set([...marks.text.matchAll(/\b([a-z]+) (?:team|department|dept)\b/g)].map((m) => m[1]!).filter((word) => !teamWords.has(word)));
  const names =
    held === null && action === null
      ? runs.filter(
          (run) =>
            run.length >= 2 &&
            run.split(' ').length <= MOST_NAME_WORDS &&
            !LEVEL.test(run) &&
            !/^(?:never|not|non-?[a-z]+|except|excluding|without|minus|other than|apart|outside|but)\b/.test(run) &&
            !teamLike.has(run.split(' ').at(-1)!) &&
            !run.split(' ').every((word) => DEPARTMENT_WORDS.has(word) && !teamWords.has(word)) &&
            nameLike(run, marks.text, raw, measures.length > 0),
        )
      : [];
  for (const name of names) marks.take(new RegExp(String.raw`(?<!\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:'s)?(?!\p{L})`, 'gu'));
  // Facts of one's own record (start date, tenure) are read from it.
  const ownFact =
    measures.some((m) => OWN_RECORD.has(m)) ||
    ((/\bwhen\b/.test(marks.text) || /\b(?:start(?:ing)?|joining|hire) date\b/.test(marks.text)) && measures.includes('hires'));
  const own = me && context.employee_id !== null && ownFact ? [context.employee_id] : [];
  const asked = { measures, past, future: /\b(?:will|going to|gonna)\b/.test(marks.text), booked: off || holidayName !== null };
  const days = settleEnds(period, context.today, asked);
  return {
    me: me && employee_ids.every((id) => id === context.employee_id),
    teams: teams.filter((team) => !holidayTeams.includes(team) && !excluded?.teams.includes(team)),
    employee_ids: [...employee_ids.filter((id) => id !== context.employee_id || !me), ...own],
    names,
    measures,
    statistic,
    alsoStatistic: read.also,
    // "The day after Christmas": chrono reads "the day after" as tomorrow; the days are the holiday's neighbours.
    range: /^(?:\w*day|week)_/.test(holiday?.use ?? '')
      ? null
      : nameIsPeriod
        ? holidayYear
        : settleRange(
            days.range ??
              wholeRecord(lastTime, marks.text, measures, context.today) ??
              (measures.includes('holidays') ? null : upcoming(marks.text, context.today)),
            context.today,
            asked,
          ),
    quarters: period.quarters,
    pair: period.pair,
    ...operation,
    order: (statistic === 'change' || statistic === 'mean_change') && FALLING.test(marks.text) ? 'bottom' : operation.order,
    teamsRanked: operation.operation === 'rank' && TEAMS_RANKED.test(marks.text),
    // A score band beside another measure is named back, never applied to it.
    unused: [...typed.words(marks.unused()), ...(band !== null && measures[0] !== 'score' ? [`between ${band.value} and ${band.upTo}`] : [])],
    readAs: typed.readAs(marks.unused()),
    notHeld: held,
    perTeam,
    unit: perTeam || TEAM_UNIT.test(unitText) ? 'team' : perPerson || PERSON_UNIT.test(unitText) ? 'person' : null,
    perPerson,
    perPosition,
    past,
    off,
    yesNo: asksYesOrNo(marks.text, raw),
    excluded,
    everyone: asksOfEveryone(question),
    otherPeriod: period.otherMonth,
    listed: period.listed,
    ends: days.ends,
    checkTimes: read.checkTimes,
    absenceRate: read.absenceRate,
    // A message that is only a greeting or thanks is quoted as it came.
    said: marks.text || question.trim().toLowerCase(),
    action,
    holidayName,
    holidayUse: holiday?.use ?? null,
    latest,
    scope: /\b(?:company[- ]wide|company holidays?|org(?:anisation|anization)?[- ]wide|public|bank|national|whole company|everyone's)\b/.test(marks.text)
      ? 'organisation'
      : null,
  };
}
