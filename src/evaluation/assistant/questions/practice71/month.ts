/*
 * practice71 — month to month: the team's attendance rate this month (the 1st to today; today is open and unrated)
 * against last month, against another period, against a line (yes or no, with the figure); the trend since tracking
 * began; late arrivals, absences and forgotten check-outs this month against last month; the top and bottom of the
 * team by attendance; one team member's rate, late count and hours. A rate of the manager's team is asked by the
 * team's code or name (the manager's own days change a "my team" rate); a "my team" count only where the manager's
 * days change nothing; a ranking with no tie at its cut and without the manager.
 */
import type { Question } from '../../expectation';
import { as, lastMonth, month, monthBeforeLast, thisMonth, thisQuarter } from '../../oracle/practice71-periods';
import { daysWith, extreme, mostTied, nonEmpty, rankByRate, rateOf, rateWhere, solo, some, team, total, whoHad } from '../../oracle/practice71-team';
import { q } from '../helpers';
import { answer, count, days, figures, hours, list, rate, yesNo } from './shared';

const NOV = () => as(thisMonth(), '2025-11-01', '2025-11-19');
const OCT = () => as(lastMonth(), '2025-10-01', '2025-10-31');
const SEP = () => as(monthBeforeLast(), '2025-09-01', '2025-09-30');
const AUG = () => as(month(8), '2025-08-01', '2025-08-31');
const QTR = () => as(thisQuarter(), '2025-10-01', '2025-11-19');
const r = (code: string, per: readonly [string, string]) => rate(rateOf(team(code), per));
const pr = (id: string, per: readonly [string, string]) => rate(rateOf(solo(id), per));

