/*
 * practice73 — what happened day by day, typed in a hurry: late ("tardies"), absent ("no-shows", "didn't show up",
 * "missed"), half days, on leave ("OOO", "off" for days ahead), missing check-outs, not checked in yet, check-in and
 * check-out times ("clock in"), hours ("hrs"). Defaults as documented (who was late or absent: yesterday; who is on
 * leave: today); a weekday alone is the last one; "off" is asked only of days ahead (of a day gone by it reads as absent
 * or as on leave). A count over a period reaching today is asked only where today changes nothing; "how many late" only
 * where late arrivals and people late agree; a manager's "my team" list only where the manager is not in it.
 */
import type { Question } from '../../expectation';
import {
  ALL,
  came,
  daysMarked,
  daysMissed,
  lastDay,
  lateBoth,
  most,
  notYetIn,
  only,
  some,
  sum,
  teamOf,
  timeOn,
  who,
  workedWhere,
  bestTeam,
} from '../../oracle/practice73-figures';
import { away } from '../../oracle/practice73-calendar';
import { typed } from '../../oracle/practice73-people';
import {
  dated,
  expectDay,
  expectRange,
  lastMonth,
  lastWeek,
  monthOf,
  nextWeek,
  previous,
  sinceDay,
  single,
  thisMonth,
  thisWeek,
  today,
  tomorrow,
  weekBeforeLast,
  yesterday,
} from '../../oracle/practice73-periods';
import { addDays, daysBetween } from '../../dataset/dates';
import { q } from '../helpers';
import { anyone, answer, count, countBy, days, figures, hours, no, people, yes, yesNo } from './shared';

const Y = () => single(expectDay(yesterday(), '2025-11-18'));
const LW = () => expectRange(lastWeek(), '2025-11-10', '2025-11-16');
const TW = () => expectRange(thisWeek(), '2025-11-17', '2025-11-19');
const OCT = () => expectRange(lastMonth(), '2025-10-01', '2025-10-31');
const NOV = () => expectRange(thisMonth(), '2025-11-01', '2025-11-19');
const MON = () => expectDay(previous(1), '2025-11-17');
const FRI = () => expectDay(previous(5), '2025-11-14');
const NW = () => expectRange(nextWeek(), '2025-11-24', '2025-11-30');

