import type { ConversationContext } from '../llm-client.port';
import { editDistance, toleranceFor } from './edit-distance';
import type { Marks } from './marks';
import { isQuestionWord } from './vocabulary';

const TEAM_WORD = String.raw`(?:team|teams|department|departments|dept|group|squad|unit|folks|guys|people|staff|crew|lot|testers|devs|developers|engineers|analysts)`;

/** Two words are the same when equal, within the edit tolerance, or sharing a stem ("developers", "development"). */
/** Words of dates and measures, never a team's name misspelt ("date" is one letter from "data"). */
const NEVER_A_TEAM = new Set([
  'date',
  'dates',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'year',
  'years',
  'time',
  'late',
  'rate',
  'rates',
  'dated',
  // "How did the average develop": a verb sharing the stem of "Development".
  'develop',
  'develops',
  'developed',
  'developing',
]);

function sameWord(said: string, name: string): boolean {
  if (said === name) return true;
  if (NEVER_A_TEAM.has(said)) return false;
  if (said.length >= 5 && name.length >= 5 && said.slice(0, 6) === name.slice(0, 6)) return true;
  const max = Math.max(toleranceFor(said), said.length >= 4 && name.length >= 4 ? 1 : 0);
  return max > 0 && editDistance(said, name, max) <= max;
}

/** A team's patterns, made once per team rather than per question. */
interface TeamPatterns {
  code: RegExp;
  beside: RegExp;
  besideOnce: RegExp;
  nameWords: string[];
}
const patterns = new Map<string, TeamPatterns>();
/** A lower-case code is a team's beside a measure of teams ("lowest dev score", "headcount dev"), as beside a team word. */
const MEASURE_NOUN = String.raw`(?:scores?|attendance|headcount|hc|perform(?:ance|ing)?|average|members|employees|people|staff|absences?|absent|lateness|late|hours|hrs|hires|leavers|ratings?)`;
/** "My team", and "my juniors": the caller's team's people of a level. */
const MY_TEAM = new RegExp(
  String.raw`\b(?:my|our) ${TEAM_WORD}\b|\b(?:my|our)(?= (?:(?:junior|senior|lead|mid|manager)s|mid[- ]?levels?|(?:junior|senior|lead|mid[- ]?level) (?:people|employees|staff|devs|developers|engineers|folks|members|team members))\b)|\b(?:my|our) (?:direct )?(?:reports|directs)\b|\b(?:my|our)(?= (?:top|bottom|best|worst|highest|lowest) (?:\d+|three|five|ten) (?:performers|scorers|people|by|in|on|for)\b)|\b(?:i|we) (?:manage|run|lead)\b`,
  'g',
);
const ANY_TEAM_WORD = new RegExp(String.raw`\b(?:the )?${TEAM_WORD}\b`, 'g');

function patternsOf(team: { team_id: string; team_name: string }): TeamPatterns {
  const key = `${team.team_id}\n${team.team_name}`;
  let made = patterns.get(key);
  if (made === undefined) {
    const code = team.team_id.toLowerCase();
    const beside = new RegExp(
      String.raw`\b(?:${TEAM_WORD} ${code}|${code}s? ${TEAM_WORD}|(?:in|for|of|from|at|by|vs|versus|and|compare|between|than|worked|hours|hrs|the) (?:the )?${code}|${code} (?:vs|versus|and|or|against)\b|${code}(?:'s)? ${MEASURE_NOUN}|${MEASURE_NOUN} ${code})\b`,
      'g',
    );
    made = {
      // Not the prefix of an employee id ("QA-001" names a person, not the team); "devs", "QAs" are its people.
      code: new RegExp(String.raw`\b${code}(?:s\b|\b(?!-\d))`, 'g'),
      beside,
      besideOnce: new RegExp(beside.source),
      nameWords: team.team_name.toLowerCase().split(/\s+/),
    };
    // Teams are few and rarely renamed: a bound keeps renames from growing this without limit.
    if (patterns.size >= 1000) patterns.clear();
    patterns.set(key, made);
  }
  return made;
}

/**
 * What people call a team by its work ("the testers", "the ML team"): words its name may hold, tried when no name
 * or code of that team matched. Job titles ("ML engineers", "security analysts") are not teams, so none is here.
 */
