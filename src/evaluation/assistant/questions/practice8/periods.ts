/* The periods the eighth practice set's analysts ask about, written out once. */
import type { Day } from '../../dataset/dates';

export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const YTD: [Day, Day] = ['2025-01-01', '2025-11-19'];
export const SINCE_OCT: [Day, Day] = ['2025-10-01', '2025-11-19'];
export const AUG_TO_OCT: [Day, Day] = ['2025-08-01', '2025-10-31'];
export const NOV_3_14: [Day, Day] = ['2025-11-03', '2025-11-14'];
export const NOV_3_7: [Day, Day] = ['2025-11-03', '2025-11-07'];
export const WEEK_OF_NOV_10: [Day, Day] = ['2025-11-10', '2025-11-16'];
export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const XMAS_WEEK: [Day, Day] = ['2025-12-22', '2025-12-26'];
