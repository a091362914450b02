/*
 * practice66 — my attendance, asked on a phone: my rate this week, this month, last month, this quarter, last quarter
 * and since August; my late days and which days they were; my absences and which days; when I was last late; whether
 * I was late on a day. API.md: a rate is attended over expected on the closed days (today is open and not rated);
 * a late day is a record whose status is late (09:15:00 is on time, and on a morning off the start is 13:00); absent
 * is what was expected and not attended on a closed day (an "absent" record or no record). A late count over a period
 * reaching today is asked only where today's record is not late (else it says "before today").
 */
import type { Question } from '../../expectation';
import { dataset } from '../../dataset/dataset';
import {
  AUGUST,
  LAST_MONTH,
  LAST_QUARTER,
  LAST_WEEK,
  MONTH_BEFORE_LAST,
  SINCE_AUGUST,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  YESTERDAY,
  clock,
  datesOf,
  figureOf,
  lastLate,
  myDay,
  written,
} from '../../oracle/practice66-self';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';
import { absenceRateIs, absentDates, absentIs, answer, checkOutsN, figures, lateDates, lateIs, noneOf, rateIs, yes, yesIf } from './shared';

const OCT = written(LAST_MONTH, '2025-10-01', '2025-10-31');
const SEP = written(MONTH_BEFORE_LAST, '2025-09-01', '2025-09-30');
const AUG = written(AUGUST, '2025-08-01', '2025-08-31');
const NOV = written(THIS_MONTH, '2025-11-01', '2025-11-19');
const Q3 = written(LAST_QUARTER, '2025-07-01', '2025-09-30');
const Q4 = written(THIS_QUARTER, '2025-10-01', '2025-11-19');
const SINCE_AUG = written(SINCE_AUGUST, '2025-08-01', '2025-11-19');
const WK = written(LAST_WEEK, '2025-11-10', '2025-11-16');
const THIS_WK = written(THIS_WEEK, '2025-11-17', '2025-11-19');
const BEFORE_TODAY = written([THIS_MONTH[0], YESTERDAY] as const, '2025-11-01', '2025-11-18');

/** Was the person late on the day: yes or no by the record's status (checked to agree with the clock), with the check-in time. */
function lateOn(id: string, day: string) {
  const d = myDay(id, day);
  if (!d.record?.checkIn) throw new Error(`${id} has no check-in on ${day}`);
  if ((d.record.status === 'late') !== d.lateByClock && d.record.status !== 'half-day') throw new Error(`${id} on ${day}: status and clock disagree`);
  if (d.record.status === 'half-day' && d.lateByClock) throw new Error(`${id} on ${day}: half-day checked in late`);
  return yesIf(d.record.status === 'late', [], { mentions: [clock(id, day, 'in')] });
}
/** None of a kind over the period: a plain no. */
const noneIn = (id: string, kind: 'late' | 'absent' | 'missing', range: readonly [string, string]) => noneOf(datesOf(id, kind, range));

