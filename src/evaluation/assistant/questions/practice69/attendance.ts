/*
 * practice69 — attendance rates, as API.md and the README define them: Σ min(a, e) ÷ Σ e over the closed days (today
 * is open and has no rate), pooled over the days and people asked about; "last week" the previous Monday to Sunday, "a
 * rate" with no period last week, "my attendance" with no period this month, "attendance issues" a rate below 0.9 and
 * with no period last month; the absence rate is the rate taken from 1. Teams, everyone, a position, one person, a
 * trend month by month, two periods side by side, a team against the company, yes-or-no against a line, and person by
 * person (who had 100 %, who was under a line, the lowest n). A manager's own team is named by its code or name where
 * the manager's own days would change the figure.
 */
import type { Question } from '../../expectation';
import { absenceRateOver, EVERYONE, level, rankByRate, rateOver, rateWhere, solo, team, teamsWhere69, topTeam } from '../../oracle/practice69-figures';
import { as, lastMonth, lastWeek, month, monthBeforeLast, range, thisMonth, thisQuarter } from '../../oracle/practice69-periods';
import { onlyFirst } from '../../oracle/practice69-people';
import { q } from '../helpers';
import { answer, figures, people, rate, yesNo } from './shared';

const LW = () => as(lastWeek(), '2025-11-10', '2025-11-16');
const OCT = () => as(lastMonth(), '2025-10-01', '2025-10-31');
const NOV = () => as(thisMonth(), '2025-11-01', '2025-11-19');
const r = (scope: Parameters<typeof rateOver>[0], per: Parameters<typeof rateOver>[1]) => figures(rate(rateOver(scope, per)));

export const ATTENDANCE: readonly Question[] = [
  // The company and teams.
  q('QR039', 'admin', "what's our attendance rate?", () => r(EVERYONE, LW())),
  q('QR040', 'admin', 'attendance rate for QA in october', () => r(team('QA'), month(10))),
  q('QR041', 'admin', "how was the data team's attendance last month", () => r(team('DAT'), OCT())),
  q('QR042', 'DEV-001', "DEV's attendance rate this month", () => r(team('DEV'), NOV())),
  q('QR043', 'QA-001', 'attendance rate for Quality Assurance since the start of the quarter', () =>
    r(team('QA'), as(thisQuarter(), '2025-10-01', '2025-11-19')),
  ),
  q('QR044', 'admin', "how does DEV's attendance compare with the company average this month?", () =>
    figures(rate(rateOver(team('DEV'), NOV())), rate(rateOver(EVERYONE, NOV()))),
  ),
  q('QR045', 'admin', "is QA's attendance worse than DEV's this month", () => {
    const qa = rateOver(team('QA'), NOV());
    const dev = rateOver(team('DEV'), NOV());
    return yesNo(qa < dev, [rate(qa), rate(dev)]);
  }),
  q('QR046', 'admin', 'absence rate in DEV last month', () => figures(rate(absenceRateOver(team('DEV'), OCT())))),
  q('QR047', 'admin', 'which team had the highest absence rate in October?', () => {
    const t = topTeam(month(10), absenceRateOver, 'highest');
    return answer({ teams: [t], figures: [rate(absenceRateOver(team(t), month(10)))] });
  }),
  q('QR048', 'admin', 'any teams with attendance problems in october?', () => {
    const ts = teamsWhere69(month(10), (x) => x < 0.9);
    return answer({ teams: ts, figures: ts.map((t) => rate(rateOver(team(t), month(10)))) });
  }),
  q('QR049', 'admin', 'which departments have attendance issues?', () => {
    const ts = teamsWhere69(OCT(), (x) => x < 0.9);
    return answer({ teams: ts, figures: ts.map((t) => rate(rateOver(team(t), OCT()))) });
  }),
  q('QR050', 'admin', 'teams under 95% attendance last week', () => {
    const ts = teamsWhere69(LW(), (x) => x < 0.95);
    return answer({ teams: ts, figures: ts.map((t) => rate(rateOver(team(t), LW()))) });
  }),
  q('QR051', 'QA-001', 'does QA have attendance issues this month?', () => {
    const x = rateOver(team('QA'), NOV());
    return yesNo(x < 0.9, [rate(x)]);
  }),
  q('QR052', 'admin', 'attendance rate for the seniors last week', () => r(level('Senior'), LW())),
  // Trends and periods side by side.
  q('QR053', 'admin', 'attendance trend by month since August', () =>
    figures(...[month(8), month(9), month(10), as(thisMonth(), '2025-11-01', '2025-11-19')].map((m) => rate(rateOver(EVERYONE, m)))),
  ),
  q('QR054', 'QA-001', 'QA attendance rate per month this quarter', () => figures(rate(rateOver(team('QA'), month(10))), rate(rateOver(team('QA'), NOV())))),
  q('QR055', 'admin', 'was attendance better in September than in October?', () => {
    const sep = rateOver(EVERYONE, as(monthBeforeLast(), '2025-09-01', '2025-09-30'));
    const oct = rateOver(EVERYONE, OCT());
    return yesNo(sep > oct, [rate(sep), rate(oct)]);
  }),
  q('QR056', 'admin', 'was company attendance for 1-14 November above 96%?', () => {
    const x = rateOver(EVERYONE, range('2025-11-01', '2025-11-14'));
    return yesNo(x > 0.96, [rate(x)]);
  }),
  // People, one by one.
  q('QR057', 'admin', 'who in QA had 100% attendance last week', () => people(rateWhere(team('QA'), LW(), (x) => x === 1))),
  q('QR058', 'admin', 'anyone under 80% attendance in October?', () => people(rateWhere(EVERYONE, month(10), (x) => x < 0.8))),
  q('QR059', 'DEV-001', 'lowest attendance in my team last month, top 2', () => people(rankByRate(team('DEV'), OCT(), 2, 'lowest', 'DEV-001'))),
  q('QR060', 'QA-001', 'which of my people were below 90% attendance last week?', () => people(rateWhere(team('QA'), LW(), (x) => x < 0.9, 'QA-001'))),
  q('QR061', 'admin', "what was Pablo Ruiz's attendance rate in October", () => r(solo('DAT-006'), month(10))),
  q('QR062', 'DEV-001', "chris's attendance rate last month", () => r(solo(onlyFirst('Chris', 'DEV-001')), OCT())),
  q('QR063', 'DEV-001', "was Omar Haddad's attendance above 95% in October?", () => {
    const x = rateOver(solo('DEV-010'), month(10));
    return yesNo(x > 0.95, [rate(x)]);
  }),
  // Employees about themselves.
  q('QR064', 'DAT-004', 'hows my attendance looking this month', () => r(solo('DAT-004'), NOV())),
  q('QR065', 'SEC-004', "what's my attendance rate since the start of the quarter?", () => r(solo('SEC-004'), as(thisQuarter(), '2025-10-01', '2025-11-19'))),
  q('QR066', 'QA-003', 'my attendance last month', () => r(solo('QA-003'), OCT())),
  q('QR067', 'DEV-003', 'What is my attendance?', () => r(solo('DEV-003'), NOV())),
  q('QR068', 'DEV-003', 'was my attendance above 95% in september', () => {
    const x = rateOver(solo('DEV-003'), month(9));
    return yesNo(x > 0.95, [rate(x)]);
  }),
  q('QR069', 'QA-003', 'my attendance rate in Sept vs Oct', () => figures(rate(rateOver(solo('QA-003'), month(9))), rate(rateOver(solo('QA-003'), month(10))))),
];
