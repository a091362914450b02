/*
 * The forty-seventh practice set: an HR business partner's messages, which carry context before the question. A
 * sentence or two of situation comes first — "I'm preparing payroll for October", "Ben said he was ill on Monday",
 * "We had our team offsite last Friday", "I'm covering for Priya this week", "Writing my monthly update for the team"
 * — then the question, often with a pronoun for what the context named (she, he, they, their, that day, that week,
 * that month); some messages ask two or three things at once, joined by "and" or "also"; many are polite and
 * long-winded, some typed in a hurry with typos and text-speak. The callers are every kind of login: the admin (the HR
 * desk), the managers Priya Raman (DEV) and Elena Petrova (QA) about their own team, and the employees Aisha Khan,
 * Fatima Zahra, Kevin O'Brien and Emma Clarke about themselves. The figure expected is always the one the last
 * question asks, computed by the oracle (a claim in the context — "he'd only missed 2 days" — is never the figure).
 * About one question in eight should be refused (what the service does not hold or do, or what lies outside the
 * caller's scope, named back); some reach past the scope through their context and expect "not found" or an answer
 * that stays in scope; "Chris" asked by the admin matches two people and expects a question back. Written code-blind
 * from /work/shared/API.md, docs/API.md and the README's assistant section, without reading the assistant's code or
 * running it; every figure, date, person and team is computed from the data set (oracle/practice47-figures.ts for
 * what is new), never typed in as an answer.
 */
import type { Question } from '../expectation';
import { COVERING } from './practice47/covering';
import { EMPLOYEES } from './practice47/employees';
import { PAYROLL } from './practice47/payroll';
import { POLITE } from './practice47/polite';
import { PRONOUNS } from './practice47/pronouns';
import { REFUSALS } from './practice47/refusals';
import { SCOPE } from './practice47/scope';
import { THAT_DAY } from './practice47/that-day';
import { TWO_IN_ONE } from './practice47/two-in-one';

export const PRACTICE47: readonly Question[] = [
  ...PAYROLL,
  ...PRONOUNS,
  ...THAT_DAY,
  ...COVERING,
  ...TWO_IN_ONE,
  ...POLITE,
  ...EMPLOYEES,
  ...REFUSALS,
  ...SCOPE,
];
