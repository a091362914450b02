/*
 * "Hey, so I've got the quarterly business review coming up and the CFO always asks about absence. What was the
 * absence rate for DEV last month? Thanks!": a long message whose question is one of its sentences, among greetings,
 * reasons and thanks. Tried only when the message does not read whole: each sentence, the last first, is read alone;
 * the first that reads whole is the question, as long as the sentences around it name no team, person or period it
 * lacks (those would constrain it: the message is then read whole, and what it cannot apply named back).
 */
import type { ConversationContext } from '../llm-client.port';
import { readQuestion, type Reading } from './reading';
import { ownSubject, reads } from './reads-alone';

/** Where a sentence ends: a full stop, a question or exclamation mark, a dash set apart, a colon, "and I need …". */
const SENTENCE_END = /(?<=[.!?])\s+|\s+[—–]\s+|:\s+|,?\s+(?:and|so)\s+(?=i (?:need|want)\b)|,\s+(?=i (?:need|want) to know\b)/i;
/** What opens a sentence without asking anything ("so", "anyway", "quick one"). */
const OPENER = /^(?:(?:so|and|but|anyway|ok(?:ay)?|right|well|also|quick one|quick question|hi|hello|hey|hiya|morning)\b[\s,!.]*)+/i;
const POINTS_BACK = /\b(?:she|he|her|him|his|they|them|their|it|that)\b/i;

/** "Chloe Dubois", "Chris": a name typed as one, each word capitalised, not words the reader did not know ("board deck needs"). */
function typedAsName(name: string, message: string): boolean {
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(String.raw`(?<!\p{L})${words.join(String.raw`\s+`)}(?!\p{L})`, 'iu').exec(message.replace(/’/g, "'"));
  return found !== null && found[0].split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

const readsAlone = (r: Reading, message: string) => reads(r) && r.names.every((name) => typedAsName(name, message)) && r.action === null;

/** Measures a sentence of context names in passing ("the attendance records", "our headcount plan"). */
const GENERAL = new Set(['attendance_rate', 'attendance', 'headcount', 'profile']);

/** A request's state ("open ones", "pending") constrains only a question about requests or corrections. */
const TAKES_STATE = new Set(['leave_requests', 'corrections']);

/** The filters of the other sentences the question does not have (a request's state only where it can apply). */
function missingFilters(others: Reading, question: Reading): string[] {
  return Object.entries(others.filters)
    .filter(([key]) => key !== 'request_status' || question.measures.some((m) => TAKES_STATE.has(m)))
    .filter(([key, value]) => JSON.stringify(question.filters[key as keyof Reading['filters']]) !== JSON.stringify(value))
    .map(([key]) => key);
}

/** Whether the other sentences name what the question does not have: a team, a period, a filter, a person when it names nobody. */
function constrains(others: Reading, question: Reading): boolean {
  // A person asked about by name has their own team: a team said in passing does not narrow them.
  const teams = question.names.length === 0 && others.teams.some((team) => !question.teams.includes(team));
  const period = (others.range !== null || others.quarters.length > 0) && question.range === null && question.quarters.length === 0;
  // "For each team": everyone, team by team, is a subject of its own.
  const subject = ownSubject(question, question.said) || /\b(?:each|every|per|by) team\b/.test(question.said);
  // "Maria's annual leave: taken and remaining": what the others ask for as well is not left unsaid.
  const asked = others.measures.some((m) => !GENERAL.has(m) && !question.measures.includes(m));
  return (
    asked ||
    teams ||
    period ||
    missingFilters(others, question).length > 0 ||
    (!subject && others.names.length > 0) ||
    others.employee_ids.some((id) => !question.employee_ids.includes(id))
  );
}

/**
 * "I want to check my annual leave balance first. How many days do I have available?": the kind of leave or the team
 * the other sentences state, said with the question; null when something else of theirs is missing (a period the
 * others state is not carried: said in passing, "I heard … in December", it may be read as one gone by).
 */
function withTheirs(text: string, others: Reading, question: Reading): string | null {
  const missing = missingFilters(others, question);
  if (missing.some((key) => key !== 'leave_type') || others.employee_ids.length > 0) return null;
  const kind = missing.length > 0 ? `${String(others.filters.leave_type).toLowerCase()} leave: ` : '';
  const teams = others.teams.filter((team) => !question.teams.includes(team));
  return `${kind}${text.replace(/[?.!\s]+$/, '')}${teams.length > 0 ? ` in ${teams.join(' and ')}` : ''}?`;
}

export function buriedQuestion(message: string, context: ConversationContext): { text: string; reading: Reading } | null {
  const sentences = message.split(SENTENCE_END).filter((s) => s.trim().length > 0);
  if (sentences.length < 2) return null;
  // "Ben Carter's absences in October — which days?", "… Should we let him go?": a second question is not chat around one.
  const questions = sentences.filter((s) => /\?\s*$/.test(s));
  for (let i = sentences.length - 1; i >= 0; i--) {
    const text = sentences[i]!.replace(OPENER, '').trim();
    if (text.length === 0 || POINTS_BACK.test(text)) continue;
    // "Maria's annual leave: taken and remaining": what comes before a colon is the topic of what follows it.
    if (i < sentences.length - 1 && /^\s*:/.test(message.slice(message.indexOf(sentences[i]!) + sentences[i]!.length))) continue;
    const reading = readQuestion(text, context);
    if (!readsAlone(reading, message)) continue;
    if (questions.some((q) => q !== sentences[i])) return null;
    const others = readQuestion(sentences.filter((_, j) => j !== i).join('. '), context);
    if (!constrains(others, reading)) return { text, reading };
    const carried = withTheirs(text, others, reading);
    const read = carried === null ? null : readQuestion(carried, context);
    return read !== null && readsAlone(read, message) && !constrains(others, read) ? { text: carried!, reading: read } : null;
  }
  return null;
}