export const MONTH: readonly Question[] = [
  // Priya: DEV's rate against periods and lines.
  q('QT075', 'DEV-001', 'DEV attendance rate this month vs last month', () => figures(r('DEV', NOV()), r('DEV', OCT()))),
  q('QT076', 'DEV-001', "is Development's attendance better this month than it was in September?", () => {
    const now = rateOf(team('DEV'), NOV());
    const sep = rateOf(team('DEV'), SEP());
    return yesNo(now > sep, [rate(now), rate(sep)]);
  }),
  q('QT077', 'DEV-001', 'has DEV stayed above 95% attendance this month?', () => {
    const x = rateOf(team('DEV'), NOV());
    return yesNo(x > 0.95, [rate(x)]);
  }),
  q('QT078', 'DEV-001', 'development attendance month by month since august', () =>
    figures(r('DEV', AUG()), r('DEV', SEP()), r('DEV', OCT()), r('DEV', NOV())),
  ),
  q('QT079', 'DEV-001', 'did the dev team dip under 90% attendance in october', () => {
    const x = rateOf(team('DEV'), OCT());
    return yesNo(x < 0.9, [rate(x)]);
  }),
  // Priya: her people, top and bottom.
  q('QT080', 'DEV-001', 'lowest attendance on my team this month?', () => list(rankByRate(team('DEV'), NOV(), 1, 'lowest', 'DEV-001'))),
  q('QT081', 'DEV-001', 'bottom 3 on my team for attendance last month', () => list(rankByRate(team('DEV'), OCT(), 3, 'lowest', 'DEV-001'))),
  q('QT082', 'DEV-001', 'who in my team was under 90% attendance last month', () => list(rateWhere(team('DEV'), OCT(), (x) => x < 0.9, 'DEV-001'))),
  q('QT083', 'DEV-001', "chris morgan's attendance rate this month", () => figures(pr('DEV-006', NOV()))),
  q('QT084', 'DEV-001', "was Ben Carter's attendance above 90% in october", () => {
    const x = rateOf(solo('DEV-012'), OCT());
    return yesNo(x > 0.9, [rate(x)]);
  }),
  q('QT085', 'DEV-001', 'how many times has lukas been late this month', () => figures(count(some(total(solo('DEV-004'), NOV(), 'late'))))),
  q('QT086', 'DEV-001', 'hours logged by Ravi in October?', () => figures(hours(total(solo('DEV-014'), OCT(), 'hours')))),
  // Priya: counts this month against last.
  q('QT087', 'DEV-001', 'late arrivals in DEV: this month vs last month', () =>
    figures(count(total(team('DEV'), NOV(), 'late')), count(total(team('DEV'), OCT(), 'late'))),
  ),
  q('QT088', 'DEV-001', 'which of my devs were late more than twice in october?', () => list(whoHad(team('DEV'), 'late', OCT(), (v) => v > 2, 'DEV-001'))),
  q('QT089', 'DEV-001', 'who has been late the most on my team this month', () => list(mostTied(team('DEV'), 'late', NOV(), 'DEV-001'))),
  q('QT090', 'DEV-001', 'how many missed check-outs has my team had this month', () => figures(count(total(team('DEV'), NOV(), 'missingCheckOut', 'DEV-001')))),
  q('QT091', 'DEV-001', 'absent days on my team in october compared with september', () =>
    figures(days(total(team('DEV'), OCT(), 'absent', 'DEV-001')), days(total(team('DEV'), SEP(), 'absent', 'DEV-001'))),
  ),
  // Elena: QA's rate against periods and lines.
  q('QT092', 'QA-001', 'QA attendance this month compared to last month', () => figures(r('QA', NOV()), r('QA', OCT()))),
  q('QT093', 'QA-001', 'did quality assurance hit 90% attendance last month?', () => {
    const x = rateOf(team('QA'), OCT());
    return yesNo(x >= 0.9, [rate(x)]);
  }),
  q('QT094', 'QA-001', "QA's attendance rate since the start of the quarter", () => figures(r('QA', QTR()))),
  q('QT095', 'QA-001', 'has QA attendance gone up or down from september to october', () => {
    const sep = rateOf(team('QA'), SEP());
    const oct = rateOf(team('QA'), OCT());
    if (sep === oct) throw new Error('no move');
    return answer({ figures: [rate(sep), rate(oct)], mentions: [oct > sep ? 'up' : 'down'] });
  }),
  // Elena: her people.
  q('QT096', 'QA-001', 'who had the worst attendance on my team last month', () => list(rankByRate(team('QA'), OCT(), 1, 'lowest', 'QA-001'))),
  q('QT097', 'QA-001', 'lowest 2 attendance rates in my team this month', () => list(rankByRate(team('QA'), NOV(), 2, 'lowest', 'QA-001'))),
  q('QT098', 'QA-001', 'anyone on my team below 85% attendance this month?', () => {
    const ids = rateWhere(team('QA'), NOV(), (x) => x < 0.85, 'QA-001');
    return ids.length > 0 ? answer({ people: ids, mentions: ['yes'] }) : answer({ people: [], mentions: ['no'] });
  }),
  q('QT099', 'QA-001', "Zoe Adams' attendance rate last month", () => figures(pr('QA-009', OCT()))),
  q('QT100', 'QA-001', 'was chris walker above 90% in september', () => {
    const x = rateOf(solo('QA-004'), SEP());
    return yesNo(x > 0.9, [rate(x)]);
  }),
  q('QT101', 'QA-001', 'how many days has Peter been absent this month', () => figures(days(some(total(solo('QA-006'), NOV(), 'absent'))))),
  q('QT102', 'QA-001', 'which days was marcus late in october', () => answer({ dates: nonEmpty(daysWith('QA-002', OCT(), 'late')) })),
  q('QT103', 'QA-001', 'who on my team had the most absent days in october', () => list([extreme(team('QA'), 'absent', OCT(), 'most', 'QA-001')])),
  q('QT104', 'QA-001', 'missed check-outs in my team this month?', () => list(whoHad(team('QA'), 'missingCheckOut', NOV(), undefined, 'QA-001'))),
  q('QT105', 'QA-001', 'qa late arrivals october vs september', () =>
    figures(count(total(team('QA'), OCT(), 'late')), count(total(team('QA'), SEP(), 'late'))),
  ),
  // The admin on the two teams.
  q('QT106', 'admin', 'DEV vs QA attendance this month', () => figures(r('DEV', NOV()), r('QA', NOV()))),
  q('QT107', 'admin', 'which had more late arrivals last month, dev or qa?', () => {
    const dev = total(team('DEV'), OCT(), 'late');
    const qa = total(team('QA'), OCT(), 'late');
    if (dev === qa) throw new Error('tied');
    return figures(count(dev), count(qa));
  }),
  q('QT108', 'admin', 'who in QA was under 90% attendance in October', () => list(rateWhere(team('QA'), OCT(), (x) => x < 0.9))),
];
