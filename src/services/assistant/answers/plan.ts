import type { ConversationContext } from '../llm-client.port';
import type { Reading } from '../reading/reading';

/** A person the question named, as find_people found them in the caller's scope. */
export interface Person {
  employee_id: string;
  name: string;
  team_id: string;
  position: string;
  job_title: string | null;
  status: string;
  hire_date: string;
  end_date: string | null;
}

/** The reading, with its names resolved: what an answerer composes. */
export interface Question {
  reading: Reading;
  /** People by id or by name; empty when the subject is a team, everyone or the caller. */
  people: Person[];
  employee_ids: string[];
  context: ConversationContext;
}

export interface ToolCall {
  name: string;
  input: Record<string, unknown>;
}

/** Calls to make, then the answer phrased from their results (in the calls' order). */
export interface Plan {
  intent: string;
  measure: string;
  operation?: string;
  period?: { from: string; to: string } | null;
  /** How the answer applied a part of the question beyond the reading ("dates": "overlapping"), for `data.parsed.filters`. */
  filters?: Record<string, string>;
  calls: ToolCall[];
  phrase(results: unknown[]): string;
  /** Answers given side by side ("in October … in September"), each with its own calls, in order: to hold them against each other. */
  sides?: readonly Plan[];
}

/** An answer that needs no tool: a refusal naming what it cannot do, or a question back. */
export interface Reply {
  intent: string;
  measure: string;
  text: string;
}

export type Step = Plan | Reply;

/** One person asked about: the asker ("my hours") or one person named, never both. */
export const aboutOnePerson = (q: Question) => (q.reading.me && q.people.length === 0) || (!q.reading.me && q.people.length === 1);

export const isPlan = (step: Step): step is Plan => 'calls' in step;

export const reply = (intent: string, measure: string, text: string): Reply => ({ intent, measure, text });
export const cannot = (measure: string, text: string): Reply => reply('unsupported', measure, `I can't answer that: ${text}`);
