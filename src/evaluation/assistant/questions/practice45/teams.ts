/*
 * practice45 — two teams side by side, as an HR lead puts them in a board report: attendance and absence rates, late
 * arrivals, absent days, hours, mean and median scores, a team against the company; "which is better / higher"
 * answered yes or no with both figures; and the best, the worst or the most of a figure across the teams, ties kept
 * (README). Figures are never pooled: each must stand next to its team's code or name. The admin asks.
 */
import { answer, count, days, figures, hours, rate, score, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { medianOf } from '../../oracle/practice27-figures';
import {
  absenceOf,
  differ,
  isoWeek,
  LAST_MONTH,
  LAST_WEEK,
  meanIn,
  MONTH_BEFORE,
  Q3,
  rateOf,
  sumOf,
  THIS_MONTH,
  THREE_MONTHS_AGO,
} from '../../oracle/practice45-figures';
import { labelledPerTeam, perTeam, soleTeam, teamsAtTop } from '../../oracle/practice45-rankings';
import { q } from '../helpers';

const team = (code: string): Scope => ({ team: code });
/** A team's figure, next to its code or name or the measure's word. */
const forTeam = (code: string, figure: ReturnType<typeof count>, word: string) => near(figure, `${teamLabel(code)}|${word}`);
const LATE = 'late|tard|arriv';
const AWAY = 'absen|\\boff\\b|missed|away|day';
const HALF = 'half';
const HRS = 'hour|hrs|\\bh\\b';

export const TEAMS: readonly Question[] = [
  // Rates, two teams.
  q('PT001', 'admin', 'dev vs qa attendance rate last month', () => figures(rate(rateOf(team('DEV'), LAST_MONTH)), rate(rateOf(team('QA'), LAST_MONTH)))),
  q('PT002', 'admin', 'Compare the AI and Data teams attendance last week', () =>
    figures(rate(rateOf(team('AI'), LAST_WEEK)), rate(rateOf(team('DAT'), LAST_WEEK))),
  ),
  q('PT003', 'admin', "is security's attendance better than the data team's this month?", () => {
    const [sec, dat] = [rateOf(team('SEC'), THIS_MONTH), rateOf(team('DAT'), THIS_MONTH)];
    return yesNo(differ(sec, dat), [rate(sec), rate(dat)]);
  }),
  q('PT004', 'admin', 'QA absence rate vs DEV absence rate in october', () =>
    figures(rate(absenceOf(team('QA'), LAST_MONTH)), rate(absenceOf(team('DEV'), LAST_MONTH))),
  ),
  q('PT005', 'admin', 'the testers vs the devs, attendance in Q3', () => figures(rate(rateOf(team('QA'), Q3)), rate(rateOf(team('DEV'), Q3)))),
  q('PT006', 'admin', 'compare attendence for security and AI in wk 45', () =>
    figures(rate(rateOf(team('SEC'), isoWeek(45))), rate(rateOf(team('AI'), isoWeek(45)))),
  ),

  // Counts, days and hours, two teams.
  q('PT007', 'admin', 'late arrivals: development vs quality assurance in september', () =>
    figures(forTeam('DEV', count(sumOf(team('DEV'), 'late', MONTH_BEFORE)), LATE), forTeam('QA', count(sumOf(team('QA'), 'late', MONTH_BEFORE)), LATE)),
  ),
  q('PT008', 'admin', 'which had more absent days last month, SEC or AI?', () => {
    const [sec, ai] = [sumOf(team('SEC'), 'absent', LAST_MONTH), sumOf(team('AI'), 'absent', LAST_MONTH)];
    differ(sec, ai);
    return figures(forTeam('SEC', days(sec), AWAY), forTeam('AI', days(ai), AWAY));
  }),
  q('PT009', 'admin', 'hrs worked dev vs qa last wk', () =>
    figures(forTeam('DEV', hours(sumOf(team('DEV'), 'hours', LAST_WEEK)), HRS), forTeam('QA', hours(sumOf(team('QA'), 'hours', LAST_WEEK)), HRS)),
  ),

  // Scores, two teams and a team against the company.
  q('PT010', 'admin', 'Compare DEV and QA performance in 2025-Q2', () => figures(score(meanIn('2025-Q2', team('DEV'))), score(meanIn('2025-Q2', team('QA'))))),
  // A leaver's scores stay (API.md: inactive status keeps a leaver's history; scores follow the employee's team): SEC's
  // Q3 mean counts Ethan Hughes's, who left on the quarter's last day.
  q('PT011', 'admin', 'AI vs SEC avg score last qtr', () => figures(score(meanIn('2025-Q3', team('AI'))), score(meanIn('2025-Q3', team('SEC'))))),
  q('PT012', 'admin', 'did DEV score higher than QA on average in Q1?', () => {
    const [dev, qa] = [meanIn('2025-Q1', team('DEV')), meanIn('2025-Q1', team('QA'))];
    return yesNo(differ(dev, qa), [score(dev), score(qa)]);
  }),
  q('PT013', 'admin', 'is QA’s Q3 average above AI’s?', () => {
    const [qa, ai] = [meanIn('2025-Q3', team('QA')), meanIn('2025-Q3', team('AI'))];
    return yesNo(differ(qa, ai), [score(qa), score(ai)]);
  }),
  q('PT014', 'admin', 'dev vs qa median score in q3', () => figures(score(medianOf('2025-Q3', team('DEV'))), score(medianOf('2025-Q3', team('QA'))))),

  // Across every team.
  q('PT015', 'admin', 'attendance rate for every team last month', () =>
    figures(
      ...labelledPerTeam(
        perTeam((t) => rateOf(team(t), LAST_MONTH)),
        rate,
      ),
    ),
  ),
  q('PT016', 'admin', 'which team had the lowest attendance rate last week', () => {
    const worst = soleTeam(
      perTeam((t) => rateOf(team(t), LAST_WEEK)),
      'low',
    );
    return answer({ teams: [worst.team], figures: [rate(worst.value)] });
  }),
  q('PT017', 'admin', 'which department had the best attendance in september?', () => {
    const best = soleTeam(
      perTeam((t) => rateOf(team(t), MONTH_BEFORE)),
      'high',
    );
    return answer({ teams: [best.team], figures: [rate(best.value)] });
  }),
  q('PT018', 'admin', 'which team had the most absent days in october', () => {
    const most = soleTeam(
      perTeam((t) => sumOf(team(t), 'absent', LAST_MONTH)),
      'high',
    );
    return answer({ teams: [most.team], figures: [days(most.value)] });
  }),
  q('PT019', 'admin', 'which team had the most late arrivals in august', () => {
    const most = teamsAtTop(
      perTeam((t) => sumOf(team(t), 'late', THREE_MONTHS_AGO)),
      'high',
    );
    return answer({ teams: most.teams, figures: [near(count(most.value), LATE)] });
  }),
  // DEV and DAT share the most half days in Q3: "ties kept" names both.
  q('PT020', 'admin', 'which team had the most half days in Q3?', () => {
    const most = teamsAtTop(
      perTeam((t) => sumOf(team(t), 'halfDay', Q3)),
      'high',
    );
    if (most.teams.length < 2) throw new Error('written for a tie');
    return answer({ teams: most.teams, figures: [near(count(most.value), HALF)] });
  }),
  q('PT021', 'admin', 'which team scored lowest on average in Q3', () =>
    answer({
      teams: [
        soleTeam(
          perTeam((t) => meanIn('2025-Q3', team(t))),
          'low',
        ).team,
      ],
    }),
  ),
  q('PT022', 'admin', 'any teams under 90% attendance in october?', () => {
    const rates = perTeam((t) => rateOf(team(t), LAST_MONTH));
    if (rates.some((r) => Math.abs(r.value - 0.9) < 0.002)) throw new Error('a team sits on the line');
    const under = rates.filter((r) => r.value < 0.9);
    if (under.length === 0) throw new Error('written for a team under the line');
    return answer({ teams: under.map((r) => r.team), figures: under.map((r) => rate(r.value)) });
  }),
];
