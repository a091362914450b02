/*
 * practice47 — the HR business partner preparing payroll and closing the month: a sentence of why first ("I'm preparing
 * payroll for October", "Month-end close —", "Ines joined mid-month, so her first pay is pro-rated"), then the figure
 * payroll needs — hours, days absent, half days, missing check-outs (hours lost), days of leave by kind (sick, unpaid,
 * annual), overtime over a line. A period the context states is the question's when the question states none; a person
 * the context names is who "she" or "he" is. Asked by the admin and, for their own team, the two managers.
 */
import { answer, hours, people, rate, type Question } from '../../expectation';
import { hoursBelow } from '../../oracle/practice23-figures';
import { onLeaveOfType } from '../../oracle/leave-figures';
import { overAbsences, sameWithoutAsker } from '../../oracle/practice34-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  ALL,
  AUGUST,
  awayDays,
  checkOutN,
  halfN,
  LAST_WEEK,
  leaveFig,
  leaveOf,
  me,
  none,
  NOV_SO_FAR,
  OCTOBER,
  overAll,
  NOV_WHOLE,
  YEAR_2025,
  YEAR_SO_FAR,
  rateOf,
  SEPTEMBER,
  SINCE_AUGUST,
  some,
  sumOf,
  team,
  teamWho,
  threeOrMore,
  who,
} from '../../oracle/practice47-figures';
import { peopleWhere } from '../../oracle/attendance-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
/** Who had approved unpaid leave this month, read to today and to the month's end (the readings must agree). */
const unpaidThisMonth = () => overAll([NOV_SO_FAR, NOV_WHOLE], ([from, to]) => onLeaveOfType('UNPAID', from, to));

