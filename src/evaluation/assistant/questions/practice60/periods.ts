/*
 * practice60 — attendance over weeks, months and quarters, asked by the HR generalist in their own words: a rate and
 * its absence rate, a period against another ("stack up against", "improve from … to"), teams under the alert line
 * ("attendance problems": README, "attendance issues" means a rate below ATTENDANCE_ALERT_RATE, 0.9), each team side by
 * side, a series month by month, rankings ("top 3"), thresholds ("below 80%", "over 45.5 hours"), who did not
 * ("no late arrivals at all"), hours per team. A team's or everyone's rate counts everyone employed on each day, as
 * API.md's summary does (someone who has left counts on their days); a list or total of people is read with and
 * without those who have left, and a period reaching today with and without today (it is open); a question whose
 * readings differ is not asked.
 */
import { TODAY } from '../../dataset/calendar';
import { count, figures, people, rate, answer, hours, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import {
  absenceOf,
  ALL,
  fig,
  hoursWhere,
  LAST_MONTH,
  LAST_WEEK,
  LAST_QUARTER,
  measureEntries,
  month,
  overAll,
  rateEntries,
  rateOf,
  rateWhere,
  some,
  sumOf,
  team,
  TEAM_CODES,
  THIS_MONTH,
  THIS_QUARTER,
  WEEK_BEFORE_LAST,
  who,
} from '../../oracle/practice53-figures';
import { series } from '../../oracle/practice53-people';
import { teamsAtEnd } from '../../oracle/practice53-rankings';
import { cleanCut, teamsUnderAlert, week, whoNot } from '../../oracle/practice55-figures';
import { above, decided } from '../../oracle/practice59-figures';
import { q } from '../helpers';

/* A team's or everyone's rate over a period counts everyone employed on each day (API.md's summary), leavers on their days too. */
const rateAll = (code: string, range: readonly [string, string]) => rateOf(team(code), range);
const hoursAll = (code: string, range: readonly [string, string]) => overAll(team(code), range, (s, r) => totals(s, r[0], r[1]).hours);

export const PERIODS: readonly Question[] = [
  q('QI059', 'admin', 'how did attendance last week stack up against the week before?', () =>
    figures(rate(rateOf(ALL, LAST_WEEK)), rate(rateOf(ALL, WEEK_BEFORE_LAST))),
  ),
  q('QI060', 'admin', 'which teams had attendance problems in october', () => answer({ teams: teamsUnderAlert(month(10)) })),
  q('QI061', 'admin', 'attendance rate per team for September please', () => figures(...TEAM_CODES.map((c) => rate(rateAll(c, month(9)))))),
  q('QI062', 'admin', 'absence rate for DEV last month, and for QA', () =>
    figures(rate(absenceOf(team('DEV'), LAST_MONTH)), rate(absenceOf(team('QA'), LAST_MONTH))),
  ),
  q('QI063', 'admin', 'how many half days did AI have in october? and how many late arrivals', () =>
    figures(
      fig(
        'halfDay',
        overAll(team('AI'), month(10), (s, r) => sumOf(s, 'halfDay', r)),
      ),
      fig(
        'late',
        overAll(team('AI'), month(10), (s, r) => sumOf(s, 'late', r)),
      ),
    ),
  ),
  q('QI064', 'admin', 'SEC since the start of the quarter: attendance rate and total days absent', () =>
    figures(
      rate(rateAll('SEC', THIS_QUARTER)),
      fig(
        'absent',
        overAll(team('SEC'), THIS_QUARTER, (s, r) => sumOf(s, 'absent', r)),
      ),
    ),
  ),
  q('QI065', 'admin', 'top 3 people for absences in October?', () =>
    people(overAll(ALL, month(10), (s, r) => cleanCut(measureEntries(s, 'absent', r), 3, 'high'))),
  ),
  q('QI066', 'admin', 'attendance rate for each month since August', () => figures(...series(ALL, 'rate', [month(8), month(9), month(10), THIS_MONTH]))),
  q('QI067', 'admin', 'anybody whose attendance dipped below 80% last month?', () => {
    const found = rateWhere(ALL, LAST_MONTH, 0.8, (r) => r < 0.8);
    return answer({ people: some(found), mentions: ['yes'] });
  }),
  q('QI068', 'admin', 'which team had the worst absence rate in September, and what was it', () => {
    const end = teamsAtEnd((c) => absenceOf(team(c), month(9)), 'high');
    return answer({ teams: end.codes, figures: [rate(end.value)] });
  }),
  q('QI069', 'admin', 'late arrivals in wk 45 and in wk 46', () =>
    figures(fig('late', sumOf(ALL, 'late', week(45)), 'wk|week|45'), fig('late', sumOf(ALL, 'late', week(46)), 'wk|week|46')),
  ),
  q('QI070', 'admin', 'did attendance improve from sept to oct?', () => {
    const [sep, oct] = [rateOf(ALL, month(9)), rateOf(ALL, month(10))];
    return decided(above(oct, sep, 0.0005), [rate(sep), rate(oct)]);
  }),
  q('QI071', 'admin', 'total hours worked by QA last month, and by Security?', () =>
    figures(
      near(hours(hoursAll('QA', LAST_MONTH)), 'qa|quality|hours?|\\bh\\b|hrs'),
      near(hours(hoursAll('SEC', LAST_MONTH)), 'sec|security|hours?|\\bh\\b|hrs'),
    ),
  ),
  q('QI072', 'admin', 'who put in over 45.5 hours last week', () => people(some(hoursWhere(ALL, LAST_WEEK, 45.5, (h) => h > 45.5)))),
  q('QI073', 'admin', 'which devs had no late arrivals at all in October?', () => people(some(whoNot(team('DEV'), 'late', month(10))))),
  q('QI074', 'admin', 'how many people were late at least once last week', () =>
    figures(near(count(some(who(ALL, 'late', LAST_WEEK)).length), 'people|person|employee|staff|late')),
  ),
  q('QI075', 'admin', 'late arrivals Aug to Oct, month by month', () => figures(...series(ALL, 'late', [month(8), month(9), month(10)]))),
  q('QI076', 'admin', "DEV's attendance rate per quarter this year", () => figures(rate(rateAll('DEV', LAST_QUARTER)), rate(rateAll('DEV', THIS_QUARTER)))),
  q('QI077', 'admin', 'DEV vs company-wide attendance for October?', () => figures(rate(rateAll('DEV', month(10))), rate(rateOf(ALL, month(10))))),
  q('QI078', 'admin', 'company absence rate: October against September', () => figures(rate(absenceOf(ALL, month(10))), rate(absenceOf(ALL, month(9))))),
  q('QI079', 'admin', 'who had 100% attendance in October in Security', () =>
    people(
      some(
        overAll(team('SEC'), month(10), (s, r) =>
          rateEntries(s, r)
            .filter((e) => e.value === 1)
            .map((e) => e.id),
        ),
      ),
    ),
  ),
  q('QI080', 'admin', 'anyone in QA under 90 percent attendance this month so far?', () => {
    if (THIS_MONTH[1] !== TODAY) throw new Error('this month does not reach today');
    return answer({ people: some(rateWhere(team('QA'), THIS_MONTH, 0.9, (r) => r < 0.9)), mentions: ['yes'] });
  }),
];
