/*
 * practice14 — who is off on leave on a day or over a period (today, tomorrow, next week, "on the 28th",
 * around Christmas and on holidays, where a holiday takes the day and leave takes nothing more), and
 * leave days per team. Written code-blind from /work/shared/API.md, docs/API.md and the README's
 * "Assistant" section; every person and figure comes from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { count, days, figures, people, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { leaveDays, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { perTeam, teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { DECEMBER, TOMORROW } from '../../oracle/practice14-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_WEEK, YESTERDAY } from '../helpers';

const leaveByTeam = () => {
  const byTeam = perTeam('onLeave', OCTOBER[0], OCTOBER[1]);
  return figures(...TEAM_CODES.map((team) => near(days(byTeam[team]!), teamLabel(team))));
};

export const WHO_IS_OFF: readonly Question[] = [
  q('M065', 'admin', "who's on leave today", () => people(offBetween({}, TODAY, TODAY))),
  q('M066', 'admin', 'whos ooo tmrw', () => people(offBetween({}, TOMORROW, TOMORROW))),
  q('M067', 'admin', 'who is off next wk', () => people(offBetween({}, NEXT_WEEK[0], NEXT_WEEK[1]))),
  q('M068', 'DEV-001', 'anyone in my team off next week?', () => people(offBetween({ team: 'DEV' }, NEXT_WEEK[0], NEXT_WEEK[1]))),
  q('M069', 'QA-001', "who's off on the 26th", () => people(offBetween({ team: 'QA' }, '2025-11-26', '2025-11-26'))),
  q('M070', 'admin', 'who is on leave on the 28th', () => people(offBetween({}, '2025-11-28', '2025-11-28'))),
  q('M071', 'admin', 'who was on leave yday', () => people(offBetween({}, YESTERDAY, YESTERDAY))),
  q('M072', 'admin', 'who was on leave last wk', () => people(offBetween({}, LAST_WEEK[0], LAST_WEEK[1]))),
  q('M073', 'admin', 'who was on leave on founders day', () => people(offBetween({}, holidayDate('Founders Day'), holidayDate('Founders Day')))),
  q('M074', 'admin', "who's off between 22 and 31 dec", () => people(offBetween({}, '2025-12-22', '2025-12-31'))),
  q('M075', 'admin', 'how many ppl are on leave today', () => figures(count(offBetween({}, TODAY, TODAY).length))),
  q('M076', 'admin', 'how many days of leave were taken in october', () => figures(days(totals({}, OCTOBER[0], OCTOBER[1]).onLeave))),
  q('M077', 'admin', 'leave days by team last month', leaveByTeam),
  q('M078', 'admin', 'who was on leave on 31 oct', () => people(offBetween({}, '2025-10-31', '2025-10-31'))),
  q('M079', 'DEV-001', "who's on leave in my team this week", () => people(offBetween({ team: 'DEV' }, THIS_WEEK[0], THIS_WEEK[1]))),
  q('M080', 'admin', 'anyone on sick leave today?', () => people(onLeaveOfType('SICK', TODAY, TODAY))),
  q('M081', 'admin', 'who is off in december', () => people(offBetween({}, DECEMBER[0], DECEMBER[1]))),
  q('M082', 'admin', 'who is on leave between 20 and 28 november', () => people(offBetween({}, '2025-11-20', '2025-11-28'))),
  q('M083', 'admin', 'how many days of leave is maria gonzalez taking next week', () => figures(days(leaveDays('DEV-005', NEXT_WEEK[0], NEXT_WEEK[1])))),
  q('M084', 'admin', "who's on leave the day after xmas", () => people(offBetween({}, holidayDate('Boxing Day'), holidayDate('Boxing Day')))),
  q('M085', 'admin', 'who is ooo on xmas eve', () => people(offBetween({}, holidayDate('Christmas Eve'), holidayDate('Christmas Eve')))),
];
