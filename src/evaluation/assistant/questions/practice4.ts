/*
 * The fourth practice set (S001–S536), written code-blind: from API.md, the README's assistant section,
 * docs/ASSISTANT-EVALUATION.md and the harness only — not the assistant's code, its tests, or the other
 * sets' questions. Expected answers come from the oracle. Outside the split and `npm test`; run it with
 * `npm run eval:assistant -- --half practice4`.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice4/attendance';
import { COMBOS } from './practice4/combos';
import { LEAVE_QUESTIONS } from './practice4/leave';
import { PEOPLE_QUESTIONS } from './practice4/people';
import { REFUSALS } from './practice4/refusals';
import { SCORES } from './practice4/scores';

export const PRACTICE4: readonly Question[] = [...ATTENDANCE, ...SCORES, ...PEOPLE_QUESTIONS, ...LEAVE_QUESTIONS, ...COMBOS, ...REFUSALS];
