/*
 * The grader. Each /chat answer ({answer, intent, data, provider}) is one of:
 *
 * - correct: the expected content is in the answer text (see below) and nothing disqualifies it;
 * - wrong: an answer stating figures, people or teams (outside quotes) with a figure missing or different,
 *   a list with a missing or extra person, a person outside the caller's scope named (unless the question
 *   itself named them), an answer given where a refusal was due, or figures given while
 *   data.parsed.unused (API.md) holds a word that is not filler (an answer stating none of them —
 *   "I couldn't find anyone called …" — is graded as a refusal);
 * - refused: an honest refusal of a question it should answer, naming at least one content word of
 *   the question (what it could not do), or the word the expectation lists for out-of-scope questions;
 * - refusal-without-naming: a refusal that names none of them (a list of example questions names nothing).
 *
 * Quoted text ("Who is DEV-001?") is read as an example, not as a statement: it names, leaks and refuses nothing.
 *
 * Reading the text (strict but fair): a rate matches as a percentage within 0.05 points (92.5 %, 92.54 %)
 * or as a fraction with a decimal point within 0.0005 (0.925, 1.0); counts and years exactly (years: whole
 * years, so "6.8 years" counts as 6); days within 0.01; hours and scores within 0.05 (one decimal is fine; a
 * score change's sign may be in words). A count, days or hours must stand next to what they count — within
 * 30 characters and no other number between — the word the question asks about (late, half, absent/off,
 * check-out, request, holiday, leave, hours) or, for a headcount, employees/people/…: "12 present, 0 late"
 * gives 0 late, not 12. Small numbers may be words ("three", "no one" = 0). Ids, ISO dates, periods
 * (2025-Q3) and times of day are not read as numbers. People are read by id or full name, teams by code or
 * name (lists must match exactly, and an empty list must be said: "nobody", "none", "a holiday"); dates as
 * ISO, "24 December 2025", "Dec 24" or "24/12/2025". An answer is a refusal when its intent is `refused` or
 * `unsupported`, or its text says it can't / cannot / is unable and gives no figure in digits and names nobody
 * the question did not. "not found" answers must say so (not found / couldn't find / no employee / no one
 * called …); one that says neither that nor anything else (no figure, nobody named outside quotes) is graded
 * as a refusal; one that describes the person is a leak.
 */
import { scopeOf, type Caller, type Expected, type Figure } from '../expectation';
import { hasDigits, mentionsDate, numbersIn, peopleIn, teamsIn, type NumberInText } from './read-text';

export type Verdict = 'correct' | 'wrong' | 'refused' | 'refusal-without-naming';
export interface Graded {
  verdict: Verdict;
  reason: string;
}

export interface ChatAnswer {
  answer?: string;
  intent?: string;
  data?: { parsed?: { unused?: unknown } } & Record<string, unknown>;
  provider?: string;
}

/** Words an answer may leave unused without dropping a constraint. */
const FILLER = new Set(
  'a an the of in on at for to from by with and or is are was were be been do does did i me my we our us you your it its this that these those please pls plz can could would will tell show give get list what whats who whos whom which how many much is there any some all hey hi hello thanks thank just about tell me know see let find out want need like quick quickly kindly ? ! . , so far yet now ok okay um uh hmm'.split(
    ' ',
  ),
);

