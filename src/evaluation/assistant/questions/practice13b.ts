/*
 * A second thirteenth practice set (ids LB…), written to the same brief as practice13 by another helper session
 * working in the same worktree at the same time: 230 questions as HR people, managers and employees type them in a
 * chat box at work — short and long, polite and terse, typos and slang — written code-blind from docs/API.md and
 * the README's assistant section (the harness, the data set and the oracle read; not the assistant's code, its tests
 * or any other set). In scope (LB001–LB104, with a first name two people share), to be refused naming what cannot be
 * done (LB105–LB190, much of it data the service does not keep, asked as a list or a count), and role scope
 * (LB191–LB230).
 */
import type { Question } from '../expectation';
import { IN_SCOPE } from './practice13b/in-scope';
import { REFUSALS } from './practice13b/refusals';
import { SCOPE } from './practice13b/scope';

export const PRACTICE13B: readonly Question[] = [...IN_SCOPE, ...REFUSALS, ...SCOPE];