const WORK_NAMES: [RegExp, RegExp][] = [
  [/\b(?:testers|testing (?:team|folks|people))\b/g, /\b(?:quality|assurance|test(?:ing)?|qa)\b/],
  [/\b(?:coders|programmers)\b/g, /\b(?:develop(?:ment|ers)?|engineering|software)\b/],
  [/\b(?:ml|machine learning) (?:team|folks|people|group)\b/g, /\b(?:artificial|intelligence|machine|learning)\b/],
  [/\b(?:infosec|secops)(?: team| folks| people)?\b/g, /\b(?:security|infosec)\b/],
];

/** How many times the text calls the team by its work ("the testers" for Quality Assurance). */
export function workNamesSaid(text: string, teamName: string): number {
  return WORK_NAMES.filter(([, name]) => name.test(teamName.toLowerCase())).reduce((n, [said]) => n + (text.match(said)?.length ?? 0), 0);
}

interface Found {
  team_id: string;
  at: number;
}

/**
 * Teams named by code ("QA", "devv" beside "team"), by name, misspelt
 * ("Quality Assurence", "Secuirty") or by a word of it ("the data team");
 * "my team" is the caller's. Each match's words are marked as applied.
 */
export function readTeams(marks: Marks, raw: string, context: ConversationContext): string[] {
  const found: Found[] = [];
  const add = (team_id: string, at: number) => found.push({ team_id, at });
  const mine = marks.take(MY_TEAM);
  if (mine.length > 0 && context.team_id !== null) add(context.team_id, mine[0]!.index);
  const upperCodes = new Set([...raw.matchAll(/\b[A-Z]{2,10}\b/g)].map((m) => m[0].toLowerCase()));
  const words = [...marks.text.matchAll(/[a-z]+/g)];
  for (const team of context.teams) {
    const code = team.team_id.toLowerCase();
    const { beside, besideOnce, nameWords, ...own } = patternsOf(team);
    for (const match of marks.peek(own.code)) {
      // A plural of a short code must be typed in capitals: "ITs", never "its".
      const plural = match[0].length > code.length && (code.length >= 3 || raw.includes(`${team.team_id}s`));
      // "How did qa do": a code that is no word of English or of the questions is the team wherever it stands.
      const alone = match[0].length === code.length && !isQuestionWord(code);
      if (plural || alone || upperCodes.has(code) || besideOnce.test(marks.text)) {
        marks.take(own.code);
        marks.take(beside);
        add(team.team_id, match.index);
        break;
      }
    }
    // A misspelt code in capitals ("DEVV", "QAA").
    for (const upper of upperCodes) {
      if (
        upper !== code &&
        code.length >= 2 &&
        upper.length >= 3 &&
        editDistance(upper, code, 1) <= 1 &&
        !context.teams.some((t) => t.team_id.toLowerCase() === upper)
      ) {
        const at = marks.takeFirst(new RegExp(String.raw`\b${upper}\b`));
        if (at) add(team.team_id, at.index);
      }
    }
    for (let i = 0; i + nameWords.length <= words.length; i++) {
      const run = words.slice(i, i + nameWords.length);
      if (run.every((w, k) => sameWord(w[0], nameWords[k]!))) {
        const start = run[0]!.index;
        const end = run.at(-1)!.index + run.at(-1)![0].length;
        // A word of a job title already read ("security analysts") is not the team.
        if (marks.covers(start, end)) continue;
        marks.takeFirst(new RegExp(String.raw`(?<=^.{${start}})${marks.text.slice(start, end)}(?:['’]s)?(?: ${TEAM_WORD})?`));
        add(team.team_id, start);
      }
    }
    // One word of a longer name beside "team": "the assurance team".
    if (nameWords.length > 1) {
      for (const w of words) {
        if (nameWords.some((n) => n.length >= 4 && sameWord(w[0], n)) && new RegExp(String.raw`^${w[0]} ${TEAM_WORD}\b`).test(marks.text.slice(w.index))) {
          marks.takeFirst(new RegExp(String.raw`(?<=^.{${w.index}})${w[0]} ${TEAM_WORD}`));
          add(team.team_id, w.index);
        }
      }
    }
  }
  // Beside another team too: "devs vs testers".
  for (const [said, name] of WORK_NAMES) {
    const holders = context.teams.filter((t) => name.test(t.team_name.toLowerCase()));
    const at = holders.length === 1 && !found.some((f) => f.team_id === holders[0]!.team_id) ? marks.takeFirst(said) : null;
    if (at) add(holders[0]!.team_id, at.index);
  }
  const ordered = found.sort((a, b) => a.at - b.at).map((f) => f.team_id);
  if (ordered.length > 0) marks.take(ANY_TEAM_WORD);
  return [...new Set(ordered)];
}
