/*
 * A fifth practice set, written code-blind (from API.md, the README and the harness only): long chatty
 * and terse wordings, every caller role (about half managers and employees), constraints that must all be
 * kept, leave and holidays, and refusals. Run with --half practice5; never part of the default run.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice5/attendance';
import { LEAVE } from './practice5/leave';
import { MINE } from './practice5/mine';
import { PEOPLE_QUESTIONS } from './practice5/people';
import { REFUSALS } from './practice5/refusals';
import { SCORES } from './practice5/scores';
import { TEAM } from './practice5/team';

export const PRACTICE5: readonly Question[] = [...ATTENDANCE, ...MINE, ...LEAVE, ...PEOPLE_QUESTIONS, ...SCORES, ...TEAM, ...REFUSALS];
