/* Managers asking about their team's people, scores and leave, a named member, and another team. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { answer, count, days, notFound, people, rate, refusal, score, years, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { balance, leaveDays, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { changes, mostImproved, rank, scoreOf, scoredBelow, stats } from '../../oracle/score-figures';
import { NEXT_WEEK, OCTOBER, q } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };
const pendingOf = (team: string) => requests('pending', { team }).map((l) => l.employee);

export const TEAM_OTHER: Question[] = [
  q('W146', 'DEV-001', 'how many people in my team', () => answer({ figures: [count(headcount(DEV))] })),
  q('W147', 'QA-001', 'how many juniors do i have', () => answer({ figures: [count(headcount({ ...QA, position: 'Junior' }))] })),
  q('W148', 'DEV-001', 'how many seniors in my team', () => answer({ figures: [count(headcount({ ...DEV, position: 'Senior' }))] })),
  q('W149', 'QA-001', 'list the mid level people in my team', () => people(ids({ ...QA, position: 'Mid' }))),
  q('W150', 'DEV-001', 'headcount by level', () =>
    answer({
      figures: (['Junior', 'Mid', 'Senior', 'Lead', 'Manager'] as const).map((position) => count(headcount({ ...DEV, position }))),
    }),
  ),
  q('W151', 'QA-001', 'who joined my team this year', () => people(hiredBetween('2025-01-01', TODAY, 'QA'))),
  q('W152', 'DEV-001', 'new hires in 2025', () => people(hiredBetween('2025-01-01', TODAY, 'DEV'))),
  q('W153', 'QA-001', 'has anyone left my team this year', () => people(leftBetween('2025-01-01', TODAY, 'QA'))),
  q('W154', 'DEV-001', 'who is the longest serving in my team', () => people(longestServing(1, DEV))),
  q('W155', 'QA-001', 'newest person on my team', () => people(newest(1, QA))),
  q('W156', 'DEV-001', 'when did sofia start', () => answer({ dates: [person('DEV-011').hire] })),
  q('W157', 'QA-001', 'how long has grace kim been here', () => answer({ figures: [years(tenureYears(person('QA-007')))] })),
  q('W158', 'DEV-001', 'what is ravi patels job title', () => answer({ mentions: [person('DEV-014').title] })),
  q('W159', 'QA-001', 'top 3 performers in my team last quarter', () => people(rank('2025-Q3', 3, 'top', QA))),
  q('W160', 'DEV-001', 'bottom 3 in my team for q3', () => people(rank('2025-Q3', 3, 'bottom', DEV))),
  q('W161', 'QA-001', 'my teams average score q3', () => answer({ figures: [score(stats(['2025-Q3'], QA).mean)] })),
  q('W162', 'DEV-001', 'median score of my team in q2', () => answer({ figures: [score(stats(['2025-Q2'], DEV).median)] })),
  q('W163', 'QA-001', 'who is the best performer on my team in q2', () => people(rank('2025-Q2', 1, 'top', QA))),
  q('W164', 'DEV-001', 'lowest scorer last quarter', () => people(rank('2025-Q3', 1, 'bottom', DEV))),
  q('W165', 'QA-001', 'who improved most from q2 to q3', () => people([mostImproved('2025-Q2', '2025-Q3', QA).id])),
  q('W166', 'DEV-001', 'who scored under 70 in q3', () => people(scoredBelow('2025-Q3', 70, DEV))),
  q('W167', 'QA-001', 'avg score trend for my team', () =>
    answer({ figures: ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(stats([p], QA).mean)) }),
  ),
  q('W168', 'DEV-001', 'what did daniel okafor score in q3', () => answer({ figures: [score(scoreOf('DEV-008', '2025-Q3'))] })),
  q('W169', 'QA-001', 'nina kowalski score change q2 to q3', () => answer({ figures: [score(changes('2025-Q2', '2025-Q3', { ids: ['QA-005'] })[0]!.change)] })),
  q('W170', 'DEV-001', 'pending leave requests for my team', () => people(pendingOf('DEV'))),
  q('W171', 'QA-001', 'any pending leave requests', () => people(pendingOf('QA'))),
  q('W173', 'QA-001', 'whose leave was approved for november', () =>
    people(requestsOverlapping('approved', '2025-11-01', '2025-11-30', QA).map((l) => l.employee)),
  ),
  q('W174', 'DEV-001', 'maria gonzalez annual leave balance', () => answer({ figures: [days(balance('DEV-005', 'ANNUAL').available)] })),
  q('W175', 'QA-001', 'how much sick leave has fatima used', () => answer({ figures: [days(balance('QA-003', 'SICK').taken)] })),
  q('W176', 'DEV-001', 'is maria on leave next week', () => answer({ figures: [days(leaveDays('DEV-005', ...NEXT_WEEK))] })),
  q('W177', 'QA-001', 'how many people in data team', () => refusal('data', 'DAT')),
  q('W178', 'DEV-001', 'qa attendance rate last month', () => refusal('QA', 'Quality')),
  q('W179', 'QA-001', 'top performers in dev last quarter', () => refusal('dev', 'Development')),
  q('W180', 'DEV-001', 'who in security was late yesterday', () => refusal('security', 'SEC')),
  q('W181', 'QA-001', 'how many times was lukas novak late in october', () => notFound()),
  q('W182', 'DEV-001', 'elena petrova score q3', () => notFound()),
  q('W183', 'QA-001', "kevin o'brien leave balance", () => notFound()),
  q('W184', 'DEV-001', 'hours worked by wei zhang last week', () => notFound()),
  q('W185', 'QA-001', 'compare my team with dev on attendance last month', () => refusal('dev', 'Development')),
  q('W186', 'DEV-001', 'my own attendance last month', () => answer({ figures: [rate(totals({ ids: ['DEV-001'] }, ...OCTOBER).rate)] })),
];
