/*
 * The eighth practice set (V001–V208), written code-blind: HR analysts and admins preparing reports — combinations of team,
 * level, period and threshold, comparisons, medians, trends, hires and leavers, tenure bands, leave and holidays — and ~15 % refusals.
 * Every expected figure comes from the oracle. Run with --half practice8.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice8/attendance';
import { PEOPLE_AND_LEAVE } from './practice8/people-leave';
import { REFUSALS } from './practice8/refusals';
import { SCORES } from './practice8/scores';

export const PRACTICE8: Question[] = [...ATTENDANCE, ...SCORES, ...PEOPLE_AND_LEAVE, ...REFUSALS];
