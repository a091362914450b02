/*
 * practice73 — attendance rates typed in a hurry, as API.md and the README define them: Σ min(a, e) ÷ Σ e over the
 * closed days (today is open and has no rate); "a rate" with no period is last week's, "my attendance" with no period
 * this month's, "attendance issues" a rate below 0.9 and with no period last month's; the absence rate is the rate taken
 * from 1; an ISO week by its number ("wk 45"); dates day first ("3/11" is 3 November). Companies, teams by code or
 * nickname, a level, one person; trends month by month; two sides held against each other; person by person against a
 * line or ranked. A manager's "my team" rate is asked only where their own days change nothing.
 */
import type { Question } from '../../expectation';
import { absenceOf, ALL, bestTeam, levelOf, only, rankRates, rateOf, rateWho, TEAM_CODES, teamOf, teamsRated } from '../../oracle/practice73-figures';
import { seenOne, typed } from '../../oracle/practice73-people';
import { expectRange, isoWeek, lastMonth, lastWeek, monthBeforeLast, monthOf, sinceDay, span, thisMonth } from '../../oracle/practice73-periods';
import { q } from '../helpers';
import { answer, figures, people, rate, yesNo } from './shared';

const LW = () => expectRange(lastWeek(), '2025-11-10', '2025-11-16');
const OCT = () => expectRange(lastMonth(), '2025-10-01', '2025-10-31');
const SEP = () => expectRange(monthBeforeLast(), '2025-09-01', '2025-09-30');
const NOV = () => expectRange(thisMonth(), '2025-11-01', '2025-11-19');
const r1 = (...xs: number[]) => figures(...xs.map((x) => rate(x)));
const teamsWith = (ts: string[], per: readonly [string, string]) => {
  if (ts.length === 0) throw new Error('no team passes');
  return answer({ teams: ts, figures: ts.map((t) => rate(rateOf(teamOf(t), per))) });
};

