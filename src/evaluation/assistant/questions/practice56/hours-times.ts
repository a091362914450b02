/*
 * practice56 — hours worked (a team's, a level's, one person's, people over or under a line, the N who worked most),
 * one person's check-in and check-out times (a day, a week at most), the last time something happened, and yes-or-no
 * questions against a line (the company's rate, one's own rate, one person's count). Each capability is asked plainly, casually, and
 * with one more constraint. Someone expected at work with no record counts with 0 hours; a figure against a line is
 * checked to stand clear of it.
 */
import { answer, figures, hours, rate, type Question } from '../../expectation';
import {
  ALL,
  clear,
  fig,
  hourEntries,
  hoursWhere,
  LAST_MONTH,
  LAST_WEEK,
  level,
  month,
  overAll,
  personSum,
  rateOf,
  some,
  sumOf,
  team,
  THIS_WEEK,
  YESTERDAY,
  me,
} from '../../oracle/practice53-figures';
import { clockAt, lastLate } from '../../oracle/practice31-figures';
import { checkInTimes } from '../../oracle/practice15-figures';
import { cleanCut } from '../../oracle/practice55-figures';
import { dayOf, lastLateIn } from '../../oracle/practice56-figures';
import { q } from '../helpers';

const OCT = month(10);
const SEP = month(9);
/** Yes or no against a line, with the figure; the figure must stand clear of the line. */
const against = (value: number, line: number, margin: number, passes: (v: number) => boolean, shown: ReturnType<typeof rate>) => {
  clear({ value }, line, margin);
  return answer({ mentions: [passes(value) ? 'yes' : 'no'], figures: [shown] });
};
/** The closed days of this week (today is open: a check-in time today may or may not be said). */
const closedThisWeek = (): [string, string] => [THIS_WEEK[0], YESTERDAY];

export const HOURS_AND_TIMES: readonly Question[] = [
  // A team's hours, and a level's.
  q('QE140', 'admin', 'How many hours did QA work last month?', () => figures(hours(sumOf(team('QA'), 'hours', LAST_MONTH)))),
  q('QE141', 'admin', 'qa hrs oct', () => figures(hours(sumOf(team('QA'), 'hours', OCT)))),
  q('QE142', 'admin', 'How many hours did the QA juniors work in October?', () => figures(hours(sumOf(level('Junior', 'QA'), 'hours', OCT)))),
  q('QE143', 'DEV-001', 'How many hours did my team work last week?', () => figures(hours(sumOf(team('DEV'), 'hours', LAST_WEEK)))),

  // People over or under a line of hours, and the N with the most.
  q('QE144', 'admin', 'Who had more than 44 hours worked last week?', () => people44()),
  q('QE145', 'admin', 'Who in QA worked fewer than 30 hours last week?', () => answer({ people: some(hoursWhere(team('QA'), LAST_WEEK, 30, (h) => h < 30)) })),
  q('QE146', 'admin', 'Top 3 people by hours worked last week?', () =>
    answer({ people: overAll(ALL, LAST_WEEK, (s, r) => cleanCut(hourEntries(s, r), 3, 'high')) }),
  ),

  // One person's hours.
  q('QE147', 'DEV-003', 'How many hours did I work last week?', () => figures(hours(personSum('DEV-003', 'hours', LAST_WEEK)))),
  q('QE148', 'QA-003', 'my hrs last wk?', () => figures(hours(personSum('QA-003', 'hours', LAST_WEEK)))),
  q('QE149', 'SEC-004', 'How many hours did I work in September compared with October?', () =>
    figures(hours(personSum('SEC-004', 'hours', SEP)), hours(personSum('SEC-004', 'hours', OCT))),
  ),

  // One person's check-in and check-out times.
  q('QE150', 'admin', 'When did Marcus Lee clock in yesterday?', () => answer({ mentions: [clockAt('QA-002', YESTERDAY, 'in')] })),
  q('QE151', 'QA-001', 'marcus check in time yday?', () => answer({ mentions: [clockAt('QA-002', YESTERDAY, 'in')] })),
  q('QE152', 'QA-001', 'What time did Marcus Lee check in and check out yesterday?', () =>
    answer({ mentions: [clockAt('QA-002', YESTERDAY, 'in'), clockAt('QA-002', YESTERDAY, 'out')] }),
  ),
  q('QE153', 'DEV-003', 'What time did I check in each day last week?', () => answer({ mentions: some(checkInTimes('DEV-003', LAST_WEEK)) })),
  q('QE154', 'DAT-004', 'my check in times this wk', () => answer({ mentions: some(checkInTimes('DAT-004', closedThisWeek())) })),
  q('QE155', 'SEC-004', 'What time did I check in on 26 August?', () => answer({ mentions: [clockAt('SEC-004', dayOf(8, 26), 'in')] })),

  // The last time something happened.
  q('QE156', 'DEV-003', 'When did I last arrive late?', () => answer({ dates: [lastLate('DEV-003')] })),
  q('QE157', 'SEC-004', 'last time i was late?', () => answer({ dates: [lastLate('SEC-004')] })),
  q('QE158', 'DAT-004', 'What was the last day I was late in October?', () => answer({ dates: [lastLateIn('DAT-004', OCT)] })),

  // Yes or no against a line.
  q('QE159', 'admin', "Was the company's attendance above 95% last month?", () =>
    against(rateOf(ALL, LAST_MONTH), 0.95, 0.001, (v) => v > 0.95, rate(rateOf(ALL, LAST_MONTH))),
  ),
  q('QE160', 'QA-003', 'Did my October attendance go over 95%?', () =>
    against(rateOf(me('QA-003'), OCT), 0.95, 0.001, (v) => v > 0.95, rate(rateOf(me('QA-003'), OCT))),
  ),
  q('QE161', 'admin', 'Did Lukas Novak arrive late more than 3 times in September?', () =>
    against(personSum('DEV-004', 'late', SEP), 3, 0.5, (v) => v > 3, fig('late', personSum('DEV-004', 'late', SEP))),
  ),
];

/** The people who worked more than 44 hours last week, read with and without leavers. */
function people44() {
  return answer({ people: some(hoursWhere(ALL, LAST_WEEK, 44, (h) => h > 44)) });
}
