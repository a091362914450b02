/*
 * practice59 — what is not there: departments the organisation does not have, a person nobody is called, and periods
 * the service cannot answer. README: "a department the organisation does not have ('attendance for sales') is named
 * back, never matched to a person with a similar name"; "'HR' is a department, not hours"; "I can answer … not per
 * fortnight"; "'mid-October' is named back, as it has no edges"; "a date in digits the calendar does not have
 * ('2025-02-30', '2025-13') is named back"; a holiday "name the calendar does not hold is refused naming it".
 * A period it has no edges for (a fiscal year, a semester, an H3, a Q5, a week 54) is named back in the
 * refusal: every constraint is used or named back (API.md). Each department is checked to be far from every team's
 * code and name and from everyone's name.
 */
import { refusal, type Question } from '../../expectation';
import { HOLIDAYS } from '../../dataset/calendar';
import { noSuchTeam, nobodyAtAll } from '../../oracle/practice59-figures';
import { q } from '../helpers';

/** A holiday name the calendar does not hold, named back. */
function notInCalendar(name: string, ...words: string[]) {
  if (HOLIDAYS.some((h) => h.name.toLowerCase().includes(name.toLowerCase()))) throw new Error(`the calendar holds ${name}`);
  return refusal(name, ...words);
}

/** A date written in digits that the calendar does not have (a day past the month's end). */
function noSuchDate(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d <= last) throw new Error(`${iso} is a real date`);
  return refusal(iso);
}

export const UNKNOWN: readonly Question[] = [
  // Departments the organisation does not have.
  q('QH124', 'admin', 'attendance rate for the sales team last month', () => noSuchTeam('sales')),
  q('QH125', 'admin', 'how many people are in Marketing?', () => noSuchTeam('marketing')),
  q('QH126', 'admin', 'finance dept late arrivals last week', () => noSuchTeam('finance')),
  q('QH127', 'admin', 'HR headcount', () => noSuchTeam('HR', 'human resources')),
  q('QH128', 'DEV-001', 'legal team q3 average', () => noSuchTeam('legal')),
  q('QH129', 'QA-001', 'customer support absences in october', () => noSuchTeam('support', 'customer')),
  q('QH130', 'SEC-004', 'design team hours last week', () => noSuchTeam('design')),
  q('QH131', 'DAT-004', 'how many people in procurement', () => noSuchTeam('procurement')),

  // A person nobody is called.
  q('QH132', 'admin', 'who is Jon Snow', () => nobodyAtAll('Jon Snow')),
  q('QH133', 'QA-001', 'Bruce Wayne late arrivals this month', () => nobodyAtAll('Bruce Wayne')),

  // Periods without edges, or not on the calendar.
  q('QH134', 'admin', 'late arrivals per fortnight in Q4', () => refusal('fortnight')),
  q('QH135', 'DEV-001', "my team's absences fortnight by fortnight since september", () => refusal('fortnight')),
  q('QH136', 'admin', 'attendance rate for this fiscal year', () => refusal('fiscal')),
  q('QH137', 'admin', 'average score for the autumn semester', () => refusal('semester')),
  q('QH138', 'admin', 'who was late in mid-October?', () => refusal('mid-october', 'mid')),
  q('QH139', 'admin', 'attendance rate in H3 2025', () => refusal('H3')),
  q('QH140', 'QA-001', "my team's Q5 average", () => refusal('Q5')),
  q('QH141', 'admin', 'who was absent on 2025-09-31', () => noSuchDate('2025-09-31')),
  q('QH142', 'SEC-004', 'my hours in week 54', () => refusal('54', 'week 54')),
  q('QH143', 'DAT-004', 'was I late on the company picnic day', () => notInCalendar('picnic')),
  q('QH144', 'admin', 'who was off on Labour Day?', () => notInCalendar('Labour Day', 'labour')),
];
