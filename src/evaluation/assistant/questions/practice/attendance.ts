/* Practice questions on attendance and absence: rates, lateness, half days, missed check-outs, hours, thresholds. */
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import { count, days, figures, hours, notFound, people, rate, refusal, answer, type Question } from '../../expectation';
import { checkedInToday, measureOf, notCheckedInToday, peopleWhere, teamsWhere, totals } from '../../oracle/attendance-figures';
import { ids } from '../../oracle/people-figures';
import { AUGUST, LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_WEEK, THIS_YEAR, YESTERDAY, q } from '../helpers';

const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
const SINCE_SEPTEMBER: [Day, Day] = ['2025-09-01', TODAY];
const MONDAY: Day = '2025-11-17';
const teamRate = (team: string, range: [Day, Day]) => rate(totals({ team }, ...range).rate);
const personRate = (id: string, range: [Day, Day]) => rate(totals({ ids: [id] }, ...range).rate);

/** The team with the lowest rate over the range. */
function worstTeam(range: [Day, Day]): string {
  const rated = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((team) => ({ team, rate: totals({ team }, ...range).rate ?? 1 }));
  return rated.sort((a, b) => a.rate - b.rate)[0]!.team;
}

/** The people in the team with the most of a measure over the range (all of them when tied). */
function mostOf(team: string, measure: 'absent' | 'late', range: [Day, Day]): string[] {
  const values = ids({ team, status: 'any' }).map((id) => ({ id, value: measureOf(id, measure, ...range) }));
  const top = Math.max(...values.map((v) => v.value));
  return values.filter((v) => v.value === top).map((v) => v.id);
}

