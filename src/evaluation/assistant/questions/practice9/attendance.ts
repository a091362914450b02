/* Ninth practice set: attendance rates, statuses, hours, missing check-outs, who is in. Written code-blind from API.md and the README. */
import { answer, count, days, hours, notFound, people, rate, refusal, type Question } from '../../expectation';
import {
  attendedOn,
  checkedInToday,
  measureOf,
  mostOf,
  notCheckedInToday,
  peopleByRate,
  peopleWhere,
  peopleWithRate,
  teamsWhere,
  totals,
} from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { statusOn } from '../../oracle/status-on';
import { LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, YESTERDAY, q } from '../helpers';

const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
const mostLate = (from: string, to: string) => {
  const late = TEAMS.map((team) => ({ team, n: totals({ team }, from, to).late }));
  const top = Math.max(...late.map((t) => t.n));
  return late.filter((t) => t.n === top).map((t) => t.team);
};

export const ATTENDANCE_QUESTIONS: Question[] = [
  q('X043', 'admin', 'What was the attendance rate last week?', () => answer({ figures: [rate(totals({}, ...LAST_WEEK).rate)] })),
  q('X044', 'admin', 'attendance rate for QA in october', () => answer({ figures: [rate(totals({ team: 'QA' }, ...OCTOBER).rate)] })),
  q('X045', 'admin', 'who was late yesterday', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('X046', 'admin', 'how many people were late last week', () => answer({ figures: [count(peopleWhere({}, 'late', ...LAST_WEEK).length)] })),
  q('X047', 'DEV-001', 'who on my team was absent yesterday', () => people(peopleWhere({ team: 'DEV' }, 'absent', YESTERDAY, YESTERDAY))),
  q('X048', 'admin', 'who forgot to check out last week', () => people(peopleWhere({}, 'missingCheckOut', ...LAST_WEEK))),
  q('X049', 'admin', 'how many hours did Lukas Novak work in October', () => answer({ figures: [hours(measureOf('DEV-004', 'hours', ...OCTOBER))] })),
  q('X050', 'DEV-003', 'my hours last week', () => answer({ figures: [hours(measureOf('DEV-003', 'hours', ...LAST_WEEK))] })),
  q('X051', 'DEV-003', "what's my attendance this month", () => answer({ figures: [rate(totals({ ids: ['DEV-003'] }, ...THIS_MONTH).rate)] })),
  q('X052', 'QA-003', 'how many times was I late in september', () => answer({ figures: [count(measureOf('QA-003', 'late', ...SEPTEMBER))] })),
  q('X053', 'admin', 'who had 100% attendance last month', () => people(peopleWithRate({}, ...OCTOBER, (r) => r === 1))),
  q('X054', 'admin', 'anyone under 80% attendance in october?', () => people(peopleWithRate({}, ...OCTOBER, (r) => r < 0.8))),
  q('X055', 'admin', 'lowest 3 attendance rates last month', () =>
    people(
      peopleByRate({}, ...OCTOBER, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  q('X056', 'admin', 'Show me departments with attendance issues last month', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('X057', 'admin', 'attendance rate by team in september', () => answer({ figures: TEAMS.map((team) => rate(totals({ team }, ...SEPTEMBER).rate)) })),
  q('X058', 'admin', "is QA's attendance worse than DEV's this month", () =>
    answer({ figures: [rate(totals({ team: 'QA' }, ...THIS_MONTH).rate), rate(totals({ team: 'DEV' }, ...THIS_MONTH).rate)] }),
  ),
  q('X059', 'QA-001', "who hasn't checked in yet today", () => people(notCheckedInToday({ team: 'QA' }))),
  q('X060', 'admin', 'how many people clocked in today', () => answer({ figures: [count(checkedInToday({}).length)] })),
  q('X061', 'admin', 'how many half days did SEC have in october', () => answer({ figures: [count(totals({ team: 'SEC' }, ...OCTOBER).halfDay)] })),
  q('X062', 'admin', 'which team had the most late arrivals last month', () => answer({ teams: mostLate(...OCTOBER) })),
  q('X063', 'admin', 'absent days for DAT in september', () => answer({ figures: [days(totals({ team: 'DAT' }, ...SEPTEMBER).absent)] })),
  q('X064', 'admin', 'hours worked by QA last month', () => answer({ figures: [hours(totals({ team: 'QA' }, ...OCTOBER).hours)] })),
  q('X065', 'QA-001', 'Chris Walker attendance rate in oct', () => answer({ figures: [rate(totals({ ids: ['QA-004'] }, ...OCTOBER).rate)] })),
  q('X066', 'DEV-001', 'was Lukas Novak late yesterday?', () => answer({ mentions: [statusOn('DEV-004', YESTERDAY)] })),
  q('X067', 'SEC-004', 'how many days was I absent last month', () => answer({ figures: [days(measureOf('SEC-004', 'absent', ...OCTOBER))] })),
  q('X068', 'DAT-004', 'my attendance rate in september', () => answer({ figures: [rate(totals({ ids: ['DAT-004'] }, ...SEPTEMBER).rate)] })),
  q('X069', 'DEV-003', "Chris Morgan's attendance last month", () => notFound()),
  q('X070', 'QA-003', 'attendance for the DEV team last week', () => refusal('DEV', 'Development', 'outside', 'team')),
  q('X071', 'DEV-001', 'attendance rate for QA last week', () => refusal('QA', 'Quality', 'outside')),
  q('X072', 'admin', 'who was absent on Founders Day', () => people(peopleWhere({}, 'absent', '2025-10-13', '2025-10-13'))),
  q('X073', 'admin', 'missing checkouts in DEV this month', () => answer({ figures: [count(totals({ team: 'DEV' }, ...THIS_MONTH).missingCheckOut)] })),
  q('X074', 'admin', 'Yuki Tanaka hours in september vs october', () =>
    answer({ figures: [hours(measureOf('DEV-009', 'hours', ...SEPTEMBER)), hours(measureOf('DEV-009', 'hours', ...OCTOBER))] }),
  ),
  q('X075', 'admin', 'attendance rate for the seniors last week', () => answer({ figures: [rate(totals(levelIn(undefined, 'Senior'), ...LAST_WEEK).rate)] })),
  q('X076', 'admin', 'which juniors were late last month', () => people(peopleWhere(levelIn(undefined, 'Junior'), 'late', ...OCTOBER))),
  q('X077', 'admin', 'who was late more than 3 times in october', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v > 3))),
  q('X078', 'admin', 'who was absent the most last month', () => people(mostOf({}, 'absent', ...OCTOBER))),
  q('X079', 'DEV-001', 'who on my team was late the most in september', () => people(mostOf({ team: 'DEV' }, 'late', ...SEPTEMBER))),
  q('X080', 'admin', 'AI attendance between 1 sep and 15 sep', () => answer({ figures: [rate(totals({ team: 'AI' }, '2025-09-01', '2025-09-15').rate)] })),
  q('X081', 'admin', 'how many ppl were absent yesterday', () => answer({ figures: [count(peopleWhere({}, 'absent', YESTERDAY, YESTERDAY).length)] })),
  q('X082', 'admin', 'who from AI came in on 3 November', () => people(attendedOn({ team: 'AI' }, '2025-11-03'))),
  q('X083', 'admin', 'attendence rate for the testers last wk', () => answer({ figures: [rate(totals({ team: 'QA' }, ...LAST_WEEK).rate)] })),
  q('X084', 'DEV-001', 'my teams attendance rate last month', () => answer({ figures: [rate(totals({ team: 'DEV' }, ...OCTOBER).rate)] })),
  q('X085', 'QA-001', 'anyone on my team under 90% attendance in september', () => people(peopleWithRate({ team: 'QA' }, ...SEPTEMBER, (r) => r < 0.9))),
  q('X086', 'admin', 'half days last week', () => answer({ figures: [count(totals({}, ...LAST_WEEK).halfDay)] })),
  q('X087', 'SEC-004', 'did I forget to check out at all this month?', () =>
    answer({ figures: [count(measureOf('SEC-004', 'missingCheckOut', ...THIS_MONTH))] }),
  ),
  q('X088', 'admin', 'hours worked by Sofia Rossi last week', () => answer({ figures: [hours(measureOf('DEV-011', 'hours', ...LAST_WEEK))] })),
  // X089 ("who was late on the QA offsite") dropped: the day for everyone and QA's people that day are both fair readings.
  q('X090', 'DAT-004', 'how many hours did i do in october', () => answer({ figures: [hours(measureOf('DAT-004', 'hours', ...OCTOBER))] })),
  q('X091', 'admin', 'SEC attendance in august', () => answer({ figures: [rate(totals({ team: 'SEC' }, '2025-08-01', '2025-08-31').rate)] })),
  q('X092', 'QA-001', 'how many late arrivals did my team have last week', () => answer({ figures: [count(totals({ team: 'QA' }, ...LAST_WEEK).late)] })),
  q('X093', 'admin', 'who is not in yet today in security', () => people(notCheckedInToday({ team: 'SEC' }))),
  q('X094', 'DEV-001', 'which of my juniors were absent last week', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'absent', ...LAST_WEEK))),
  q('X095', 'admin', `was Mohammed Saleh late on 12 November`, () => answer({ mentions: [statusOn('SEC-003', '2025-11-12')] })),
];