const NOBODY = /\b(nobody|no one|no-one|none|no employees?|no people|no team|0 (?:people|employees?|persons?))\b|\bwas a holiday\b/i;
const REFUSAL = /\b(can(?:no|')t|cannot|unable to|not able to|i don't (?:have|know)|i do not (?:have|know)|not something i can|i can only)\b/i;
const NOT_FOUND =
  /\b(not found|couldn't find|could not find|can't find|cannot find|no (?:employee|one|person|such|record|match)|don't see|do not see|doesn't exist|does not exist|unknown employee)\b/i;

/** What a count is of, read from the question: the answer's number must stand next to one of these words. */
const COUNTED: Array<[RegExp, RegExp]> = [
  [/\blate\b/, /late/],
  [/half/, /half/],
  [/check.?outs?|checkouts?/, /check/],
  [/checked in|clocked in|not in yet/, /check|clock|in yet|not in/],
  [/request/, /request/],
  [/holiday/, /holiday/],
  [/absen|missed|\boff\b|show up/, /absen|\boff\b|missed|away/],
  [/hours?\b|\bhrs\b/, /\bh\b|hours?|hrs/],
  // "Leavers" are people: their count stands next to them, not next to leave.
  [/\bleaves?\b|sick|unpaid/, /leave|day|sick|unpaid|off/],
];
const PEOPLE_WORDS = /employee|people|person|staff|ppl|junior|senior|\bmid\b|lead|manager|hire|joiner|leaver|left|scores?\b|member|\byear/;

function labelFor(f: Figure, question: string): RegExp | null {
  if (f.label !== undefined) return new RegExp(f.label);
  if (f.as === 'rate' || f.as === 'score') return null;
  if (f.as === 'years') return /year|yr/;
  const q = question.toLowerCase();
  if (f.as === 'hours') return /\bh\b|hours?|hrs/;
  return COUNTED.find(([asked]) => asked.test(q))?.[1] ?? (f.as === 'count' ? PEOPLE_WORDS : /day|absen|leave|off/);
}

function matches(f: Figure, n: NumberInText, label: RegExp | null): boolean {
  if (label && !label.test(n.before) && !label.test(n.after)) return false;
  const eps = 1e-9;
  switch (f.as) {
    case 'rate':
      return n.percent ? Math.abs(n.value - f.value * 100) <= 0.05 + eps : n.decimal && Math.abs(n.value - f.value) <= 0.0005 + eps;
    case 'count':
      return !n.percent && n.value === f.value;
    case 'years':
      return !n.percent && Math.floor(n.value) === f.value;
    case 'days':
      return !n.percent && Math.abs(n.value - f.value) <= 0.01 + eps;
    case 'hours':
      return !n.percent && Math.abs(n.value - f.value) <= 0.05 + eps;
    case 'score':
      // A change may be written as "down 3.34": its sign is in the words.
      return !n.percent && Math.abs(Math.abs(n.value) - Math.abs(f.value)) <= 0.05 + eps;
  }
}

const contentWords = (question: string) =>
  question
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w.length >= 3 && !FILLER.has(w));

function namesSomething(text: string, words: string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w.toLowerCase().slice(0, Math.max(4, w.length - 2))));
}

const setsEqual = (a: Set<string>, b: string[]) => a.size === b.length && b.every((x) => a.has(x));

