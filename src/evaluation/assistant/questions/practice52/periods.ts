/*
 * practice52 — attendance over relative periods of every kind: today (open: who has not checked in yet, who has),
 * yesterday, this week (Monday to today), last week (the previous Monday to Sunday), this month (the 1st to today),
 * last month, this quarter (so far), last quarter (tracked from 1 August), this year so far, a named month, a named
 * date, "the 12th" of this month and a date range. Rates count closed days only; counts over a range reaching today
 * are checked to read the same with and without today, and a manager's "my team" lists the same with and without the
 * manager. Absences are days (a half day a half).
 */
import { answer, count, figures, people, rate, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { lateDates, yesNo } from '../../oracle/practice20-figures';
import { none, some } from '../../oracle/practice43-figures';
import { awayN, lateN } from '../../oracle/practice51-figures';
import {
  absenceIn,
  ALL,
  between,
  checkInAt,
  countIn,
  dayOf,
  inToday,
  LAST_MONTH,
  LAST_QUARTER,
  LAST_WEEK,
  me,
  monthOf,
  mostIn,
  notInYet,
  oneDay,
  rateIn,
  team,
  teamOf,
  theNth,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  THIS_YEAR,
  whoIn,
  YESTERDAY_ONLY,
} from '../../oracle/practice52-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const DEV = teamOf('DEV-001');
const QA = teamOf('QA-001');

export const PERIODS: readonly Question[] = [
  // Today: the day is open, nobody is absent yet.
  q('QA031', 'admin', "who hasn't checked in yet today?", () => people(some(notInYet(ALL)))),
  q('QA032', 'DEV-001', 'anyone on my team not clocked in yet today?', () => yesNo(true, [], { people: some(notInYet(DEV, 'DEV-001')) })),
  q('QA033', 'admin', 'how many people have clocked in so far today', () =>
    figures(near(count(inToday(ALL).length), 'check|clock|\\bin\\b|people|employee|staff')),
  ),
  q('QA034', 'SEC-004', 'have I checked in today?', () => yesNo(inToday(me('SEC-004')).length > 0, [])),
  q('QA035', 'QA-003', 'was i late this morning', () => yesNo(true, [], { mentions: [checkInAt('QA-003', TODAY)] })),

  // Yesterday.
  q('QA036', 'admin', 'attendance rate yesterday', () => figures(rate(rateIn(ALL, YESTERDAY_ONLY)))),
  q('QA037', 'admin', 'who was absent yesterday?', () => people(some(whoIn(ALL, 'absent', YESTERDAY_ONLY)))),
  q('QA038', 'QA-001', 'who was off on my team yesterday', () => people(some(whoIn(QA, 'absent', YESTERDAY_ONLY, 'QA-001')))),

  // This week, so far.
  q('QA039', 'admin', "what's the attendance rate so far this week", () => figures(rate(rateIn(ALL, THIS_WEEK)))),
  q('QA040', 'QA-001', "my team's attendance this week so far?", () => figures(rate(rateIn(QA, THIS_WEEK)))),
  q('QA041', 'admin', 'who has been absent this week', () => people(some(whoIn(ALL, 'absent', THIS_WEEK)))),

  // Last week.
  q('QA042', 'admin', 'how many late arrivals were there last week?', () => figures(lateN(countIn(ALL, 'late', LAST_WEEK)))),
  q('QA043', 'DEV-001', 'who on my team was late last week', () => people(some(whoIn(DEV, 'late', LAST_WEEK, 'DEV-001')))),
  q('QA044', 'SEC-004', 'was I late at all last week?', () => yesNo(true, [], { dates: some(lateDates('SEC-004', LAST_WEEK)) })),
  q('QA045', 'admin', 'absence rate last week?', () => figures(rate(absenceIn(ALL, LAST_WEEK)))),

  // This month, so far.
  q('QA046', 'admin', 'how many days of absence have we had so far this month?', () => figures(awayN(countIn(ALL, 'absent', THIS_MONTH)))),
  q('QA047', 'QA-001', 'how many absent days has my team racked up this month', () => figures(awayN(countIn(QA, 'absent', THIS_MONTH, 'QA-001')))),
  q('QA048', 'QA-003', 'my attendance rate this month compared with last month', () =>
    figures(rate(rateIn(me('QA-003'), THIS_MONTH)), rate(rateIn(me('QA-003'), LAST_MONTH))),
  ),

  // Last month.
  q('QA049', 'admin', 'overall attendance rate last month', () => figures(rate(rateIn(ALL, LAST_MONTH)))),
  q('QA050', 'admin', 'who had the most late arrivals last month?', () => people(mostIn(ALL, 'late', LAST_MONTH))),
  q('QA051', 'DEV-001', 'how many days were people on my team absent last month', () => figures(awayN(countIn(DEV, 'absent', LAST_MONTH, 'DEV-001')))),

  // This quarter and last quarter.
  q('QA052', 'admin', 'attendance rate this quarter', () => figures(rate(rateIn(ALL, THIS_QUARTER)))),
  q('QA053', 'QA-003', 'what is my attendance rate for this quarter so far?', () => figures(rate(rateIn(me('QA-003'), THIS_QUARTER)))),
  q('QA054', 'admin', 'What was the attendance rate last quarter?', () => figures(rate(rateIn(ALL, LAST_QUARTER)))),
  q('QA055', 'QA-001', 'how many late arrivals did QA have last quarter', () => figures(lateN(countIn(team('QA'), 'late', LAST_QUARTER)))),

  // This year so far.
  q('QA056', 'admin', 'attendance rate this year so far', () => figures(rate(rateIn(ALL, THIS_YEAR)))),
  q('QA057', 'DAT-004', 'how many times have I been late this year?', () => figures(lateN(countIn(me('DAT-004'), 'late', THIS_YEAR)))),

  // A named month.
  q('QA058', 'admin', 'September attendance for security?', () => figures(rate(rateIn(team('SEC'), monthOf(9))))),
  q('QA059', 'DAT-004', 'my attendance in september', () => figures(rate(rateIn(me('DAT-004'), monthOf(9))))),

  // A named date, and "the 12th" of this month.
  q('QA060', 'admin', 'who was late on 22 October?', () => people(some(whoIn(ALL, 'late', oneDay(dayOf(10, 22)))))),
  q('QA061', 'admin', 'who was absent on 3 nov', () => people(some(whoIn(ALL, 'absent', oneDay(dayOf(11, 3)))))),
  q('QA062', 'QA-001', 'anyone on my team late on the 12th?', () => yesNo(false, [], { people: none(whoIn(QA, 'late', oneDay(theNth(12)), 'QA-001')) })),

  // A date range.
  q('QA063', 'admin', 'attendance rate from 1 to 15 October', () => figures(rate(rateIn(ALL, between(10, 1, 10, 15))))),
  q('QA064', 'DEV-001', 'late arrivals in DEV between 3 and 14 november', () => figures(lateN(countIn(team('DEV'), 'late', between(11, 3, 11, 14))))),
  q('QA065', 'admin', 'how many days of absence were there between 20 and 31 October?', () =>
    answer({ figures: [awayN(countIn(ALL, 'absent', between(10, 20, 10, 31)))] }),
  ),
];
