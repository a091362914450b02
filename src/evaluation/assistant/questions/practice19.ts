/*
 * The nineteenth practice set: questions that compose their parts (who × what × period × filters ×
 * operation) the way HR people phrase them — a team and a level and a period, a person and a measure over an
 * unusual period, rankings within a level, thresholds over a range, comparisons (team vs team, period vs
 * period, person vs team average, level vs level), leavers and active staff, hires and leavers in a period,
 * leave by kind, state and period, holidays in a range, and negations ("never late", "except the juniors") —
 * for every role, with about a sixth refused naming the part that cannot be applied (a filter not kept, a
 * period unit not used, a measure not kept, another team or the company for a manager or an employee).
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; assembled from the files of
 * questions/practice19/.
 */
import type { Question } from '../expectation';
import { ADMIN_ATTENDANCE } from './practice19/admin-attendance';
import { ADMIN_PEOPLE_SCORES } from './practice19/admin-people-scores';
import { EMPLOYEES } from './practice19/employees';
import { LEAVE_HOLIDAYS } from './practice19/leave-holidays';
import { MANAGERS } from './practice19/managers';
import { REFUSALS } from './practice19/refusals';

export const PRACTICE19: readonly Question[] = [...ADMIN_ATTENDANCE, ...ADMIN_PEOPLE_SCORES, ...LEAVE_HOLIDAYS, ...MANAGERS, ...EMPLOYEES, ...REFUSALS];
