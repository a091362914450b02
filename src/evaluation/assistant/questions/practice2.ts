/*
 * A SECOND PRACTICE set of questions (Q001–Q352), separate from the working and held-back halves and from
 * the first practice set: not part of their split and not in npm test. Written on 2026-12-05 by a helper
 * session started for the purpose, WITHOUT reading the assistant's code (src/services/assistant/, src/http/,
 * its unit tests) or the working and held-back questions: only API.md, the README's assistant section,
 * docs/ASSISTANT-EVALUATION.md and this harness. Its expected answers are computed by this folder's oracle
 * over the data set, never typed in. The ids are checked unique across every set when run.ts starts.
 *
 * Run it with `npm run eval:assistant -- --half practice2`.
 */
import type { Question } from '../expectation';
import { PRACTICE2_ATTENDANCE } from './practice2/attendance';
import { PRACTICE2_LEAVE } from './practice2/leave';
import { PRACTICE2_PEOPLE } from './practice2/people';
import { PRACTICE2_SCORES } from './practice2/scores';

export const PRACTICE2: Question[] = [...PRACTICE2_ATTENDANCE, ...PRACTICE2_SCORES, ...PRACTICE2_PEOPLE, ...PRACTICE2_LEAVE];
