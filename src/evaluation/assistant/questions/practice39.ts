/*
 * The thirty-ninth practice set: an outside examiner checking the assistant against its contract, as a held-out
 * grader would. Whoever wrote it read only /work/shared/API.md (the /chat section, the role table, the work
 * calendar and the absence rule), docs/API.md and the README's assistant section, listed each thing they say the
 * assistant understands, and wrote it once plainly, then reworded it as an HR person would type it (synonyms,
 * other word orders, typos, other period phrasings: "wk 46", "between the 3rd and the 14th of last month", "since
 * the 15th", "the Friday before last", "the last fortnight", "Q3 vs Q2", "this time last year"), and combined its
 * parts (who × what × period × filter × operation: count, list, top and bottom N, compare, trend, "more than N").
 * It holds questions whose right answer is nobody or nought, questions about former employees, 21 refusals of what
 * the service does not keep or do and 13 scope probes, over every role: the admin, both managers (Priya Raman of
 * DEV, Elena Petrova of QA) and the four employees with logins (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma
 * Clarke). Written code-blind: the assistant's code was not read and the assistant was not run. Every figure,
 * date and person is computed by the oracle from the data set (oracle/practice39-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ATTENDANCE_DAYS } from './practice39/attendance-days';
import { ATTENDANCE_RATES } from './practice39/attendance-rates';
import { EMPLOYEES } from './practice39/employees';
import { LEAVE_CALENDAR } from './practice39/leave-calendar';
import { MANAGERS } from './practice39/managers';
import { PEOPLE } from './practice39/people';
import { REFUSALS } from './practice39/refusals';
import { SCOPE } from './practice39/scope';
import { SCORES } from './practice39/scores';
import { ZERO_AND_FORMER } from './practice39/zero-former';

export const PRACTICE39: readonly Question[] = [
  ...PEOPLE,
  ...ATTENDANCE_RATES,
  ...ATTENDANCE_DAYS,
  ...SCORES,
  ...LEAVE_CALENDAR,
  ...MANAGERS,
  ...EMPLOYEES,
  ...ZERO_AND_FORMER,
  ...REFUSALS,
  ...SCOPE,
];
