/*
 * The thirty-seventh practice set: a team of HR administrators on a busy Monday — the admin at the HR desk, the
 * two team managers (Priya Raman of DEV, Elena Petrova of QA) and the four employees with logins (Aisha Khan,
 * Fatima Zahra, Kevin O'Brien, Emma Clarke) — asking quick lookups, checks before approving leave, end-of-month
 * counts, this month against last and this quarter against last, questions about people by first name, surname
 * or id (current and former), yes-or-no questions, scope probes (a colleague elsewhere "not found", another team
 * or the company named back as outside) and what the service does not keep (salary, reporting lines, phone
 * numbers, parental leave, bonuses, offices), about a quarter of them typed in a hurry with typos. Written
 * code-blind from /work/shared/API.md, docs/API.md and the README's assistant section, without running the
 * assistant; assembled from the files of questions/practice37/, every figure, date and person computed by the
 * oracle from the data set (oracle/practice37-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice37/attendance';
import { HASTY } from './practice37/hasty';
import { LEAVE_AND_CALENDAR } from './practice37/leave-calendar';
import { PEOPLE } from './practice37/people';
import { REFUSALS } from './practice37/refusals';
import { EMPLOYEES, MANAGERS } from './practice37/roles';
import { SCORES } from './practice37/scores';

export const PRACTICE37: readonly Question[] = [...ATTENDANCE, ...SCORES, ...LEAVE_AND_CALENDAR, ...PEOPLE, ...MANAGERS, ...EMPLOYEES, ...REFUSALS, ...HASTY];
