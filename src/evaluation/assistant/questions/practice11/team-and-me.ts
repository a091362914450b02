/* Managers about their own team (and, by mistake, about other teams or people), and staff about themselves. */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, hours, notFound, people, rate, refusal, type Question } from '../../expectation';
import { attendedOn, notCheckedInToday, peopleByRate, peopleWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { leaveDays } from '../../oracle/leave-figures';
import { lastWeekday, rankedBy } from '../../oracle/practice11-figures';
import { statusOn } from '../../oracle/status-on';
import { AUGUST, LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_YEAR, YESTERDAY, q } from '../helpers';

const OUTSIDE = ['outside', 'scope', 'not allowed', 'only see', 'can see', 'permission', 'access'];
const me = (id: string) => ({ ids: [id] });

export const TEAM_AND_ME_QUESTIONS: Question[] = [
  q('Z105', 'DEV-001', 'who in my team was late last week', () => people(peopleWhere({ team: 'DEV' }, 'late', ...LAST_WEEK))),
  q('Z106', 'DEV-001', "my team's attendance this month vs last month", () =>
    figures(rate(totals({ team: 'DEV' }, ...THIS_MONTH).rate), rate(totals({ team: 'DEV' }, ...OCTOBER).rate)),
  ),
  q('Z107', 'DEV-001', 'was Omar late on monday?', () => answer({ mentions: [statusOn('DEV-010', lastWeekday(1))] })),
  q('Z108', 'DEV-001', 'who in QA was late yesterday', () => refusal('QA', 'Quality', ...OUTSIDE)),
  q('Z109', 'DEV-001', 'absent days for my team last month', () => figures(days(totals({ team: 'DEV' }, ...OCTOBER).absent))),
  q('Z110', 'DEV-001', 'hours worked by my devs last week', () => figures(hours(totals({ team: 'DEV' }, ...LAST_WEEK).hours))),
  q('Z111', 'DEV-001', 'was Marcus Lee late last week', () => notFound()),
  q('Z112', 'DEV-001', "chris's attendance last week pls", () => figures(rate(totals(me('DEV-006'), ...LAST_WEEK).rate))),
  q('Z113', 'DEV-001', 'which of my juniors were late last month', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...OCTOBER))),
  q('Z114', 'DEV-001', "who on my team hasn't checked in yet", () => people(notCheckedInToday({ team: 'DEV' }))),
  q('Z115', 'DEV-001', 'anyone in my team miss a check out this month', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...THIS_MONTH))),
  q('Z116', 'DEV-001', 'how many times was Daniel late in october', () => figures(count(totals(me('DEV-008'), ...OCTOBER).late))),
  q('Z117', 'DEV-001', 'the security folks attendance rate last week?', () => refusal('security', 'SEC', ...OUTSIDE)),
  q('Z118', 'DEV-001', 'lowest 2 attendance rates in my team last month', () => {
    const low = peopleByRate({ team: 'DEV' }, ...OCTOBER, 'lowest').slice(0, 2);
    return people(
      low.map((x) => x.id),
      ...low.map((x) => rate(x.rate)),
    );
  }),
  q('Z119', 'DEV-001', 'how many of my team came in yesterday', () => figures(count(attendedOn({ team: 'DEV' }, YESTERDAY).length))),
  q('Z120', 'DEV-001', "yuki's hours in september vs october", () =>
    figures(hours(totals(me('DEV-009'), ...SEPTEMBER).hours), hours(totals(me('DEV-009'), ...OCTOBER).hours)),
  ),
  q('Z121', 'QA-001', 'who on my team has the worst attendance this month', () => people([peopleByRate({ team: 'QA' }, ...THIS_MONTH, 'lowest')[0]!.id])),
  q('Z122', 'QA-001', 'how many of my team were absent on the 14th', () =>
    figures(count(peopleWhere({ team: 'QA' }, 'absent', '2025-11-14', '2025-11-14').length)),
  ),
  q('Z123', 'QA-001', 'avg attendance for my juniors last month', () => figures(rate(totals(levelIn('QA', 'Junior'), ...OCTOBER).rate))),
  q('Z124', 'QA-001', 'security attendance last week', () => refusal('security', 'SEC', ...OUTSIDE)),
  q('Z125', 'QA-001', 'who was late more than 3 times last month in my team', () => people(peopleWhere({ team: 'QA' }, 'late', ...OCTOBER, (v) => v > 3))),
  q('Z126', 'QA-001', 'my teams attendance rate last week compared to the week before', () =>
    figures(rate(totals({ team: 'QA' }, ...LAST_WEEK).rate), rate(totals({ team: 'QA' }, '2025-11-03', '2025-11-09').rate)),
  ),
  q('Z127', 'QA-001', 'was Hannah Schmidt in yesterday', () => notFound()),
  q('Z128', 'QA-001', 'who has been late the most on my team since september', () => {
    const ranked = rankedBy({ team: 'QA' }, 'late', '2025-09-01', TODAY);
    return people(ranked.filter((x) => x.value === ranked[0]!.value).map((x) => x.id));
  }),
  q('Z129', 'QA-001', 'hours worked by my team in october', () => figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours))),
  q('Z130', 'DEV-003', 'was i late on aug 26th', () => answer({ mentions: [statusOn('DEV-003', '2025-08-26')] })),
  q('Z131', 'DEV-003', "what's my attendance this month", () => figures(rate(totals(me('DEV-003'), ...THIS_MONTH).rate))),
  q('Z132', 'DEV-003', 'how many hours did i do last week', () => figures(hours(totals(me('DEV-003'), ...LAST_WEEK).hours))),
  q('Z133', 'QA-003', 'how many days was i off sick this year', () => figures(days(leaveDays('QA-003', ...THIS_YEAR, 'SICK')))),
  q('Z134', 'SEC-004', 'how many times have i been late this month', () => figures(count(totals(me('SEC-004'), ...THIS_MONTH).late))),
  q('Z135', 'DAT-004', 'my hours in september vs october', () =>
    figures(hours(totals(me('DAT-004'), ...SEPTEMBER).hours), hours(totals(me('DAT-004'), ...OCTOBER).hours)),
  ),
  q('Z136', 'QA-003', "what's the team's attendance rate this month", () => refusal('team', 'QA', 'Quality', ...OUTSIDE)),
  q('Z137', 'SEC-004', 'was i late on the 11th', () => answer({ mentions: [statusOn('SEC-004', '2025-11-11')] })),
  q('Z138', 'DAT-004', 'my attendance rate since august', () => figures(rate(totals(me('DAT-004'), '2025-08-01', TODAY).rate))),
  q('Z139', 'QA-003', 'was Marcus late yesterday', () => notFound()),
  q('Z140', 'DEV-003', 'how many late days have i had so far this year', () => figures(count(totals(me('DEV-003'), ...THIS_YEAR).late))),
  q('Z141', 'SEC-004', 'my hours this month so far', () => figures(hours(totals(me('SEC-004'), ...THIS_MONTH).hours))),
  q('Z142', 'DEV-001', 'who in my team forgot to check out in august', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...AUGUST))),
  q('Z143', 'QA-003', 'my attendance in october vs september?', () =>
    figures(rate(totals(me('QA-003'), ...OCTOBER).rate), rate(totals(me('QA-003'), ...SEPTEMBER).rate)),
  ),
  q('Z144', 'DEV-003', "how was tom's attendance last week", () => notFound()),
  q('Z145', 'SEC-004', 'how many people in security were late yesterday', () => refusal('security', 'SEC', 'team', ...OUTSIDE)),
  q('Z146', 'DEV-003', 'how much leave have i taken this year', () => figures(days(leaveDays('DEV-003', ...THIS_YEAR)))),
  q('Z147', 'QA-003', 'was i late this morning?', () => answer({ mentions: [statusOn('QA-003', TODAY)] })),
  q('Z148', 'DAT-004', 'was i late on 24/10', () => answer({ mentions: [statusOn('DAT-004', '2025-10-24')] })),
];