export function grade(who: Caller, question: string, expected: Expected, body: ChatAnswer): Graded {
  const text = typeof body.answer === 'string' ? body.answer : '';
  // Quoted text is an example of what to ask ("Who is DEV-001?"), not a statement: it names and leaks nobody.
  const unquoted = withoutQuotes(text);
  const named = peopleIn(unquoted);
  const refusalIntent = body.intent === 'refused' || body.intent === 'unsupported';
  const askedAbout = peopleIn(question);
  const scope = scopeOf(who);
  const leaked = scope ? [...named].filter((id) => !scope.has(id) && !askedAbout.has(id)) : [];
  if (leaked.length > 0) return { verdict: 'wrong', reason: `names someone outside the caller's scope: ${leaked.join(', ')}` };
  const unused = Array.isArray(body.data?.parsed?.unused) ? (body.data.parsed.unused as unknown[]).map(String) : [];
  const refusing = refusalIntent || (REFUSAL.test(unquoted) && [...named].every((id) => askedAbout.has(id)) && !hasDigits(unquoted));
  const constraining = unused.filter(
    (w) =>
      !w
        .toLowerCase()
        .split(/\s+/)
        .every((part) => FILLER.has(part)),
  );

  if (expected.kind === 'refusal') {
    if (refusing)
      return namesSomething(unquoted, expected.words)
        ? { verdict: 'correct', reason: 'refused, naming it' }
        : { verdict: 'refusal-without-naming', reason: `refusal names none of: ${expected.words.join(', ')}` };
    const extra = [...named].filter((id) => !askedAbout.has(id));
    if (extra.length > 0 || hasDigits(unquoted)) return { verdict: 'wrong', reason: 'answered a question it should have refused' };
    if (namesSomething(unquoted, expected.words)) return { verdict: 'correct', reason: 'did not answer, naming it' };
    return { verdict: 'refusal-without-naming', reason: 'neither answered nor named what it could not do' };
  }
  if (expected.kind === 'not_found') {
    if (NOT_FOUND.test(text) && !hasDigits(unquoted)) return { verdict: 'correct', reason: 'not found' };
    if (refusing || (!hasDigits(unquoted) && named.size === 0)) return refusal(unquoted, question);
    return { verdict: 'wrong', reason: 'did not say "not found", and answered something else' };
  }
  if (expected.kind === 'ask') {
    if (setsEqual(named, expected.candidates)) return { verdict: 'correct', reason: 'asked which, listing the candidates' };
    if (refusing) return refusal(unquoted, question);
    return { verdict: 'wrong', reason: `candidates named ${[...named].join(', ') || 'none'}, expected ${expected.candidates.join(', ')}` };
  }
  const found = numbersIn(text);
  const missing = (expected.figures ?? []).filter((f) => !found.some((n) => matches(f, n, labelFor(f, question))));
  const peopleWrong = expected.people !== undefined && (!setsEqual(named, expected.people) || (expected.people.length === 0 && !NOBODY.test(unquoted)));
  const teamsWrong = expected.teams !== undefined && !setsEqual(teamsIn(text), expected.teams);
  const mentionsMissing = (expected.mentions ?? []).filter((m) => !text.toLowerCase().includes(m.toLowerCase()));
  const datesMissing = (expected.dates ?? []).filter((d) => !mentionsDate(text, d));
  const complete = missing.length === 0 && !peopleWrong && !teamsWrong && mentionsMissing.length === 0 && datesMissing.length === 0;
  if (complete && !refusing) {
    if (constraining.length > 0) return { verdict: 'wrong', reason: `figures given while data.parsed.unused names ${constraining.join(', ')}` };
    return { verdict: 'correct', reason: 'all expected content present' };
  }
  // Saying nothing (no figure, nobody named) is not a wrong answer: it is a refusal, named or not.
  if (refusing || (numbersIn(unquoted).length === 0 && named.size === 0 && teamsIn(unquoted).size === 0)) return refusal(unquoted, question);
  const problems = [
    missing.length > 0 && `missing ${missing.map((f) => `${f.as} ${f.value}`).join(', ')}`,
    peopleWrong && `people ${[...named].sort().join(', ') || 'none'} ≠ expected ${[...(expected.people ?? [])].sort().join(', ') || 'none'}`,
    teamsWrong && `teams ${[...teamsIn(text)].sort().join(', ') || 'none'} ≠ expected ${[...(expected.teams ?? [])].sort().join(', ') || 'none'}`,
    mentionsMissing.length > 0 && `does not mention ${mentionsMissing.join(', ')}`,
    datesMissing.length > 0 && `does not mention the date ${datesMissing.join(', ')}`,
  ].filter(Boolean);
  return { verdict: 'wrong', reason: problems.join('; ') };
}

const withoutQuotes = (text: string) => text.replace(/"[^"]{0,200}"|“[^”]{0,200}”/g, ' ');

function refusal(text: string, question: string): Graded {
  return namesSomething(text, contentWords(question))
    ? { verdict: 'refused', reason: 'refused, naming what it could not do' }
    : { verdict: 'refusal-without-naming', reason: 'refusal names nothing of the question' };
}
