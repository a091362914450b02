/*
 * practice13, in scope: attendance — who was late, absent, on a half day, missing a check-out or not in
 * yet, rates of teams, positions and people, hours, check-in times, trends and period comparisons, over
 * relative periods and ranges. Written code-blind from /work/shared/API.md, docs/API.md and the README's
 * assistant section; every expected figure and list is computed from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { checkedInToday, measureOf, notCheckedInToday, peopleByRate, peopleWhere, peopleWithRate, teamsWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { lastWeekday, perTeam, teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { checkInAt, rateOver, weekBefore } from '../../oracle/practice13-figures';
import { TODAY } from '../../dataset/calendar';
import { AUGUST, LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, YESTERDAY, q } from '../helpers';

const MONDAY = lastWeekday(1);
const THURSDAY = lastWeekday(4);
const WEEK_45: [string, string] = ['2025-11-03', '2025-11-09'];

export const ATTENDANCE: Question[] = [
  q('L045', 'admin', 'who in QA was late yesterday', () => people(peopleWhere({ team: 'QA' }, 'late', YESTERDAY, YESTERDAY))),
  q('L046', 'admin', 'anyone late yesterday?', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('L047', 'admin', 'anyone missing a check-out yesterday?', () => people(peopleWhere({}, 'missingCheckOut', YESTERDAY, YESTERDAY))),
  q('L048', 'DEV-001', 'did anyone on my team forget to check out last week?', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...LAST_WEEK))),
  q('L049', 'admin', 'missing check-outs this month', () => people(peopleWhere({}, 'missingCheckOut', ...THIS_MONTH))),
  q('L050', 'admin', "What was the company's attendance rate last week?", () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('L051', 'admin', "what was DEV's attendance in october", () => figures(rate(totals({ team: 'DEV' }, ...OCTOBER).rate))),
  q('L052', 'QA-001', "my team's attendance rate this month so far", () => figures(rate(totals({ team: 'QA' }, ...THIS_MONTH).rate))),
  q('L053', 'admin', 'attendance rate for the seniors in september', () => figures(rate(totals(levelIn(undefined, 'Senior'), ...SEPTEMBER).rate))),
  q('L054', 'admin', 'who was absent on Monday?', () => people(peopleWhere({}, 'absent', MONDAY, MONDAY))),
  q('L055', 'admin', 'who in the data team was off on thursday', () => people(peopleWhere({ team: 'DAT' }, 'absent', THURSDAY, THURSDAY))),
  q('L056', 'admin', 'how many late arrivals were there in DEV last week', () => figures(count(totals({ team: 'DEV' }, ...LAST_WEEK).late))),
  q('L057', 'admin', 'absent days by team last month', () =>
    figures(...TEAM_CODES.map((team) => near(days(perTeam('absent', ...OCTOBER)[team]!), teamLabel(team)))),
  ),
  q('L058', 'admin', 'which team had the most late arrivals in October?', () => answer({ teams: teamsWithExtreme('late', ...OCTOBER, 'most') })),
  q('L059', 'admin', 'Who in QA had perfect attendance in October?', () => people(peopleWithRate({ team: 'QA' }, ...OCTOBER, (r) => r === 1))),
  q('L060', 'admin', 'anyone under 80% attendance last month', () => people(peopleWithRate({}, ...OCTOBER, (r) => r < 0.8))),
  q('L061', 'admin', 'lowest 3 attendance rates in september', () =>
    people(
      peopleByRate({}, ...SEPTEMBER, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  q('L062', 'admin', 'hours worked by the data team last week', () => figures(hours(totals({ team: 'DAT' }, ...LAST_WEEK).hours))),
  q('L063', 'DAT-004', 'how many hours did I work in october', () => figures(hours(measureOf('DAT-004', 'hours', ...OCTOBER)))),
  q('L064', 'DEV-003', 'What is my attendance this month?', () => figures(rate(totals({ ids: ['DEV-003'] }, ...THIS_MONTH).rate))),
  q('L065', 'SEC-004', 'how many times was I late last week', () => figures(count(measureOf('SEC-004', 'late', ...LAST_WEEK)))),
  q('L066', 'admin', "who hasn't checked in yet today in DEV?", () => people(notCheckedInToday({ team: 'DEV' }))),
  q('L067', 'admin', 'how many people clocked in today', () => figures(count(checkedInToday({}).length))),
  q('L068', 'admin', 'what time did Lukas Novak check in yesterday', () => answer({ mentions: [checkInAt('DEV-004', YESTERDAY)] })),
  q('L069', 'admin', 'attendance rate by month this year for AI', () =>
    figures(...[AUGUST, SEPTEMBER, OCTOBER, THIS_MONTH].map((range) => rate(rateOver({ team: 'AI' }, range)))),
  ),
  q('L070', 'admin', 'attendance rate last week compared to the week before', () =>
    figures(rate(rateOver({}, LAST_WEEK)), rate(rateOver({}, weekBefore(LAST_WEEK[0])))),
  ),
  q('L071', 'admin', 'who was late more than 3 times in october', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v > 3))),
  q('L072', 'QA-001', 'who on my team had a half day last week', () => people(peopleWhere({ team: 'QA' }, 'halfDay', ...LAST_WEEK))),
  q('L073', 'admin', 'Show me departments with attendance issues last month', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('L074', 'admin', 'how many days was Chris Walker absent between 1 and 15 September?', () =>
    figures(days(measureOf('QA-004', 'absent', '2025-09-01', '2025-09-15'))),
  ),
  q('L075', 'admin', 'was anyone absent on Founders Day', () => people([])),
  q('L076', 'admin', 'who was late on the QA offsite', () => people(peopleWhere({}, 'late', '2025-09-12', '2025-09-12'))),
  q('L077', 'admin', 'attendance rate since september for security', () => figures(rate(rateOver({ team: 'SEC' }, ['2025-09-01', TODAY])))),
  q('L078', 'admin', 'attendance rate between 20 and 28 october', () => figures(rate(rateOver({}, ['2025-10-20', '2025-10-28'])))),
  q('L079', 'admin', 'who in AI was late in wk 45', () => people(peopleWhere({ team: 'AI' }, 'late', ...WEEK_45))),
  q('L080', 'admin', 'attendance rate for the first week of September', () => figures(rate(rateOver({}, ['2025-09-01', '2025-09-07'])))),
  q('L081', 'DEV-001', 'anyone on my team late this morning?', () => people(peopleWhere({ team: 'DEV' }, 'late', TODAY, TODAY))),
  q('L082', 'QA-001', "Hi, Elena here — I'm prepping for a check-in with Zoe Adams. Could you tell me how many days she's been absent since August?", () =>
    figures(days(measureOf('QA-009', 'absent', '2025-08-01', TODAY))),
  ),
  q('L083', 'admin', 'is QA attendance worse than DEV this month', () =>
    figures(rate(rateOver({ team: 'QA' }, THIS_MONTH)), rate(rateOver({ team: 'DEV' }, THIS_MONTH))),
  ),
  q('L084', 'admin', 'attendence rate for the juniors last week', () => figures(rate(rateOver(levelIn(undefined, 'Junior'), LAST_WEEK)))),
  q('L085', 'DEV-001', 'how many hours did my team log yesterday', () => figures(hours(totals({ team: 'DEV' }, YESTERDAY, YESTERDAY).hours))),
  q('L086', 'admin', "Daniel Okafor's attendance rate in october?", () => figures(rate(rateOver({ ids: ['DEV-008'] }, OCTOBER)))),
  q('L087', 'SEC-004', 'my check-in time yesterday', () => answer({ mentions: [checkInAt('SEC-004', YESTERDAY)] })),
  q('L088', 'admin', 'how many people were on leave in the data team yesterday', () => figures(count(totals({ team: 'DAT' }, YESTERDAY, YESTERDAY).onLeave))),
];
