import { addDays } from '../../core/work-calendar/dates';
import { setNewest } from '../../core/bounded-map';
import { POSITIONS } from '../../core/employee';
import { EXAMPLE_QUESTIONS, type Intent } from './assistant-intents';
import type { ConversationContext } from './llm-client.port';
import { parseDateRange, parsePeriod, periodRange, type DateRange } from './time-expression.parser';

/** What the builtin provider understood: an intent, its entities, and the one tool call that answers it. */
export interface ParsedQuestion {
  intent: Intent;
  call?: { name: string; input: Record<string, unknown> };
  range?: DateRange;
  period?: string | null;
  teams: string[];
  /** Why a recognised question still cannot be answered (e.g. a range where one day is needed). */
  limitation?: string;
}

const ATTENDANCE = /\b(attendance|attend(ed|ing)?|late|absent|absences?|present|half[\s-]?days?|tardy|showed up|show up|missed|punctual|check(ed)?[\s-]?in|on (annual |sick |unpaid )?leave|on vacation|off sick)\b/i;
const ON_LEAVE = /\b(on (annual |sick |unpaid )?leave|on vacation|off sick)\b/i;
const SCORES = /\b(scores?|scored|performance|perform(ers?|ing|ed)?|ratings?|rated|kpis?|ranking|ranked)\b/i;
const RANKING = /\b(top|best|highest|strongest|bottom|worst|lowest|weakest|ranking|ranked|performers?)\b/i;
const BOTTOM = /\b(bottom|worst|lowest|weakest|under[\s-]?perform\w*)\b/i;
const TREND = /\b(trends?|over (the )?(quarters|periods|time)|by quarter|each quarter|per quarter|quarter (by|over|to) quarter|evolution|progress(ed|ion)?|history|changed)\b/i;
const COMPARE = /\b(compare[ds]?|comparison|vs\.?|versus|against)\b/i;
const ISSUES = /\b(issues?|problems?|problematic|poor|low|below|under|concerns?|concerning|bad|alerts?)\b/i;
const COUNT = /\b(how many|number of|count|headcount|total)\b/i;
const LIST = /\b(list|who (is|are|works?|work) (in|on|at)|members?|which employees|show|name the|staff|people in|employees in)\b/i;
const LOOKUP = /\b(?:who\s+is|who's|tell\s+me\s+about|look\s*up|find|details\s+(?:for|of|on|about)|info(?:rmation)?\s+(?:for|on|about)|profile\s+(?:of|for))\s+(.+)$/i;
const EMPLOYEE_ID = /\b([A-Za-z]{2,10})-(\d{3,})\b/;
/** "show me" and "tell me" ask for something; they do not make a question about the caller. */
const POLITE = /\b(show|tell|give|let|send|get|help)\s+me\b|\bcan i (see|get|know|have)\b|\bi('d| would) like\b|\bi want\b/gi;
/** "My team" asks about the team, not about the caller. */
const MY_GROUP = /\bmy (team|department|dept|staff|reports|people|employees|group|org(anisation|anization)?)\b/gi;
/** Fields the service does not hold: answering with the profile instead would dodge the question. */
const NOT_HELD = /\b(salar(y|ies)|pay|paid|wages?|compensation|bonus(es)?|home address|phone( number)?|birthday|date of birth|age|leave balance|vacation days|holidays? left)\b/i;
const SELF = /\b(my|me|mine|myself|i|am i|did i|have i)\b/i;

const EMPLOYEE_IDS = new RegExp(EMPLOYEE_ID.source, 'g');

interface TeamMatcher {
  team_id: string;
  team_name: string;
  /** The code in capitals anywhere ("QA"). */
  code: RegExp;
  /** The code in any case, beside "team" or "department" ("the dev team"). */
  codeBesideTeam: RegExp;
  name: RegExp;
}

/**
 * Compiled once per set of teams, which hardly ever changes: compiling three
 * expressions per team for every question was a twentieth of the server's
 * CPU for a question whose figures were cached (--cpu-prof).
 */
const teamMatchers = new Map<string, TeamMatcher[]>();

function matchersFor(teams: ConversationContext['teams']): TeamMatcher[] {
  const signature = teams.map((team) => `${team.team_id}\u0000${team.team_name}`).join('\u0001');
  let matchers = teamMatchers.get(signature);
  if (!matchers) {
    matchers = teams.map((team) => ({
      team_id: team.team_id,
      team_name: team.team_name,
      code: new RegExp(`\\b${team.team_id}\\b`),
      codeBesideTeam: new RegExp(`\\b${team.team_id}\\s+(team|department|dept)\\b|\\b(team|department|dept)\\s+${team.team_id}\\b`, 'i'),
      name: new RegExp(`\\b${team.team_name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'),
    }));
    setNewest(teamMatchers, signature, matchers, 100);
  }
  return matchers;
}

function teamsIn(text: string, context: ConversationContext): string[] {
  const found = new Map<string, number>();
  const withoutIds = text.replace(EMPLOYEE_IDS, ' ');
  for (const team of matchersFor(context.teams)) {
    const code = team.code.exec(withoutIds) ?? team.codeBesideTeam.exec(withoutIds);
    const name = team.name.exec(withoutIds);
    const at = Math.min(code?.index ?? Infinity, name?.index ?? Infinity);
    if (at !== Infinity) found.set(team.team_id, at);
  }
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([team]) => team);
}

const POSITION_WORDS = POSITIONS.map((position) => ({ position, word: new RegExp(`\\b${position}s?\\b`, 'i') }));

function positionIn(text: string): string | undefined {
  return POSITION_WORDS.find(({ word }) => word.test(text))?.position;
}

function statusIn(text: string): 'active' | 'inactive' | undefined {
  if (/\binactive\b|\bleavers?\b|\bleft\b/i.test(text)) return 'inactive';
  if (/\bactive\b/i.test(text)) return 'active';
  return undefined;
}

function countIn(text: string): number | undefined {
  const match = /\b(?:top|bottom|best|worst|highest|lowest)\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:top|bottom|best|worst|highest|lowest|performers|people|employees)\b/i.exec(text);
  if (match) return Number(match[1] ?? match[2]);
  // "The best performer" asks for one.
  return /\b(the\s+)?(top|best|highest|strongest|bottom|worst|lowest|weakest)\s+(performer|employee|person|scorer)\b(?!s)/i.test(text) ? 1 : undefined;
}

function nameIn(text: string): string | null {
  const match = LOOKUP.exec(text.trim());
  if (!match) return null;
  const name = match[1]!
    .replace(/[?.!]+$/, '')
    .replace(/^(the\s+)?(employee|person|colleague)\s+(called|named)?\s*/i, '')
    .replace(/'s\b.*$/, '')
    .trim();
  return name.length >= 2 && name.length <= 100 ? name : null;
}

const EXAMPLES_HINT = `I can answer questions such as ${EXAMPLE_QUESTIONS.slice(0, 4).map((q) => `"${q}"`).join(', ')}.`;

/** "Alice Archer's attendance", "scores of Alice Archer": a person named, not an id. */
const PERSON_NAMED = /\b([A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+)'s\b|\b(?:of|for)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+)\b/;

function personNamedIn(text: string, context: ConversationContext): string | null {
  const match = PERSON_NAMED.exec(text);
  const name = match?.[1] ?? match?.[2];
  if (name === undefined) return null;
  // A team's name or code inside it ("Quality Assurance's attendance") makes it a team.
  const isTeam = matchersFor(context.teams).some((t) => name.toLowerCase().includes(t.team_name.toLowerCase()) || t.code.test(name));
  return isTeam ? null : name;
}

const single = (range: DateRange): boolean => range.from === range.to;

export function parseQuestion(question: string, context: ConversationContext): ParsedQuestion {
  const text = question.trim();
  const period = parsePeriod(text, context.today);
  const named = parseDateRange(text, context.today) ?? (period !== null && ATTENDANCE.test(text) ? periodRange(period) : null);
  if (named !== null && named.from > context.today) {
    return { intent: 'unsupported', teams: [], period, range: named, limitation: `${named.label} is in the future: I only know what has been recorded up to today, ${context.today}.` };
  }
  // Days not yet lived have no records: counted, they would all look absent.
  const range = named === null ? null : { ...named, to: named.to > context.today ? context.today : named.to };
  const teams = teamsIn(text, context);
  const team = teams[0];
  const teamInput = team === undefined ? {} : { team_id: team };
  const idMatch = EMPLOYEE_ID.exec(text);
  const employeeId = idMatch ? `${idMatch[1]!.toUpperCase()}-${idMatch[2]}` : null;
  const aboutOther = employeeId !== null && employeeId !== context.employee_id;
  const aboutSelf = !aboutOther && (SELF.test(text.replace(POLITE, ' ').replace(MY_GROUP, ' ')) || employeeId !== null);
  const isAttendance = ATTENDANCE.test(text);
  const isScores = SCORES.test(text) || (!isAttendance && RANKING.test(text) && /\b(employees?|people|staff)\b/i.test(text));
  const base = { teams, period };
  if (NOT_HELD.test(text)) {
    return { ...base, intent: 'unsupported', limitation: `I can't answer that: this service keeps no ${NOT_HELD.exec(text)![0].toLowerCase()} data. ${EXAMPLES_HINT}` };
  }

  const person = employeeId === null && !aboutSelf && (isAttendance || isScores) ? personNamedIn(text, context) : null;
  if (person !== null) {
    return {
      ...base,
      intent: 'unsupported',
      limitation: `For one person's attendance or scores I need their employee id: ask "Who is ${person}?" to find it, then for example "What was DEV-002's attendance last week?".`,
    };
  }

  const onePerson = aboutSelf || (aboutOther && !RANKING.test(text) && !COMPARE.test(text));
  const who = aboutOther ? { employee_id: employeeId } : {};
  if (onePerson && isAttendance) {
    const own = range ?? { from: `${context.today.slice(0, 8)}01`, to: context.today, label: 'this month' };
    return { ...base, intent: aboutOther ? 'employee_attendance' : 'my_attendance', range: own, call: { name: 'employee_attendance', input: { ...who, from: own.from, to: own.to } } };
  }
  if (onePerson && isScores) {
    return { ...base, intent: aboutOther ? 'employee_scores' : 'my_scores', call: { name: 'employee_scores', input: { ...who, ...(period && { period }) } } };
  }
  if (aboutSelf && /\bwho am i\b/i.test(text) && context.employee_id !== null) {
    return { ...base, intent: 'employee_lookup', call: { name: 'find_employee', input: { employee_id: context.employee_id } } };
  }

  if (isAttendance) {
    const status = ON_LEAVE.test(text)
      ? 'on_leave'
      : /\b(late|tardy)\b/i.test(text)
        ? 'late'
        : /\bhalf[\s-]?days?\b/i.test(text)
          ? 'half-day'
          : /\b(absent|absences?|missed|did(n't| not) (show|come))\b/i.test(text)
            ? 'absent'
            : null;
    if (status !== null && /\b(who|which|anyone|anybody|names?|list|people|employees|how many|show)\b/i.test(text)) {
      // Leave is planned: "who is on leave" means today unless a day is named.
      const fallback = status === 'on_leave' ? context.today : addDays(context.today, -1);
      const day = range ?? { from: fallback, to: fallback, label: status === 'on_leave' ? 'today' : 'yesterday' };
      if (!single(day)) {
        const said = status === 'on_leave' ? 'on leave' : status;
        return { ...base, intent: 'unsupported', range: day, limitation: `I can list who was ${said} one day at a time, not over ${day.label}. Try "Who was ${said} yesterday?", or "What was the attendance rate ${day.label}?" for totals.` };
      }
      return { ...base, intent: 'late_or_absent', range: day, call: { name: 'attendance_exceptions', input: { date: day.from, status, ...teamInput } } };
    }
    if (ISSUES.test(text)) {
      const over = range ?? parseDateRange('last month', context.today)!;
      return { ...base, intent: 'attendance_issues', range: over, call: { name: 'attendance_rate', input: { from: over.from, to: over.to, ...teamInput } } };
    }
    const over = range ?? parseDateRange('last week', context.today)!;
    return { ...base, intent: 'attendance_summary', range: over, call: { name: 'attendance_rate', input: { from: over.from, to: over.to, ...teamInput } } };
  }

  if (isScores) {
    if (RANKING.test(text) && !COMPARE.test(text) && !TREND.test(text)) {
      const order = BOTTOM.test(text) ? 'bottom' : 'top';
      const input = { order, limit: countIn(text) ?? 5, ...(period && { period }), ...teamInput };
      return { ...base, intent: order === 'top' ? 'top_performers' : 'bottom_performers', call: { name: 'rank_performers', input } };
    }
    if (COMPARE.test(text) || teams.length >= 2) {
      return { ...base, intent: 'score_comparison', call: { name: 'score_summary', input: { ...(period && { period }), ...(teams.length > 0 && { team_ids: teams }) } } };
    }
    if (TREND.test(text) && !period) {
      return { ...base, intent: 'score_trend', call: { name: 'score_summary', input: { ...(teams.length > 0 && { team_ids: teams }) } } };
    }
    return { ...base, intent: 'score_summary', call: { name: 'score_summary', input: { ...(period && { period }), ...(teams.length > 0 && { team_ids: teams }) } } };
  }

  if (employeeId !== null) return { ...base, intent: 'employee_lookup', call: { name: 'find_employee', input: { employee_id: employeeId } } };

  const position = positionIn(text);
  const status = statusIn(text);
  const filters = { ...teamInput, ...(position && { position }), ...(status && { status }) };
  const aboutStaff = /\b(employees?|people|staff|members?|persons?|workers?|headcount|team|department|dept)\b/i.test(text) || position !== undefined;
  if (COUNT.test(text) && aboutStaff) return { ...base, intent: 'employee_count', call: { name: 'list_employees', input: filters } };
  if (LIST.test(text) && (aboutStaff || team !== undefined)) return { ...base, intent: 'employee_list', call: { name: 'list_employees', input: filters } };

  const name = nameIn(text);
  if (name !== null) return { ...base, intent: 'employee_lookup', call: { name: 'find_employee', input: { name } } };
  return { ...base, intent: 'unsupported' };
}
