/*
 * practice63 — attendance rates as a people analyst compares them: the company's rate over a month, a quarter or
 * since tracking began, every team's rate ranked, the best and worst team, teams under or over a line ("teams under
 * 95 %", "attendance issues": below ATTENDANCE_ALERT_RATE, 0.9), two teams or two levels side by side, a level's rate,
 * the absence rate (the rate taken from 1), a team against the company, month by month, and the people of a team or
 * of the company below a line or at 100 %. API.md: a rate is the attended share of what was expected, pooled over the
 * closed days (today is open and has no rate), by the absence rule; tracking starts on 1 August 2025, so Q3's rate is
 * over August and September. Every rate comes from oracle/practice63-rates, which works each person's expected day out
 * again from the holidays and the approved leave and checks each rate against the shared oracle; lines stand clear of
 * every rate, and a list of people must be the same with and without the people who have since left.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { decided } from '../../oracle/practice59-figures';
import { AUG_2025, members, OCT_2025, Q3_2025, SEP_2025, type Range } from '../../oracle/practice63-figures';
import {
  absenceRate,
  clearlyBetter,
  companyRate,
  extremePerson,
  extremeTeam,
  levelRate,
  levelRateFigure,
  peoplePast,
  ratesPerTeam,
  teamRate,
  teamRateFigure,
  teamsPast,
} from '../../oracle/practice63-rates';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const NOV_SO_FAR: Range = ['2025-11-01', TODAY];
const Q4_SO_FAR: Range = ['2025-10-01', TODAY];
const SINCE_TRACKING: Range = ['2025-08-01', TODAY];
const LAST_WEEK: Range = ['2025-11-10', '2025-11-16'];

/** The best or worst team, named alone, with its rate. */
function teamAt(range: Range, which: 'best' | 'worst') {
  const team = extremeTeam(range, which);
  return answer({ teams: [team], figures: [rate(teamRate(team, range))] });
}

/** Yes or no: is a rate above a line (a fraction), with the rate; the rate must stand clear of the line. */
function overLine(r: number, line: number) {
  if (Math.abs(r - line) < 0.002) throw new Error(`${r} is too near ${line}`);
  return decided(r > line, [rate(r)]);
}

