/*
 * practice43 — data.parsed read through the answer text only, as the harness grades it: every constraint of a question
 * is either applied or named back in a refusal, as it was typed (API.md: an answer with figures is given only when
 * `unused` holds nothing that constrains it). Each question below carries one constraint the service cannot apply —
 * a place, an attribute it does not keep, a misspelt word for something it does not hold, a date or quarter the
 * calendar does not have, a department the organisation does not have, people left out of a figure other than a
 * headcount, a list or scores — so the right answer is a refusal naming that word, never figures for the rest.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const NAMED_BACK: readonly Question[] = [
  q('PR198', 'admin', 'What is the weather in Paris?', () => refusal('weather', 'paris')),
  q('PR199', 'admin', "how's the wetaher today", () => refusal('wetaher', 'weather')),
  q('PR200', 'admin', 'QA attendance rate last week in the Berlin office', () => refusal('berlin', 'office')),
  q('PR201', 'admin', 'headcount in DEV by shoe size', () => refusal('shoe')),
  q('PR202', 'admin', 'avg salry in DEV', () => refusal('salry', 'salary')),
  q('PR203', 'admin', 'how many part-time staff are in DAT?', () => refusal('part-time', 'part time')),
  q('PR204', 'admin', 'average score in 2025-Q5', () => refusal('2025-q5', 'q5')),
  q('PR205', 'admin', 'attendance rate on 2025-02-30', () => refusal('2025-02-30')),
  q('PR206', 'admin', 'hours worked by DEV last week excluding the seniors', () => refusal('excluding', 'seniors')),
  q('PR207', 'admin', 'attendance for the sales team last month', () => refusal('sales')),
];
