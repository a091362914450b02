/*
 * The ninth practice set (X001–X197): written code-blind, from API.md and the README's assistant section only,
 * as an outside team would check the product. Outside the split and `npm test`; runs only as
 * `npm run eval:assistant -- --half practice9`. Every expected answer comes from the oracle.
 */
import type { Question } from '../expectation';
import { ATTENDANCE_QUESTIONS } from './practice9/attendance';
import { LEAVE_QUESTIONS } from './practice9/leave';
import { MIXED_QUESTIONS } from './practice9/mixed';
import { PEOPLE_QUESTIONS } from './practice9/people';
import { SCORE_QUESTIONS } from './practice9/scores';

export const PRACTICE9: Question[] = [...PEOPLE_QUESTIONS, ...ATTENDANCE_QUESTIONS, ...SCORE_QUESTIONS, ...LEAVE_QUESTIONS, ...MIXED_QUESTIONS];
