/*
 * practice51 — week by week, quarter by quarter, and days asked apart (README: "weekly attendance last month",
 * "attendance rate per quarter for DEV", "the QA average over the last 4 quarters", "wk 44 and wk 45", "late on Monday
 * vs Tuesday": each period's figure side by side, at most 13 weeks or 8 quarters). Weeks are Monday to Sunday, named
 * by their ISO number or their Mondays, so no week is cut by a month's edge; attendance quarters are Q3 (tracked from
 * 1 August) and Q4 so far; score quarters are 2024-Q4 to 2025-Q3. Each period's figure must be in the answer.
 */
import { answer, count, figures, people, rate, score, type Question } from '../../expectation';
import { employedOnDay } from '../../oracle/practice32-figures';
import { scoreOf } from '../../oracle/score-figures';
import { PERIODS } from '../../dataset/scores';
import { addDays } from '../../dataset/dates';
import { ALL, headN, me, meanOf, medianOf, Q3, Q4_SO_FAR, rateOf, sameDay, series, team, week, weeksFrom, YESTERDAY } from '../../oracle/practice51-figures';
import { some, teamWho, union, who } from '../../oracle/practice51-people';
import { scoresIn } from '../../oracle/score-figures';
import { near } from '../../oracle/practice10-figures';
import { q } from '../helpers';

const QUARTERS = PERIODS.map((p) => p.period);
const TRACKED_QUARTERS = [Q3, Q4_SO_FAR];
const MONDAY = sameDay(addDays(YESTERDAY, -1), '2025-11-17');
const TUESDAY = sameDay(YESTERDAY, '2025-11-18');
const THURSDAY = sameDay(addDays(MONDAY, -4), '2025-11-13');
const FRIDAY = sameDay(addDays(MONDAY, -3), '2025-11-14');
const on = (d: string): [string, string] => [d, d];
function known(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}
const myScores = (id: string) => figures(...QUARTERS.map((p) => score(known(id, p))));

export const WEEKS_QUARTERS: readonly Question[] = [
  // Week by week.
  q('PZ066', 'admin', 'attendance rate week by week, wk 43 to wk 46', () => figures(...series(ALL, 'rate', [week(43), week(44), week(45), week(46)]))),
  q('PZ067', 'admin', 'late arrivals for each week from 29 Sep to 26 Oct', () =>
    figures(...series(ALL, 'late', weeksFrom('2025-09-29', '2025-10-06', '2025-10-13', '2025-10-20'))),
  ),
  q('PZ068', 'admin', 'DEV absences per week for weeks 44, 45 and 46', () => figures(...series(team('DEV'), 'absent', [week(44), week(45), week(46)]))),
  q('PZ069', 'admin', 'weekly absence rate for QA over the four weeks from 13 Oct to 9 Nov', () =>
    figures(...series(team('QA'), 'absence', weeksFrom('2025-10-13', '2025-10-20', '2025-10-27', '2025-11-03'))),
  ),
  q('PZ070', 'admin', 'hours worked by SEC in wk 45 and in wk 46', () => figures(...series(team('SEC'), 'hours', [week(45), week(46)]))),
  q('PZ071', 'admin', 'attendance in the week of Founders Day vs the week after', () => figures(...series(ALL, 'rate', weeksFrom('2025-10-13', '2025-10-20')))),
  q('PZ072', 'DEV-001', "my team's late arrivals week by week, wk 44-46", () => figures(...series(team('DEV'), 'late', [week(44), week(45), week(46)]))),
  q('PZ073', 'QA-001', 'attendance on my team for the weeks starting 8, 15 and 22 Sept', () =>
    figures(...series(team('QA'), 'rate', weeksFrom('2025-09-08', '2025-09-15', '2025-09-22'))),
  ),
  q('PZ074', 'DAT-004', 'my hours in week 44, 45 and 46', () => figures(...series(me('DAT-004'), 'hours', [week(44), week(45), week(46)]))),
  q('PZ075', 'SEC-004', 'my attendance rate in wk 45 and wk 46', () => figures(...series(me('SEC-004'), 'rate', [week(45), week(46)]))),

  // Quarter by quarter: attendance.
  q('PZ076', 'admin', 'company attendance, Q3 vs Q4 to date', () => figures(...series(ALL, 'rate', TRACKED_QUARTERS))),
  q('PZ077', 'admin', 'DAT late arrivals by quarter since tracking began', () => figures(...series(team('DAT'), 'late', TRACKED_QUARTERS))),

  // Quarter by quarter: scores.
  q('PZ078', 'admin', 'avg score quarter by quarter for DAT', () => figures(...QUARTERS.map((p) => score(meanOf(p, team('DAT')))))),
  q('PZ079', 'admin', "QA's mean and median for Q1, Q2 and Q3", () =>
    figures(...['2025-Q1', '2025-Q2', '2025-Q3'].flatMap((p) => [score(meanOf(p, team('QA'))), score(medianOf(p, team('QA')))])),
  ),
  q('PZ080', 'admin', 'how many people were scored each quarter?', () =>
    figures(...QUARTERS.map((p) => near(count(scoresIn([p]).length), 'people|score|employee|person|q[1-4]|quarter'))),
  ),
  q('PZ081', 'DEV-001', 'our average score per quarter', () => figures(...QUARTERS.map((p) => score(meanOf(p, team('DEV')))))),
  q('PZ082', 'QA-003', 'my scores quarter by quarter', () => myScores('QA-003')),
  q('PZ083', 'DAT-004', 'how did I score in each quarter?', () => myScores('DAT-004')),
  q('PZ084', 'SEC-004', 'my Q2 and Q3 scores, and the change between them', () => {
    const [q2, q3] = [known('SEC-004', '2025-Q2'), known('SEC-004', '2025-Q3')];
    return figures(score(q2), score(q3), score(Math.round((q3 - q2) * 100) / 100));
  }),

  // Days asked apart.
  q('PZ085', 'admin', 'headcount on 1 August and on 10 November', () => {
    const [aug, nov] = [employedOnDay('2025-08-01').length, employedOnDay('2025-11-10').length];
    if (aug === nov) throw new Error('the two days give one figure');
    return figures(headN(aug, 'aug'), headN(nov, 'nov'));
  }),
  q('PZ086', 'admin', 'who was late on Monday vs Tuesday this week?', () => people(union(some(who(ALL, 'late', on(MONDAY))), who(ALL, 'late', on(TUESDAY))))),
  q('PZ087', 'DEV-001', 'who on my team was absent on Thursday, and who on Friday?', () =>
    answer({ people: union(teamWho('DEV-001', 'absent', on(THURSDAY)), teamWho('DEV-001', 'absent', on(FRIDAY))) }),
  ),
  q('PZ088', 'admin', 'QA attendance rate on the 17th and on the 18th', () =>
    figures(rate(rateOf(team('QA'), on(MONDAY))), rate(rateOf(team('QA'), on(TUESDAY)))),
  ),
];
