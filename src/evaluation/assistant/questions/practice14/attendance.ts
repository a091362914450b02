/*
 * practice14 — attendance over the real calendar: rates (holidays and leave are not absences), who was
 * absent or late on a day or on a holiday, missing check-outs for month-end checks, who has not checked
 * in yet, hours worked, check-in times, and pending corrections. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README's "Assistant" section; every figure and person comes
 * from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { measureOf, notCheckedInToday, peopleByRate, peopleWhere, peopleWithRate, recordOf, totals } from '../../oracle/attendance-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { near } from '../../oracle/practice10-figures';
import { cutIsClean, perTeam, teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const rateOf = (scope: { team?: string; ids?: string[] }, [from, to]: [string, string]) => rate(totals(scope, from, to).rate);
const checkInOf = (id: string, day: string) => {
  const time = recordOf(id, day)?.checkIn;
  if (!time) throw new Error(`${id} has no check-in on ${day}`);
  // "09:05" may be written "9:05": the hour without its leading zero is what any answer contains.
  return time.slice(0, 5).replace(/^0/, '');
};
const bottom = (team: string, n: number) => {
  const ranked = peopleByRate({ team }, OCTOBER[0], OCTOBER[1], 'lowest').map((x) => ({ id: x.id, value: x.rate }));
  if (!cutIsClean(ranked, n)) throw new Error('the cut is tied');
  return ranked.slice(0, n).map((x) => x.id);
};

export const ATTENDANCE: readonly Question[] = [
  // Rates.
  q('M086', 'admin', 'attendance rate last mth', () => figures(rateOf({}, OCTOBER))),
  q('M087', 'DEV-001', 'team attendance rate this mth so far', () => figures(rateOf({ team: 'DEV' }, THIS_MONTH))),
  q('M088', 'DEV-003', 'my attendance this month', () => figures(rateOf({ ids: ['DEV-003'] }, THIS_MONTH))),
  q('M089', 'QA-003', 'my attendance rate in q3', () => figures(rateOf({ ids: ['QA-003'] }, Q3))),
  q('M090', 'admin', 'attendance rate between 1 and 15 oct', () => figures(rateOf({}, ['2025-10-01', '2025-10-15']))),
  q('M091', 'admin', 'attendance rate for SEC in sept', () => figures(rateOf({ team: 'SEC' }, SEPTEMBER))),
  q('M092', 'DAT-004', 'my attendance rate last mth', () => figures(rateOf({ ids: ['DAT-004'] }, OCTOBER))),
  q('M093', 'admin', 'attendance rate by team last month', () => {
    const byTeam = perTeam('rate', OCTOBER[0], OCTOBER[1]);
    return figures(...TEAM_CODES.map((team) => rate(byTeam[team] ?? null)));
  }),
  q('M094', 'admin', 'anyone under 80% attendance last month', () => people(peopleWithRate({}, OCTOBER[0], OCTOBER[1], (r) => r < 0.8))),
  q('M095', 'QA-001', 'bottom 2 attendance rates in my team last mth', () => people(bottom('QA', 2))),
  q('M096', 'admin', 'attendance for DAT-007 this month so far', () => figures(rateOf({ ids: ['DAT-007'] }, THIS_MONTH))),

  // Absent and late, holidays included.
  q('M097', 'admin', 'who was absent on founders day', () => people(peopleWhere({}, 'absent', holidayDate('Founders Day'), holidayDate('Founders Day')))),
  q('M098', 'DEV-001', 'who in my team was absent on the dev recharge day', () =>
    people(peopleWhere({ team: 'DEV' }, 'absent', holidayDate('DEV Recharge Day'), holidayDate('DEV Recharge Day'))),
  ),
  q('M099', 'admin', 'who was absent on 31 oct', () => people(peopleWhere({}, 'absent', '2025-10-31', '2025-10-31'))),
  q('M100', 'admin', 'how many absent days in qa last month', () => figures(days(totals({ team: 'QA' }, OCTOBER[0], OCTOBER[1]).absent))),
  q('M101', 'admin', 'absent days by team last mth', () => {
    const byTeam = perTeam('absent', OCTOBER[0], OCTOBER[1]);
    return figures(...TEAM_CODES.map((team) => near(days(byTeam[team]!), teamLabel(team))));
  }),
  q('M102', 'DEV-001', 'how many days was chris absent last month', () => figures(days(measureOf('DEV-006', 'absent', OCTOBER[0], OCTOBER[1])))),
  q('M103', 'admin', 'who was late on the 3rd', () => people(peopleWhere({}, 'late', '2025-11-03', '2025-11-03'))),
  q('M104', 'QA-001', 'who in my team was late yday', () => people(peopleWhere({ team: 'QA' }, 'late', YESTERDAY, YESTERDAY))),
  q('M105', 'admin', 'how many ppl were late last week', () => figures(count(peopleWhere({}, 'late', LAST_WEEK[0], LAST_WEEK[1]).length))),
  q('M106', 'admin', "who hasn't checked in yet today", () => people(notCheckedInToday({}))),
  q('M107', 'DEV-001', 'who in my team is not in yet', () => people(notCheckedInToday({ team: 'DEV' }))),

  // Month-end checks: missing check-outs.
  q('M108', 'admin', 'who forgot to check out yday', () => people(peopleWhere({}, 'missingCheckOut', YESTERDAY, YESTERDAY))),
  q('M109', 'admin', 'missing check-outs last wk', () => people(peopleWhere({}, 'missingCheckOut', LAST_WEEK[0], LAST_WEEK[1]))),
  q('M110', 'admin', 'how many missing check-outs this mth', () => figures(count(totals({}, THIS_MONTH[0], THIS_MONTH[1]).missingCheckOut))),
  q('M111', 'DEV-001', 'missing checkouts in my team this month', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', THIS_MONTH[0], THIS_MONTH[1]))),
  q('M112', 'admin', 'missing check-outs in oct', () => people(peopleWhere({}, 'missingCheckOut', OCTOBER[0], OCTOBER[1]))),

  // Hours and times.
  q('M113', 'DEV-003', 'my hrs last wk', () => figures(hours(totals({ ids: ['DEV-003'] }, LAST_WEEK[0], LAST_WEEK[1]).hours))),
  q('M114', 'admin', 'hours worked by qa in oct', () => figures(hours(totals({ team: 'QA' }, OCTOBER[0], OCTOBER[1]).hours))),
  q('M115', 'DEV-001', 'hrs worked by my team last week', () => figures(hours(totals({ team: 'DEV' }, LAST_WEEK[0], LAST_WEEK[1]).hours))),
  q('M116', 'admin', 'what time did lukas novak check in yday', () => answer({ mentions: [checkInOf('DEV-004', YESTERDAY)] })),
  q('M117', 'QA-001', 'what time did marcus clock in yesterday', () => answer({ mentions: [checkInOf('QA-002', YESTERDAY)] })),

  // Corrections: the data set holds none, so the answer says there are none pending.
  q('M118', 'admin', 'any pending corrections?', () => answer({ mentions: ['correction'] })),
  q('M119', 'DEV-001', 'pending attendance corrections for my team', () => answer({ mentions: ['correction'] })),
];
