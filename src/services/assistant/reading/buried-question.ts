/*
 * "Hey, so I've got the quarterly business review coming up and the CFO always asks about absence. What was the
 * absence rate for DEV last month? Thanks!": a long message whose question is one of its sentences, among greetings,
 * reasons and thanks. Tried only when the message does not read whole: each sentence, the last first, is read alone;
 * the first that reads whole is the question, as long as the sentences around it name no team, person or period it
 * lacks (those would constrain it: the message is then read whole, and what it cannot apply named back).
 */
import type { ConversationContext } from '../llm-client.port';
import { readQuestion, type Reading } from './reading';
import { CHOICE, onlyNames, ownSubject, reads, saysItsTeams } from './reads-alone';

/** Where a sentence ends: a full stop, a question or exclamation mark, a dash set apart, a colon, "and I need …". */
const SENTENCE_END = /(?<=[.!?])\s+|\s+[—–]\s+|:\s+|,?\s+(?:and|so)\s+(?=i (?:need|want)\b)|,\s+(?=i (?:need|want) to know\b)/i;
/** What opens a sentence without asking anything ("so", "anyway", "quick one"). */
const OPENER = /^(?:(?:so|and|but|anyway|ok(?:ay)?|right|well|also|quick one|quick question|hi|hello|hey|hiya|morning)\b[\s,!.]*)+/i;
const POINTS_BACK = /\b(?:she|he|her|him|his|they|them|their|it|that)\b/i;

/** "Chloe Dubois", "Chris": a name typed as one, each word capitalised, not words the reader did not know ("board deck needs"). */
function typedAsName(name: string, message: string): boolean {
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = message.replace(/’/g, "'").matchAll(new RegExp(String.raw`(?<!\p{L})${words.join(String.raw`\s+`)}(?!\p{L})`, 'giu'));
  // "hannah schmidt's manager … How many sick days has Hannah taken": typed as a name once is enough.
  return [...found].some((m) => m[0].split(/\s+/).every((w) => /^\p{Lu}/u.test(w)));
}

const readsAlone = (r: Reading, message: string) => reads(r) && r.names.every((name) => typedAsName(name, message)) && r.action === null;

/** Measures a sentence of context names in passing ("the attendance records", "our headcount plan"). */
const GENERAL = new Set(['attendance_rate', 'attendance', 'headcount', 'profile']);

/** A request's state ("open ones", "pending") constrains only a question about requests or corrections. */
const TAKES_STATE = new Set(['leave_requests', 'corrections']);

