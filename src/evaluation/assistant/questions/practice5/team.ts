/* More from managers and employees: two people, two periods, thresholds and rankings inside their scope, and asks outside it. */
import { count, days, figures, hours, notFound, people, rate, refusal, score } from '../../expectation';
import { measureOf, peopleWhere, totals } from '../../oracle/attendance-figures';
import { balance, offBetween, requests } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { rank, scoredAbove, scoreOf, stats } from '../../oracle/score-figures';
import { AUGUST, LAST_WEEK, NEXT_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_YEAR, q } from './shared';
import { DECEMBER } from './periods';

export const TEAM = [
  q('T601', 'DEV-001', 'Daniel Okafor vs Lukas Novak, times late in september', () =>
    figures({ ...count(measureOf('DEV-008', 'late', ...SEPTEMBER)), label: 'late' }, { ...count(measureOf('DEV-004', 'late', ...SEPTEMBER)), label: 'late' }),
  ),
  q('T602', 'DEV-001', 'which of my seniors were absent at least 1 day in september', () =>
    people(peopleWhere(levelIn('DEV', 'Senior'), 'absent', ...SEPTEMBER, (v) => v >= 1)),
  ),
  q('T603', 'DEV-001', 'who on my team was late exactly once in october', () => people(peopleWhere({ team: 'DEV' }, 'late', ...OCTOBER, (v) => v === 1))),
  q('T604', 'DEV-001', 'my team attendance rate in august', () => figures(rate(totals({ team: 'DEV' }, ...AUGUST).rate))),
  q('T605', 'DEV-001', 'how many hours did Yuki Tanaka work in october', () => figures(hours(measureOf('DEV-009', 'hours', ...OCTOBER)))),
  q('T606', 'DEV-001', 'how many half days did Yuki have in october', () => figures(count(measureOf('DEV-009', 'halfDay', ...OCTOBER)))),
  q('T607', 'DEV-001', 'who on my team is off in december', () => people(offBetween({ team: 'DEV' }, ...DECEMBER))),
  q('T608', 'DEV-001', 'how many people on my team scored above 80 in 2025-Q3', () => figures(count(scoredAbove('2025-Q3', 80, { team: 'DEV' }).length))),
  q('T609', 'DEV-001', 'how many of Chris Morgan’s days were absences last month', () => figures(days(measureOf('DEV-006', 'absent', ...OCTOBER)))),
  q('T610', 'DEV-001', 'Fatima Zahra sick leave balance', () => notFound()),
  q('T611', 'DEV-001', 'average score in the AI team, q3', () => refusal('outside', 'AI', 'Artificial Intelligence')),
  q('T612', 'DEV-001', 'who joined my team in 2025', () => people(hiredBetween('2025-01-01', '2025-12-31', 'DEV'))),
  q('T613', 'QA-001', 'attendance rate of Peter Hansen in september vs october', () =>
    figures(rate(totals({ ids: ['QA-006'] }, ...SEPTEMBER).rate), rate(totals({ ids: ['QA-006'] }, ...OCTOBER).rate)),
  ),
  q('T614', 'QA-001', 'which juniors on my team were late more than 3 times in october', () =>
    people(peopleWhere(levelIn('QA', 'Junior'), 'late', ...OCTOBER, (v) => v > 3)),
  ),
  q('T615', 'QA-001', 'my teams hours worked this month', () => figures(hours(totals({ team: 'QA' }, ...THIS_MONTH).hours))),
  q('T616', 'QA-001', 'whos on leave next week in QA', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('T617', 'QA-001', 'how many juniors in my team', () => figures(count(headcount({ team: 'QA', position: 'Junior' })))),
  q('T618', 'QA-001', 'top 3 in my team by score in 2025-Q1', () => people(rank('2025-Q1', 3, 'top', { team: 'QA' }))),
  q('T619', 'QA-001', 'average score of my team, Q2 vs Q3', () =>
    figures(score(stats(['2025-Q2'], { team: 'QA' }).mean), score(stats(['2025-Q3'], { team: 'QA' }).mean)),
  ),
  q('T620', 'QA-001', 'who in security was absent last week', () => refusal('outside', 'security', 'SEC')),
  q('T621', 'QA-001', 'rejected leave requests for my team', () => people([...new Set(requests('rejected', { team: 'QA' }).map((l) => l.employee))])),
  q('T622', 'DEV-003', 'how many days was I absent in september', () => figures(days(measureOf('DEV-003', 'absent', ...SEPTEMBER)))),
  q('T623', 'DEV-003', 'my lates last week', () => figures({ ...count(measureOf('DEV-003', 'late', ...LAST_WEEK)), label: 'late' })),
  q('T624', 'DEV-003', 'how many annual leave days have I taken this year', () => figures(days(balance('DEV-003', 'ANNUAL').taken))),
  q('T625', 'DEV-003', 'what was Priya Raman’s score in Q3', () => notFound()),
  q('T626', 'QA-003', 'my attendance rate this year', () => figures(rate(totals({ ids: ['QA-003'] }, ...THIS_YEAR).rate))),
  q('T627', 'QA-003', 'what was my score in 2025-Q2', () => figures(score(scoreOf('QA-003', '2025-Q2')))),
  q('T628', 'DAT-004', 'how many hours did I work in september', () => figures(hours(measureOf('DAT-004', 'hours', ...SEPTEMBER)))),
  q('T629', 'DAT-004', 'my annual leave balence', () => figures(days(balance('DAT-004', 'ANNUAL').available))),
  q('T630', 'SEC-004', 'how many times was i late in september', () => figures(count(measureOf('SEC-004', 'late', ...SEPTEMBER)))),
  q('T631', 'SEC-004', 'my attendance rate last month', () => figures(rate(totals({ ids: ['SEC-004'] }, ...OCTOBER).rate))),
  q('T632', 'SEC-004', 'Lucas Moreau attendance', () => notFound()),
  q('T633', 'DAT-004', 'what was my score in q3 compared with q2', () => figures(score(scoreOf('DAT-004', '2025-Q3')), score(scoreOf('DAT-004', '2025-Q2')))),
];