export const PAYROLL: readonly Question[] = [
  q('PV001', 'admin', "I'm preparing payroll for October and need the unpaid days. How many days of unpaid leave were taken in October?", () =>
    answer({ figures: [leaveFig(leaveOf(ALL, OCTOBER, 'UNPAID'))] }),
  ),
  q('PV002', 'admin', 'Doing the payroll run b4 I close the month. Total hrs worked by the Data team in October?', () =>
    answer({ figures: [hours(sumOf(team('DAT'), 'hours', OCTOBER))] }),
  ),
  // A missing check-out leaves the day's hours empty: payroll wants the names.
  q('PV003', 'admin', 'Payroll prep: whose hours are incomplete because they forgot to check out last month?', () =>
    people(some(who(ALL, 'missingCheckOut', OCTOBER))),
  ),
  q('PV004', 'admin', 'For the payroll deductions I need absences. How many days was Chris Walker absent in October?', () =>
    answer({ figures: [awayDays(sumOf(me('QA-004'), 'absent', OCTOBER))] }),
  ),
  // The context states the period (October); the question names the person.
  q('PV005', 'DEV-001', "I'm signing off my teams October timesheets. How many hours did Yuki Tanaka put in?", () =>
    answer({ figures: [hours(sumOf(me('DEV-009'), 'hours', OCTOBER))] }),
  ),
  q('PV006', 'admin', 'Month-end close — how many missing check-outs have we had so far this month, company-wide?', () =>
    answer({ figures: [checkOutN(threeOrMore(sumOf(ALL, 'missingCheckOut', NOV_SO_FAR)))] }),
  ),
  q('PV007', 'admin', 'Sick pay is worked out separately, so I need this: how many days of sick leave were taken in September?', () =>
    answer({ figures: [leaveFig(leaveOf(ALL, SEPTEMBER, 'SICK'))] }),
  ),
  // Lucas Moreau's unpaid leave was an afternoon: half a day.
  q('PV008', 'admin', 'Before I run payroll for Security: how many days of unpaid leave did Lucas Moreau take in September?', () =>
    answer({ figures: [leaveFig(leaveOf(me('SEC-005'), SEPTEMBER, 'UNPAID'))] }),
  ),
  q('PV009', 'admin', "I'm reconciling October's timesheets. Which DEV people were absent more than 3 days that month?", () =>
    people(overAbsences(DEV, OCTOBER, 3)),
  ),
  q('PV010', 'QA-001', "I'm closing out October for QA payroll. Did anyone on my team forget to check out that month?", () =>
    yesNo(false, [], { people: none(teamWho('QA-001', 'missingCheckOut', OCTOBER)) }),
  ),
  // Someone expected at work with no record counts with 0 hours; people not expected at all (on leave all week, left) do not.
  q('PV011', 'admin', "Payroll's due Friday. Who worked fewer than 30 hours last week?", () => people(some(hoursBelow(ALL, LAST_WEEK, 30)))),
  // Today's check-in has no check-out yet, so it adds no hours.
  q('PV012', 'admin', 'Ines Carvalho joined mid-month, so her first pay is pro-rated. How many hours has she worked this month?', () =>
    answer({ figures: [hours(sumOf(me('AI-010'), 'hours', NOV_SO_FAR))] }),
  ),
  q('PV013', 'admin', "Laura Silva left in October and I'm working out her final pay. How many hours did she work that month?", () =>
    answer({ figures: [hours(sumOf(me('DAT-009'), 'hours', OCTOBER))] }),
  ),
  q('PV014', 'admin', "Ethan Hughes's final settlement is being prepared. How many days was he absent in September?", () =>
    answer({ figures: [awayDays(sumOf(me('SEC-008'), 'absent', SEPTEMBER))] }),
  ),
  q('PV015', 'admin', 'Running the October payroll. How many half days were recorded company-wide that month?', () =>
    answer({ figures: [halfN(sumOf(ALL, 'halfDay', OCTOBER))] }),
  ),
  q('PV016', 'DEV-001', "Doing my team's payroll sign-off for last wk. What were DEV's total hours?", () =>
    answer({ figures: [hours(sumOf(DEV, 'hours', LAST_WEEK))] }),
  ),
  // Nobody had approved unpaid leave this month, read to today or to the month's end.
  q('PV017', 'admin', 'For payroll: was anyone on unpaid leave this month?', () => yesNo(false, [], { people: none(unpaidThisMonth()) })),
  q('PV018', 'admin', 'I need to flag overtime for payroll. Who worked more than 45 hours last week?', () =>
    people(some(peopleWhere(ALL, 'hours', LAST_WEEK[0], LAST_WEEK[1], (h) => h > 45))),
  ),
  // Marcus Lee never checked out on the 12th: that day adds no hours.
  q('PV019', 'QA-001', "I'm approving QA timesheets for last week. How many hours did Marcus Lee log?", () =>
    answer({ figures: [hours(sumOf(me('QA-002'), 'hours', LAST_WEEK))] }),
  ),
  q('PV020', 'admin', 'Payroll query from Finance: how many days of annual leave did the Data team take in September?', () =>
    answer({ figures: [leaveFig(leaveOf(team('DAT'), SEPTEMBER, 'ANNUAL'))] }),
  ),
  // The Summer Bank Holiday fell inside Nina Kowalski's week of leave: that day is the holiday's, not leave.
  q('PV021', 'admin', "I'm closing the books for Q3. How many days of leave, all kinds, were taken company-wide in August?", () =>
    answer({ figures: [leaveFig(leaveOf(ALL, AUGUST))] }),
  ),
  q('PV022', 'DEV-001', 'Payroll needs my sign-off on absences. How many days of absence did my team have last month?', () =>
    answer({ figures: [awayDays(sameWithoutAsker(DEV, 'DEV-001', (s) => sumOf(s, 'absent', OCTOBER)))] }),
  ),
  q('PV023', 'admin', "I'm preparing the payroll file for AI. Who in AI has had a missing check-out since August?", () =>
    people(some(who(team('AI'), 'missingCheckOut', SINCE_AUGUST))),
  ),
  q('PV024', 'admin', "Closing the month: what was the company's absence rate in October?", () =>
    answer({ figures: [rate(Math.round((1 - rateOf(ALL, OCTOBER)) * 10_000) / 10_000)] }),
  ),
  q('PV025', 'admin', 'Payroll for new starters — how many hours did Noah Brown work in August?', () =>
    answer({ figures: [hours(sumOf(me('DAT-010'), 'hours', AUGUST))] }),
  ),
  // Grace Kim's day of leave fell on the Autumn Half Day: it took only the morning.
  q('PV026', 'QA-001', 'My payroll sign-off is due. How many days of leave did my team take in October?', () =>
    answer({ figures: [leaveFig(sameWithoutAsker(QA, 'QA-001', (s) => leaveOf(s, OCTOBER)))] }),
  ),
  // Leave taken this year is the days gone by; none of Daniel Okafor's unpaid leave lies ahead (the two readings agree).
  q('PV027', 'admin', 'Quick payroll check — how much unpaid leave has Daniel Okafor taken this year?', () =>
    answer({ figures: [leaveFig(overAll([YEAR_SO_FAR, YEAR_2025], (range) => leaveOf(me('DEV-008'), range, 'UNPAID')))] }),
  ),
];
