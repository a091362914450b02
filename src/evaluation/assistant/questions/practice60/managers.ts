/*
 * practice60 — the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) on their first week with the new HR
 * generalist, asking about their own team, two asks to a message: a count and who had the most ("how many late
 * arrivals did my team have …, and who had the most": README), one person's hours and rate over the same period ("for
 * it" points back), who was absent more than twice, which days someone was absent, check-in times, who is off, the
 * manager's own figures. API.md: a manager reads "employees, attendance, scores, leave … of their own team". A team's
 * rate or total is the team's, the manager's own days included (as API.md's summary by team counts them); every list
 * of "my team" is the same with and without the manager, with and without those who have left, and with and without
 * today when the period reaches it (else the question is not asked).
 */
import { answer, figures, hours, people, rate, score, type Question } from '../../expectation';
import { absentDays } from '../../oracle/practice23-figures';
import {
  absenceOf,
  absentMoreThan,
  fig,
  hourEntries,
  LAST_MONTH,
  LAST_Q,
  LAST_WEEK,
  lastWeekday,
  measureEntries,
  month,
  NEXT_WEEK,
  personSum,
  plain,
  rateEntries,
  rateOf,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  teamWho,
  THIS_MONTH,
  THIS_WEEK,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { onLeave, scoreOfOne } from '../../oracle/practice53-people';
import { isoWeek } from '../../oracle/practice58-figures';
import { timeOn, timesOver } from '../../oracle/practice58-lists';
import { myTeamNotInYet, myTeamRanked, theMost } from '../../oracle/practice55-figures';
import { everyoneWho, yesWho } from '../../oracle/practice59-figures';
import { both, qd } from '../../oracle/practice60-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
/* A team's figure (a rate, a total) is the team's, the manager's own days included (API.md's summary by team), read with and without today. */
const teamSum = (scope: typeof DEV, measure: Parameters<typeof sumOf>[1], range: readonly [string, string]) => sumOf(scope, measure, range);
const teamRate = (scope: typeof DEV, range: readonly [string, string]) => rateOf(scope, range);

export const MANAGERS: readonly Question[] = [
  // Priya Raman, DEV.
  q('QI129', 'DEV-001', "Aisha Khan's hours last week, and her attendance rate for it", () =>
    figures(hours(personSum('DEV-003', 'hours', LAST_WEEK)), rate(rateOf({ ids: ['DEV-003'] }, LAST_WEEK))),
  ),
  q('QI130', 'DEV-001', 'October: how many times was my team late in total, and which person racked up the most?', () =>
    answer({
      figures: [fig('late', teamSum(DEV, 'late', month(10)))],
      people: myTeamRanked(
        'DEV-001',
        month(10),
        (s, r) => measureEntries(s, 'late', r),
        (e) => theMost(e, 'high').ids,
      ),
    }),
  ),
  q('QI131', 'DEV-001', "what's my team's absence rate for last month?", () => figures(rate(absenceOf(DEV, LAST_MONTH)))),
  q('QI132', 'DEV-001', "Lukas Novak's Q3 score? and how often has he been late since August", () =>
    figures(fig('late', plain(personSum('DEV-004', 'late', SINCE_TRACKING))), score(scoreOfOne('DEV-004', LAST_Q))),
  ),
  q('QI133', 'DEV-001', 'anyone on my team with over 2 days of absence in oct?', () => people(some(absentMoreThan(DEV, month(10), 2, 'DEV-001')))),
  q('QI134', 'DEV-001', 'On which dates was Chris Morgan absent in October?', () => answer({ dates: some(absentDays('DEV-006', month(10))) })),
  q('QI135', 'DEV-001', 'did anyone on my team miss a check-out this month?', () => yesWho(some(teamWho('DEV-001', 'missingCheckOut', THIS_MONTH)))),
  q('QI136', 'DEV-001', 'total team hours last week? also who logged the fewest', () =>
    answer({
      figures: [hours(teamSum(DEV, 'hours', LAST_WEEK))],
      people: myTeamRanked(
        'DEV-001',
        LAST_WEEK,
        (s, r) => hourEntries(s, r),
        (e) => theMost(e, 'low').ids,
      ),
    }),
  ),
  q('QI137', 'DEV-001', "Omar Haddad's clock-in time on monday?", () => answer({ mentions: [timeOn('DEV-010', lastWeekday(1), 'in')] })),
  q('QI138', 'DEV-001', 'anyone on my team off next week?', () => yesWho(some(onLeave(DEV, NEXT_WEEK)))),
  q('QI139', 'DEV-001', 'my own hours this week so far', () => figures(hours(personSum('DEV-001', 'hours', THIS_WEEK)))),
  q('QI140', 'DEV-001', 'Daniel Okafor: late days in September and October?', () =>
    figures(fig('late', plain(personSum('DEV-008', 'late', month(9))), 'sep'), fig('late', plain(personSum('DEV-008', 'late', month(10))), 'oct')),
  ),

  // Elena Petrova, QA.
  q('QI141', 'QA-001', "how's my team's attendance this month vs last month?", () => figures(rate(teamRate(QA, THIS_MONTH)), rate(teamRate(QA, LAST_MONTH)))),
  q('QI142', 'QA-001', 'who on my team was late more than 3 times in october', () => people(some(teamWho('QA-001', 'late', month(10), (v) => v > 3)))),
  q('QI143', 'QA-001', 'Chris Walker: absences since the start of August, plus his Q3 score', () =>
    figures(fig('absent', personSum('QA-004', 'absent', SINCE_TRACKING)), score(scoreOfOne('QA-004', LAST_Q))),
  ),
  q('QI144', 'QA-001', 'late arrivals in my team during wk 45', () => figures(fig('late', plain(teamSum(QA, 'late', isoWeek(45))), 'wk|week'))),
  q('QI145', 'QA-001', "Leo Martins's check-in times last week", () => answer({ mentions: some(timesOver('QA-008', LAST_WEEK, 'in')) })),
  q('QI146', 'QA-001', 'is my whole team in yet today?', () => everyoneWho(some(myTeamNotInYet('QA-001')))),
  qd('QI147', 'QA-001', 'QA attendance rate on 31/10, and who was absent that day', ['31/10'], (d) =>
    answer({ figures: [rate(teamRate(QA, [d, d]))], people: some(teamWho('QA-001', 'absent', [d, d])) }),
  ),
  q('QI148', 'QA-001', 'my own attendance rate in october', () => figures(rate(rateOf({ ids: ['QA-001'] }, month(10))))),
  q('QI149', 'QA-001', 'who has the lowest attendance on my team for last month', () =>
    people(
      myTeamRanked(
        'QA-001',
        LAST_MONTH,
        (s, r) => rateEntries(s, r),
        (e) => theMost(e, 'low').ids,
      ),
    ),
  ),
  q('QI150', 'QA-001', 'who on my team is not in yet, and was anyone late yesterday?', () =>
    people(some(both(myTeamNotInYet('QA-001'), teamWho('QA-001', 'late', [YESTERDAY, YESTERDAY])))),
  ),
];
