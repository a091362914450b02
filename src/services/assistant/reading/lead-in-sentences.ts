import type { ConversationContext } from '../llm-client.port';
import { readQuestion, type Reading } from './reading';
import { opensAboutTheAsker } from './asides';
import { buriedQuestion } from './buried-question';
import { CHOICE, onlyNames, ownSubject, reads, saysItsTeams } from './reads-alone';

/** Where a sentence or a clause ends before the question: a full stop, a colon, a dash, an exclamation. */
const BOUNDARY = /[.!:;]\s+|\s+[—–-]+\s+|[—–]\s*/g;
/** The question's words that point back to someone the lead-in named ("her team", "his leave"). */
const POINTS_BACK = /\b(?:she|he|her|him|his|hers|they|them|their)\b/i;

/** "im" as typed, "i'm" as read: a name the reader took is found in the lead-in either way. */
const unquoted = (text: string) => text.replace(/['’]/g, '');

/** The question with the lead-in's team in it: for "her team", or before the question when it names no team. */
function withTeam(question: string, team: string, theyAreTheTeam: boolean): string {
  if (new RegExp(String.raw`\b${team}\b`, 'i').test(question)) return question;
  const pointed = question.replace(/\b(?:her|his|their|that|the) team\b/i, `team ${team}`);
  if (pointed !== question) return pointed;
  // "I'm covering AI this week. What's their attendance rate?": they are the team (not "the juniors in DEV … them").
  if (!theyAreTheTeam) return `In ${team}: ${question}`;
  const theirs = question.replace(/\btheir\b/gi, `${team}'s`).replace(/\b(?:they|them)\b/gi, team);
  return theirs !== question ? theirs : `In ${team}: ${question}`;
}

/**
 * "Ben Carter has his 1:1 tomorrow. How many days was he absent last month?": the one person a dated lead-in names,
 * said where the question points back, so that the lead-in's day is left with it.
 */
const pointedAt = (question: string, name: string) => question.replace(/\b(?:he|she|him)\b/gi, name).replace(/\b(?:his|her)\b/gi, `${name}'s`);

/**
 * "I'm covering QA this week. Who was late?", "I'm doing the Q3 review. Who scored lowest?": the period the lead-in
 * states is the question's when the question states none, said again after it and kept only if it reads the same.
 */
function withLeadPeriod(lead: Reading, text: string, rest: Reading, context: ConversationContext): { text: string; reading: Reading } {
  if (rest.range !== null || rest.quarters.length > 0 || statesNow(rest)) return { text, reading: rest };
  const said =
    lead.quarters.length > 0 ? `in ${lead.quarters.join(' and ')}` : lead.range !== null && lead.range.label !== 'today' ? `for ${lead.range.label}` : null;
  if (said === null) return { text, reading: rest };
  const carried = `${text.replace(/[\s?.!]+$/, '')} ${said}?`;
  const reading = readQuestion(carried, context);
  // "So far" said again beside "this week" names the same days.
  const same =
    lead.quarters.length > 0
      ? lead.quarters.join() === reading.quarters.join()
      : reading.range?.from === lead.range!.from && reading.range?.to === lead.range!.to;
  return same && reads(reading) ? { text: carried, reading } : { text, reading: rest };
}

const NOW = new Set(['leave_balance', 'headcount', 'profile', 'position', 'job_title', 'email', 'team', 'tenure', 'hire_date', 'end_date']);
/** "I'm covering both managers this week — pending leave requests?": a state now, which the asker's week does not date. */
const statesNow = (reading: Reading) => reading.filters.request_status === 'pending' || reading.measures.every((m) => NOW.has(m));

/** A question that names whom it is about: a person, an id, a team or the asker, not "who" or "anyone". */
const namesItsOwn = (question: Reading) => question.names.length > 0 || question.employee_ids.length > 0 || question.teams.length > 0 || question.me;

/** A lead-in that constrains nothing: no measure, period, team, level, status or kind of leave of its own, nobody pointed back to. */
function onlyContext(lead: Reading, question: Reading, said: string, named: boolean, aboutTheAsker: boolean): boolean {
  const { position, status, leave_type, request_status } = lead.filters;
  return (
    // "I started using the app this week", "I'm covering for my manager": what the asker does is why they ask, not what.
    (aboutTheAsker || lead.measures.every((m) => m === 'profile' || m === 'headcount')) &&
    // "Only seniors please. Who was late?", "I'm covering the juniors in DEV. Which of them were late?": a level the
    // lead-in states is the question's, unless the asker only says whom they cover and the question names its own
    // subject ("I'm covering both managers — pending requests for DEV and QA?").
    (position === undefined || position === question.filters.position || (aboutTheAsker && namesItsOwn(question) && !POINTS_BACK.test(said))) &&
    (status === undefined || status === question.filters.status) &&
    (leave_type === undefined || leave_type === question.filters.leave_type) &&
    (request_status === undefined || request_status === question.filters.request_status) &&
    // The question's own period is what it asks about ("I started this week. What was my rate last month?"); without
    // one, the lead-in's was carried into it (withLeadPeriod), or it stays unread.
    (lead.quarters.length === 0 || question.quarters.length > 0 || question.range !== null || statesNow(question)) &&
    (lead.range === null || lead.range.label === 'today' || question.range !== null || statesNow(question)) &&
    lead.teams.every((team) => question.teams.includes(team)) &&
    lead.employee_ids.length === 0 &&
    // A person the lead-in names is the question's subject unless the question has its own and does not point back.
    (!named || (ownSubject(question, said) && !POINTS_BACK.test(said)))
  );
}

/**
 * "Covering for Priya today — has everyone in DEV checked in?", "Writing my monthly update. Can you give me …": a
 * sentence about why someone asks, before the question. Read whole first; only when that leaves words unread or
 * takes the lead-in's words for a name, and the question after it reads whole on its own while the lead-in
 * constrains nothing, is the question read without it.
 */
export function readPastLeadIn(question: string, context: ConversationContext): { text: string; reading: Reading } {
  const whole = readQuestion(question, context);
  if (reads(whole) && whole.names.length === 0) return { text: question, reading: whole };
  // A question among sentences that constrain nothing it lacks is read from its own sentence first.
  const buried = buriedQuestion(question, context);
  if (buried !== null) return buried;
  const aboutTheAsker = opensAboutTheAsker(question);
  for (const boundary of question.matchAll(BOUNDARY)) {
    const leadText = question.slice(0, boundary.index);
    const lower = unquoted(leadText.toLowerCase());
    // Whoever the whole question took for a name in the lead-in ("leo - late how many times") may be its subject.
    // A name is found as typed, or by its first word: the reader may have rewritten the rest ("i'm looking after" → "i'm covering").
    const words = ` ${lower.replace(/[^a-z0-9]+/g, ' ')} `;
    const namedInLead = whole.names.some((name) => lower.includes(unquoted(name)) || words.includes(` ${unquoted(name).split(' ')[0]} `));
    if (whole.unused.length === 0 && !namedInLead) continue;
    const lead = readQuestion(leadText, context);
    // "Mohammed Saleh v Ahmed Ali — who joined first?": a lead-in of names alone is whom a "who" question chooses between.
    if (onlyNames(lower, lead.names) && CHOICE.test(question.slice(boundary.index + boundary[0].length))) continue;
    // "Covering DEV. Anyone on her team …", "keep an eye on QA … Who's not in yet": the team the lead-in names is the question's.
    const after = question.slice(boundary.index + boundary[0].length);
    const team = lead.teams.length === 1 ? lead.teams[0]! : null;
    // "Sarah from Data sent hers. What was the rate for the whole company?": a question that says its teams keeps them.
    const own =
      team === null
        ? lead.names.length === 1 && (lead.range !== null || lead.quarters.length > 0)
          ? pointedAt(after, lead.names[0]!)
          : after
        : saysItsTeams(readQuestion(after, context))
          ? after
          : withTeam(after, team, lead.filters.position === undefined);
    const ownReading = readQuestion(own, context);
    if (!reads(ownReading)) continue;
    const { text, reading: rest } = withLeadPeriod(lead, own, ownReading, context);
    if (onlyContext(lead, rest, text, lead.names.length > 0 || namedInLead, aboutTheAsker)) return { text, reading: rest };
  }
  return { text: question, reading: whole };
}
