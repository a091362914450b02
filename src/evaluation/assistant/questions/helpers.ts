/* Shorthands the question files share: the periods around "today" and the oracle, so each question reads as one line. */
import { TODAY } from '../dataset/calendar';
import type { Day } from '../dataset/dates';
import type { Caller, Expected, Question } from '../expectation';

export const YESTERDAY: Day = '2025-11-18';
export const LAST_WEEK: [Day, Day] = ['2025-11-10', '2025-11-16'];
export const THIS_WEEK: [Day, Day] = ['2025-11-17', TODAY];
export const NEXT_WEEK: [Day, Day] = ['2025-11-24', '2025-11-30'];
export const THIS_MONTH: [Day, Day] = ['2025-11-01', TODAY];
export const OCTOBER: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const SEPTEMBER: [Day, Day] = ['2025-09-01', '2025-09-30'];
export const AUGUST: [Day, Day] = ['2025-08-01', '2025-08-31'];
export const THIS_QUARTER: [Day, Day] = ['2025-10-01', TODAY];
export const THIS_YEAR: [Day, Day] = ['2025-01-01', TODAY];

export const q = (id: string, who: Caller, text: string, expect: () => Expected): Question => ({ id, who, text, expect });
