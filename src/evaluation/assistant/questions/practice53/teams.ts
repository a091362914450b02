/*
 * practice53 — two teams against each other and every team side by side, asked by the HR generalist (the admin sees
 * every team). README: "Compare DEV and QA performance", "is QA's attendance worse than DEV's" (yes or no first, with
 * both figures), "which team had the most late arrivals" (ties kept), "absent days by team", "hours per team last
 * week", "best and worst team by attendance", "which teams have more than 10 people", "which teams had no absences",
 * "how does DEV's attendance compare with the company average", "Show me departments with attendance issues last
 * month" (a rate below 0.9). Each team's figure stands next to its code or name or the measure's words.
 */
import { answer, figures, rate, score, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { ALL, fig, headN, LAST_MONTH, LAST_Q, LAST_WEEK, month, rateOf, some, sumOf, team, THIS_MONTH } from '../../oracle/practice53-figures';
import { perTeam, teamsAtEnd, teamsWhere } from '../../oracle/practice53-rankings';
import { clearOf, headcountOf, meanOf } from '../../oracle/practice53-people';
import { q } from '../helpers';

const OCT = month(10);
const rateIn = (range: readonly [string, string]) => (code: string) => rateOf(team(code), range);
/** The single team at an end (throws on a tie: the question asks for one). */
function oneTeam(of: (code: string) => number, direction: 'high' | 'low'): { codes: string[]; value: number } {
  const end = teamsAtEnd(of, direction);
  if (end.codes.length !== 1) throw new Error(`teams tied: ${end.codes.join(', ')}`);
  return end;
}

export const TEAMS_SIDE_BY_SIDE: readonly Question[] = [
  // Two teams.
  q('QB058', 'admin', 'DEV against QA on attendance last month', () => figures(rate(rateOf(team('DEV'), LAST_MONTH)), rate(rateOf(team('QA'), LAST_MONTH)))),
  q('QB059', 'admin', "this month, is QA's attendance lower than DEV's?", () => {
    const [qa, dev] = [rateOf(team('QA'), THIS_MONTH), rateOf(team('DEV'), THIS_MONTH)];
    return yesNo(qa < dev, [rate(qa), rate(dev)]);
  }),
  q('QB060', 'admin', 'Q3 average scores: Development versus Quality Assurance', () =>
    figures(score(meanOf(LAST_Q, team('DEV'))), score(meanOf(LAST_Q, team('QA')))),
  ),
  q('QB061', 'admin', 'did DAT have more half days than SEC in October?', () => {
    const [dat, sec] = [sumOf(team('DAT'), 'halfDay', OCT), sumOf(team('SEC'), 'halfDay', OCT)];
    if (dat === sec) throw new Error('level');
    return yesNo(dat > sec, [fig('halfDay', dat, 'dat'), fig('halfDay', sec, 'sec')]);
  }),
  q('QB062', 'admin', 'late arrivals last week: AI versus DEV', () =>
    figures(fig('late', sumOf(team('AI'), 'late', LAST_WEEK), 'ai'), fig('late', sumOf(team('DEV'), 'late', LAST_WEEK), 'dev')),
  ),
  q('QB063', 'admin', "DEV's attendance this month against the company average", () =>
    figures(rate(rateOf(team('DEV'), THIS_MONTH)), rate(rateOf(ALL, THIS_MONTH))),
  ),

  // Every team.
  q('QB064', 'admin', 'which department racked up the most late arrivals last month', () => {
    const end = teamsAtEnd((code) => sumOf(team(code), 'late', LAST_MONTH), 'high');
    return answer({ teams: end.codes, figures: [fig('late', end.value)] });
  }),
  q('QB065', 'admin', 'absences per team in October, in days', () => figures(...perTeam((code) => fig('absent', sumOf(team(code), 'absent', OCT))))),
  q('QB066', 'admin', "each team's attendance rate for last week", () => figures(...perTeam((code) => rate(rateOf(team(code), LAST_WEEK))))),
  q('QB067', 'admin', 'total hours by department last week', () => figures(...perTeam((code) => fig('hours', sumOf(team(code), 'hours', LAST_WEEK))))),
  q('QB068', 'admin', 'which team had the lowest attendance in October?', () => {
    const end = oneTeam(rateIn(OCT), 'low');
    return answer({ teams: end.codes, figures: [rate(end.value)] });
  }),
  q('QB069', 'admin', 'which team had the best attendance last month, and which the worst?', () => {
    const [best, worst] = [oneTeam(rateIn(LAST_MONTH), 'high'), oneTeam(rateIn(LAST_MONTH), 'low')];
    return answer({ teams: [...best.codes, ...worst.codes], figures: [rate(best.value), rate(worst.value)] });
  }),
  q('QB070', 'admin', 'how many staff in each team right now?', () => figures(...perTeam((code) => headN(headcountOf({ team: code }))))),
  q('QB071', 'admin', 'which teams have over 10 staff?', () =>
    answer({
      teams: some(
        teamsWhere(
          (code) => headcountOf({ team: code }),
          (n) => n > 10,
        ),
      ),
    }),
  ),
  q('QB072', 'admin', 'which departments had attendance issues last month?', () =>
    answer({
      teams: some(
        teamsWhere(
          (code) => clearOf(rateOf(team(code), LAST_MONTH), 0.9, 0.0005),
          (r) => r < 0.9,
        ),
      ),
    }),
  ),
  q('QB073', 'admin', 'which teams were under 95% attendance in october', () =>
    answer({
      teams: some(
        teamsWhere(
          (code) => clearOf(rateOf(team(code), OCT), 0.95, 0.0005),
          (r) => r < 0.95,
        ),
      ),
    }),
  ),
  q('QB074', 'admin', 'highest average Q3 score - which team?', () => {
    const end = oneTeam((code) => meanOf(LAST_Q, team(code)), 'high');
    return answer({ teams: end.codes, figures: [score(end.value)] });
  }),
  q('QB075', 'admin', 'teams with no one absent last week?', () =>
    answer({
      teams: some(
        teamsWhere(
          (code) => sumOf(team(code), 'absent', LAST_WEEK),
          (n) => n === 0,
        ),
      ),
    }),
  ),
];
