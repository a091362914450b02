/*
 * practice69 — what happened day by day, as the README's "what" part lists it: late, absent ("off", "no-shows"), half
 * days, on leave, missing check-outs, not checked in yet, check-in and check-out times, hours worked. Defaults as
 * documented (who was late or absent: yesterday; who is on leave: today); a weekday alone is the last one; "how many
 * people" on one day is people (the same as records). A count over a period reaching today is asked only where today
 * changes nothing; a manager's "my team" list is asked only where the manager is not in it; a list never holds a
 * leaver. A half day absent counts as half a day, as in the summaries.
 */
import type { Question } from '../../expectation';
import {
  absentDays,
  cameIn,
  checkInDays,
  clock,
  daysWith,
  EVERYONE,
  lastLate,
  mostOf,
  notInYet,
  solo,
  team,
  topTeam,
  total,
  whoHad,
} from '../../oracle/practice69-figures';
import { as, asDay, day, lastMonth, lastWeek, lastWeekday, month, one, thisMonth, thisWeek, today, weekOf, yesterday } from '../../oracle/practice69-periods';
import { holidayNamed, offIn } from '../../oracle/practice69-calendar';
import { recordOf } from '../../oracle/attendance-figures';
import { q } from '../helpers';
import { answer, count, days, figures, hours, no, people, yes, yesNo } from './shared';

const Y = () => one(asDay(yesterday(), '2025-11-18'));
const LW = () => as(lastWeek(), '2025-11-10', '2025-11-16');
const OCT = () => as(lastMonth(), '2025-10-01', '2025-10-31');
const MON = () => one(asDay(lastWeekday(1), '2025-11-17'));
const TODAY1 = () => one(asDay(today(), '2025-11-19'));
const list = (ids: string[]) => people(ids);
/** A figure asked of one person must not be 0 (an answer may say "none" in words the grader cannot read as 0). */
const nonZero = (v: number) => {
  if (v === 0) throw new Error('a figure of 0');
  return v;
};
const nonEmpty = <T>(xs: T[]) => {
  if (xs.length === 0) throw new Error('an empty list of dates');
  return xs;
};
const yesList = (ids: string[]) => (ids.length > 0 ? yes([], { people: ids }) : no([], { people: [] }));

