/*
 * practice15 — attendance over the real calendar: rates for a day, an ISO week, a range, a month series
 * and this month against the last; teams ranked and flagged; the lowest rates; late, absent, half days,
 * missing check-outs, not checked in yet, hours and check-in times, with position filters and lead-ins.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure and person comes
 * from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { checkedInToday, notCheckedInToday, peopleWhere, peopleWithRate, teamsByRate, teamsWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { holidayDate } from '../../oracle/practice12-figures';
import { near } from '../../oracle/practice10-figures';
import { lastWeekday, perTeam, teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { checkInTime, checkInTimes, isoWeek, MONTHS_SINCE_AUGUST, rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { addDays } from '../../dataset/dates';
import { TODAY } from '../../dataset/calendar';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const r = (scope: Scope, range: readonly [string, string]) => rate(rateIn(scope, range));
const SINCE_AUGUST: [string, string] = ['2025-08-01', TODAY];
const SINCE_SEPTEMBER: [string, string] = ['2025-09-01', TODAY];
const FIRST_WEEK_SEPT: [string, string] = ['2025-09-01', '2025-09-07'];
const day = (d: string): [string, string] => [d, d];

export const ATTENDANCE: readonly Question[] = [
  // Rates over every kind of period.
  q('N001', 'admin', 'What was the attendance rate yesterday?', () => figures(r({}, day(YESTERDAY)))),
  q('N002', 'admin', 'attendance rate wk 45', () => figures(r({}, isoWeek(2025, 45)))),
  q('N003', 'QA-001', "my team's attendance rate in week 44", () => figures(r({ team: 'QA' }, isoWeek(2025, 44)))),
  q('N004', 'admin', 'AI attendance from 1 sep to 15 sep', () => figures(r({ team: 'AI' }, ['2025-09-01', '2025-09-15']))),
  q('N005', 'admin', 'overall attendance rate since august', () => figures(r({}, SINCE_AUGUST))),
  q('N006', 'admin', 'monthly attendance rate since august', () => figures(...MONTHS_SINCE_AUGUST.map((m) => r({}, m)))),
  q('N007', 'DEV-001', 'attendance this month vs last month for my team', () => figures(r({ team: 'DEV' }, THIS_MONTH), r({ team: 'DEV' }, OCTOBER))),
  q('N008', 'admin', 'which team had the best attendance in september?', () => answer({ teams: teamsByRate(SEPTEMBER[0], SEPTEMBER[1]).slice(0, 1) })),
  q('N009', 'admin', 'Show me departments with attendance issues in week 44', () => answer({ teams: teamsWhere(...isoWeek(2025, 44), (x) => x < 0.9) })),
  q('N010', 'admin', 'lowest 3 attendance rates across the company last month', () => people(ratesAtEnd({}, OCTOBER, 3, 'lowest'))),
  q('N011', 'DEV-001', 'who in my team had 100% attendance last week', () =>
    people(peopleWithRate({ team: 'DEV' }, LAST_WEEK[0], LAST_WEEK[1], (x) => x === 1)),
  ),
  q('N012', 'admin', 'attendance rate for the seniors in october', () => figures(r(levelIn(undefined, 'Senior'), OCTOBER))),
  q('N013', 'admin', 'qa attendance trend by month since aug', () => figures(...MONTHS_SINCE_AUGUST.map((m) => r({ team: 'QA' }, m)))),
  q('N014', 'QA-003', 'my attendance rate since september', () => figures(r({ ids: ['QA-003'] }, SINCE_SEPTEMBER))),
  q('N015', 'DAT-004', 'my attendance rate between 1 and 20 october', () => figures(r({ ids: ['DAT-004'] }, ['2025-10-01', '2025-10-20']))),
  q('N016', 'admin', 'is DEV attendance better than QA last week?', () => figures(r({ team: 'DEV' }, LAST_WEEK), r({ team: 'QA' }, LAST_WEEK))),
  q('N017', 'admin', 'anyone in security under 85% attendance last month', () =>
    people(peopleWithRate({ team: 'SEC' }, OCTOBER[0], OCTOBER[1], (x) => x < 0.85)),
  ),
  q('N018', 'admin', 'mid-level attendance rate in QA last week', () => figures(r(levelIn('QA', 'Mid'), LAST_WEEK))),
  q('N019', 'admin', 'attendance rate by team in september', () => {
    const byTeam = perTeam('rate', SEPTEMBER[0], SEPTEMBER[1]);
    return figures(...TEAM_CODES.map((team) => rate(byTeam[team] ?? null)));
  }),
  q('N020', 'SEC-004', 'whats my attendance % for the first week of september', () => figures(r({ ids: ['SEC-004'] }, FIRST_WEEK_SEPT))),
  q('N021', 'admin', 'top 3 attendance rates in AI in october', () => people(ratesAtEnd({ team: 'AI' }, OCTOBER, 3, 'highest'))),

  // Late and absent.
  q('N022', 'admin', 'which juniors were late in october', () => people(peopleWhere(levelIn(undefined, 'Junior'), 'late', OCTOBER[0], OCTOBER[1]))),
  q('N023', 'admin', 'who was late more than 3 times last month', () => people(peopleWhere({}, 'late', OCTOBER[0], OCTOBER[1], (v) => v > 3))),
  q('N024', 'admin', 'how many late arrivals in SEC last week', () => figures(count(totals({ team: 'SEC' }, LAST_WEEK[0], LAST_WEEK[1]).late))),
  q('N025', 'admin', 'who was absent on friday', () => people(peopleWhere({}, 'absent', lastWeekday(5), lastWeekday(5)))),
  q('N026', 'admin', 'who was absent the day after founders day', () => {
    const after = addDays(holidayDate('Founders Day'), 1);
    return people(peopleWhere({}, 'absent', after, after));
  }),
  q('N027', 'admin', 'top 2 latecomers in october', () => people(topBy({}, 'late', OCTOBER, 2))),
  q('N028', 'QA-001', 'for my 1:1 with Zoe Adams, how many times has she been late since september?', () =>
    figures(count(totals({ ids: ['QA-009'] }, SINCE_SEPTEMBER[0], SINCE_SEPTEMBER[1]).late)),
  ),
  q('N029', 'DAT-004', 'how many times was i late in october', () => figures(count(totals({ ids: ['DAT-004'] }, OCTOBER[0], OCTOBER[1]).late))),
  q('N030', 'admin', 'absent days in AI in the first week of september', () => figures(days(totals({ team: 'AI' }, ...FIRST_WEEK_SEPT).absent))),
  q('N031', 'admin', 'how many days has Pablo Ruiz been absent since august', () => figures(days(totals({ ids: ['DAT-006'] }, ...SINCE_AUGUST).absent))),
  q('N032', 'DEV-001', 'how many days has ben been absent this month', () => figures(days(totals({ ids: ['DEV-012'] }, ...THIS_MONTH).absent))),
  q('N033', 'admin', 'how many people were absent yesterday in DEV', () => figures(count(peopleWhere({ team: 'DEV' }, 'absent', YESTERDAY, YESTERDAY).length))),
  q('N034', 'admin', 'late arrivals by team this month', () => {
    const byTeam = perTeam('late', THIS_MONTH[0], THIS_MONTH[1]);
    return figures(...TEAM_CODES.map((team) => near(count(byTeam[team]!), teamLabel(team))));
  }),
  q('N035', 'admin', 'which team had the fewest late arrivals last month', () => answer({ teams: teamsWithExtreme('late', OCTOBER[0], OCTOBER[1], 'fewest') })),
  q('N036', 'admin', 'on-leave days in the data team in september', () => figures(days(totals({ team: 'DAT' }, ...SEPTEMBER).onLeave))),
  q('N037', 'admin', 'half days in DEV last month', () => figures(count(totals({ team: 'DEV' }, ...OCTOBER).halfDay))),

  // Check-outs, check-ins and hours.
  q('N038', 'admin', "who didn't check out on 13 nov", () => people(peopleWhere({}, 'missingCheckOut', '2025-11-13', '2025-11-13'))),
  q('N039', 'admin', 'missing check-outs in october', () => people(peopleWhere({}, 'missingCheckOut', OCTOBER[0], OCTOBER[1]))),
  q('N040', 'admin', 'who in QA forgot to check out this month', () => people(peopleWhere({ team: 'QA' }, 'missingCheckOut', THIS_MONTH[0], THIS_MONTH[1]))),
  q('N041', 'QA-001', "who in QA hasn't clocked in yet today", () => people(notCheckedInToday({ team: 'QA' }))),
  q('N042', 'admin', 'how many people clocked in today in the AI team', () => figures(count(checkedInToday({ team: 'AI' }).length))),
  q('N043', 'admin', 'hours worked by DAT-004 last week', () => figures(hours(totals({ ids: ['DAT-004'] }, ...LAST_WEEK).hours))),
  q('N044', 'DEV-001', 'who on my team worked the most hours last week', () => people(topBy({ team: 'DEV' }, 'hours', LAST_WEEK, 1))),
  q('N045', 'SEC-004', 'how many hours did i put in during october', () => figures(hours(totals({ ids: ['SEC-004'] }, ...OCTOBER).hours))),
  q('N046', 'admin', 'who worked more than 45 hours last week', () => people(peopleWhere({}, 'hours', LAST_WEEK[0], LAST_WEEK[1], (v) => v > 45))),
  q('N047', 'admin', 'hours worked by the seniors in SEC last week', () => figures(hours(totals(levelIn('SEC', 'Senior'), ...LAST_WEEK).hours))),
  q('N048', 'DEV-001', 'what time did lukas check in on monday', () => answer({ mentions: [checkInTime('DEV-004', lastWeekday(1))] })),
  q('N049', 'DEV-003', 'my check-in times last week', () => answer({ mentions: checkInTimes('DEV-003', LAST_WEEK) })),
];
