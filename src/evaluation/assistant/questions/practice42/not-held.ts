/*
 * practice42 — periods that cannot be answered as asked, from every role. Before tracking started (1 August 2025:
 * API.md, "before it nobody is expected and no rate is given"): June, H1, Q2, July, "this time last year", Christmas Day
 * last year, 2024 — no rate, no count, no "nobody": the answer says the period is not held, naming it. After today, for
 * what is recorded: "next week", "tomorrow", December, Q1 2026, the rest of the year — README: "a period ahead is 'in
 * the future', and nothing is predicted". Quarters nobody was scored in: Q3 2024, 2023, this quarter. A date the
 * calendar does not have, a breakdown per fortnight, periods ranked against each other, weekdays in the plural —
 * each refused naming it. Every guard checks the data set first: the period really holds nothing.
 */
import { refusal, type Question } from '../../expectation';
import { afterToday, beforeTracking, DECEMBER, H1, noScores, on, Q2, REST_OF_THE_YEAR, YEAR_2024 } from '../../oracle/practice42-figures';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { NEXT_WEEK, q } from '../helpers';

const JUNE: [string, string] = ['2025-06-01', '2025-06-30'];
const JULY: [string, string] = ['2025-07-01', '2025-07-31'];
/** "This time last year" for attendance: 19 November 2024, and the whole of that month — both before tracking. */
const NOVEMBER_2024: [string, string] = ['2024-11-01', '2024-11-30'];
const Q1_2026: [string, string] = ['2026-01-01', '2026-03-31'];
const TOMORROW = addDays(TODAY, 1);
const LAST_YEAR = ['last year', '2024', 'november 2024', '2024-11-19'];

export const NOT_HELD: readonly Question[] = [
  // Before tracking.
  q('PQ200', 'admin', 'What was the attendance rate in June?', () => beforeTracking(JUNE, 'june', '2025-06-01', '2025-06-30')),
  q('PQ201', 'admin', 'What was our attendance rate this time last year?', () => beforeTracking(NOVEMBER_2024, ...LAST_YEAR)),
  q('PQ202', 'admin', 'Who was late in H1?', () => beforeTracking(H1, 'h1', 'first half', '2025-01-01', '2025-06-30')),
  q('PQ203', 'admin', 'How many days were lost to absence in Q2?', () => beforeTracking(Q2, 'q2', 'second quarter', '2025-04-01', '2025-06-30')),
  q('PQ204', 'admin', 'hours worked by DEV in July', () => beforeTracking(JULY, 'july', '2025-07-01', '2025-07-31')),
  q('PQ205', 'admin', 'Was anyone absent on Christmas Day last year?', () => beforeTracking(on('2024-12-25'), 'christmas', '2024-12-25', 'last year', '2024')),
  q('PQ206', 'admin', 'late arrivals in 2024', () => beforeTracking(YEAR_2024, '2024')),
  q('PQ207', 'DEV-001', "my team's attendance rate in Q2", () => beforeTracking(Q2, 'q2', 'second quarter', '2025-04-01', '2025-06-30')),
  q('PQ208', 'QA-003', 'What was my attendance rate this time last year?', () => beforeTracking(NOVEMBER_2024, ...LAST_YEAR)),
  q('PQ209', 'DAT-004', 'How many times was I late in the first half of the year?', () => beforeTracking(H1, 'first half', 'h1', '2025-01-01', '2025-06-30')),
  // Quarters nobody was scored in.
  q('PQ210', 'admin', 'What was the average score in Q3 2024?', () => noScores('2024-Q3', 'q3 2024', '2024-q3')),
  q('PQ211', 'admin', 'average performance score in 2023', () => {
    for (const quarter of ['2023-Q1', '2023-Q2', '2023-Q3']) noScores(quarter);
    return noScores('2023-Q4', '2023');
  }),
  q('PQ212', 'admin', 'What is the average score this quarter?', () => noScores('2025-Q4', 'q4', 'this quarter', 'fourth quarter')),
  q('PQ213', 'admin', 'Q4 scores for the data team', () => noScores('2025-Q4', 'q4', 'fourth quarter')),
  q('PQ214', 'DEV-003', 'What will my score be in Q4?', () => noScores('2025-Q4', 'q4', 'predict', 'future', 'fourth quarter')),
  // After today, for what is recorded.
  q('PQ215', 'admin', 'What will the attendance rate be next week?', () => afterToday(NEXT_WEEK, 'next week', 'predict', '2025-11-24')),
  q('PQ216', 'admin', 'Who will be late tomorrow?', () => afterToday(on(TOMORROW), 'tomorrow', 'predict', TOMORROW)),
  q('PQ217', 'admin', 'How many hours will Development work in December?', () => afterToday(DECEMBER, 'december', 'predict')),
  q('PQ218', 'admin', 'absences in Q1 2026', () => afterToday(Q1_2026, 'q1 2026', '2026', 'predict')),
  q('PQ219', 'admin', 'How many late arrivals will there be for the rest of the year?', () => afterToday(REST_OF_THE_YEAR, 'rest of the year', 'predict')),
  q('PQ220', 'QA-001', "my team's attendance rate next month", () => afterToday(DECEMBER, 'next month', 'december', 'predict')),
  q('PQ221', 'SEC-004', 'Will I be late next week?', () => afterToday(NEXT_WEEK, 'next week', 'predict')),
  // A date the calendar does not have; a breakdown, a ranking of periods and weekdays in the plural it does not make.
  q('PQ222', 'admin', 'Who was late on 31 November?', () => refusal('31 november', 'november 31')),
  q('PQ223', 'admin', 'late arrivals per fortnight since August', () => refusal('fortnight')),
  q('PQ224', 'admin', 'Which quarter had the most late arrivals?', () => refusal('which quarter', 'quarter', 'rank')),
  q('PQ225', 'admin', 'absences on Mondays since August', () => refusal('mondays', 'day of the week', 'weekday')),
];
