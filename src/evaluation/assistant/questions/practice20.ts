/*
 * The twentieth practice set: employees and line managers on their phones. Employees ask about themselves
 * in the first person ("did I clock out yesterday", "how many days off do I have left", "am I off on the
 * 24th", "was I late this week", "what did I get last quarter", "when's my next day off", "how long have I
 * been here"); the two managers ask about their own people by first name only, as "my guys", "the team",
 * "the testers", "anyone", "everybody". Days are named by weekday or relative words (the day before
 * yesterday, this coming Monday, the Friday before last, the last working day of October, the first Monday
 * of November); yes-or-no questions expect the right yes or no with its figure. About a fifth are refused,
 * naming what they could not do: changes, opinions, predictions, things not kept, a time of day as a
 * filter, weekdays in the plural, a team or the company outside the caller's scope (a person outside: "not
 * found"). Written code-blind from /work/shared/API.md, docs/API.md and the README; assembled from the
 * files of questions/practice20/.
 */
import type { Question } from '../expectation';
import { EMPLOYEES_DAT_SEC } from './practice20/employees-dat-sec';
import { EMPLOYEES_DEV_QA } from './practice20/employees-dev-qa';
import { MANAGER_DEV } from './practice20/manager-dev';
import { MANAGER_QA } from './practice20/manager-qa';
import { REFUSALS } from './practice20/refusals';
import { SCOPE } from './practice20/scope';

export const PRACTICE20: readonly Question[] = [...EMPLOYEES_DEV_QA, ...EMPLOYEES_DAT_SEC, ...MANAGER_DEV, ...MANAGER_QA, ...REFUSALS, ...SCOPE];
