/*
 * practice19 — HR (admin) on attendance with two to four constraints at once: a team and a level and a period
 * ("how many of the seniors in QA were late at least once in September"), unusual periods (the second week
 * of September, 1 to 20 October, since the 15th), thresholds, rankings within a level, one person against
 * their team, teams and periods compared, and negations ("who in DEV was never late in October", "apart from
 * the juniors", "excluding DEV"), with constraints in subordinate clauses. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, team and person comes from the data set and
 * the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { measureOf, mostOf, peopleWhere, peopleWithRate, teamsWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { hiredBetween } from '../../oracle/people-figures';
import { near, teamsWithMost } from '../../oracle/practice10-figures';
import { teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { lastDaysWhere, perPerson } from '../../oracle/practice16-figures';
import { allBut, neverIn, OCT_1_TO_20, outside, SEP_WEEK_2, SINCE_15_SEPT, SINCE_AUGUST, SINCE_THE_15TH, weekOf } from '../../oracle/practice19-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_YEAR } from '../helpers';

const r = (scope: Scope, range: readonly [string, string]) => rate(rateIn(scope, range));
const day = (d: string): [string, string] => [d, d];
const late = (scope: Scope, range: readonly [string, string]) => near(count(totals(scope, range[0], range[1]).late), 'late');

export const ADMIN_ATTENDANCE: readonly Question[] = [
  // A team, a level and a period.
  q('C001', 'admin', 'how many of the juniors in QA were late at least once in September', () =>
    figures(near(count(peopleWhere(levelIn('QA', 'Junior'), 'late', ...SEPTEMBER).length), 'late|junior')),
  ),
  q('C002', 'admin', 'how many late arrivals did the QA juniors have in September', () => figures(late(levelIn('QA', 'Junior'), SEPTEMBER))),
  q('C003', 'admin', 'which juniors in DEV were late between 1 and 20 October', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...OCT_1_TO_20))),
  q('C004', 'admin', 'of the people in QA who are seniors, who was absent at any point in October', () =>
    people(peopleWhere(levelIn('QA', 'Senior'), 'absent', ...OCTOBER)),
  ),
  q('C005', 'admin', 'attendance rate of the mids in AI in the second week of September', () => figures(r(levelIn('AI', 'Mid'), SEP_WEEK_2))),
  q('C006', 'admin', 'in the data team, which juniors had an attendance rate under 90% in September', () =>
    people(peopleWithRate(levelIn('DAT', 'Junior'), ...SEPTEMBER, (x) => x < 0.9)),
  ),
  q('C007', 'admin', 'lowest 3 attendance rates among the seniors last month', () => people(ratesAtEnd(levelIn(undefined, 'Senior'), OCTOBER, 3, 'lowest'))),
  q('C008', 'admin', 'in October, which DEV mids missed more than 1 day', () => people(peopleWhere(levelIn('DEV', 'Mid'), 'absent', ...OCTOBER, (v) => v > 1))),
  q('C009', 'admin', 'how many hours did the QA mids work in the week of 13 October', () =>
    figures(hours(totals(levelIn('QA', 'Mid'), ...weekOf('2025-10-13')).hours)),
  ),
  q('C010', 'admin', 'total hours of the DEV seniors since the 15th', () => figures(hours(totals(levelIn('DEV', 'Senior'), ...SINCE_THE_15TH).hours))),
  q('C011', 'admin', 'late arrivals by the DAT juniors month to date', () => figures(late(levelIn('DAT', 'Junior'), THIS_MONTH))),
  q('C012', 'admin', 'which leads were late more than twice since August', () =>
    people(peopleWhere(levelIn(undefined, 'Lead'), 'late', ...SINCE_AUGUST, (v) => v > 2)),
  ),
  q('C013', 'admin', 'seniors with 100% attendance in September', () => people(peopleWithRate(levelIn(undefined, 'Senior'), ...SEPTEMBER, (x) => x === 1))),
  q('C014', 'admin', 'the mid with the most late arrivals since the start of the quarter', () =>
    people(mostOf(levelIn(undefined, 'Mid'), 'late', ...THIS_QUARTER)),
  ),
  q('C015', 'admin', 'of the seniors, who had the most absent days in Q3', () => people(mostOf(levelIn(undefined, 'Senior'), 'absent', ...Q3))),
  q('C016', 'admin', 'missing check-outs among the juniors since September', () =>
    people(peopleWhere(levelIn(undefined, 'Junior'), 'missingCheckOut', '2025-09-01', THIS_YEAR[1])),
  ),
  q('C017', 'admin', 'how many half days did the SEC juniors have in Q3', () => figures(near(count(totals(levelIn('SEC', 'Junior'), ...Q3).halfDay), 'half'))),
  q('C018', 'admin', 'attendance rate for the mids by team in October', () =>
    figures(...TEAM_CODES.map((team) => near(r(levelIn(team, 'Mid'), OCTOBER), teamLabel(team)))),
  ),

  // Thresholds and rankings over a period.
  q('C019', 'admin', 'who missed more than 2 days between 1 and 20 October', () => people(peopleWhere({}, 'absent', ...OCT_1_TO_20, (v) => v > 2))),
  q('C020', 'admin', 'who in AI worked more than 35 hours in the second week of September', () =>
    people(peopleWhere({ team: 'AI' }, 'hours', ...SEP_WEEK_2, (v) => v > 35)),
  ),
  q('C021', 'admin', 'the 3 people in AI who worked the most hours last week', () => people(topBy({ team: 'AI' }, 'hours', LAST_WEEK, 3))),
  q('C022', 'admin', 'which team had the most late arrivals between 1 and 20 October', () => answer({ teams: teamsWithMost('late', ...OCT_1_TO_20) })),
  q('C023', 'admin', 'which team had the fewest absent days in the second week of September', () =>
    answer({ teams: teamsWithExtreme('absent', ...SEP_WEEK_2, 'fewest') }),
  ),
  q('C024', 'admin', 'which teams had an attendance rate below 95% between 1 and 20 October', () =>
    answer({ teams: teamsWhere(...OCT_1_TO_20, (x) => x < 0.95) }),
  ),
  q('C025', 'admin', 'who in DEV checked in late on more than 3 days in the past 30 days', () =>
    people(lastDaysWhere(30, { team: 'DEV' }, 'late', (v) => v > 3)),
  ),
  q('C026', 'admin', 'how many people in QA were absent at least once during the week of 3 November', () =>
    figures(near(count(peopleWhere({ team: 'QA' }, 'absent', ...weekOf('2025-11-03')).length), 'absen|people|qa')),
  ),
  q('C027', 'admin', 'who in SEC had perfect attendance in the week of 6 October', () =>
    people(peopleWithRate({ team: 'SEC' }, ...weekOf('2025-10-06'), (x) => x === 1)),
  ),

  // A day named by its date or its holiday.
  q('C028', 'admin', 'who in DEV was absent on the 21st of October', () => people(peopleWhere({ team: 'DEV' }, 'absent', ...day('2025-10-21')))),
  q('C029', 'admin', 'who in QA was absent on the day of the QA offsite', () => people(peopleWhere({ team: 'QA' }, 'absent', ...day('2025-09-12')))),
  q('C030', 'admin', 'was anyone in the data team late on Founders Day', () => people(peopleWhere({ team: 'DAT' }, 'late', ...day('2025-10-13')))),

  // One person and a measure over an unusual period; one person against their team.
  q('C031', 'admin', 'how many times was Lukas Novak late in the second week of September', () =>
    figures(near(count(measureOf('DEV-004', 'late', ...SEP_WEEK_2)), 'late|time')),
  ),
  q('C032', 'admin', "Chris Walker's attendance rate between 1 and 20 October", () => figures(r({ ids: ['QA-004'] }, OCT_1_TO_20))),
  q('C033', 'admin', 'how many days was Zoe Adams absent since the 15th of September', () => figures(days(measureOf('QA-009', 'absent', ...SINCE_15_SEPT)))),
  q('C034', 'admin', "Aisha Khan's hours in the second week of September", () => figures(hours(measureOf('DEV-003', 'hours', ...SEP_WEEK_2)))),
  q('C035', 'admin', "how does Ben Carter's attendance rate in October compare with the DEV rate", () =>
    figures(r({ ids: ['DEV-012'] }, OCTOBER), r({ team: 'DEV' }, OCTOBER)),
  ),
  q('C036', 'admin', 'did Pablo Ruiz have a better attendance rate than the DAT average in September', () =>
    figures(r({ ids: ['DAT-006'] }, SEPTEMBER), r({ team: 'DAT' }, SEPTEMBER)),
  ),
  q('C037', 'admin', "Daniel Okafor's late arrivals in October against the DEV average per person", () =>
    figures(
      near(count(measureOf('DEV-008', 'late', ...OCTOBER)), 'late|daniel|okafor'),
      near(hours(perPerson({ team: 'DEV' }, 'late', OCTOBER)), 'late|average|per person|avg|dev'),
    ),
  ),

  // Teams, levels and periods compared.
  q('C038', 'admin', 'compare the attendance rate of DEV and DAT in the second week of September', () =>
    figures(r({ team: 'DEV' }, SEP_WEEK_2), r({ team: 'DAT' }, SEP_WEEK_2)),
  ),
  q('C039', 'admin', 'DEV attendance rate in September vs October', () => figures(r({ team: 'DEV' }, SEPTEMBER), r({ team: 'DEV' }, OCTOBER))),
  q('C040', 'admin', 'attendance rate of the AI seniors vs the AI juniors in October', () =>
    figures(r(levelIn('AI', 'Senior'), OCTOBER), r(levelIn('AI', 'Junior'), OCTOBER)),
  ),
  q('C041', 'admin', 'attendance rate of the leads vs the managers in Q3', () =>
    figures(r(levelIn(undefined, 'Lead'), Q3), r(levelIn(undefined, 'Manager'), Q3)),
  ),
  q('C042', 'admin', 'DEV late arrivals in the week of 6 October vs the week of 3 November', () =>
    figures(late({ team: 'DEV' }, weekOf('2025-10-06')), late({ team: 'DEV' }, weekOf('2025-11-03'))),
  ),
  q('C043', 'admin', 'SEC vs AI absent days since the 15th of October', () =>
    figures(
      near(days(totals({ team: 'SEC' }, '2025-10-15', THIS_YEAR[1]).absent), teamLabel('SEC')),
      near(days(totals({ team: 'AI' }, '2025-10-15', THIS_YEAR[1]).absent), teamLabel('AI')),
    ),
  ),

  // Negations.
  q('C044', 'admin', 'who in DEV was never late in October', () => people(neverIn({ team: 'DEV' }, 'late', OCTOBER))),
  q('C045', 'admin', 'people in DAT who were never absent in September', () => people(neverIn({ team: 'DAT' }, 'absent', SEPTEMBER))),
  q('C046', 'admin', 'who was absent on 3 November apart from the juniors', () =>
    people(peopleWhere(allBut(undefined, ['Junior']), 'absent', ...day('2025-11-03'))),
  ),
  q('C047', 'admin', 'late arrivals in AI in October, excluding juniors', () => figures(late(allBut('AI', ['Junior']), OCTOBER))),
  q('C048', 'admin', 'which non-juniors in QA were late last week', () => people(peopleWhere(allBut('QA', ['Junior']), 'late', ...LAST_WEEK))),
  q('C049', 'admin', 'attendance rate for the whole company excluding DEV in October', () => figures(r(outside('DEV'), OCTOBER))),
  q('C050', 'admin', 'who was absent on 17 October among the people hired this year', () =>
    people(peopleWhere({ ids: hiredBetween(...THIS_YEAR) }, 'absent', ...day('2025-10-17'))),
  ),
];
