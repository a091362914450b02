/*
 * practice53 — counts and lines: more than N days absent, attendance below a rate, late more than N times, scores
 * above or under a mark, hours over or under a line, teams past a count or an average, tenure under a year, and one
 * figure against a line asked yes or no. README: "more than 3 days", "anyone under 80 %", "who worked more than 40
 * hours last week", "who worked fewer than 30 hours" (someone expected at work with no record counts with 0), "which
 * teams had more than 15 late arrivals in October", "which teams averaged over 76 in Q3", "how many people improved
 * from Q2 to Q3", "was Leo late more than 3 times", "was my attendance above 95% in October", "were there more than 60
 * late arrivals in October" (yes or no first, then the figure). Absences over a line are the same read as days (a half
 * a half) and as days with some absence; every value stands clear of its line.
 */
import { answer, count, people, rate, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveDays } from '../../oracle/leave-figures';
import {
  absentMoreThan,
  ALL,
  fig,
  hoursWhere,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  leaveN,
  me,
  month,
  personSum,
  Q_BEFORE,
  rateOf,
  rateWhere,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  teamWho,
  who,
  YEAR_SO_FAR,
} from '../../oracle/practice53-figures';
import { teamsWhere } from '../../oracle/practice53-rankings';
import { clearOf, roster, scoredInAll, scoreEntries, yearsAgo } from '../../oracle/practice53-people';
import { q } from '../helpers';

const OCT = month(10);
const SEP = month(9);
const PEOPLE = 'people|person|employee|staff|scor|improv';
/** Whether a value passes a line, the value held clear of it. */
const over = (value: number, line: number, margin = 0.0005) => clearOf(value, line, margin) > line;

export const THRESHOLDS: readonly Question[] = [
  // The admin.
  q('QB116', 'admin', 'anyone absent for over 3 days in October?', () => people(some(absentMoreThan(ALL, OCT, 3)))),
  q('QB117', 'admin', 'whose attendance fell below 85% last month?', () => people(some(rateWhere(ALL, LAST_MONTH, 0.85, (r) => r < 0.85)))),
  q('QB118', 'admin', 'people with more than 4 late arrivals in Oct', () => people(some(who(ALL, 'late', OCT, (n) => n > 4)))),
  q('QB119', 'admin', 'Q3 scores over 90 - who got them?', () =>
    people(
      some(
        scoreEntries(LAST_Q)
          .filter((e) => over(e.value, 90, 0.005))
          .map((e) => e.id),
      ),
    ),
  ),
  q('QB120', 'admin', 'how many people scored under 60 last quarter', () =>
    answer({ figures: [near(count(scoreEntries(LAST_Q).filter((e) => !over(e.value, 60, 0.005)).length), PEOPLE)] }),
  ),
  q('QB121', 'admin', 'anyone over 44 hours last week?', () => people(some(hoursWhere(ALL, LAST_WEEK, 44, (h) => h > 44)))),
  q('QB122', 'admin', 'which departments went over 15 late arrivals in October', () =>
    answer({
      teams: some(
        teamsWhere(
          (code) => sumOf(team(code), 'late', OCT),
          (n) => n > 15,
        ),
      ),
    }),
  ),
  q('QB123', 'admin', "who's been with us less than a year", () => people(some(roster().filter((id) => person(id).hire > yearsAgo(1))))),
  q('QB124', 'admin', 'who was above 85 in Q2 as well as Q3?', () => people(some(scoredInAll([Q_BEFORE, LAST_Q], (s) => over(s, 85, 0.005))))),
  q('QB125', 'admin', 'did we go over 60 late arrivals in October?', () => {
    const n = sumOf(ALL, 'late', OCT);
    return yesNo(n > 60, [fig('late', n)]);
  }),
  q('QB126', 'admin', 'was company attendance above 95% last month?', () => {
    const r = rateOf(ALL, LAST_MONTH);
    return yesNo(over(r, 0.95), [rate(r)]);
  }),

  // The managers, their own team.
  q('QB127', 'QA-001', 'did Leo clock in late more than 3 times in October?', () => {
    const n = personSum('QA-008', 'late', OCT);
    return yesNo(n > 3, [fig('late', n)]);
  }),
  q('QB128', 'QA-001', 'who on my team had attendance below 85% last month', () =>
    people(some(rateWhere(team('QA'), LAST_MONTH, 0.85, (r) => r < 0.85, 'QA-001'))),
  ),
  q('QB129', 'DEV-001', 'anyone on my team absent more than 2 days in September?', () => people(some(absentMoreThan(team('DEV'), SEP, 2, 'DEV-001')))),
  q('QB130', 'DEV-001', 'who in my team worked fewer than 40 hours last week?', () =>
    people(some(hoursWhere(team('DEV'), LAST_WEEK, 40, (h) => h < 40, 'DEV-001'))),
  ),
  q('QB131', 'DEV-001', 'did my team have more than 10 late arrivals last month?', () => {
    const n = sumOf(team('DEV'), 'late', LAST_MONTH);
    return yesNo(n > 10, [fig('late', n)]);
  }),
  q('QB132', 'QA-001', 'who on my team was late more than 5 times in Q3', () => people(some(teamWho('QA-001', 'late', LAST_QUARTER, (n) => n > 5)))),

  // The employees, themselves.
  q('QB133', 'SEC-004', 'did my attendance go over 95% in October?', () => {
    const r = rateOf(me('SEC-004'), OCT);
    return yesNo(over(r, 0.95), [rate(r)]);
  }),
  q('QB134', 'DAT-004', 'have I been late more than 3 times since August?', () => {
    const n = personSum('DAT-004', 'late', SINCE_TRACKING);
    return yesNo(n > 3, [fig('late', n)]);
  }),
  q('QB135', 'QA-003', 'did I take more than 2 days of sick leave this year?', () => {
    const taken = leaveDays('QA-003', YEAR_SO_FAR[0], TODAY, 'SICK');
    return yesNo(taken > 2, [leaveN(taken)]);
  }),
];
