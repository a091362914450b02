/*
 * The fifteenth practice set: HR staff, managers and employees typing into the assistant's chat box —
 * questions taken almost word for word from the README's and API.md's examples and then varied, new
 * combinations of a filter, a period and a rank, lead-ins, typos and slang — in scope over people, scores,
 * attendance, the calendar and leave, with refusals of what the service does not keep or cannot do and
 * role-scope cases. Written code-blind from /work/shared/API.md, docs/API.md and the README; assembled
 * from the files of questions/practice15/.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice15/attendance';
import { CALENDAR_AND_LEAVE } from './practice15/calendar-leave';
import { PEOPLE } from './practice15/people';
import { CANNOT_ACT } from './practice15/refusals-act';
import { NOT_KEPT } from './practice15/refusals-not-kept';
import { SCOPE } from './practice15/scope';
import { SCORES } from './practice15/scores';

export const PRACTICE15: readonly Question[] = [...ATTENDANCE, ...SCORES, ...PEOPLE, ...CALENDAR_AND_LEAVE, ...NOT_KEPT, ...CANNOT_ACT, ...SCOPE];
