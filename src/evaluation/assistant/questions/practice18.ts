/*
 * The eighteenth practice set: what real people type into an HR chat box — very short fragments, lower
 * case, slang and shorthand (ppl, hrs, mgr, yday, YTD, MTD, EOM, PTO, OOO, WFH), typos in names, teams,
 * levels and ordinary words, two asks in one, lead-ins ("I'm doing payroll —", "for the board deck:"),
 * dates in many forms (the 10th, Oct 10th, 2025-10-24, 31/10, 11/13, last fri, wk 44) — from the admin,
 * both managers and the four employees: people and headcounts, attendance today and on single days, rates,
 * hours, scores, leave, holidays, hires, leavers and tenure; about a fifth refused (data not kept, orders,
 * advice, predictions, secrets, another person's or another team's data). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; assembled from the files of questions/practice18/.
 */
import type { Question } from '../expectation';
import { ADMIN_ATTENDANCE } from './practice18/admin-attendance';
import { ADMIN_PEOPLE } from './practice18/admin-people';
import { ADMIN_SCORES_LEAVE } from './practice18/admin-scores-leave';
import { EMPLOYEES } from './practice18/employees';
import { MANAGERS } from './practice18/managers';
import { REFUSALS } from './practice18/refusals';
import { SCOPE } from './practice18/scope';

export const PRACTICE18: readonly Question[] = [...ADMIN_PEOPLE, ...ADMIN_ATTENDANCE, ...ADMIN_SCORES_LEAVE, ...MANAGERS, ...EMPLOYEES, ...REFUSALS, ...SCOPE];
