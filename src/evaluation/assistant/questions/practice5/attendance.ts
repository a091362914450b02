/* Attendance: lateness, absence, rates, thresholds, today, missing check-outs, hours — long, chatty and terse wordings. */
import { count, days, hours, people, rate, answer, figures } from '../../expectation';
import { attendedOn, checkedInToday, measureOf, mostOf, notCheckedInToday, peopleByRate, peopleWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { scoresIn } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, YESTERDAY, q } from '../helpers';

const late = (team: string | undefined, range: [string, string], more = 0) => peopleWhere(team ? { team } : {}, 'late', range[0], range[1], (v) => v > more);

export const ATTENDANCE = [
  q('T001', 'admin', 'hi, quick one for the monthly report — how many people in the data team were late more than twice in october?', () =>
    figures(count(late('DAT', OCTOBER, 2).length)),
  ),
  q('T002', 'admin', 'dev lateness oct', () => figures({ ...count(totals({ team: 'DEV' }, ...OCTOBER).late), label: 'late' })),
  q('T003', 'admin', 'who was late yday', () => people(late(undefined, [YESTERDAY, YESTERDAY]))),
  q('T004', 'admin', 'Morning! Could you tell me which of the junior developers were absent more than 2 days in October? Need it for 1:1s', () =>
    people(peopleWhere(levelIn('DEV', 'Junior'), 'absent', ...OCTOBER, (v) => v > 2)),
  ),
  q('T005', 'admin', 'attendance rate for QA in september pls', () => figures(rate(totals({ team: 'QA' }, ...SEPTEMBER).rate))),
  q('T006', 'admin', 'wat was the atendance rate last wk', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('T007', 'admin', 'compare attendance of DEV and QA in october', () =>
    figures(rate(totals({ team: 'DEV' }, ...OCTOBER).rate), rate(totals({ team: 'QA' }, ...OCTOBER).rate)),
  ),
  q('T008', 'admin', 'Security team attendance rate, September vs October?', () =>
    figures(rate(totals({ team: 'SEC' }, ...SEPTEMBER).rate), rate(totals({ team: 'SEC' }, ...OCTOBER).rate)),
  ),
  q('T009', 'admin', 'who had the most absences in september', () => people(mostOf({}, 'absent', ...SEPTEMBER))),
  q('T010', 'admin', 'no-shows yesterday?', () => people(peopleWhere({}, 'absent', YESTERDAY, YESTERDAY))),
  q('T011', 'admin', 'which seniors in the AI team were late at least 3 times in october', () =>
    people(peopleWhere(levelIn('AI', 'Senior'), 'late', ...OCTOBER, (v) => v >= 3)),
  ),
  q('T012', 'admin', 'how many late arrivals did Lukas Novak have in october', () => figures(count(measureOf('DEV-004', 'late', ...OCTOBER)))),
  q('T013', 'admin', 'lukas novack late count september', () => figures(count(measureOf('DEV-004', 'late', ...SEPTEMBER)))),
  q('T014', 'admin', 'how many days was Chris Walker absent in october', () => figures(days(measureOf('QA-004', 'absent', ...OCTOBER)))),
  q('T015', 'admin', "what's Zoe Adams's attendance rate for october", () => figures(rate(totals({ ids: ['QA-009'] }, ...OCTOBER).rate))),
  q('T016', 'admin', 'bottom 3 people in QA by attendance rate in october', () =>
    people(
      peopleByRate({ team: 'QA' }, ...OCTOBER, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  q('T017', 'admin', 'top 5 attendance rates in the data team last month', () =>
    people(
      peopleByRate({ team: 'DAT' }, ...OCTOBER, 'highest')
        .slice(0, 5)
        .map((x) => x.id),
    ),
  ),
  q('T018', 'admin', 'who has not clocked in yet today in security', () => people(notCheckedInToday({ team: 'SEC' }))),
  q('T019', 'admin', 'whos clocked in today in AI', () => people(checkedInToday({ team: 'AI' }))),
  q('T020', 'admin', 'missing check-outs in october', () => people(peopleWhere({}, 'missingCheckOut', ...OCTOBER))),
  q('T021', 'admin', 'how many forgotten checkouts this month', () => figures(count(totals({}, ...THIS_MONTH).missingCheckOut))),
  q('T022', 'admin', 'Hey — for payroll prep, how many hours did the QA team log in October in total?', () =>
    figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours)),
  ),
  q('T023', 'admin', 'hours worked by Ravi Patel last week', () => figures(hours(measureOf('DEV-014', 'hours', ...LAST_WEEK)))),
  q('T024', 'admin', 'hrs worked sec oct', () => figures(hours(totals({ team: 'SEC' }, ...OCTOBER).hours))),
  q('T025', 'admin', 'who in data was late exactly 2 times in september', () => people(peopleWhere({ team: 'DAT' }, 'late', ...SEPTEMBER, (v) => v === 2))),
  q('T026', 'admin', 'who in QA scored at most 65 in q3', () =>
    people(
      scoresIn(['2025-Q3'], { team: 'QA' })
        .filter((s) => s.score <= 65)
        .map((s) => s.id),
    ),
  ),
  q('T027', 'admin', 'mid level QA engineers absent more than 1 day last month', () =>
    people(peopleWhere(levelIn('QA', 'Mid'), 'absent', ...OCTOBER, (v) => v > 1)),
  ),
  q('T028', 'admin', 'who came in on 2025-11-14 in the security team', () => people(attendedOn({ team: 'SEC' }, '2025-11-14'))),
  q('T029', 'admin', 'how many half days did the AI team have in september', () => figures(count(totals({ team: 'AI' }, ...SEPTEMBER).halfDay))),
  q('T030', 'admin', 'Tom Becker vs Marcus Lee — number of times late in October', () =>
    figures(count(measureOf('DEV-002', 'late', ...OCTOBER)), count(measureOf('QA-002', 'late', ...OCTOBER))),
  ),
  q('T031', 'admin', 'overall attendance rate this month so far', () => figures(rate(totals({}, ...THIS_MONTH).rate))),
  q('T032', 'admin', 'who was off sick or just absent more than 3 days in september in the AI team', () =>
    people(peopleWhere({ team: 'AI' }, 'absent', ...SEPTEMBER, (v) => v > 3)),
  ),
  q('T033', 'admin', 'anyone late more than 5 times in october?', () => people(late(undefined, OCTOBER, 5))),
  q('T034', 'admin', 'what was the attendance rate of Julia Fischer in september', () => figures(rate(totals({ ids: ['DAT-003'] }, ...SEPTEMBER).rate))),
  q('T035', 'admin', 'juniors across the company with an attendance rate under 90% in october', () =>
    people(
      peopleByRate(levelIn(undefined, 'Junior'), ...OCTOBER, 'lowest')
        .filter((x) => x.rate < 0.9)
        .map((x) => x.id),
    ),
  ),
  q('T036', 'admin', 'how many people in dev, active only, were late more than 3 times in october', () =>
    figures(count(peopleWhere(levelIn('DEV', undefined, true), 'late', ...OCTOBER, (v) => v > 3).length)),
  ),
  q('T037', 'admin', 'late arrivals in the data team last week', () => figures(count(totals({ team: 'DAT' }, ...LAST_WEEK).late))),
  q('T038', 'admin', 'did Isabel Santos miss any check-outs in october', () =>
    answer({ figures: [count(measureOf('SEC-006', 'missingCheckOut', ...OCTOBER))] }),
  ),
  q('T039', 'admin', 'who was late the most in the qa team in october', () => people(mostOf({ team: 'QA' }, 'late', ...OCTOBER))),
  q('T040', 'admin', 'how many days absent has Ben Carter had this month', () => figures(days(measureOf('DEV-012', 'absent', ...THIS_MONTH)))),
];
