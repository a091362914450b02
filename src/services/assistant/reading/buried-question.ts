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

const readsAlone = (r: Reading) => reads(r) && r.names.length === 0 && r.action === null;

/** Whether the other sentences name what the question does not have: a team, a period, a filter, a person when it names nobody. */
function constrains(others: Reading, question: Reading): boolean {
  const teams = others.teams.some((team) => !question.teams.includes(team));
  const period = (others.range !== null || others.quarters.length > 0) && question.range === null && question.quarters.length === 0;
  const subject = ownSubject(question, question.said);
  const filters = Object.entries(others.filters).some(
    ([key, value]) => JSON.stringify(question.filters[key as keyof Reading['filters']]) !== JSON.stringify(value),
  );
  return teams || period || filters || (!subject && others.names.length > 0) || others.employee_ids.some((id) => !question.employee_ids.includes(id));
}

export function buriedQuestion(message: string, context: ConversationContext): { text: string; reading: Reading } | null {
  const sentences = message.split(SENTENCE_END).filter((s) => s.trim().length > 0);
  if (sentences.length < 2) return null;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const text = sentences[i]!.replace(OPENER, '').trim();
    if (text.length === 0 || POINTS_BACK.test(text)) continue;
    const reading = readQuestion(text, context);
    if (!readsAlone(reading)) continue;
    const others = readQuestion(sentences.filter((_, j) => j !== i).join('. '), context);
    return constrains(others, reading) ? null : { text, reading };
  }
  return null;
}
