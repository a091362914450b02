/*
 * The thirteenth practice set: people typing into the HR assistant's chat box at work — HR, managers and
 * employees, polite full sentences and terse ones with typos — in scope, refusals of what the service does
 * not keep or cannot do, role-scope cases and a shared first name. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README's assistant section; see questions/practice13/.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice13/attendance';
import { CANNOT_DO } from './practice13/cannot-do';
import { NOT_KEPT } from './practice13/not-kept';
import { PEOPLE_AND_LEAVE } from './practice13/people-and-leave';
import { ROLE_SCOPE } from './practice13/role-scope';
import { SCORES_AND_NAMES } from './practice13/scores-and-names';

export const PRACTICE13: readonly Question[] = [...PEOPLE_AND_LEAVE, ...ATTENDANCE, ...SCORES_AND_NAMES, ...NOT_KEPT, ...CANNOT_DO, ...ROLE_SCOPE];
