/*
 * The thirty-sixth practice set: a held-out grader's check, promise by promise. Whoever wrote it was told only
 * what /work/shared/API.md (the /chat section and the role table), docs/API.md and the README's assistant
 * section promise, and wrote one question per promise in the plainest words a user would type, then the same
 * promise again in a second, less obvious wording (shorthand, typos, slang, HR words of other systems). It is
 * spread over every role — the admin, both managers (Priya Raman of DEV, Elena Petrova of QA) and the four
 * employees with logins (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) — and every measure:
 * attendance over days, weeks, months, quarters, ranges and relative phrases, hours, scores and their
 * statistics, leave, holidays and working days, hires and leavers, tenure, headcounts with filters,
 * comparisons, rankings, thresholds and yes-or-no questions; with 24 refusals of what the service does not
 * keep or do and 15 scope probes. Written code-blind: the assistant's code was not read and the assistant was
 * not run while writing it. Every figure, date and person is computed by the oracle from the data set
 * (oracle/practice36-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ADMIN } from './practice36/admin';
import { CALENDAR_LEAVE } from './practice36/calendar-leave';
import { EMPLOYEES } from './practice36/employees';
import { MANAGERS } from './practice36/managers';
import { REFUSALS } from './practice36/refusals';
import { SCOPE } from './practice36/scope';

export const PRACTICE36: readonly Question[] = [...ADMIN, ...MANAGERS, ...EMPLOYEES, ...CALENDAR_LEAVE, ...REFUSALS, ...SCOPE];
