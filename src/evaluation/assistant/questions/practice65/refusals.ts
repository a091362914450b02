/*
 * practice65 — periods and dates the assistant must refuse, naming the word. README and API.md: "per fortnight" is
 * refused ("I can answer … not per fortnight"), and a fortnight is no period they promise (they promise "the past two
 * weeks" instead); "mid-October" is named back, as it has no edges; a date in digits the calendar does not have
 * ("2025-11-31") is named back, never read as another day; a half-year is no period they promise (H1 and "the first
 * half of the year" are, and are not asked here); weekdays in the plural, periods ranked against each other, a
 * breakdown by day of the week, a time of day and predictions are refused; so is an order to change data, dated or not
 * (by its verb), and something the service does not keep.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // A fortnight, a half-year, no edges, no such date.
  q('QN221', 'admin', 'give me the attendance rate fortnight by fortnight from 1 September', () => refusal('fortnight')),
  q('QN222', 'admin', 'hours worked by DEV last fortnight', () => refusal('fortnight')),
  q('QN223', 'DEV-001', "my team's late arrivals this fortnight", () => refusal('fortnight')),
  q('QN224', 'QA-003', 'my hours for the last fortnight pls', () => refusal('fortnight')),
  q('QN225', 'SEC-004', 'my hours fortnight by fortnight since August', () => refusal('fortnight')),
  q('QN226', 'admin', 'how was attendance in mid-October?', () => refusal('mid-october', 'mid october', 'mid')),
  q('QN227', 'QA-001', 'late arrivals in my team around mid-September', () => refusal('mid-september', 'mid september', 'mid')),
  q('QN228', 'admin', 'who was late on 2025-11-31', () => refusal('2025-11-31')),
  q('QN229', 'DAT-004', 'how many hours did i work on 2025-09-31?', () => refusal('2025-09-31')),
  q('QN230', 'admin', "what's the company attendance rate for this half-year", () => refusal('half-year', 'half year')),
  q('QN231', 'DAT-004', 'my attendance rate over the last half-year', () => refusal('half-year', 'half year')),
  // Plural weekdays, ranked periods, days of the week, times of day, predictions.
  q('QN232', 'admin', 'attendance on fridays since September', () => refusal('fridays', 'friday')),
  q('QN233', 'DEV-001', 'which month this year did my team have the most absences', () => refusal('which month', 'month')),
  q('QN234', 'admin', 'which week in October had the worst attendance?', () => refusal('which week', 'week')),
  q('QN235', 'admin', 'break down October late arrivals by day of the week', () => refusal('day of the week', 'weekday')),
  q('QN236', 'admin', 'who checked in before 8:30 on the 3rd?', () => refusal('before', '8:30', 'time of day')),
  q('QN237', 'QA-001', "what will my team's attendance rate be next week", () => refusal('predict', 'future', 'will', 'forecast')),
  q('QN238', 'admin', 'who is going to be late tomorrow?', () => refusal('predict', 'future', 'going to', 'forecast')),
  // Orders with a date, and what the service does not keep.
  q('QN239', 'DEV-003', 'book me off from 22/12 to 24/12', () => refusal('book')),
  q('QN240', 'SEC-004', 'cancel my leave on the 28th', () => refusal('cancel')),
  q('QN241', 'DEV-001', "approve Yuki's leave for 8-12 December", () => refusal('approve')),
  q('QN242', 'admin', 'make 23 December a company holiday too', () => refusal('make', 'create', 'add', 'holiday')),
  q('QN243', 'DAT-004', 'change my check-out on 13/11 to 17:30', () => refusal('change', 'correct')),
  q('QN244', 'QA-003', 'what was the weather like on 3 November?', () => refusal('weather')),
  q('QN245', 'admin', 'how many people were in the office at 10am on 4 Nov?', () => refusal('10am', 'time of day', 'at 10')),
];
