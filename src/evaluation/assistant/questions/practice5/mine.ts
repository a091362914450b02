/* Managers and employees: their own figures ("my", "me", "I"), their team's, and asks outside their scope. */
import { count, days, figures, hours, notFound, people, rate, refusal, score } from '../../expectation';
import { measureOf, mostOf, notCheckedInToday, peopleByRate, peopleWhere, totals } from '../../oracle/attendance-figures';
import { balance } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { changes, rank, scoreOf, stats } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY, q } from '../helpers';

const change = (id: string, from: string, to: string) => changes(from, to, { ids: [id] })[0]!.change;

export const MINE = [
  // The DEV manager, Priya Raman.
  q('T041', 'DEV-001', 'who on my team was late yday?', () => people(peopleWhere({ team: 'DEV' }, 'late', YESTERDAY, YESTERDAY))),
  q('T042', 'DEV-001', "hiya, doing my team's monthly check — what was our attendance rate in october, and how does it compare with september?", () =>
    figures(rate(totals({ team: 'DEV' }, ...OCTOBER).rate), rate(totals({ team: 'DEV' }, ...SEPTEMBER).rate)),
  ),
  q('T043', 'DEV-001', 'which of my juniors were late more than twice last month', () =>
    people(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...OCTOBER, (v) => v > 2)),
  ),
  q('T044', 'DEV-001', 'how many times was Chris late in october', () => figures(count(measureOf('DEV-006', 'late', ...OCTOBER)))),
  q('T045', 'DEV-001', 'Chris Walker lateness october', () => notFound()),
  q('T046', 'DEV-001', 'QA attendance rate last week', () => refusal('outside', 'QA', 'Quality Assurance')),
  q('T047', 'DEV-001', 'who in my team hasnt checked in yet today', () => people(notCheckedInToday({ team: 'DEV' }))),
  q('T048', 'DEV-001', 'my team hours last wk', () => figures(hours(totals({ team: 'DEV' }, ...LAST_WEEK).hours))),
  q('T049', 'DEV-001', 'lowest 2 attendance rates on my team in september', () =>
    people(
      peopleByRate({ team: 'DEV' }, ...SEPTEMBER, 'lowest')
        .slice(0, 2)
        .map((x) => x.id),
    ),
  ),
  q('T050', 'DEV-001', 'top 3 performers on my team in 2025-Q3', () => people(rank('2025-Q3', 3, 'top', { team: 'DEV' }))),
  q('T051', 'DEV-001', 'what did hannah schmit score in Q3', () => figures(score(scoreOf('DEV-007', '2025-Q3')))),
  q('T052', 'DEV-001', 'what was my own attendance rate in october', () => figures(rate(totals({ ids: ['DEV-001'] }, ...OCTOBER).rate))),
  q('T053', 'DEV-001', 'average score of my team in q2 2025', () => figures(score(stats(['2025-Q2'], { team: 'DEV' }).mean))),
  q('T054', 'DEV-001', 'how many missing check outs did my team have this month', () => figures(count(totals({ team: 'DEV' }, ...THIS_MONTH).missingCheckOut))),
  q('T055', 'DEV-001', 'who was absent the most on my team in october', () => people(mostOf({ team: 'DEV' }, 'absent', ...OCTOBER))),
  q('T056', 'DEV-001', 'how many days was Ben absent in september', () => figures(days(measureOf('DEV-012', 'absent', ...SEPTEMBER)))),
  q('T057', 'DEV-001', 'Sarah Johnson attendance this month', () => notFound()),
  // The QA manager, Elena Petrova.
  q('T058', 'QA-001', 'My team — who was late at least twice last week?', () => people(peopleWhere({ team: 'QA' }, 'late', ...LAST_WEEK, (v) => v >= 2))),
  q('T059', 'QA-001', 'how many of my people were absent yesterday', () => figures(count(peopleWhere({ team: 'QA' }, 'absent', YESTERDAY, YESTERDAY).length))),
  q('T060', 'QA-001', 'Chris lateness in oct?', () => figures({ ...count(measureOf('QA-004', 'late', ...OCTOBER)), label: 'late' })),
  q('T061', 'QA-001', 'how many hours did Marcus put in last week', () => figures(hours(measureOf('QA-002', 'hours', ...LAST_WEEK)))),
  q('T062', 'QA-001', 'dev team late count in october', () => refusal('outside', 'DEV', 'Development')),
  q('T063', 'QA-001', "what's Leo Martins's attendance rate this month", () => figures(rate(totals({ ids: ['QA-008'] }, ...THIS_MONTH).rate))),
  q('T064', 'QA-001', 'bottom 2 on my team by score in 2025-Q3', () => people(rank('2025-Q3', 2, 'bottom', { team: 'QA' }))),
  q('T065', 'QA-001', "how did Grace Kim's score change from Q2 to Q3", () => figures(score(change('QA-007', '2025-Q2', '2025-Q3')))),
  q('T066', 'QA-001', 'what did Tom Becker score in Q3', () => notFound()),
  q('T067', 'QA-001', 'qa late arrivals this week so far', () => figures(count(totals({ team: 'QA' }, ...THIS_WEEK).late))),
  q('T068', 'QA-001', 'median score for my team in 2025-Q3', () => figures(score(stats(['2025-Q3'], { team: 'QA' }).median))),
  // The DEV employee, Aisha Khan.
  q('T069', 'DEV-003', 'how many times was i late in october', () => figures(count(measureOf('DEV-003', 'late', ...OCTOBER)))),
  q('T070', 'DEV-003', 'my attendance this month', () => figures(rate(totals({ ids: ['DEV-003'] }, ...THIS_MONTH).rate))),
  q('T071', 'DEV-003', 'hours I worked last week', () => figures(hours(measureOf('DEV-003', 'hours', ...LAST_WEEK)))),
  q('T072', 'DEV-003', 'what was my score in q3', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('T073', 'DEV-003', 'how much annual leave do I have left', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('T074', 'DEV-003', 'how many times was Tom Becker late in october', () => notFound()),
  q('T075', 'DEV-003', 'how many people are in my team', () => refusal('outside', 'team', 'DEV', 'Development')),
  q('T076', 'DEV-003', 'did my score go up or down between Q2 and Q3?', () => figures(score(change('DEV-003', '2025-Q2', '2025-Q3')))),
  // The QA employee, Fatima Zahra.
  q('T077', 'QA-003', 'hi there, I think I was off sick at some point this month — how many sick days have I used this year?', () =>
    figures(days(balance('QA-003', 'SICK').taken)),
  ),
  q('T078', 'QA-003', 'my absences in september', () => figures(days(measureOf('QA-003', 'absent', ...SEPTEMBER)))),
  q('T079', 'QA-003', 'my q2 score vs my q3 score', () => figures(score(scoreOf('QA-003', '2025-Q2')), score(scoreOf('QA-003', '2025-Q3')))),
  q('T080', 'QA-003', "what's Elena Petrova's attendance rate", () => notFound()),
  q('T081', 'QA-003', 'how many hours did i clock in october', () => figures(hours(measureOf('QA-003', 'hours', ...OCTOBER)))),
  // The data employee, Kevin O'Brien.
  q('T082', 'DAT-004', 'was I late at all last week?', () => figures(count(measureOf('DAT-004', 'late', ...LAST_WEEK)))),
  q('T083', 'DAT-004', 'my attendance rate in september and october', () =>
    figures(rate(totals({ ids: ['DAT-004'] }, ...SEPTEMBER).rate), rate(totals({ ids: ['DAT-004'] }, ...OCTOBER).rate)),
  ),
  q('T084', 'DAT-004', 'my scores quarter by quarter', () => figures(...['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreOf('DAT-004', p))))),
  q('T085', 'DAT-004', 'who was late in the data team yesterday', () => refusal('outside', 'data', 'DAT')),
  q('T086', 'DAT-004', 'how many days of sick leave do i have remaining', () => figures(days(balance('DAT-004', 'SICK').available))),
  q('T087', 'DAT-004', "Mei Lin's sick leave", () => notFound()),
  // The security employee, Emma Clarke.
  q('T088', 'SEC-004', 'my hrs this month', () => figures(hours(measureOf('SEC-004', 'hours', ...THIS_MONTH)))),
  q('T089', 'SEC-004', 'how many annual leave days have I got pending', () => figures(days(balance('SEC-004', 'ANNUAL').pending))),
  q('T090', 'SEC-004', 'what was my final score in 2025-Q1', () => figures(score(scoreOf('SEC-004', '2025-Q1')))),
  q('T091', 'SEC-004', 'security team average score q3', () => refusal('outside', 'security', 'SEC')),
  q('T092', 'SEC-004', 'how did James Wilson score in Q3', () => notFound()),
  q('T093', 'SEC-004', 'did I miss any check outs in october', () => figures(count(measureOf('SEC-004', 'missingCheckOut', ...OCTOBER)))),
];
