/*
 * practice46 — attendance and absence rates, typed short and loose ("attendence rate lst wk", "data team attendace
 * sept", "absense rate DEV in oct", "is QA attendance more bad than DEV"): a team's, the company's, a level's and a
 * person's rate over a week, a month or this month so far (closed days only: today is still open), per team, month by
 * month, one period against another, a team against the company, the teams below ATTENDANCE_ALERT_RATE (0.9), the best
 * and worst team, the lowest people and those at 100 %. The absence rate is the attendance rate taken from 1. Every
 * role asks within its scope: a manager's "my team" is the team of their own record, the manager included.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { teamsUnder } from '../../oracle/practice29-figures';
import { ratePerTeam, teamByRate } from '../../oracle/practice31-figures';
import { ratesAtEnd } from '../../oracle/practice15-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  absenceRateOf,
  ALL,
  clearly,
  fullAttendance,
  LAST_WK,
  level,
  me,
  MONTHS_SINCE_AUG,
  NOV_SO_FAR,
  OCT,
  on,
  rateFig,
  rateOf,
  ratesOver,
  rateUnder,
  SEP,
  some,
  team,
  WK_BEFORE_LAST,
  worseThan,
  YDAY,
} from '../../oracle/practice46-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');

export const RATES: readonly Question[] = [
  // The admin: a team's or the company's rate over a period.
  q('PU031', 'admin', 'attendence rate lst wk', () => figures(rateFig(ALL, LAST_WK))),
  q('PU032', 'admin', 'QA attendance lastweek %', () => figures(rateFig(QA, LAST_WK))),
  q('PU033', 'admin', 'rate of attendance for Secuirty team in octobr', () => figures(rateFig(team('SEC'), OCT))),
  q('PU034', 'admin', 'data team attendace sept', () => figures(rateFig(team('DAT'), SEP))),
  q('PU035', 'admin', 'attendance rate whole organization this mth', () => figures(rateFig(ALL, NOV_SO_FAR))),
  q('PU036', 'admin', 'seniors attendance rate lst week', () => figures(rateFig(level('Senior'), LAST_WK))),
  q('PU037', 'admin', 'absense rate DEV in oct', () => figures(rate(absenceRateOf(DEV, OCT)))),

  // Teams against the alert line, per team, the best and the worst.
  q('PU038', 'admin', 'which departement have attendance problem last month', () => answer({ teams: some(teamsUnder(OCT, 0.9)) })),
  q('PU039', 'admin', 'any team under 90% attendance in september?', () => yesNo(teamsUnder(SEP, 0.9).length > 0, [])),
  q('PU040', 'admin', 'attendance by team last month', () => figures(...ratePerTeam(OCT))),
  q('PU041', 'admin', 'which team best attendance last week', () => {
    const best = teamByRate(LAST_WK, 'best');
    return answer({ teams: [best.team], figures: [rate(best.rate)] });
  }),
  q('PU042', 'admin', 'worst attendance team in septembre', () => {
    const worst = teamByRate(SEP, 'worst');
    return answer({ teams: [worst.team], figures: [rate(worst.rate)] });
  }),
  q('PU043', 'admin', 'which team highest absence rate last month', () => {
    const worst = teamByRate(OCT, 'worst');
    return answer({ teams: [worst.team], figures: [rate(absenceRateOf(team(worst.team), OCT))] });
  }),

  // Comparisons and series.
  q('PU044', 'admin', 'is QA attendance more bad than DEV this month', () =>
    yesNo(worseThan(QA, DEV, NOV_SO_FAR), [rateFig(QA, NOV_SO_FAR), rateFig(DEV, NOV_SO_FAR)]),
  ),
  q('PU045', 'admin', 'attendance trend month by month since august', () => figures(...ratesOver(ALL, MONTHS_SINCE_AUG))),
  q('PU046', 'admin', 'attendance rate last week vs the week before', () => figures(rateFig(ALL, LAST_WK), rateFig(ALL, WK_BEFORE_LAST))),
  q('PU047', 'admin', 'how DEV attendance compare company avg this month', () => figures(rateFig(DEV, NOV_SO_FAR), rateFig(ALL, NOV_SO_FAR))),

  // People by rate.
  q('PU048', 'admin', 'lowest 3 attendance rates last month', () => people(ratesAtEnd(ALL, OCT, 3, 'lowest'))),
  q('PU049', 'admin', 'who had 100% attendance in QA last month', () => people(some(fullAttendance(QA, OCT)))),

  // The managers, about their own team.
  q('PU050', 'DEV-001', 'mY TEAM attendance rate last week', () => figures(rateFig(DEV, LAST_WK))),
  q('PU051', 'DEV-001', 'DEV attendence oct vs sept', () => figures(rateFig(DEV, OCT), rateFig(DEV, SEP))),
  q('PU052', 'DEV-001', 'absence rate my team this month', () => figures(rate(absenceRateOf(DEV, NOV_SO_FAR)))),
  q('PU053', 'DEV-001', 'who in my team below 95% attendance october', () => people(some(sameWithoutAsker(DEV, 'DEV-001', (s) => rateUnder(s, OCT, 0.95))))),
  q('PU054', 'QA-001', 'attendance my team yesterday', () => figures(rateFig(QA, on(YDAY)))),
  q('PU055', 'QA-001', 'QA attendance per month this quarter', () => figures(...ratesOver(QA, [OCT, NOV_SO_FAR]))),
  q('PU056', 'QA-001', 'is my team attendance above 90% this month?', () => yesNo(clearly(rateOf(QA, NOV_SO_FAR), 0.9, 0.002), [rateFig(QA, NOV_SO_FAR)])),
  q('PU057', 'QA-001', 'who lowest attendance in my team last month', () => people(sameWithoutAsker(QA, 'QA-001', (s) => ratesAtEnd(s, OCT, 1, 'lowest')))),

  // The employees, about themselves ("my attendance" with no period is this month).
  q('PU058', 'DEV-003', 'my attendance rate this month?', () => figures(rateFig(me('DEV-003'), NOV_SO_FAR))),
  q('PU059', 'QA-003', 'my attendence october', () => figures(rateFig(me('QA-003'), OCT))),
  q('PU060', 'DAT-004', 'attendance rate mine in september', () => figures(rateFig(me('DAT-004'), SEP))),
  q('PU061', 'SEC-004', 'my attendance', () => figures(rateFig(me('SEC-004'), NOV_SO_FAR))),
];