export const DAILY: readonly Question[] = [
  // Late.
  q('QR070', 'admin', 'anyone late yesterday?', () => yesList(whoHad(EVERYONE, 'late', Y()))),
  q('QR071', 'admin', 'who was late?', () => list(whoHad(EVERYONE, 'late', Y()))),
  q('QR072', 'admin', 'who came in late on Monday', () => list(whoHad(EVERYONE, 'late', MON()))),
  q('QR073', 'DEV-001', 'who in my team was late last week', () => list(whoHad(team('DEV'), 'late', LW(), undefined, 'DEV-001'))),
  q('QR074', 'QA-001', 'how many late arrivals did my team have last week?', () => figures(count(total(team('QA'), LW(), 'late', 'QA-001')))),
  q('QR075', 'admin', 'how many people were late yesterday', () => figures(count(total(EVERYONE, Y(), 'late')))),
  q('QR076', 'admin', 'how many late arrivals were there in october', () => figures(count(total(EVERYONE, month(10), 'late')))),
  q('QR077', 'admin', 'who in QA was late more than twice last month', () => list(whoHad(team('QA'), 'late', OCT(), (v) => v > 2))),
  q('QR078', 'admin', 'which team had the most late arrivals last month?', () => {
    const t = topTeam(OCT(), (s, per) => total(s, per, 'late'), 'highest');
    return answer({ teams: [t], figures: [count(total(team(t), OCT(), 'late'))] });
  }),
  q('QR079', 'admin', 'who was late the most in DEV last month', () => list(mostOf(team('DEV'), 'late', OCT(), undefined, true))),
  q('QR080', 'DAT-004', 'was I late at all last week?', () => {
    const n = total(solo('DAT-004'), LW(), 'late');
    return yesNo(n > 0, n > 0 ? [count(n)] : []);
  }),
  q('QR081', 'SEC-004', 'when was I last late', () => answer({ dates: [lastLate('SEC-004')] })),
  q('QR082', 'QA-003', 'did I check in late this morning?', () => {
    const rec = recordOf('QA-003', TODAY1()[0]);
    if (!rec) throw new Error('QA-003 has not checked in today');
    return yesNo(rec.status === 'late', [], { mentions: [clock('QA-003', today(), 'in')] });
  }),
  q('QR083', 'DAT-004', 'which days was I late in august', () => answer({ dates: nonEmpty(daysWith('DAT-004', month(8), 'late')) })),
  q('QR084', 'DEV-001', 'how many tardies did Daniel Okafor have in October', () => figures(count(total(solo('DEV-008'), month(10), 'late')))),
  // Absent.
  q('QR085', 'admin', 'who was absent yesterday', () => list(whoHad(EVERYONE, 'absent', Y()))),
  q('QR086', 'DEV-001', 'any no-shows in my team yesterday?', () => yesList(whoHad(team('DEV'), 'absent', Y(), undefined, 'DEV-001'))),
  q('QR087', 'admin', 'who missed more than 3 days in Oct in QA', () => list(whoHad(team('QA'), 'absent', month(10), (v) => v > 3))),
  q('QR088', 'admin', 'how many days was Chris Walker absent in september', () => figures(days(total(solo('QA-004'), month(9), 'absent')))),
  q('QR089', 'QA-001', 'Zoe Adams absences in October - which days?', () => answer({ dates: absentDays('QA-009', month(10)) })),
  q('QR090', 'QA-003', 'how many days was i absent last month', () => figures(days(nonZero(total(solo('QA-003'), OCT(), 'absent'))))),
  // Half days, leave, missing check-outs, not checked in.
  q('QR091', 'admin', 'who had a half day yesterday?', () => list(whoHad(EVERYONE, 'halfDay', Y()))),
  q('QR092', 'DEV-003', 'how many half days have i had since the start of october', () =>
    figures(count(nonZero(total(solo('DEV-003'), as(['2025-10-01', today()], '2025-10-01', '2025-11-19'), 'halfDay')))),
  ),
  q('QR093', 'admin', 'who is on leave today', () => list(offIn(EVERYONE, TODAY1()))),
  q('QR094', 'DEV-001', 'who on my team is on leave this week', () =>
    list(offIn(team('DEV'), as(weekOf(today()), '2025-11-17', '2025-11-23'), false, undefined, 'DEV-001')),
  ),
  q('QR095', 'admin', 'who was on leave on the QA offsite', () => list(offIn(EVERYONE, one(holidayNamed('QA Offsite').date)))),
  q('QR096', 'admin', 'who forgot to check out yesterday?', () => list(whoHad(EVERYONE, 'missingCheckOut', Y()))),
  q('QR097', 'QA-001', 'did anyone on my team forget to clock out this month?', () => {
    const ids = whoHad(team('QA'), 'missingCheckOut', as(thisMonth(), '2025-11-01', '2025-11-19'), undefined, 'QA-001');
    return yesList(ids);
  }),
  q('QR098', 'admin', "who hasn't checked in yet today", () => list(notInYet(EVERYONE))),
  q('QR099', 'QA-001', 'has everyone in QA checked in today?', () => {
    const ids = notInYet(team('QA'), 'QA-001');
    return ids.length === 0 ? yes() : no([], { people: ids });
  }),
  q('QR100', 'DEV-001', "who on my team hasn't clocked in yet", () => list(notInYet(team('DEV'), 'DEV-001'))),
  q('QR101', 'admin', 'how many people checked in on monday?', () =>
    figures({ ...count(cameIn(EVERYONE, MON()[0]).length), label: 'check|clock|people|employee' }),
  ),
  // Times.
  q('QR102', 'admin', 'when did lukas novak clock in on monday', () => answer({ mentions: [clock('DEV-004', MON()[0], 'in')] })),
  q('QR103', 'DEV-001', 'what time did Daniel get in on 12 November?', () => answer({ mentions: [clock('DEV-008', day('2025-11-12'), 'in')] })),
  q('QR104', 'DEV-003', 'my check-in times last week', () => answer({ mentions: checkInDays('DEV-003', LW()).map((d) => clock('DEV-003', d, 'in')) })),
  q('QR105', 'SEC-004', 'what time did I check out yesterday', () => answer({ mentions: [clock('SEC-004', Y()[0], 'out')] })),
  q('QR106', 'QA-001', 'what time did Marcus Lee check in on 3 november', () => answer({ mentions: [clock('QA-002', day('2025-11-03'), 'in')] })),
  // Hours.
  q('QR107', 'admin', 'hours worked by QA in october', () => figures(hours(total(team('QA'), month(10), 'hours')))),
  q('QR108', 'DAT-004', 'how many hours did I work last week?', () => figures(hours(total(solo('DAT-004'), LW(), 'hours')))),
  q('QR109', 'QA-003', 'my hours in September vs October', () =>
    figures(hours(total(solo('QA-003'), month(9), 'hours')), hours(total(solo('QA-003'), month(10), 'hours'))),
  ),
  q('QR110', 'admin', 'who worked more than 40 hours last week', () => list(whoHad(EVERYONE, 'hours', LW(), (v) => v > 40))),
  q('QR111', 'SEC-004', 'my hours so far this week, not counting today', () =>
    figures(hours(total(solo('SEC-004'), as([thisWeek()[0], yesterday()], '2025-11-17', '2025-11-18'), 'hours'))),
  ),
];
