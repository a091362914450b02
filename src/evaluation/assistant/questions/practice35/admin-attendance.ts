/*
 * practice35 — the admin's first week on attendance and hours: rates over days, weeks, months, quarters and
 * ranges typed every way (the 3rd, Nov 13th, 14/11, 2025-11-03, since 1 Oct, the week of the 10th), who was
 * late, absent or forgot to clock out, counts, per-team figures, thresholds, rankings and a few yes-or-no
 * questions, asked loosely and politely by someone still learning the words.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { mostOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { MONTHS_SINCE_AUGUST, rateIn, ratesAtEnd } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { teamsWithNone } from '../../oracle/practice22-figures';
import { hoursBelow, hoursExtreme, offOn } from '../../oracle/practice23-figures';
import { clearlyDiffer, countsOver, overClean, ratesOver, teamsUnder } from '../../oracle/practice29-figures';
import { measurePerTeam, ratePerTeam, teamByRate } from '../../oracle/practice31-figures';
import { perfectThroughout } from '../../oracle/practice32-figures';
import { underLine } from '../../oracle/practice33-figures';
import { lateOrAbsentOn, NOV_13, NOV_14, NOV_3, Q3, SEP_1_TO_OCT_15, SINCE_1_OCT, WEEK_OF_NOV_3, whoOnDay, YESTERDAY } from '../../oracle/practice35-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';
import { TODAY } from '../../dataset/calendar';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const NOV_SO_FAR = THIS_MONTH;

export const ADMIN_ATTENDANCE: readonly Question[] = [
  q('PJ001', 'admin', "Hi! I'm new in HR and still finding my feet — could you tell me what the overall attendance rate was last week?", () =>
    figures(rate(rateIn(ALL, LAST_WEEK))),
  ),
  q('PJ002', 'admin', 'how is attendance looking so far this month across the whole company', () => figures(rate(rateIn(ALL, NOV_SO_FAR)))),
  q('PJ003', 'admin', 'Quality Assurance attendance rate since 1 Oct?', () => figures(rate(rateIn(QA, SINCE_1_OCT)))),
  q('PJ004', 'admin', "What was Security's attendance in the week of 2025-11-03?", () => figures(rate(rateIn({ team: 'SEC' }, WEEK_OF_NOV_3)))),
  q('PJ005', 'admin', 'who came in late on the 3rd?', () => people(whoOnDay(ALL, 'late', NOV_3))),
  q('PJ006', 'admin', 'Any no-shows on Nov 13th?', () => people(whoOnDay(ALL, 'absent', NOV_13))),
  q('PJ007', 'admin', 'Did anybody forget to clock out on 3 November?', () => {
    const who = peopleWhere(ALL, 'missingCheckOut', NOV_3, NOV_3);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PJ008', 'admin', 'how many people were late last Friday?', () => figures(near(count(whoOnDay(ALL, 'late', NOV_14).length), 'late|people|person'))),
  q('PJ009', 'admin', 'last month, which teams had attendance issues?', () => answer({ teams: teamsUnder(OCTOBER, 0.9) })),
  q('PJ010', 'admin', 'Could I get the attendance rate per team for September, please?', () => figures(...ratePerTeam(SEPTEMBER))),
  q('PJ011', 'admin', 'Which team had the best attendance in October?', () => {
    const best = teamByRate(OCTOBER, 'best');
    return answer({ teams: [best.team], figures: [rate(best.rate)] });
  }),
  q('PJ012', 'admin', 'who missed more than 3 days in october?', () => people(overClean(ALL, 'absent', OCTOBER, 3))),
  q('PJ013', 'admin', 'lowest 3 attendance rates in DEV last month', () => people(ratesAtEnd(DEV, OCTOBER, 3, 'lowest'))),
  q('PJ014', 'admin', 'anyone in the Data team under 90% attendance in September?', () => people(underLine({ team: 'DAT' }, SEPTEMBER, 0.9))),
  q('PJ015', 'admin', 'AI attendance month by month since August', () => figures(...ratesOver({ team: 'AI' }, MONTHS_SINCE_AUGUST).map((r) => rate(r)))),
  q('PJ016', 'admin', 'Absence rate for QA last month compared with the month before', () =>
    figures(rate(absenceRate(QA, OCTOBER)), rate(absenceRate(QA, SEPTEMBER))),
  ),
  q('PJ017', 'admin', 'For the payroll prep: how many hours did the Security team log between 1 Sep and 15 Oct?', () =>
    figures(hours(totals({ team: 'SEC' }, ...SEP_1_TO_OCT_15).hours)),
  ),
  q('PJ018', 'admin', 'who put in the most hours in QA during the week of the 10th, and how many?', () => {
    const top = hoursExtreme(QA, LAST_WEEK, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PJ019', 'admin', 'which devs worked fewer than 35 hours last week?', () => people(hoursBelow(DEV, LAST_WEEK, 35))),
  q('PJ020', 'admin', 'how many missing check-outs were there in October, all teams together?', () =>
    figures(near(count(totals(ALL, ...OCTOBER).missingCheckOut), 'check')),
  ),
  q('PJ021', 'admin', 'Who was late or absent yesterday?', () => people(lateOrAbsentOn(ALL, YESTERDAY))),
  q('PJ022', 'admin', 'How many people are on leave today?', () => figures(near(count(offOn(ALL, TODAY).length), 'leave|people|person'))),
  q('PJ023', 'admin', 'Has everybody checked in yet this morning?', () => {
    const missing = notCheckedInToday(ALL);
    return yesNo(missing.length === 0, [], { people: missing });
  }),
  q('PJ024', 'admin', "What was the juniors' attendance rate last week?", () => figures(rate(rateIn(levelIn(undefined, 'Junior'), LAST_WEEK)))),
  q('PJ025', 'admin', "Yesterday's numbers for QA, please: how many present, how many late, how many absent?", () => {
    const t = totals(QA, YESTERDAY, YESTERDAY);
    return figures(near(count(t.present), 'present'), near(count(t.late), 'late'), near(days(t.absent), 'absen'));
  }),
  q('PJ026', 'admin', 'who was late the most in Q3?', () => people(mostOf(ALL, 'late', ...Q3))),
  q('PJ027', 'admin', 'absent days by team last month', () => figures(...measurePerTeam('absent', OCTOBER, 'days'))),
  q('PJ028', 'admin', 'Late arrivals month by month this quarter', () =>
    figures(...countsOver(ALL, 'late', [OCTOBER, NOV_SO_FAR]).map((n) => near(count(n), 'late'))),
  ),
  q('PJ029', 'admin', 'what was attendance like on 14/11?', () => figures(rate(rateIn(ALL, [NOV_14, NOV_14])))),
  q('PJ030', 'admin', "How did the company's attendance change from September to October?", () =>
    figures(rate(rateIn(ALL, SEPTEMBER)), rate(rateIn(ALL, OCTOBER))),
  ),
  q('PJ031', 'admin', 'who in SEC had 100% attendance in October?', () => people(perfectThroughout({ team: 'SEC' }, OCTOBER))),
  q('PJ032', 'admin', 'which teams had zero absences yesterday?', () => answer({ teams: teamsWithNone('absent', [YESTERDAY, YESTERDAY]) })),
  q('PJ033', 'admin', 'absence rate for the dev team last quarter', () => figures(rate(absenceRate(DEV, Q3)))),
  q('PJ034', 'admin', 'Were there more absences in QA than in DEV last week?', () => {
    const [qa, dev] = [totals(QA, ...LAST_WEEK).absent, totals(DEV, ...LAST_WEEK).absent];
    return yesNo(clearlyDiffer(qa, dev, 0), [near(days(qa), teamLabel('QA')), near(days(dev), teamLabel('DEV'))]);
  }),
  q('PJ035', 'admin', 'Thursday the 13th: how many late check-ins across the company?', () =>
    figures(near(count(whoOnDay(ALL, 'late', NOV_13).length), 'late|check')),
  ),
];