export const RATES: readonly Question[] = [
  // The company and teams.
  q('QV039', 'admin', 'att rate last wk', () => r1(rateOf(ALL, LW()))),
  q('QV040', 'admin', 'whats the attendance % looking like', () => r1(rateOf(ALL, LW()))),
  q('QV041', 'QA-001', 'QA attendence oct', () => r1(rateOf(teamOf('QA'), monthOf(10)))),
  q('QV042', 'admin', 'data team att rate this month so far', () => r1(rateOf(teamOf('DAT'), NOV()))),
  q('QV043', 'DEV-001', 'dev attendance last month', () => r1(rateOf(teamOf('DEV'), OCT()))),
  q('QV044', 'QA-001', 'QA att rate last week pls', () => r1(rateOf(teamOf('QA'), LW()))),
  q('QV045', 'admin', 'sec vs ai attendance last month', () => r1(rateOf(teamOf('SEC'), OCT()), rateOf(teamOf('AI'), OCT()))),
  q('QV046', 'admin', 'is QA worse than DEV on attendance this month y/n', () => {
    const qa = rateOf(teamOf('QA'), NOV());
    const dev = rateOf(teamOf('DEV'), NOV());
    return yesNo(qa < dev, [rate(qa), rate(dev)]);
  }),
  q('QV047', 'admin', 'absence rate dev oct', () => r1(absenceOf(teamOf('DEV'), monthOf(10)))),
  q('QV048', 'admin', 'which team had the worst attendance last month', () => {
    const t = bestTeam(OCT(), (s, per) => rateOf(s, per), 'lowest');
    return answer({ teams: [t], figures: [rate(rateOf(teamOf(t), OCT()))] });
  }),
  q('QV049', 'admin', 'any depts w attendance issues', () =>
    teamsWith(
      teamsRated(OCT(), (x) => x < 0.9),
      OCT(),
    ),
  ),
  q('QV050', 'admin', 'teams under 95% attendance in sept', () =>
    teamsWith(
      teamsRated(monthOf(9), (x) => x < 0.95),
      monthOf(9),
    ),
  ),
  q('QV051', 'admin', 'seniors attendance rate last month', () => r1(rateOf(levelOf('Senior'), OCT()))),
  q('QV052', 'admin', 'juniors in dev - attendance rate last wk?', () => r1(rateOf(levelOf('Junior', 'DEV'), LW()))),
  q('QV053', 'admin', 'attendance per team last week', () => answer({ teams: [...TEAM_CODES], figures: TEAM_CODES.map((t) => rate(rateOf(teamOf(t), LW()))) })),
  // Trends, two sides, lines.
  q('QV054', 'admin', 'monthly attendance since aug', () => r1(...[monthOf(8), monthOf(9), monthOf(10), NOV()].map((m) => rateOf(ALL, m)))),
  q('QV055', 'admin', 'was attendance better in oct than sept', () => {
    const oct = rateOf(ALL, OCT());
    const sep = rateOf(ALL, SEP());
    return yesNo(oct > sep, [rate(oct), rate(sep)]);
  }),
  q('QV056', 'admin', 'company attendance 3/11 to 14/11', () => r1(rateOf(ALL, span('2025-11-03', '2025-11-14')))),
  q('QV057', 'admin', 'attendance rate wk 45', () => r1(rateOf(ALL, expectRange(isoWeek(2025, 45), '2025-11-03', '2025-11-09')))),
  q('QV058', 'admin', 'how does AI compare to the company avg on attendance this month', () => r1(rateOf(teamOf('AI'), NOV()), rateOf(ALL, NOV()))),
  q('QV059', 'admin', 'did security attendance go up or down from sept to oct', () => {
    const sep = rateOf(teamOf('SEC'), SEP());
    const oct = rateOf(teamOf('SEC'), OCT());
    if (sep === oct) throw new Error('no move');
    return answer({ figures: [rate(sep), rate(oct)], mentions: [oct > sep ? 'up' : 'down'] });
  }),
  q('QV060', 'admin', 'was company attendance above 95% last week or not', () => {
    const x = rateOf(ALL, LW());
    return yesNo(x > 0.95, [rate(x)]);
  }),
  // People, one by one.
  q('QV061', 'admin', 'who in dat had 100% attendance last wk', () => people(rateWho(teamOf('DAT'), LW(), (x) => x === 1))),
  q('QV062', 'admin', 'anyone below 85% attendance last month', () => people(rateWho(ALL, OCT(), (x) => x < 0.85))),
  q('QV063', 'DEV-001', 'bottom 3 attendance on my team last month', () => people(rankRates(teamOf('DEV'), OCT(), 3, 'lowest', 'DEV-001'))),
  q('QV064', 'QA-001', 'which of mine were under 90% attendance this month', () => people(rateWho(teamOf('QA'), NOV(), (x) => x < 0.9, 'QA-001'))),
  q('QV065', 'admin', 'pablo ruiz att rate sept', () => r1(rateOf(only('DAT-006'), monthOf(9)))),
  q('QV066', 'DEV-001', 'chris attendance last month', () => r1(rateOf(only(seenOne('Chris', 'DEV-001')), OCT()))),
  q('QV067', 'QA-001', 'is zoe above 90% attendance this month', () => {
    const x = rateOf(only(typed('zoe', 'QA-009')), NOV());
    return yesNo(x > 0.9, [rate(x)]);
  }),
  // Employees about themselves.
  q('QV068', 'DAT-004', 'my attendance?', () => r1(rateOf(only('DAT-004'), NOV()))),
  q('QV069', 'SEC-004', 'my att rate last mth', () => r1(rateOf(only('SEC-004'), OCT()))),
  q('QV070', 'QA-003', 'whats my attendance been like since august', () => r1(rateOf(only('QA-003'), sinceDay('2025-08-01')))),
  q('QV071', 'DEV-003', 'was my attendance over 95% in oct', () => {
    const x = rateOf(only('DEV-003'), monthOf(10));
    return yesNo(x > 0.95, [rate(x)]);
  }),
  q('QV072', 'DEV-003', 'morning! doing my self review and need my attendance rate for september, thanks a lot', () => r1(rateOf(only('DEV-003'), monthOf(9)))),
];
