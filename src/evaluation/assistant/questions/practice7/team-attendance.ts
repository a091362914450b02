/* Managers asking about their team's attendance: who was late, absent, on leave, missing check-outs, rates. */
import { answer, count, days, hours, people, rate, type Question } from '../../expectation';
import { measureOf, mostOf, notCheckedInToday, peopleWhere, peopleWithRate, totals } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY, q } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };
const LAST_FRIDAY = '2025-11-14';

export const TEAM_ATTENDANCE: Question[] = [
  q('W101', 'DEV-001', 'who in my team was late yesterday', () => people(peopleWhere(DEV, 'late', YESTERDAY, YESTERDAY))),
  q('W102', 'QA-001', 'who was absent last week on my team', () => people(peopleWhere(QA, 'absent', ...LAST_WEEK))),
  q('W104', 'QA-001', 'who was late more than 3 times in october', () => people(peopleWhere(QA, 'late', ...OCTOBER, (v) => v > 3))),
  q('W105', 'DEV-001', 'anyone late more than twice last month', () => people(peopleWhere(DEV, 'late', ...OCTOBER, (v) => v > 2))),
  q('W106', 'QA-001', 'who was absent more than 2 days in september', () => people(peopleWhere(QA, 'absent', ...SEPTEMBER, (v) => v > 2))),
  q('W107', 'DEV-001', 'who was late exactly 2 times in october', () => people(peopleWhere(DEV, 'late', ...OCTOBER, (v) => v === 2))),
  q('W108', 'QA-001', 'my teams attendance rate last month', () => answer({ figures: [rate(totals(QA, ...OCTOBER).rate)] })),
  q('W109', 'DEV-001', 'team attendance this month vs last month', () =>
    answer({ figures: [rate(totals(DEV, ...THIS_MONTH).rate), rate(totals(DEV, ...OCTOBER).rate)] }),
  ),
  q('W110', 'QA-001', 'attendance rate of my team this week', () => answer({ figures: [rate(totals(QA, ...THIS_WEEK).rate)] })),
  q('W111', 'DEV-001', 'who didnt check out last week', () => people(peopleWhere(DEV, 'missingCheckOut', ...LAST_WEEK))),
  q('W112', 'QA-001', 'how many missing check-outs in my team this month', () => answer({ figures: [count(totals(QA, ...THIS_MONTH).missingCheckOut)] })),
  q('W113', 'DEV-001', 'who hasnt checked in yet today', () => people(notCheckedInToday(DEV))),
  q('W114', 'QA-001', 'who was late last friday', () => people(peopleWhere(QA, 'late', LAST_FRIDAY, LAST_FRIDAY))),
  q('W115', 'DEV-001', 'how many late arrivals in my team last week', () => answer({ figures: [count(totals(DEV, ...LAST_WEEK).late)] })),
  q('W116', 'QA-001', 'total absent days for my team in october', () => answer({ figures: [days(totals(QA, ...OCTOBER).absent)] })),
  q('W117', 'DEV-001', 'hours worked by my team last week', () => answer({ figures: [hours(totals(DEV, ...LAST_WEEK).hours)] })),
  q('W118', 'QA-001', 'who is off next week', () => people(offBetween(QA, ...NEXT_WEEK))),
  q('W119', 'DEV-001', 'whos off next wk', () => people(offBetween(DEV, ...NEXT_WEEK))),
  q('W120', 'QA-001', 'who was on leave in august', () => people(offBetween(QA, '2025-08-01', '2025-08-31'))),
  q('W121', 'DEV-001', 'who was absent yesterday', () => people(peopleWhere(DEV, 'absent', YESTERDAY, YESTERDAY))),
  q('W122', 'QA-001', 'who was late the most last month', () => people(mostOf(QA, 'late', ...OCTOBER))),
  q('W123', 'DEV-001', 'who missed the most days in september', () => people(mostOf(DEV, 'absent', ...SEPTEMBER))),
  q('W124', 'QA-001', 'anyone in my team under 90% attendance last month', () => people(peopleWithRate(QA, ...OCTOBER, (r) => r < 0.9))),
  q('W125', 'DEV-001', 'who had attendance below 85% in october', () => people(peopleWithRate(DEV, ...OCTOBER, (r) => r < 0.85))),
  q('W126', 'QA-001', 'how many times was chris walker late in october', () => answer({ figures: [count(measureOf('QA-004', 'late', ...OCTOBER))] })),
  q('W127', 'DEV-001', 'lukas late count last month', () => answer({ figures: [count(measureOf('DEV-004', 'late', ...OCTOBER))] })),
  q('W128', 'QA-001', 'attendance of zoe adams in september', () => answer({ figures: [rate(totals({ ids: ['QA-009'] }, ...SEPTEMBER).rate)] })),
  q('W129', 'DEV-001', 'how many days was chris morgan absent this month', () => answer({ figures: [days(measureOf('DEV-006', 'absent', ...THIS_MONTH))] })),
  q('W130', 'QA-001', 'hours worked by peter hansen last week', () => answer({ figures: [hours(measureOf('QA-006', 'hours', ...LAST_WEEK))] })),
  q('W131', 'DEV-001', 'yuki missing check outs in october', () => answer({ figures: [count(measureOf('DEV-009', 'missingCheckOut', ...OCTOBER))] })),
  q('W132', 'QA-001', 'was leo late yesterday', () => answer({ figures: [count(measureOf('QA-008', 'late', YESTERDAY, YESTERDAY))] })),
  q('W133', 'DEV-001', 'who was absent 3 or more days last month', () => people(peopleWhere(DEV, 'absent', ...OCTOBER, (v) => v >= 3))),
  q('W134', 'QA-001', 'who was late at least 5 times since august', () => people(peopleWhere(QA, 'late', '2025-08-01', '2025-11-19', (v) => v >= 5))),
  q('W135', 'DEV-001', 'who had half days in october', () => people(peopleWhere(DEV, 'halfDay', ...OCTOBER))),
  q('W136', 'QA-001', 'any half days this week', () => people(peopleWhere(QA, 'halfDay', ...THIS_WEEK))),
  q('W137', 'DEV-001', 'good morning! could you please let me know who from my team was late this week? thanks a lot', () =>
    people(peopleWhere(DEV, 'late', ...THIS_WEEK)),
  ),
  q('W138', 'QA-001', 'late ppl last wk', () => people(peopleWhere(QA, 'late', ...LAST_WEEK))),
  q('W139', 'DEV-001', 'absent ppl last friday', () => people(peopleWhere(DEV, 'absent', LAST_FRIDAY, LAST_FRIDAY))),
  q('W140', 'QA-001', 'team hours in september', () => answer({ figures: [hours(totals(QA, ...SEPTEMBER).hours)] })),
  q('W141', 'DEV-001', 'attendance rate september vs october for my team', () =>
    answer({ figures: [rate(totals(DEV, ...SEPTEMBER).rate), rate(totals(DEV, ...OCTOBER).rate)] }),
  ),
  q('W142', 'QA-001', 'who forgot to check out yesterday', () => people(peopleWhere(QA, 'missingCheckOut', YESTERDAY, YESTERDAY))),
  q('W143', 'DEV-001', 'how many days off on leave did my team take in november', () => answer({ figures: [days(totals(DEV, ...THIS_MONTH).onLeave)] })),
  q('W144', 'QA-001', 'who has been absent this month', () => people(peopleWhere(QA, 'absent', ...THIS_MONTH))),
  q('W145', 'DEV-001', 'who in dev was late last week', () => people(peopleWhere(DEV, 'late', ...LAST_WEEK))),
];
