/*
 * What the fourteenth practice set needs beyond the shared oracle: the days and periods its questions
 * name (tomorrow, the whole of this month and of December, Q3), the refusal words of a team asked about
 * as "my team", and a few small look-ups — built only from the data set and the oracle. Added for practice14.
 */
import { LEAVE, TODAY, type LeaveCode } from '../dataset/calendar';
import { addDays, monthRange, quarter, type Day } from '../dataset/dates';
import { teamWords } from './practice12-figures';
import { balance } from './leave-figures';

export const TOMORROW: Day = addDays(TODAY, 1);
/** The whole of November: leave requests "this month" run to the month's end (README). */
export const NOVEMBER_ALL: [Day, Day] = [monthRange(2025, 11).from, monthRange(2025, 11).to];
export const DECEMBER: [Day, Day] = [monthRange(2025, 12).from, monthRange(2025, 12).to];
export const Q3: [Day, Day] = [quarter(2025, 3).from, quarter(2025, 3).to];

/** The words a refusal of "my team" (an employee's own team) or another team should name. */
export const myTeamWords = (code: string): string[] => [...teamWords(code), 'team'];

/** What is left of one leave type this year (allocated − taken − pending). */
export const available = (id: string, code: LeaveCode): number => balance(id, code).available;
export const taken = (id: string, code: LeaveCode): number => balance(id, code).taken;
export const allocated = (id: string, code: LeaveCode): number => balance(id, code).allocated;

/** The leave requests of a status whose first day is after today: leave ahead. */
export const requestsAheadOf = (status: 'pending' | 'approved'): string[] => [
  ...new Set(LEAVE.filter((l) => l.status === status && l.from > TODAY).map((l) => l.employee)),
];
