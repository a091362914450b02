/*
 * practice34 — Priya Raman (DEV-001, the manager of Development) preparing her one-to-ones: her team's attendance,
 * absences, hours, scores and leave, person by person and level by level. A list or ranking she asks of "my team" is
 * checked to come out the same whether or not she counts herself (sameWithoutAsker), so none is in doubt.
 */
import { answer, count, days, figures, people, rate, score, type Question } from '../../expectation';
import { peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { offBetween, requests } from '../../oracle/leave-figures';
import { hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { MONTHS_SINCE_AUGUST, rateIn } from '../../oracle/practice15-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { nonEmpty, wentUp, yesNo } from '../../oracle/practice20-figures';
import { absentDays, hoursBelow } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { clearlyDiffer, ratesOver } from '../../oracle/practice29-figures';
import { biggestMove } from '../../oracle/practice31-figures';
import { countOf } from '../../oracle/practice32-figures';
import { Q3_RANGE, SINCE_OCT_1 } from '../../oracle/practice33-figures';
import { level, longestServingIn, NOV_24_TO_DEC_5, overAbsences, sameWithoutAsker } from '../../oracle/practice34-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const ME = 'DEV-001';
const [Q2, Q3] = ['2025-Q2', '2025-Q3'];
const mine = <T>(answerOf: (scope: Scope) => T): T => sameWithoutAsker(DEV, ME, answerOf);

export const MANAGER_DEV: readonly Question[] = [
  q('PI115', ME, 'Prepping my 1:1s — who on my team has had more than 2 absences this quarter?', () => people(mine((s) => overAbsences(s, THIS_QUARTER, 2)))),
  q('PI116', ME, "My team's attendance rate in Q3 vs this quarter", () => figures(rate(rateIn(DEV, Q3_RANGE)), rate(rateIn(DEV, THIS_QUARTER)))),
  q('PI117', ME, 'How many late arrivals did my devs have in October?', () => figures(near(count(totals(DEV, ...OCTOBER).late), 'late'))),
  q('PI118', ME, 'Which of my seniors were late last month?', () => people(nonEmpty(peopleWhere(level('DEV', 'Senior'), 'late', ...OCTOBER)))),
  q('PI119', ME, "My juniors' attendance rate since 1 Oct", () => figures(rate(rateIn(level('DEV', 'Junior'), SINCE_OCT_1)))),
  q('PI120', ME, 'Top 2 scorers on my team in Q3', () => people(mine((s) => rankClean(Q3, 2, 'top', s)))),
  q('PI121', ME, 'Who are the bottom 3 on my team for Q3?', () => people(mine((s) => rankClean(Q3, 3, 'bottom', s)))),
  q('PI122', ME, 'Who on my team dropped the most from Q2 to Q3?', () => {
    const fall = mine((s) => biggestMove(Q2, Q3, 'down', s));
    return people([fall.id], score(fall.change));
  }),
  q('PI123', ME, 'Who on my team worked fewer than 35 hours last week?', () => people(nonEmpty(mine((s) => hoursBelow(s, LAST_WEEK, 35))))),
  q('PI124', ME, 'Is anyone on my team away between 24 Nov and 5 Dec?', () => people(nonEmpty(offBetween(DEV, ...NOV_24_TO_DEC_5)))),
  q('PI125', ME, 'What leave requests from my team are still pending?', () => people([...new Set(requests('pending', DEV).map((l) => l.employee))])),
  q('PI126', ME, "What was Chris's attendance rate last month?", () => figures(rate(rateIn({ ids: ['DEV-006'] }, OCTOBER)))),
  q('PI127', ME, 'how many seniors r on my team', () => figures(near(count(countOf('Senior', 'DEV')), 'senior|people|member'))),
  q('PI128', ME, 'Who on my team has been here the longest?', () => people(mine((s) => longestServingIn(s)))),
  q('PI129', ME, 'Who joined my team this year?', () => people(hiredBetween(...YEAR_TO_DATE, 'DEV'))),
  q('PI130', ME, 'Any missing check-outs on my team this month?', () => {
    const who = peopleWhere(DEV, 'missingCheckOut', ...THIS_MONTH);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PI131', ME, "Were my team's late arrivals up or down in October compared with September?", () => {
    const [sep, oct] = [totals(DEV, ...SEPTEMBER).late, totals(DEV, ...OCTOBER).late];
    return wentUp(sep, oct, [near(count(sep), 'late|sep'), near(count(oct), 'late|oct')]);
  }),
  q('PI132', ME, 'Who on my team put in more than 44 hours last week?', () =>
    people(nonEmpty(mine((s) => peopleWhere(s, 'hours', ...LAST_WEEK, (h) => h > 44)))),
  ),
  q('PI133', ME, 'How many days of absence has my team had since 1 Oct?', () => figures(days(totals(DEV, ...SINCE_OCT_1).absent))),
  q('PI134', ME, 'Which of my mid-level devs were absent in October?', () => people(nonEmpty(peopleWhere(level('DEV', 'Mid'), 'absent', ...OCTOBER)))),
  q('PI135', ME, 'Who on my team was never late in October?', () => people(mine((s) => neverIn(s, 'late', OCTOBER)))),
  q('PI136', ME, 'How many half days has Yuki Tanaka had this quarter?', () =>
    figures(near(count(totals({ ids: ['DEV-009'] }, ...THIS_QUARTER).halfDay), 'half')),
  ),
  q('PI137', ME, 'month-by-month attendance for my team since Aug', () => figures(...ratesOver(DEV, MONTHS_SINCE_AUGUST).map((r) => rate(r)))),
  q('PI138', ME, "Is my team's attendance this quarter above 95%?", () => {
    const r = rateIn(DEV, THIS_QUARTER);
    return yesNo(clearlyDiffer(r, 0.95, 0.002), [rate(r)]);
  }),
  q('PI139', ME, 'avg score for my team last qtr', () => figures(score(meanOf(Q3, DEV)))),
  q('PI140', ME, 'Ben Carter — which days was he absent this month?', () => answer({ dates: nonEmpty(absentDays('DEV-012', THIS_MONTH)) })),
];
