/*
 * practice72 — attendance over months and quarters for the quarterly review: the rate (Σ min(a, e) ÷ Σ e over the closed
 * days; today is open) and the absence rate (the rate taken from 1) of the company, a team or a level, month by month
 * since August (attendance was first tracked on 1 August, so Q3 is August and September), quarter against quarter (Q3
 * against Q4 so far), team by team; counts of late arrivals and days absent or on leave month by month, each month's
 * figure side by side, never pooled. A count over a month reaching today is asked only where today does not change it.
 */
import type { Question } from '../../expectation';
import { absenceRateOf, EVERYONE, level, rateOf, ratesOver, TEAM_CODES, team, totalOf, totalsOver } from '../../oracle/practice72-attendance';
import { q } from '../helpers';
import { count, days, figures, LM, LQR, M, rate, SINCE_AUG, TM, TQ } from './shared';

const rates = (xs: number[]) => figures(...xs.map(rate));

export const TRENDS: readonly Question[] = [
  // The company.
  q('QU056', 'admin', 'company attendance by month since august', () => rates(ratesOver(EVERYONE, SINCE_AUG()))),
  q('QU057', 'admin', 'attendance rate Q3 vs Q4 to date, whole company', () => rates([rateOf(EVERYONE, LQR()), rateOf(EVERYONE, TQ())])),
  q('QU058', 'admin', "how did the company's attendance change from September to October?", () => rates([rateOf(EVERYONE, M(9)), rateOf(EVERYONE, M(10))])),
  q('QU059', 'admin', 'overall absence rate last quarter', () => figures(rate(absenceRateOf(EVERYONE, LQR())))),
  q('QU060', 'admin', 'absence rate month by month this quarter', () => figures(rate(absenceRateOf(EVERYONE, LM())), rate(absenceRateOf(EVERYONE, TM())))),
  // Teams.
  q('QU061', 'admin', 'monthly attendance rate for QA since August', () => rates(ratesOver(team('QA'), SINCE_AUG()))),
  q('QU062', 'admin', 'DEV attendance month by month this quarter', () => rates(ratesOver(team('DEV'), [LM(), TM()]))),
  q('QU063', 'admin', "how has the data team's attendance trended each month from aug to oct?", () => rates(ratesOver(team('DAT'), [M(8), M(9), M(10)]))),
  q('QU064', 'admin', 'Security attendance rate: Q3, and Q4 so far', () => rates([rateOf(team('SEC'), LQR()), rateOf(team('SEC'), TQ())])),
  q('QU065', 'admin', 'AI attendance last quarter vs this quarter so far', () => rates([rateOf(team('AI'), LQR()), rateOf(team('AI'), TQ())])),
  q('QU066', 'admin', 'team-by-team attendance for Q3', () => rates(TEAM_CODES.map((t) => rateOf(team(t), LQR())))),
  q('QU067', 'admin', 'each teams attendance so far this quarter', () => rates(TEAM_CODES.map((t) => rateOf(team(t), TQ())))),
  q('QU068', 'admin', 'absence rate per team in october', () => figures(...TEAM_CODES.map((t) => rate(absenceRateOf(team(t), M(10)))))),
  q('QU069', 'admin', 'QA absence rate by month since september', () => figures(...[M(9), M(10), TM()].map((r) => rate(absenceRateOf(team('QA'), r))))),
  // Levels.
  q('QU070', 'admin', "seniors' attendance by month since August", () => rates(ratesOver(level('Senior'), SINCE_AUG()))),
  q('QU071', 'admin', 'juniors attendance rate each month this quarter', () => rates(ratesOver(level('Junior'), [LM(), TM()]))),
  q('QU072', 'admin', 'attendance for the leads in Q3 and in Q4 so far', () => rates([rateOf(level('Lead'), LQR()), rateOf(level('Lead'), TQ())])),
  q('QU073', 'admin', 'mid-level attendance, sept vs oct', () => rates([rateOf(level('Mid'), M(9)), rateOf(level('Mid'), M(10))])),
  q('QU074', 'admin', 'seniors vs juniors attendance last quarter', () => rates([rateOf(level('Senior'), LQR()), rateOf(level('Junior'), LQR())])),
  // Counts month by month.
  q('QU075', 'admin', 'late arrivals month by month for DEV, aug to oct', () => figures(...totalsOver(team('DEV'), [M(8), M(9), M(10)], 'late').map(count))),
  q('QU076', 'admin', 'how many days absent per month in QA during Q3', () => figures(...totalsOver(team('QA'), [M(8), M(9)], 'absent').map(days))),
  q('QU077', 'admin', 'is lateness getting worse in security? month by month since august pls', () =>
    figures(...totalsOver(team('SEC'), [M(8), M(9), M(10)], 'late').map(count)),
  ),
  q('QU078', 'admin', 'days on leave by month in Q3, company wide', () => figures(...totalsOver(EVERYONE, [M(8), M(9)], 'onLeave').map(days))),
  q('QU079', 'admin', 'late arrivals company-wide: q3 vs october', () =>
    figures(count(totalOf(EVERYONE, LQR(), 'late')), count(totalOf(EVERYONE, M(10), 'late'))),
  ),
];
