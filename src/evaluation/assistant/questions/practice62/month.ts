/*
 * practice62 — this month (1 November to today) and last month (October): the team's rate, late arrivals, absent days,
 * half days and missed check-outs, thresholds ("anyone late more than twice this month", "under 90 %"), a month against
 * the one before, and a month-by-month series since tracking began. API.md: absences are counted by the absence rule (a
 * half day missed is half a day), a rate is pooled over the closed days; README: "this month" is the 1st to today. Every
 * count reaching today must be the same with and without today, every list the same with and without the manager.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import {
  absenceRateOf,
  clearOf,
  EVERYONE,
  LAST_MONTH,
  month,
  none,
  nonZero,
  personal,
  personalRate,
  rateOf,
  SINCE_TRACKING,
  some,
  teamOf,
  THIS_MONTH,
  total,
} from '../../oracle/practice62-figures';
import { absentMoreThan, atTheEnd, daysWhen, whoWith } from '../../oracle/practice62-lists';
import { absentD, halfN, lateN, missingN, yesNo } from '../../oracle/practice62-team';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');

/** A person's rate against a line, each clear of it by more than the grader's rounding. */
const under = (line: number) => (v: number) => clearOf(v, line, 0.001) < line;

export const MONTH: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK081', 'DEV-001', 'anyone on my team been late more than twice this month?', () =>
    yesNo(true, { people: some(whoWith(DEV, 'late', THIS_MONTH, (v) => v > 2, 'DEV-001')) }),
  ),
  q('QK082', 'DEV-001', "team's attendance rate month to date", () => figures(rate(rateOf(DEV, THIS_MONTH)))),
  q('QK083', 'DEV-001', 'how many late arrivals has my team had in november so far', () => figures(lateN(nonZero(total(DEV, 'late', THIS_MONTH))))),
  q('QK084', 'DEV-001', 'who in my team has had an absence this month', () => people(some(whoWith(DEV, 'absent', THIS_MONTH, undefined, 'DEV-001')))),
  q('QK085', 'DEV-001', 'total days absent for my lot this month', () => figures(absentD(nonZero(total(DEV, 'absent', THIS_MONTH))))),
  q('QK086', 'DEV-001', 'my team attendance rate for october', () => figures(rate(rateOf(DEV, month(10))))),
  q('QK087', 'DEV-001', 'who on my team missed a checkout this month', () => people(some(whoWith(DEV, 'missingCheckOut', THIS_MONTH, undefined, 'DEV-001')))),
  q('QK088', 'DEV-001', 'anyone in my team with 3 or more lates in october', () => people(some(whoWith(DEV, 'late', month(10), (v) => v >= 3, 'DEV-001')))),
  q('QK089', 'DEV-001', 'late arrivals in my team month by month since august', () =>
    figures(...[month(8), month(9), month(10), THIS_MONTH].map((r) => lateN(nonZero(total(DEV, 'late', r))))),
  ),
  q('QK090', 'DEV-001', 'did my teams attendance go up or down from october to november', () => {
    const before = rateOf(DEV, LAST_MONTH);
    const after = rateOf(DEV, THIS_MONTH);
    if (before === after) throw new Error('level');
    return answer({ figures: [rate(before), rate(after)], mentions: [after > before ? 'up' : 'down'] });
  }),
  q('QK091', 'DEV-001', 'how many half days did my team clock up in october', () => figures(halfN(nonZero(total(DEV, 'halfDay', month(10)))))),
  q('QK092', 'DEV-001', 'anyone in my lot under 90% attendance this month', () => people(some(whoWith(DEV, 'rate', THIS_MONTH, under(0.9), 'DEV-001')))),
  q('QK093', 'DEV-001', 'which days was hannah absent this month', () => answer({ dates: some(daysWhen('DEV-007', 'absent', THIS_MONTH)) })),
  q('QK094', 'DEV-001', 'who in my team was absent more than 2 days in october', () => people(some(absentMoreThan(DEV, month(10), 2, 'DEV-001')))),

  // Elena Petrova, QA.
  q('QK095', 'QA-001', 'who in QA has been late more than twice this month', () => people(some(whoWith(QA, 'late', THIS_MONTH, (v) => v > 2, 'QA-001')))),
  q('QK096', 'QA-001', 'anyone on my team below 90% attendance so far this month?', () =>
    yesNo(true, { people: some(whoWith(QA, 'rate', THIS_MONTH, under(0.9), 'QA-001')) }),
  ),
  q('QK097', 'QA-001', 'how many days absent has my team racked up in november', () => figures(absentD(nonZero(total(QA, 'absent', THIS_MONTH))))),
  q('QK098', 'QA-001', 'QA attendance rate oct vs sept', () => figures(rate(rateOf(QA, month(10))), rate(rateOf(QA, month(9))))),
  q('QK099', 'QA-001', 'which of my people had 100% attendance in october', () => people(some(whoWith(QA, 'rate', month(10), (v) => v === 1, 'QA-001')))),
  q('QK100', 'QA-001', 'missed check-outs on my team this month?', () => figures(missingN(nonZero(total(QA, 'missingCheckOut', THIS_MONTH))))),
  q('QK101', 'QA-001', 'late arrivals in my team in october, and who had the most', () =>
    answer({ figures: [lateN(nonZero(total(QA, 'late', month(10))))], people: atTheEnd(QA, 'late', month(10), 'most', 'QA-001') }),
  ),
  q('QK102', 'QA-001', "my team's absence rate last month", () => figures(rate(absenceRateOf(QA, LAST_MONTH)))),
  q('QK103', 'QA-001', 'how many times has leo been late since august', () => figures(lateN(nonZero(personal('QA-008', 'late', SINCE_TRACKING))))),
  q('QK104', 'QA-001', 'zoe - absences this month, which days?', () => answer({ dates: some(daysWhen('QA-009', 'absent', THIS_MONTH)) })),

  // The HR admin, for contrast.
  q('QK105', 'admin', 'which teams are below 95% attendance so far this month', () => {
    const teams = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].filter((t) => clearOf(rateOf(teamOf(t), THIS_MONTH), 0.95, 0.001) < 0.95);
    return answer({ teams: some(teams) });
  }),
  q('QK106', 'admin', 'who was late more than 4 times in october, company wide', () => people(some(whoWith(EVERYONE, 'late', month(10), (v) => v > 4)))),

  // Employees.
  q('QK107', 'QA-003', 'my attendance rate in november so far', () => figures(rate(personalRate('QA-003', THIS_MONTH)))),
  q('QK108', 'SEC-004', 'hows my attendance looking this month', () => figures(rate(personalRate('SEC-004', THIS_MONTH)))),
  q('QK109', 'DAT-004', 'on which days was i late in october', () => answer({ dates: some(daysWhen('DAT-004', 'late', month(10))) })),
  q('QK110', 'DEV-003', 'was i absent at all last month', () => yesNo(false, { dates: none(daysWhen('DEV-003', 'absent', LAST_MONTH)) })),
];
