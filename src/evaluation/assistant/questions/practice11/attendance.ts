/* Attendance across the organisation, asked by HR and payroll: who was late or absent, rates, thresholds, rankings, hours. */
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { answer, count, days, figures, hours, people, rate, score, type Figure, type Question } from '../../expectation';
import { offBetween } from '../../oracle/leave-figures';
import { stats } from '../../oracle/score-figures';
import { attendedOn, notCheckedInToday, peopleByRate, peopleWhere, peopleWithRate, teamsWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { lastWeekday, perTeam, rankedBy, teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, YESTERDAY, q } from '../helpers';

const near = (f: Figure, label: string): Figure => ({ ...f, label });
const FOUNDERS_DAY = '2025-10-13';
const QA_OFFSITE = '2025-09-12';

export const ATTENDANCE_QUESTIONS: Question[] = [
  q('Z050', 'admin', 'who was late yday', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('Z051', 'admin', 'how many were late on tues?', () => figures(count(totals({}, lastWeekday(2), lastWeekday(2)).late))),
  q('Z052', 'admin', 'who was late last fri', () => people(peopleWhere({}, 'late', lastWeekday(5), lastWeekday(5)))),
  q('Z053', 'admin', 'anyone absent on 13th nov?', () => people(peopleWhere({}, 'absent', '2025-11-13', '2025-11-13'))),
  q('Z054', 'admin', "who didn't show up on Nov 3rd", () => people(peopleWhere({}, 'absent', '2025-11-03', '2025-11-03'))),
  q('Z055', 'admin', 'who was late on the 11th', () => people(peopleWhere({}, 'late', '2025-11-11', '2025-11-11'))),
  q('Z056', 'admin', 'late arrivals 17/11 pls', () => people(peopleWhere({}, 'late', '2025-11-17', '2025-11-17'))),
  q('Z057', 'admin', 'what was the attendance rate last week', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('Z058', 'admin', 'attendance rate for QA last month vs this month', () =>
    figures(rate(totals({ team: 'QA' }, ...OCTOBER).rate), rate(totals({ team: 'QA' }, ...THIS_MONTH).rate)),
  ),
  q('Z059', 'admin', "is QA's attendance worse than DEV's this month", () =>
    figures(rate(totals({ team: 'QA' }, ...THIS_MONTH).rate), rate(totals({ team: 'DEV' }, ...THIS_MONTH).rate)),
  ),
  q('Z060', 'admin', 'attendance by team last month pls', () => figures(...TEAM_CODES.map((team) => rate(perTeam('rate', ...OCTOBER)[team]!)))),
  q('Z061', 'admin', 'show me departments with attendance issues last month', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.9) })),
  q('Z062', 'admin', 'any team under 95% attendance in october?', () => answer({ teams: teamsWhere(...OCTOBER, (r) => r < 0.95) })),
  q('Z063', 'admin', 'which team had the most late arrivals last month', () => {
    const [team] = teamsWithExtreme('late', ...OCTOBER, 'most');
    return answer({ mentions: [team!], figures: [count(totals({ team }, ...OCTOBER).late)] });
  }),
  q('Z064', 'admin', 'absent days by team last month', () =>
    figures(...TEAM_CODES.map((team) => near(days(perTeam('absent', ...OCTOBER)[team]!), teamLabel(team)))),
  ),
  q('Z065', 'admin', 'who was late more than twice last month', () => people(peopleWhere({}, 'late', ...OCTOBER, (v) => v > 2))),
  q('Z066', 'admin', 'who in dev had 100% attendance last month', () => people(peopleWithRate({ team: 'DEV' }, ...OCTOBER, (r) => r === 1))),
  q('Z067', 'admin', 'lowest 3 attendance rates last month', () => {
    const low = peopleByRate({}, ...OCTOBER, 'lowest').slice(0, 3);
    return people(
      low.map((x) => x.id),
      ...low.map((x) => rate(x.rate)),
    );
  }),
  q('Z068', 'admin', 'anyone under 80% attendance last month??', () => people(peopleWithRate({}, ...OCTOBER, (r) => r < 0.8))),
  q('Z069', 'admin', 'how many hrs did QA work last month', () => figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours))),
  q('Z070', 'admin', 'hours worked by the security team so far this month', () => figures(hours(totals({ team: 'SEC' }, ...THIS_MONTH).hours))),
  q('Z071', 'admin', 'who forgot to check out last week', () => people(peopleWhere({}, 'missingCheckOut', ...LAST_WEEK))),
  q('Z072', 'admin', 'how many missing check-outs this month', () => figures(count(totals({}, ...THIS_MONTH).missingCheckOut))),
  q('Z073', 'admin', "who hasn't clocked in yet today", () => people(notCheckedInToday({}))),
  q('Z074', 'admin', 'how many people clocked in yesterday', () => figures(count(attendedOn({}, YESTERDAY).length))),
  q('Z075', 'admin', 'how many half days were there last week', () => figures(count(totals({}, ...LAST_WEEK).halfDay))),
  q('Z076', 'admin', 'attendance rate for the seniors last week', () => figures(rate(totals(levelIn(undefined, 'Senior'), ...LAST_WEEK).rate))),
  q('Z077', 'admin', 'which juniors were late last month', () => people(peopleWhere(levelIn(undefined, 'Junior'), 'late', ...OCTOBER))),
  q('Z078', 'admin', 'overall attendance rate yesterday?', () => figures(rate(totals({}, YESTERDAY, YESTERDAY).rate))),
  q('Z079', 'admin', 'how many days of absence did DEV have last week', () => figures(days(totals({ team: 'DEV' }, ...LAST_WEEK).absent))),
  q('Z080', 'admin', 'who was absent on Founders Day', () => people(peopleWhere({}, 'absent', FOUNDERS_DAY, FOUNDERS_DAY))),
  q('Z081', 'admin', 'who was late the day after Founders Day', () => people(peopleWhere({}, 'late', addDays(FOUNDERS_DAY, 1), addDays(FOUNDERS_DAY, 1)))),
  q('Z082', 'admin', 'att rate 1 sep to 15 sep for the data team', () => figures(rate(totals({ team: 'DAT' }, '2025-09-01', '2025-09-15').rate))),
  q('Z083', 'admin', 'how many late arrivals between 3rd and 7th Nov', () => figures(count(totals({}, '2025-11-03', '2025-11-07').late))),
  q('Z084', 'admin', "AI team's attendance rate since august", () => figures(rate(totals({ team: 'AI' }, '2025-08-01', TODAY).rate))),
  q('Z085', 'admin', 'attendance rate in the first week of september', () => figures(rate(totals({}, '2025-09-01', '2025-09-07').rate))),
  q('Z086', 'admin', 'was attendance better in sept or oct?', () => figures(rate(totals({}, ...SEPTEMBER).rate), rate(totals({}, ...OCTOBER).rate))),
  q('Z087', 'admin', 'how many days was chris morgan absent in oct', () => figures(days(totals({ ids: ['DEV-006'] }, ...OCTOBER).absent))),
  q('Z088', 'admin', "ravi's hours last week?", () => figures(hours(totals({ ids: ['DEV-014'] }, ...LAST_WEEK).hours))),
  q('Z089', 'admin', 'how many times was lukas late last month', () => figures(count(totals({ ids: ['DEV-004'] }, ...OCTOBER).late))),
  q('Z090', 'admin', "marcus's attendance rate this month", () => figures(rate(totals({ ids: ['QA-002'] }, ...THIS_MONTH).rate))),
  q('Z091', 'admin', 'who was late on the QA offsite', () => people(peopleWhere({}, 'late', QA_OFFSITE, QA_OFFSITE))),
  q('Z092', 'admin', 'absent 10 Nov - who?', () => people(peopleWhere({}, 'absent', '2025-11-10', '2025-11-10'))),
  q('Z093', 'admin', 'who was absent more than 3 days in october in DEV', () => people(peopleWhere({ team: 'DEV' }, 'absent', ...OCTOBER, (v) => v > 3))),
  q('Z094', 'admin', 'who in AI was late at least 3 times last month', () => people(peopleWhere({ team: 'AI' }, 'late', ...OCTOBER, (v) => v >= 3))),
  q('Z095', 'admin', 'which team had the fewest absences last month', () => {
    const [team] = teamsWithExtreme('absent', ...OCTOBER, 'fewest');
    return answer({ mentions: [team!], figures: [near(days(totals({ team }, ...OCTOBER).absent), 'absen|day|off')] });
  }),
  q('Z096', 'admin', 'how many people were late last week', () => figures(count(peopleWhere({}, 'late', ...LAST_WEEK).length))),
  q('Z097', 'admin', 'how many late arrivals in total last week', () => figures(count(totals({}, ...LAST_WEEK).late))),
  q('Z098', 'admin', 'attendance for the mid level people in QA last month', () => figures(rate(totals(levelIn('QA', 'Mid'), ...OCTOBER).rate))),
  q('Z099', 'admin', 'attendance rate for the testers on 12 sep', () => figures(rate(totals({ team: 'QA' }, QA_OFFSITE, QA_OFFSITE).rate))),
  q('Z100', 'admin', 'top latecomer last month?', () =>
    people(
      rankedBy({}, 'late', ...OCTOBER)
        .filter((x, _, all) => x.value === all[0]!.value)
        .map((x) => x.id),
    ),
  ),
  q('Z101', 'admin', 'how many people were absent on thursday', () => figures(count(peopleWhere({}, 'absent', lastWeekday(4), lastWeekday(4)).length))),
  q('Z102', 'admin', 'security vs AI attendance last week', () =>
    figures(rate(totals({ team: 'SEC' }, ...LAST_WEEK).rate), rate(totals({ team: 'AI' }, ...LAST_WEEK).rate)),
  ),
  q('Z103', 'admin', 'total hours worked by everyone yesterday', () => figures(hours(totals({}, YESTERDAY, YESTERDAY).hours))),
  q('Z104', 'admin', 'who was on a half day on the 13th', () => people(peopleWhere({}, 'halfDay', '2025-11-13', '2025-11-13'))),
  q('Z303', 'admin', 'can you summarise absences by team for october', () =>
    figures(...TEAM_CODES.map((team) => near(days(perTeam('absent', ...OCTOBER)[team]!), teamLabel(team)))),
  ),
  q('Z304', 'admin', 'how many late arrivals in the data team this month, and organisation-wide too', () =>
    figures(count(totals({ team: 'DAT' }, ...THIS_MONTH).late), count(totals({}, ...THIS_MONTH).late)),
  ),
  q('Z305', 'admin', "what's the organisation's attendance rate this month compared to last month", () =>
    figures(rate(totals({}, ...THIS_MONTH).rate), rate(totals({}, ...OCTOBER).rate)),
  ),
  q('Z306', 'admin', "pls analyse the QA team's scores for Q3 - mean, min and max", () => {
    const s = stats(['2025-Q3'], { team: 'QA' });
    return figures(score(s.mean), score(s.min), score(s.max));
  }),
  q('Z307', 'admin', 'who was late on the 3rd', () => people(peopleWhere({}, 'late', '2025-11-03', '2025-11-03'))),
  q('Z308', 'admin', 'which teams were over 90% attendance last week', () => answer({ teams: teamsWhere(...LAST_WEEK, (r) => r > 0.9) })),
  q('Z309', 'admin', "who was late yday and who's OOO today", () =>
    people([...peopleWhere({}, 'late', YESTERDAY, YESTERDAY), ...offBetween({}, TODAY, TODAY)]),
  ),
  q('Z310', 'admin', 'hey so im doing payroll prep and need to know how many hours Ravi worked in october thx', () =>
    figures(hours(totals({ ids: ['DEV-014'] }, ...OCTOBER).hours)),
  ),
];
