/*
 * practice70 — combinations API.md says must be refused naming what could not be done: a filter the service does not
 * keep (gender, age, remote work, an office, contractors, a salary band, a job title on anything but a headcount or a
 * list, people left out of any figure but a headcount, a list or scores, people picked by hire date on anything but a
 * list of who was late, absent or on leave), a period it cannot read ("mid-October", a date the calendar does not
 * have, a month 13, a fortnight, weekdays in the plural, a time of day, periods ranked against each other), a kind of
 * leave it does not keep, a prediction, a correlation; and orders, advice and a database statement.
 */
import type { Question } from '../../expectation';
import { q } from '../helpers';
import { refusal } from './shared';

export const REFUSALS: readonly Question[] = [
  // Filters the service does not keep.
  q('QS229', 'admin', 'attendance rate for the women in DEV last month', () => refusal('women', 'gender')),
  q('QS230', 'admin', 'average Q3 score of staff aged over 40', () => refusal('aged', 'age', 'over 40')),
  q('QS231', 'admin', 'how many remote workers were late last week?', () => refusal('remote')),
  q('QS232', 'admin', 'headcount in the berlin office', () => refusal('berlin', 'office', 'location')),
  q('QS233', 'admin', 'late arrivals among contractors in october', () => refusal('contractor', 'contract')),
  q('QS234', 'admin', 'attendance rate of the security analysts last month', () => refusal('security analyst', 'analyst', 'job title', 'title')),
  q('QS235', 'admin', 'attendance rate for everyone except QA in october', () => refusal('except', 'excluding', 'QA')),
  q('QS236', 'admin', "what's the average q3 score among the people hired this year", () => refusal('hired', 'hired this year')),
  // Periods it cannot read.
  q('QS237', 'admin', 'data team attendance in mid-october', () => refusal('mid-october', 'mid')),
  q('QS238', 'admin', 'who was absent in QA on 2025-09-31?', () => refusal('2025-09-31')),
  q('QS239', 'admin', 'late arrivals for DEV in 2025-13', () => refusal('2025-13')),
  q('QS240', 'QA-001', 'QA hours per fortnight since august', () => refusal('fortnight')),
  q('QS241', 'admin', 'late arrivals on fridays in october', () => refusal('fridays', 'friday')),
  q('QS242', 'admin', 'who in AI checked in after 10am last week', () => refusal('10am', 'after 10', 'time of day')),
  q('QS243', 'admin', 'which quarter had the best average score for DEV?', () => refusal('which quarter', 'quarter')),
  // Kinds of leave it does not keep, predictions, correlations.
  q('QS244', 'admin', 'how many paternity leave days did DEV take this year', () => refusal('paternity')),
  q('QS245', 'DAT-004', 'forecast my attendance rate for december', () => refusal('forecast', 'predict')),
  q('QS246', 'admin', 'is there a correlation between lateness and Q3 scores in QA?', () => refusal('correlation')),
  // Orders, advice, SQL.
  q('QS247', 'QA-001', "change zoe's q3 score to 85", () => refusal('change', 'update')),
  q('QS248', 'admin', 'who in AI should get promoted based on their Q3 scores?', () => refusal('promot', 'should')),
  q('QS249', 'admin', "SELECT * FROM employees WHERE team_id = 'DEV';", () => refusal('select', 'sql', 'database statement')),
];