export const PRACTICE_ATTENDANCE: Question[] = [
  q('P001', 'admin', 'attendance rate for the whole company last week', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('P002', 'admin', 'whats the attendence % for the data team in october', () => figures(teamRate('DAT', OCTOBER))),
  q('P003', 'admin', 'security attendance so far this month', () => figures(teamRate('SEC', THIS_MONTH))),
  q('P004', 'admin', 'how did QA do on attendance in september?', () => figures(teamRate('QA', SEPTEMBER))),
  q('P005', 'admin', 'AI team attendance rate since august 1st', () => figures(teamRate('AI', SINCE_AUGUST))),
  q('P006', 'admin', 'compare attendance dev vs data in september', () => figures(teamRate('DEV', SEPTEMBER), teamRate('DAT', SEPTEMBER))),
  q('P007', 'admin', 'was security attendance better in september or october?', () => figures(teamRate('SEC', SEPTEMBER), teamRate('SEC', OCTOBER))),
  q('P008', 'admin', 'who was late more than 5 times in october', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v > 5))),
  q('P009', 'admin', 'anyone absent more than 3 days in october?', () => people(peopleWhere({}, 'absent', ...OCTOBER, (v) => v > 3))),
  q('P010', 'admin', 'how many late arrivals company wide last week', () => figures(count(totals({}, ...LAST_WEEK).late))),
  q('P011', 'admin', 'no. of half days in DEV in september', () => figures(count(totals({ team: 'DEV' }, ...SEPTEMBER).halfDay))),
  q('P012', 'admin', 'how many missing check outs this month', () => figures(count(totals({}, ...THIS_MONTH).missingCheckOut))),
  q('P013', 'admin', 'who forgot to check out last week?', () => people(peopleWhere({}, 'missingCheckOut', ...LAST_WEEK))),
  q('P014', 'admin', "who hasn't checked in yet today", () => people(notCheckedInToday({}))),
  q('P015', 'admin', 'how many ppl have clocked in today', () => figures(count(checkedInToday({}).length))),
  q('P016', 'admin', 'total hours worked by the security team last week', () => figures(hours(totals({ team: 'SEC' }, ...LAST_WEEK).hours))),
  q('P017', 'admin', 'how many hours did Tom Becker work in october', () => figures(hours(measureOf('DEV-002', 'hours', ...OCTOBER)))),
  q('P018', 'admin', 'hrs logged by mei lin last week', () => figures(hours(measureOf('DAT-005', 'hours', ...LAST_WEEK)))),
  q('P019', 'admin', 'How many days was Pablo Ruiz absent in September?', () => figures(days(measureOf('DAT-006', 'absent', ...SEPTEMBER)))),
  q('P020', 'admin', 'how many times has marcus lee been late since august', () => figures(count(measureOf('QA-002', 'late', ...SINCE_AUGUST)))),
  q('P021', 'admin', 'attendance rate of julia fischer last month', () => figures(personRate('DAT-003', OCTOBER))),
  q('P022', 'admin', 'diego alvarez attendance this quarter', () => figures(personRate('AI-005', THIS_QUARTER))),
  q('P023', 'admin', 'which teams had attendance under 90% in october', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('P024', 'admin', 'which team had the worst attendance last month?', () => answer({ teams: [worstTeam(OCTOBER)] })),
  q('P025', 'admin', 'days on leave in the AI team in october', () => figures(days(totals({ team: 'AI' }, ...OCTOBER).onLeave))),
  q('P026', 'admin', 'absences in QA last week', () => figures(days(totals({ team: 'QA' }, ...LAST_WEEK).absent))),
  q('P027', 'admin', 'attendance on friday 24 october', () => figures(rate(totals({}, '2025-10-24', '2025-10-24').rate))),
  q('P028', 'admin', 'Was anyone late yesterday?', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('P029', 'admin', 'who was absent on monday', () => people(peopleWhere({}, 'absent', MONDAY, MONDAY))),
  q('P030', 'admin', 'dev team late arrivals so far this year', () => figures(count(totals({ team: 'DEV' }, ...THIS_YEAR).late))),
  q('P031', 'admin', 'juniors with more than 2 days absent last month', () =>
    people(peopleWhere({ ids: ids({ position: 'Junior', status: 'any' }) }, 'absent', ...OCTOBER, (v) => v > 2)),
  ),
  q('P032', 'admin', 'half day count for Jakub in october', () => figures(count(measureOf('SEC-007', 'halfDay', ...OCTOBER)))),
  q('P033', 'admin', 'avg attendance for the ai ppl in august', () => figures(teamRate('AI', AUGUST))),
  q('P034', 'admin', 'how many days did Lucas Moreau miss since september?', () => figures(days(measureOf('SEC-005', 'absent', ...SINCE_SEPTEMBER)))),
  q('P035', 'admin', 'attendance rate for the seniors in october', () =>
    figures(rate(totals({ ids: ids({ position: 'Senior', status: 'any' }) }, ...OCTOBER).rate)),
  ),
  q('P036', 'DEV-001', 'my teams attendance rate last week', () => figures(teamRate('DEV', LAST_WEEK))),
  q('P037', 'DEV-001', 'who in my team was late more than 3 times in september', () =>
    people(peopleWhere({ team: 'DEV' }, 'late', ...SEPTEMBER, (v) => v > 3)),
  ),
  q('P038', 'DEV-001', 'how many hours did yuki work last week', () => figures(hours(measureOf('DEV-009', 'hours', ...LAST_WEEK)))),
  q('P039', 'DEV-001', 'did anybody on my team forget to clock out this month', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...THIS_MONTH))),
  q('P040', 'DEV-001', 'who from my team isnt in yet', () => people(notCheckedInToday({ team: 'DEV' }))),
  q('P041', 'DEV-001', 'Lukas late count this quarter', () => figures(count(measureOf('DEV-004', 'late', ...THIS_QUARTER)))),
  q('P042', 'DEV-001', 'security team attendance last month', () => refusal('security')),
  q('P043', 'DEV-001', 'how often was ben carter absent since september', () => figures(days(measureOf('DEV-012', 'absent', ...SINCE_SEPTEMBER)))),
  q('P044', 'DEV-001', "compare my team's attendance in august and september", () => figures(teamRate('DEV', AUGUST), teamRate('DEV', SEPTEMBER))),
  q('P045', 'QA-001', 'QA attendance so far this quarter', () => figures(teamRate('QA', THIS_QUARTER))),
  q('P046', 'QA-001', 'how many days did zoe miss in october', () => figures(days(measureOf('QA-009', 'absent', ...OCTOBER)))),
  q('P047', 'QA-001', 'who on my team had the most absences last month', () => people(mostOf('QA', 'absent', OCTOBER))),
  q('P048', 'QA-001', 'lates in my team this week', () => figures(count(totals({ team: 'QA' }, ...THIS_WEEK).late))),
  q('P049', 'QA-001', 'attendance of Omar Haddad in october', () => notFound()),
  q('P050', 'QA-001', 'peter hansen attendance since august', () => figures(personRate('QA-006', SINCE_AUGUST))),
  q('P051', 'DEV-003', 'my attendance rate last month', () => figures(personRate('DEV-003', OCTOBER))),
  q('P052', 'DEV-003', 'how many hours have i worked this week', () => figures(hours(measureOf('DEV-003', 'hours', ...THIS_WEEK)))),
  q('P053', 'QA-003', 'was i late at all in september?', () => figures(count(measureOf('QA-003', 'late', ...SEPTEMBER)))),
  q('P054', 'DAT-004', 'how many times was I late since august', () => figures(count(measureOf('DAT-004', 'late', ...SINCE_AUGUST)))),
  q('P055', 'DAT-004', "what is julia fischer's attendance", () => notFound()),
  q('P056', 'SEC-004', 'my hours last week', () => figures(hours(measureOf('SEC-004', 'hours', ...LAST_WEEK)))),
  q('P057', 'SEC-004', 'attendance rate of the security team in october', () => refusal('security')),
  q('P058', 'DEV-003', 'how many days have i been absent so far this year', () => figures(days(measureOf('DEV-003', 'absent', ...THIS_YEAR)))),
];
