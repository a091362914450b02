/* Periods this set uses beyond the shared helpers. */
import type { Day } from '../../dataset/dates';

export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const TOMORROW: Day = '2025-11-20';
export const REST_OF_YEAR: [Day, Day] = ['2025-11-20', '2025-12-31'];
