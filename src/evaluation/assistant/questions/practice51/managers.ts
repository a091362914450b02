/*
 * practice51 — a manager's several asks about their own team (Priya Raman of DEV, Elena Petrova of QA): a headcount
 * with a rate, lateness with absence, two weeks' hours, requests waiting with who is off, two people's scores, a team's
 * count with who had the most. README: "how many late arrivals did my team have this month, and who had the most";
 * "pending requests for my team"; a first name resolves among the people the manager can see. A manager's "who on my
 * team" is the same with and without the manager.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { offBetween, requests, balance } from '../../oracle/leave-figures';
import { mostOf, measureOf } from '../../oracle/attendance-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { onlyOne } from '../../oracle/practice31-figures';
import { scoreOf } from '../../oracle/score-figures';
import {
  absenceOf,
  awayN,
  halfN,
  headcount,
  headN,
  hoursN,
  lateN,
  leaveN,
  meanOf,
  medianOf,
  OCT,
  rateOf,
  sumOf,
  team,
  week,
} from '../../oracle/practice51-figures';
import { some, teamWho, union } from '../../oracle/practice51-people';
import { q } from '../helpers';

const LAST_WEEK = week(46);
const WEEK_BEFORE = week(45);
const NEXT_WEEK = week(48);
const DEV = team('DEV');
const QA = team('QA');
function known(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}
/** The one person of a team with the most hours over the range (throws on a tie). */
function mostHoursIn(code: string, range: readonly [string, string]): string[] {
  const sorted = sameWithoutAsker(team(code), `${code}-001`, (s) => mostOf(s, 'hours', ...range));
  if (sorted.length !== 1) throw new Error('tied for the most hours');
  return sorted;
}

export const MANAGERS: readonly Question[] = [
  q('PZ173', 'DEV-001', 'headcount of my team and our attendance last week', () => figures(headN(headcount('DEV')), rate(rateOf(DEV, LAST_WEEK)))),
  q('PZ174', 'DEV-001', 'who on my team was late last week, and who was absent?', () =>
    people(union(some(teamWho('DEV-001', 'late', LAST_WEEK)), some(teamWho('DEV-001', 'absent', LAST_WEEK)))),
  ),
  q('PZ175', 'QA-001', 'how many hours did my team work last week? also the week before', () =>
    figures(hoursN(sumOf(QA, 'hours', LAST_WEEK)), hoursN(sumOf(QA, 'hours', WEEK_BEFORE))),
  ),
  q('PZ176', 'QA-001', "my team's leave requests waiting for approval, and who's off next week", () =>
    people(
      union(
        some(sameWithoutAsker(QA, 'QA-001', (s) => [...new Set(requests('pending', s).map((l) => l.employee))])),
        some(sameWithoutAsker(QA, 'QA-001', (s) => offBetween(s, ...NEXT_WEEK))),
      ),
    ),
  ),
  q('PZ177', 'QA-001', 'Zoe Adams: absences in October and her Q3 score', () =>
    figures(awayN(measureOf('QA-009', 'absent', ...OCT)), score(known('QA-009', '2025-Q3'))),
  ),
  q('PZ178', 'DEV-001', 'Q3 scores for Lukas and Ravi', () =>
    figures(score(known(onlyOne('Lukas', 'DEV-001'), '2025-Q3')), score(known(onlyOne('Ravi', 'DEV-001'), '2025-Q3'))),
  ),
  q('PZ179', 'DEV-001', "Tell me my team's late arrivals last month. Then the absences.", () =>
    figures(lateN(sumOf(DEV, 'late', OCT)), awayN(sumOf(DEV, 'absent', OCT))),
  ),
  q('PZ180', 'QA-001', 'annual leave left for Grace Kim and for Nina Kowalski', () =>
    figures(leaveN(balance('QA-007', 'ANNUAL').available), leaveN(balance('QA-005', 'ANNUAL').available)),
  ),
  q('PZ181', 'DEV-001', 'our absence rate in October and the number of half days', () => figures(rate(absenceOf(DEV, OCT)), halfN(sumOf(DEV, 'halfDay', OCT)))),
  q('PZ182', 'QA-001', 'which of my people were absent last week, and what was our rate?', () =>
    answer({ people: some(teamWho('QA-001', 'absent', LAST_WEEK)), figures: [rate(rateOf(QA, LAST_WEEK))] }),
  ),
  q('PZ183', 'DEV-001', 'who on my team worked the most hours last week, and how many hours did the team work in total?', () =>
    answer({ people: mostHoursIn('DEV', LAST_WEEK), figures: [hoursN(sumOf(DEV, 'hours', LAST_WEEK), 'total|team')] }),
  ),
  q('PZ184', 'QA-001', 'the median and the mean for my team in Q2', () => figures(score(medianOf('2025-Q2', QA)), score(meanOf('2025-Q2', QA)))),
  q('PZ185', 'DEV-001', "when did Chloe Dubois start, and what's her job title?", () =>
    answer({ dates: [person('DEV-013').hire], mentions: [person('DEV-013').title] }),
  ),
  q('PZ186', 'QA-001', 'how many late arrivals did my team have last month, and who had the most?', () =>
    answer({ figures: [lateN(sumOf(QA, 'late', OCT))], people: some(sameWithoutAsker(QA, 'QA-001', (s) => mostOf(s, 'late', ...OCT))) }),
  ),
];