export const ATTENDANCE: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('QO001', 'DEV-003', 'whats my attendance rate this month', () => rateIs('DEV-003', NOV)),
  q('QO002', 'DEV-003', 'my attendence last month?', () => rateIs('DEV-003', OCT)),
  q('QO003', 'DEV-003', 'att rate since aug pls', () => rateIs('DEV-003', SINCE_AUG)),
  q('QO004', 'DEV-003', 'how many days was i late in august', () => lateIs('DEV-003', AUG)),
  q('QO005', 'DEV-003', 'was i late at all in october?', () => noneIn('DEV-003', 'late', OCT)),
  q('QO006', 'DEV-003', 'have i missed any days since august', () => noneIn('DEV-003', 'absent', SINCE_AUG)),
  q('QO007', 'DEV-003', 'when was i last late?', () => answer({ dates: [lastLate('DEV-003')] })),
  q('QO008', 'DEV-003', 'was I late on 8 October', () => lateOn('DEV-003', '2025-10-08')),
  // Fatima Zahra (QA-003).
  q('QO009', 'QA-003', "what's my attendance rate been this month", () => rateIs('QA-003', NOV)),
  q('QO010', 'QA-003', 'how many days have i been absent since august?', () => absentIs('QA-003', SINCE_AUG)),
  q('QO011', 'QA-003', 'which day was i absent in october', () => absentDates('QA-003', OCT)),
  q('QO012', 'QA-003', 'was i late today', () => lateOn('QA-003', TODAY)),
  q('QO013', 'QA-003', 'how many days was i late this month before today?', () => lateIs('QA-003', BEFORE_TODAY)),
  q('QO014', 'QA-003', 'att rate last quarter', () => rateIs('QA-003', Q3)),
  q('QO015', 'QA-003', 'my absence rate for last month', () => absenceRateIs('QA-003', OCT)),
  q('QO016', 'QA-003', 'how many late days did I have in August?', () => lateIs('QA-003', AUG)),
  // Kevin O'Brien (DAT-004).
  q('QO017', 'DAT-004', "how's my attendance this quarter", () => rateIs('DAT-004', Q4)),
  q('QO018', 'DAT-004', 'how many days was i late in aug', () => lateIs('DAT-004', AUG)),
  q('QO019', 'DAT-004', 'which days was I late in august?', () => lateDates('DAT-004', AUG)),
  q('QO020', 'DAT-004', 'was i late on 4 sept', () => lateOn('DAT-004', '2025-09-04')),
  q('QO021', 'DAT-004', 'was I late on the 24th of October?', () => lateOn('DAT-004', '2025-10-24')),
  q('QO022', 'DAT-004', 'how many days did i miss in september', () => absentIs('DAT-004', SEP)),
  q('QO023', 'DAT-004', 'my attendance rate in september', () => rateIs('DAT-004', SEP)),
  q('QO024', 'DAT-004', 'when was the last time i was late', () => answer({ dates: [lastLate('DAT-004')] })),
  // Emma Clarke (SEC-004).
  q('QO025', 'SEC-004', 'my attendance % this month', () => rateIs('SEC-004', NOV)),
  q('QO026', 'SEC-004', 'how many days have i been late this month', () => lateIs('SEC-004', NOV)),
  q('QO027', 'SEC-004', 'what days was i late in september', () => lateDates('SEC-004', SEP)),
  q('QO028', 'SEC-004', 'late days since august?', () => lateIs('SEC-004', SINCE_AUG)),
  q('QO029', 'SEC-004', 'When was I last late?', () => answer({ dates: [lastLate('SEC-004')] })),
  q('QO030', 'SEC-004', 'any absences for me in oct', () => noneIn('SEC-004', 'absent', OCT)),
  q('QO031', 'SEC-004', 'what was my attendance rate last week', () => rateIs('SEC-004', WK)),
  q('QO032', 'SEC-004', 'was i late on tuesday the 11th', () => lateOn('SEC-004', '2025-11-11')),
  // Priya Raman (DEV-001), about herself and her team.
  q('QO033', 'DEV-001', 'my own attendance rate last month', () => rateIs('DEV-001', OCT)),
  q('QO034', 'DEV-001', 'how many days was i late in september', () => lateIs('DEV-001', SEP)),
  q('QO035', 'DEV-001', 'which days did I come in late in August?', () => lateDates('DEV-001', AUG)),
  q('QO036', 'DEV-001', 'did i miss any days in august', () => yes([], { dates: filled1(datesOf('DEV-001', 'absent', AUG)) })),
  q('QO037', 'DEV-001', 'when was I last late', () => answer({ dates: [lastLate('DEV-001')] })),
  q('QO038', 'DEV-001', 'who in my team forgot to check out this month', () => answer({ people: teamMissing('DEV', NOV) })),
  // Elena Petrova (QA-001), about herself and her team.
  q('QO039', 'QA-001', 'how many days was i absent in october', () => absentIs('QA-001', OCT)),
  q('QO040', 'QA-001', 'which days was I absent last month?', () => absentDates('QA-001', OCT)),
  q('QO041', 'QA-001', 'how many days was i late in october', () => lateIs('QA-001', OCT)),
  q('QO042', 'QA-001', 'my attendance rate since august', () => rateIs('QA-001', SINCE_AUG)),
  q('QO043', 'QA-001', 'my attendance rate this week so far', () => rateIs('QA-001', THIS_WK)),
  q('QO044', 'QA-001', 'did anyone on my team forget to check out this month?', () => yes([], { people: teamMissing('QA', NOV) })),
  // HR, about the same people.
  q('QO045', 'admin', "Fatima Zahra's attendance rate this month", () => rateIs('QA-003', NOV)),
  q('QO046', 'admin', "how many days was Kevin O'Brien late in August?", () => lateIs('DAT-004', AUG)),
  q('QO047', 'admin', 'has Aisha Khan missed any days since August?', () => noneIn('DEV-003', 'absent', SINCE_AUG)),
  q('QO048', 'admin', 'elena petrova absences in october', () => absentIs('QA-001', OCT)),
  q('QO049', 'admin', 'which days was Priya Raman late in September', () => lateDates('DEV-001', SEP)),
  q('QO050', 'admin', "how many missing check-outs has Kevin O'Brien had since August?", () => figures(checkOutsN(figureOf('DAT-004', 'missing', SINCE_AUG)))),
];

function filled1(list: string[]): string[] {
  if (list.length === 0) throw new Error('no days');
  return list;
}
/** The members of a team with a missing check-out over the range; the manager, with or without whom "my team" is read, has none. */
function teamMissing(team: string, range: readonly [string, string]): string[] {
  const members = dataset().people.filter((p) => p.team === team);
  if (members.some((p) => p.login === 'manager' && figureOf(p.id, 'missing', range) > 0)) throw new Error('the manager has a missing check-out');
  const list = members.filter((p) => figureOf(p.id, 'missing', range) > 0).map((p) => p.id);
  if (list.length === 0) throw new Error('nobody');
  return list;
}
