/*
 * A PRACTICE set of questions, separate from the working and held-back halves (it is not part of their
 * split and not in npm test): written without reading the assistant's code, the expected answers computed
 * by this folder's oracle. Run it with `npm run eval:assistant -- --half practice`.
 */
import type { Question } from '../expectation';
import { PRACTICE_ATTENDANCE } from './practice/attendance';
import { PRACTICE_LEAVE } from './practice/leave';
import { PRACTICE_PEOPLE } from './practice/people';
import { PRACTICE_SCORES } from './practice/scores';

export const PRACTICE: Question[] = [...PRACTICE_ATTENDANCE, ...PRACTICE_SCORES, ...PRACTICE_PEOPLE, ...PRACTICE_LEAVE];