const SAID_NOW = /\b(?:right now|now|currently|at the moment|at present|today|as of today|these days)\b/;
const SOMEONES_MANAGER =
  /\b(?:[a-z]+'s|his|her|their|my|our|your) (?:line )?(?:manager|lead|boss)\b|\bmanagers'? (?:channel|meeting|chat|group|call|forum|sync|thread)\b/i;

/** The filters of the other sentences the question does not have (a request's state only where it can apply). */
function missingFilters(others: Reading, question: Reading): string[] {
  // "Mohammed's manager wants a catch-up. What was Mohammed's rate?": a person asked about has their own level and status.
  const onePerson = question.names.length > 0 || question.employee_ids.length > 0 || question.me;
  return (
    Object.entries(others.filters)
      .filter(([key]) => key !== 'request_status' || question.measures.some((m) => TAKES_STATE.has(m)))
      .filter(([key]) => !(onePerson && (key === 'position' || key === 'job_title' || key === 'status')))
      // "Felix's manager called", "in the managers' channel": someone's manager, or a place, not a level asked about.
      .filter(([key]) => !(key === 'position' && SOMEONES_MANAGER.test(others.said)))
      .filter(([key, value]) => JSON.stringify(question.filters[key as keyof Reading['filters']]) !== JSON.stringify(value))
      .map(([key]) => key)
  );
}

/** Whether the other sentences name what the question does not have: a team, a period, a filter, a person when it names nobody. */
function constrains(others: Reading, question: Reading, asking: Reading, message: string): boolean {
  // A person asked about by name has their own team, and "the whole company" is every team: a team said in passing narrows neither.
  const teams = !saysItsTeams(question) && others.teams.some((team) => !question.teams.includes(team));
  // "… before the new year. How many seniors does DEV have right now?": a question said of now has its own period.
  const period =
    (others.range !== null || others.quarters.length > 0) && question.range === null && question.quarters.length === 0 && !SAID_NOW.test(question.said);
  // "For each team": everyone, team by team, is a subject of its own.
  const subject = ownSubject(question, question.said) || saysItsTeams(question) || /\b(?:each|every|per|by) team\b/.test(question.said);
  // "Maria's annual leave: taken and remaining": what the others ask for as well is not left unsaid.
  // Only a sentence that asks ("I need …", "can you …", "… ?") asks for a measure: "Mohammed is back from his week off" tells.
  const asked = asking.measures.some((m) => !GENERAL.has(m) && !question.measures.includes(m));
  return (
    asked ||
    teams ||
    period ||
    missingFilters(others, question).length > 0 ||
    // Words the reader took for a name ("we're reviewing") are one only when typed as one, in a message that capitalises.
    (!subject && others.names.some((name) => !/\p{Lu}/u.test(message) || typedAsName(name, message))) ||
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
  const teams = saysItsTeams(question) ? [] : others.teams.filter((team) => !question.teams.includes(team));
  return `${kind}${text.replace(/[?.!\s]+$/, '')}${teams.length > 0 ? ` in ${teams.join(' and ')}` : ''}?`;
}

/** A sentence that asks for something: a question, or a request ("I need …", "can you …", "please list …"). */
const ASKS =
  /\?\s*$|^(?:(?:so|and|also|but|ok(?:ay)?)\s+)?(?:can|could|would|will) (?:you|u)\b|^(?:(?:so|and|also|but)\s+)?(?:i (?:just |also |really )?(?:need|want|would like|'d like)|i'd like|please|pls|tell me|show me|give me|list|send|get me|need|want)\b/i;

/** A sentence that gives an order ("Mark him as present …"), where "saw an email" only tells. */
const IMPERATIVE =
  /^(?:please\s+)?(?:mark|approve|reject|decline|book|send|email|cancel|add|change|update|delete|remove|set|move|adjust|create|schedule|remind|notify|fix|correct|log|record|enter|submit)\b/i;

/** "Before I hand over, what was …", "Right after lunch, …": a clause setting the scene before the question's own words. */
const SCENE = /^(?:before|after|while|when|once|since|as|because|until|right now|for now|first(?: of all)?|in the meantime|meanwhile)\b[^,?]{0,60},\s*/i;

/** The sentence as a question that reads alone, or without the clause that sets its scene; null when neither does. */
function questionIn(text: string, context: ConversationContext, message: string): { text: string; reading: Reading } | null {
  const reading = readQuestion(text, context);
  if (readsAlone(reading, message)) return { text, reading };
  const bare = text.replace(SCENE, '');
  if (bare === text || bare.length === 0) return null;
  const rest = readQuestion(bare, context);
  return readsAlone(rest, message) ? { text: bare, reading: rest } : null;
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
    const found = questionIn(text, context, message);
    if (found === null) continue;
    const { text: asked, reading } = found;
    if (questions.some((q) => q !== sentences[i])) return null;
    const rest = sentences.filter((_, j) => j !== i);
    // "… no idea why I was cc'd": the asker said in passing is not someone the question leaves out.
    const read = readQuestion(rest.join('. '), context);
    const others = { ...read, employee_ids: read.employee_ids.filter((id) => id !== context.employee_id) };
    if (onlyNames(rest.join(' '), others.names) && CHOICE.test(asked)) return null;
    // "Mohammed's rate was 86 % in October. Mark him as present …": an order beside a statement is what is asked.
    const asks = rest.filter((sentence) => ASKS.test(sentence.trim()));
    const orders = rest.some((sentence) => (asks.includes(sentence) || IMPERATIVE.test(sentence.trim())) && readQuestion(sentence, context).action !== null);
    if (orders || (!ASKS.test(sentences[i]!.trim()) && asks.length > 0)) return null;
    const asking = readQuestion(asks.join('. '), context);
    if (!constrains(others, reading, asking, message)) return { text: asked, reading };
    const carried = withTheirs(asked, others, reading);
    const again = carried === null ? null : readQuestion(carried, context);
    return again !== null && readsAlone(again, message) && !constrains(others, again, asking, message) ? { text: carried!, reading: again } : null;
  }
  return null;
}
