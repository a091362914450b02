/*
 * A sixth practice set, written code-blind from API.md's assistant section and the harness (ids U001…).
 * 329 questions (U001–U364, 49 refusals); U321–U364 (variants.ts) were added after the first run.
 * Run it with `npm run eval:assistant -- --half practice6`.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice6/attendance';
import { COMBOS } from './practice6/combos';
import { LEAVE } from './practice6/leave';
import { PEOPLE } from './practice6/people';
import { REFUSALS } from './practice6/refusals';
import { ROLES } from './practice6/roles';
import { SCORES } from './practice6/scores';
import { VARIANTS } from './practice6/variants';

export const PRACTICE6: Question[] = [...ATTENDANCE, ...SCORES, ...PEOPLE, ...LEAVE, ...COMBOS, ...ROLES, ...REFUSALS, ...VARIANTS];