export const DAILY: readonly Question[] = [
  // Late.
  q('QV073', 'admin', 'whos late yday', () => people(who(ALL, 'late', Y()))),
  q('QV074', 'admin', 'anyone late on monday?', () => anyone(who(ALL, 'late', single(MON())))),
  q('QV075', 'DEV-001', 'who on my team was late last wk', () => people(who(teamOf('DEV'), 'late', LW(), undefined, 'DEV-001'))),
  q('QV076', 'DEV-001', 'DEV team - how many late this week?', () => figures(count(lateBoth(teamOf('DEV'), TW())))),
  q('QV077', 'DEV-001', 'aisha late days aug', () => figures(count(some(only(typed('aisha', 'DEV-003')), monthOf(8), 'late')))),
  q('QV078', 'DAT-004', 'was i late at all last week', () => {
    const n = sum(only('DAT-004'), LW(), 'late');
    return yesNo(n > 0, n > 0 ? [count(n)] : []);
  }),
  q('QV079', 'SEC-004', 'when was i last late', () => answer({ dates: [lastDay('SEC-004', 'late')] })),
  q('QV080', 'DAT-004', 'which days was i late in august', () => answer({ dates: daysMarked('DAT-004', monthOf(8), 'late') })),
  q('QV081', 'admin', 'who was late more than 4 times in oct', () => people(who(ALL, 'late', monthOf(10), (v) => v > 4))),
  q('QV082', 'admin', 'most late arrivals last month - which team?', () => {
    const t = bestTeam(OCT(), (s, per) => sum(s, per, 'late'), 'highest');
    return answer({ teams: [t], figures: [count(sum(teamOf(t), OCT(), 'late'))] });
  }),
  q('QV083', 'admin', 'who was late the most last month', () => people(most(ALL, 'late', OCT(), true))),
  q('QV084', 'DEV-001', 'how many tardies did okafor have in sept', () =>
    figures(countBy(some(only(typed('okafor', 'DEV-008')), monthOf(9), 'late'), 'tard|late')),
  ),
  q('QV085', 'admin', 'late arrivals per month aug to oct', () => figures(...[8, 9, 10].map((m) => count(sum(ALL, monthOf(m), 'late'))))),
  q('QV086', 'admin', 'was julia fischer late 5 or more times last month', () => {
    const n = sum(only('DAT-003'), OCT(), 'late');
    return yesNo(n >= 5, [count(n)]);
  }),
  q('QV087', 'DEV-001', 'how many late arrivals did DEV have in oct and who had the most', () => {
    const n = sum(teamOf('DEV'), monthOf(10), 'late');
    return answer({ figures: [count(n)], people: most(teamOf('DEV'), 'late', monthOf(10), false, 'DEV-001') });
  }),
  q('QV088', 'QA-003', 'was i late yday', () => {
    const n = sum(only('QA-003'), Y(), 'late');
    return yesNo(n > 0, [], n > 0 ? { mentions: [timeOn('QA-003', Y()[0], 'in')] } : {});
  }),
  // Absent.
  q('QV089', 'admin', 'who didnt show up yesterday', () => people(who(ALL, 'absent', Y()))),
  q('QV090', 'DEV-001', 'any no shows on my team yesterday', () => anyone(who(teamOf('DEV'), 'absent', Y(), undefined, 'DEV-001'))),
  q('QV091', 'DEV-001', 'ppl absent more than 2 days in oct in dev', () => people(who(teamOf('DEV'), 'absent', monthOf(10), (v) => v > 2, 'DEV-001'))),
  q('QV092', 'admin', 'how many days was lucas moreau absent last month', () => figures(days(some(only('SEC-005'), OCT(), 'absent')))),
  q('QV093', 'QA-001', 'zoe adams absences oct - which days', () => answer({ dates: daysMissed('QA-009', monthOf(10)) })),
  q('QV094', 'DAT-004', 'how many days have i missed since sept', () => figures(days(some(only('DAT-004'), sinceDay('2025-09-01'), 'absent')))),
  q('QV095', 'admin', 'how many absences in qa last week', () => figures(days(some(teamOf('QA'), LW(), 'absent')))),
  q('QV096', 'DEV-001', 'Ben Carter has his 1:1 tomorrow. how many days was he absent last month?', () =>
    figures(days(some(only('DEV-012'), OCT(), 'absent'))),
  ),
  // Half days, leave, check-outs, not in yet.
  q('QV097', 'admin', 'who had a half day monday', () => people(who(ALL, 'halfDay', single(MON())))),
  q('QV098', 'DAT-004', 'how many half days have i had since sept', () => figures(count(some(only('DAT-004'), sinceDay('2025-09-01'), 'halfDay')))),
  q('QV099', 'admin', 'WHOS ON LEAVE TODAY', () => people(away(ALL, single(today())))),
  q('QV100', 'admin', 'hw many ppl off tmrw', () =>
    figures(countBy(away(ALL, single(expectDay(tomorrow(), '2025-11-20'))).length, 'leave|off|away|people|person|employee')),
  ),
  q('QV101', 'DEV-001', 'who on my team is OOO next week', () => people(away(teamOf('DEV'), NW(), false, undefined, 'DEV-001'))),
  q('QV102', 'admin', 'who was on leave the day after founders day', () => people(away(ALL, single(addDays(dated('2025-10-13'), 1))))),
  q('QV103', 'admin', 'who forgot to clock out last month', () => people(who(ALL, 'missingCheckOut', OCT()))),
  q('QV104', 'QA-001', 'anyone on my team forget to check out this month?', () => anyone(who(teamOf('QA'), 'missingCheckOut', NOV(), undefined, 'QA-001'))),
  q('QV105', 'admin', 'who hasnt clocked in yet', () => people(notYetIn(ALL))),
  q('QV106', 'DEV-001', 'has everyone on my team checked in today', () => {
    const ids = notYetIn(teamOf('DEV'), 'DEV-001');
    return ids.length === 0 ? yes() : no([], { people: ids });
  }),
  q('QV107', 'admin', 'how many ppl came in on friday', () => figures(countBy(came(ALL, FRI()).length, 'people|person|employee|came|check|in'))),
  q('QV108', 'QA-001', "covering the floor today - who on my team hasn't checked in yet?", () => people(notYetIn(teamOf('QA'), 'QA-001'))),
  // Times.
  q('QV109', 'DEV-001', 'what time did novak clock in yday', () => answer({ mentions: [timeOn(typed('novak', 'DEV-004'), Y()[0], 'in')] })),
  q('QV110', 'DEV-001', 'daniel check in time on 12/11', () => answer({ mentions: [timeOn(typed('daniel', 'DEV-008'), dated('2025-11-12'), 'in')] })),
  q('QV111', 'DEV-003', 'what times did i get in last week', () =>
    answer({ mentions: daysBetween(...LW()).flatMap((d) => (came(only('DEV-003'), d).length > 0 ? [timeOn('DEV-003', d, 'in')] : [])) }),
  ),
  q('QV112', 'SEC-004', 'what time did i leave on friday', () => answer({ mentions: [timeOn('SEC-004', FRI(), 'out')] })),
  q('QV113', 'QA-001', 'marcus lee clock in time 3/11', () => answer({ mentions: [timeOn('QA-002', dated('2025-11-03'), 'in')] })),
  q('QV114', 'SEC-004', 'wat time did i clock out yday', () => answer({ mentions: [timeOn('SEC-004', Y()[0], 'out')] })),
  // Hours.
  q('QV115', 'admin', 'hrs worked by security last week', () => figures(hours(sum(teamOf('SEC'), LW(), 'hours')))),
  q('QV116', 'DAT-004', 'how many hrs did i do last wk', () => figures(hours(some(only('DAT-004'), LW(), 'hours')))),
  q('QV117', 'QA-003', 'my hours oct vs sept', () =>
    figures(hours(some(only('QA-003'), monthOf(10), 'hours')), hours(some(only('QA-003'), monthOf(9), 'hours'))),
  ),
  q('QV118', 'admin', 'who worked under 30 hrs the week before last', () =>
    people(workedWhere(ALL, expectRange(weekBeforeLast(), '2025-11-03', '2025-11-09'), (h) => h < 30)),
  ),
  q('QV119', 'admin', 'total hours for DEV in oct', () => figures(hours(sum(teamOf('DEV'), monthOf(10), 'hours')))),
  q('QV120', 'QA-003', 'my hrs last wk?', () => figures(hours(some(only('QA-003'), LW(), 'hours')))),
  q('QV121', 'admin', 'i am doing payroll and need to know how many hours ahmed ali worked in october', () =>
    figures(hours(some(only('DAT-002'), monthOf(10), 'hours'))),
  ),
];
