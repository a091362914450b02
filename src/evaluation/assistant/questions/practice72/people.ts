/*
 * practice72 — who came, who went and who has stayed, for the quarterly review: hires and leavers in a quarter or a
 * year (a hire who has since left still joined then), a headcount on a past day (those employed that day, the whole
 * company only; no day on which someone joined or left), today's headcount against a past day's, the longest-serving
 * (overall, in a team, of a level), the newest, those past a line of years (nobody at exactly n whole years under
 * "more than n"), those with us less than a year, one person's years. The admin asks.
 */
import type { Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { asDay, day, startOfThisQuarter, yearAgoToday } from '../../oracle/practice72-periods';
import { headcount, headcountOn, hiredIn, leftIn, longestServing, newestHire, passedMark, underAYear, yearsOf } from '../../oracle/practice72-people';
import { q } from '../helpers';
import { answer, count, figures, LQR, people, QR, TQ, TY, years, yesNo } from './shared';

const n = (v: number, label?: string) => ({ ...count(v), ...(label !== undefined && { label }) });

export const PEOPLE: readonly Question[] = [
  // Hires and leavers.
  q('QU105', 'admin', 'who joined in Q3?', () => people(hiredIn(LQR()))),
  q('QU106', 'admin', 'how many hires did we make in the first quarter', () => figures(count(hiredIn(QR(2025, 1)).length))),
  q('QU107', 'admin', 'new starters this quarter?', () => people(hiredIn(TQ()))),
  q('QU108', 'admin', 'who did we lose last quarter', () => people(leftIn(LQR()))),
  q('QU109', 'admin', 'leavers so far this quarter', () => people(leftIn(TQ()))),
  q('QU110', 'admin', 'hires and leavers in Q3 - just the numbers', () =>
    figures(n(hiredIn(LQR()).length, 'hire|join|start'), n(leftIn(LQR()).length, 'leaver|left|leav')),
  ),
  q('QU111', 'admin', 'how many ppl have we hired in 2025 so far', () => figures(count(hiredIn(TY()).length))),
  q('QU112', 'admin', 'did anyone leave in Q2?', () => {
    const ids = leftIn(QR(2025, 2));
    return yesNo(ids.length > 0, [], { people: ids });
  }),
  q('QU113', 'admin', 'which juniors joined in H1?', () => people(hiredIn([QR(2025, 1)[0], QR(2025, 2)[1]], { position: 'Junior' }))),
  q('QU114', 'admin', 'did the data team lose anyone this quarter?', () => {
    const ids = leftIn(TQ(), { team: 'DAT' });
    return yesNo(ids.length > 0, [], { people: ids });
  }),
  q('QU115', 'admin', 'who left the AI team in the third quarter', () => people(leftIn(QR(2025, 3), { team: 'AI' }))),
  // Headcount on a past day.
  q('QU116', 'admin', 'headcount on 1 July 2025', () => figures(n(headcountOn(day('2025-07-01')), 'employ|people|staff|headcount'))),
  q('QU117', 'admin', 'how many employees did we have on the first day of this quarter?', () =>
    figures(n(headcountOn(asDay(startOfThisQuarter(), '2025-10-01')), 'employ|people|staff|headcount')),
  ),
  q('QU118', 'admin', 'what was our headcount a year ago today', () =>
    figures(n(headcountOn(asDay(yearAgoToday(), '2024-11-19')), 'employ|people|staff|headcount')),
  ),
  q('QU119', 'admin', 'headcount on 1 January vs today', () =>
    figures(n(headcountOn(asDay(TY()[0], '2025-01-01')), 'employ|people|staff|headcount'), n(headcount(), 'employ|people|staff|headcount')),
  ),
  // Tenure.
  q('QU120', 'admin', 'who is our longest-serving employee?', () => people(longestServing(1))),
  q('QU121', 'admin', 'longest serving person in the data team', () => people(longestServing(1, { team: 'DAT' }))),
  q('QU122', 'admin', 'the 3 longest-serving seniors', () => people(longestServing(3, { position: 'Senior' }))),
  q('QU123', 'admin', "who's been here 7 years or more", () => people(passedMark(7))),
  q('QU124', 'admin', 'who has passed the five-year mark with us', () => people(passedMark(5))),
  q('QU125', 'admin', 'how long has Olivia Martin been with us?', () => figures(years(yearsOf('SEC-002')))),
  q('QU126', 'admin', 'who joined less than a year ago', () => people(underAYear())),
  q('QU127', 'admin', 'newest hire in AI', () => people([newestHire({ team: 'AI' })])),
  q('QU128', 'admin', 'longest-serving lead?', () => people(longestServing(1, { position: 'Lead' }))),
  q('QU129', 'admin', 'when did our longest-serving tester start', () => {
    const id = longestServing(1, { team: 'QA' })[0]!;
    return answer({ people: [id], dates: [person(id).hire] });
  }),
];
