/*
 * The seventh practice set, written code-blind: the voice of employees and managers typing on a phone
 * (lower case, typos, slang, padding, two questions in one). Ids W001…; every expected answer from the oracle.
 */
import type { Question } from '../expectation';
import { MINE_ATTENDANCE } from './practice7/mine-attendance';
import { MINE_OTHER } from './practice7/mine-other';
import { MIXED } from './practice7/mixed';
import { REFUSALS } from './practice7/refusals';
import { TEAM_ATTENDANCE } from './practice7/team-attendance';
import { TEAM_OTHER } from './practice7/team-other';

export const PRACTICE7: Question[] = [...MINE_ATTENDANCE, ...MINE_OTHER, ...TEAM_ATTENDANCE, ...TEAM_OTHER, ...REFUSALS, ...MIXED];