export const ATTENDANCE: readonly Question[] = [
  // The company and the teams.
  q('QL140', 'admin', 'overall attendance % for the whole company in october', () => figures(rate(companyRate(OCT_2025)))),
  q('QL141', 'admin', 'rank the teams by attendance rate for october', () => figures(...ratesPerTeam(OCT_2025))),
  q('QL142', 'admin', 'september: which department had the highest attendance rate', () => teamAt(SEP_2025, 'best')),
  q('QL143', 'admin', 'worst team for attendance in Q3', () => teamAt(Q3_2025, 'worst')),
  q('QL144', 'admin', 'teams that came in below 95% attendance for October', () => answer({ teams: teamsPast(OCT_2025, 0.95, 'below') })),
  q('QL145', 'admin', 'any departments with attendance issues in October?', () => {
    const teams = teamsPast(OCT_2025, 0.9, 'below');
    return answer({ teams, figures: teams.map((team) => teamRateFigure(team, OCT_2025)) });
  }),
  q('QL146', 'admin', "did QA's attendance since 1 August fall below 90%?", () => {
    const r = teamRate('QA', SINCE_TRACKING);
    if (Math.abs(r - 0.9) < 0.002) throw new Error('too near the line');
    return decided(r < 0.9, [rate(r)]);
  }),
  q('QL147', 'admin', 'which teams were above 96% in October', () => answer({ teams: teamsPast(OCT_2025, 0.96, 'above') })),
  q('QL148', 'admin', 'DEV vs QA attendance rate in October', () => figures(teamRateFigure('DEV', OCT_2025), teamRateFigure('QA', OCT_2025))),
  q('QL149', 'admin', "is DAT's attendance better than SEC's this quarter?", () => {
    const [dat, sec] = [teamRate('DAT', Q4_SO_FAR), teamRate('SEC', Q4_SO_FAR)];
    return decided(clearlyBetter(dat, sec), [teamRateFigure('DAT', Q4_SO_FAR), teamRateFigure('SEC', Q4_SO_FAR)]);
  }),
  q('QL150', 'admin', "what was QA's absence rate over October", () => figures(rate(absenceRate(teamRate('QA', OCT_2025))))),
  q('QL151', 'admin', "in august, which team's absence rate was highest?", () => {
    const team = extremeTeam(AUG_2025, 'worst');
    return answer({ teams: [team], figures: [rate(absenceRate(teamRate(team, AUG_2025)))] });
  }),
  q('QL152', 'admin', "how does SEC's Q3 attendance compare with the company's?", () =>
    figures(teamRateFigure('SEC', Q3_2025), near(rate(companyRate(Q3_2025)), 'compan|overall|org|everyone|all|whole|average')),
  ),
  q('QL153', 'admin', 'best and worst team by attendance last week', () => {
    const [best, worst] = [extremeTeam(LAST_WEEK, 'best'), extremeTeam(LAST_WEEK, 'worst')];
    return answer({ teams: [best, worst], figures: [teamRateFigure(best, LAST_WEEK), teamRateFigure(worst, LAST_WEEK)] });
  }),
  q('QL154', 'admin', "is the company's attendance this month above 95%?", () => overLine(companyRate(NOV_SO_FAR), 0.95)),
  q('QL155', 'admin', 'Data team attendance % in september', () => figures(rate(teamRate('DAT', SEP_2025)))),
  q('QL156', 'admin', 'company-wide attendance since 1 August', () => figures(rate(companyRate(SINCE_TRACKING)))),
  q('QL157', 'admin', "QA's attendance month by month, August to October", () =>
    figures(...[AUG_2025, SEP_2025, OCT_2025].map((range) => rate(teamRate('QA', range)))),
  ),
  q('QL158', 'admin', 'company attendance Q3 vs Q4 so far', () => figures(rate(companyRate(Q3_2025)), rate(companyRate(Q4_SO_FAR)))),
  q('QL159', 'admin', 'attendance rate by team this quarter so far', () => figures(...ratesPerTeam(Q4_SO_FAR))),
  // Levels.
  q('QL160', 'admin', 'attendance rate among Senior-level staff for last week', () => figures(rate(levelRate('Senior', LAST_WEEK)))),
  q('QL161', 'admin', 'juniors vs seniors: attendance this month', () => figures(levelRateFigure('Junior', NOV_SO_FAR), levelRateFigure('Senior', NOV_SO_FAR))),
  q('QL162', 'admin', 'what was the attendance rate for managers in November so far', () => figures(rate(levelRate('Manager', NOV_SO_FAR)))),
  q('QL163', 'admin', 'october attendance for senior people in development', () => figures(rate(levelRate('Senior', OCT_2025, 'DEV')))),
  // People against a line.
  q('QL164', 'admin', 'who in QA had under 80% attendance in October?', () => people(peoplePast(OCT_2025, 0.8, 'below', 'QA'))),
  q('QL165', 'admin', 'anyone in the company below 80% attendance last month', () => people(peoplePast(OCT_2025, 0.8, 'below'))),
  q('QL166', 'admin', 'which Security staff have 100% attendance so far this month?', () => people(peoplePast(NOV_SO_FAR, 1, 'at least', 'SEC'))),
  q('QL167', 'admin', 'who among the DEV juniors had the lowest attendance in October', () => {
    const id = extremePerson(members({ team: 'DEV', position: 'Junior' }), OCT_2025, 'worst');
    return people([id]);
  }),
  q('QL168', 'admin', 'QA people under 90% this quarter so far', () => people(peoplePast(Q4_SO_FAR, 0.9, 'below', 'QA'))),
];
