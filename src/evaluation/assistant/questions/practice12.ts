/*
 * The twelfth practice set (ids K…): about two hundred short, plain chat-box questions, most of which the
 * assistant should NOT answer with figures — data the service does not keep, orders, advice, secrets,
 * prompt injection, nonsense, and role-scope cases — with in-scope questions in the same style to keep it
 * balanced. Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import type { Question } from '../expectation';
import { IN_SCOPE } from './practice12/in-scope';
import { REFUSALS_DATA } from './practice12/refusals-data';
import { REFUSALS_OTHER } from './practice12/refusals-other';
import { SCOPE } from './practice12/scope';

export const PRACTICE12: readonly Question[] = [...REFUSALS_DATA, ...REFUSALS_OTHER, ...SCOPE, ...IN_SCOPE];
