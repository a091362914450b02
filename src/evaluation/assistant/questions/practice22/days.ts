/*
 * practice22 — a new HR coordinator (admin) on who was in, late, away or on leave: today (the day is still
 * open: checked in so far, not in yet), yesterday, a given date, this week and last month — precise and
 * typed in a hurry. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure,
 * day and person comes from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { count, days, figures, people, type Question } from '../../expectation';
import { checkedInToday, mostOf, notCheckedInToday, peopleWhere, totals } from '../../oracle/attendance-figures';
import { offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { whoOn } from '../../oracle/practice18-figures';
import { nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { LAST_WEEK, OCTOBER, q, THIS_WEEK, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const late = (scope: { team?: string }, [from, to]: Range) => near(count(totals(scope, from, to).late), 'late');
const absent = (scope: { team?: string }, [from, to]: Range) => near(days(totals(scope, from, to).absent), 'absen|day|away|off|missed');

export const DAYS: readonly Question[] = [
  // Today, still open.
  q('A031', 'admin', 'how many people have checked in so far today', () =>
    figures(near(count(nonZero(checkedInToday({}).length)), 'check|clock|in|people|employee')),
  ),
  q('A032', 'admin', 'who is late today', () => people(nonEmpty(whoOn({}, 'late', TODAY)))),
  q('A033', 'admin', 'anyone late in QA this morning?', () => people(whoOn({ team: 'QA' }, 'late', TODAY))),
  q('A034', 'admin', "who in the data team hasn't clocked in yet today", () => people(notCheckedInToday({ team: 'DAT' }))),
  q('A035', 'admin', 'who is on leave today', () => people(nonEmpty(offBetween({}, TODAY, TODAY)))),
  q('A036', 'admin', 'has everyone in security checked in today?', () => people(notCheckedInToday({ team: 'SEC' }))),
  q('A037', 'admin', 'how many late arrivals so far today', () => figures(late({}, [TODAY, TODAY]))),
  q('A038', 'admin', 'whos checked in today from AI', () => people(checkedInToday({ team: 'AI' }))),

  // Yesterday.
  q('A039', 'admin', 'who was late yesterday', () => people(nonEmpty(whoOn({}, 'late', YESTERDAY)))),
  q('A040', 'admin', 'how many people were late yesterday', () => figures(late({}, [YESTERDAY, YESTERDAY]))),
  q('A041', 'admin', 'who was absent yesterday?', () => people(nonEmpty(whoOn({}, 'absent', YESTERDAY)))),
  q('A042', 'admin', 'who was off on leave yesterday', () => people(nonEmpty(offBetween({}, YESTERDAY, YESTERDAY)))),
  q('A043', 'admin', 'yesterday absences in dev', () => people(whoOn({ team: 'DEV' }, 'absent', YESTERDAY))),
  q('A044', 'admin', 'did anyone forget to check out yesterday', () => people(nonEmpty(whoOn({}, 'missingCheckOut', YESTERDAY)))),
  q('A045', 'admin', 'half days yesterday?', () => people(whoOn({}, 'halfDay', YESTERDAY))),

  // A given date.
  q('A046', 'admin', 'who was late on 3 November', () => people(nonEmpty(whoOn({}, 'late', '2025-11-03')))),
  q('A047', 'admin', 'who was absent on Monday 10 November', () => people(nonEmpty(whoOn({}, 'absent', '2025-11-10')))),
  q('A048', 'admin', 'who was on leave on 14 Oct', () => people(nonEmpty(offBetween({}, '2025-10-14', '2025-10-14')))),
  q('A049', 'admin', 'late arrivals in QA on 2025-10-21', () => people(whoOn({ team: 'QA' }, 'late', '2025-10-21'))),
  q('A050', 'admin', 'how many were absent on the 5th of november', () => figures(absent({}, ['2025-11-05', '2025-11-05']))),
  q('A051', 'admin', 'who was off sick on 22 september', () => people(nonEmpty(onLeaveOfType('SICK', '2025-09-22', '2025-09-22')))),

  // This week.
  q('A052', 'admin', 'how many late arrivals this week', () => figures(late({}, THIS_WEEK))),
  q('A053', 'admin', 'who in DEV was late this week', () => people(nonEmpty(peopleWhere({ team: 'DEV' }, 'late', ...THIS_WEEK)))),
  q('A054', 'admin', 'who is on leave this week', () => people(nonEmpty(offBetween({}, ...THIS_WEEK)))),
  q('A055', 'admin', 'absent days this week across the company', () => figures(absent({}, THIS_WEEK))),

  // Last week and last month.
  q('A056', 'admin', 'who was late two or more times last week', () => people(nonEmpty(peopleWhere({}, 'late', ...LAST_WEEK, (v) => v >= 2)))),
  q('A057', 'admin', 'number of absences last week in AI', () => figures(absent({ team: 'AI' }, LAST_WEEK))),
  q('A058', 'admin', 'who was absent the most last month', () => people(nonEmpty(mostOf({}, 'absent', ...OCTOBER)))),
  q('A059', 'admin', 'who was late the most times in october', () => people(nonEmpty(mostOf({}, 'late', ...OCTOBER)))),
  q('A060', 'admin', 'how many late arrivals did SEC have last month', () => figures(late({ team: 'SEC' }, OCTOBER))),
  q('A061', 'admin', 'who took leave last month', () => people(nonEmpty(offBetween({}, ...OCTOBER)))),
  q('A062', 'admin', 'missing check outs last month - who?', () => people(nonEmpty(peopleWhere({}, 'missingCheckOut', ...OCTOBER)))),
];
