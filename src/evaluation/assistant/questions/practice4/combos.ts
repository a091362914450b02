/* practice4: parts combined — a level and a team with a period and a threshold, two people, two periods, two measures. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { figures, people, rate, count, days, hours, score, years, type Question } from '../../expectation';
import { offBetween } from '../../oracle/leave-figures';
import { hiredBetween, ids, leftBetween, tenureYears } from '../../oracle/people-figures';
import { peopleWhere, totals } from '../../oracle/attendance-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { rank, scoreOf, scoredAbove, stats } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, SEPTEMBER, AUGUST, THIS_MONTH, THIS_WEEK, YESTERDAY, q } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const Q3_DAYS: [string, string] = ['2025-07-01', '2025-09-30'];
const SINCE_MONDAY: [string, string] = ['2025-11-17', TODAY];
const SINCE_SEPTEMBER: [string, string] = ['2025-09-01', TODAY];
const NOV_10_TO_12: [string, string] = ['2025-11-10', '2025-11-12'];
const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];

/** People of a level (and team), leavers included: attendance over a past period may concern them. */
const level = (position: 'Junior' | 'Mid' | 'Senior' | 'Lead' | 'Manager', team?: string) => ids({ position, team, status: 'any' });
const rateOf = (scope: { team?: string; ids?: string[] }, [from, to]: [string, string]) => rate(totals(scope, from, to).rate);

/** The n people with the most absent days over the range, ties by name. */
const mostAbsent = (n: number, [from, to]: [string, string]) =>
  ids({ status: 'any' })
    .map((id) => ({ id, absent: totals({ ids: [id] }, from, to).absent }))
    .sort((a, b) => b.absent - a.absent || person(a.id).name.localeCompare(person(b.id).name))
    .slice(0, n)
    .map((x) => x.id);

/** The teams with the most late records over the range: every team tied at the top. */
const teamsMostLate = ([from, to]: [string, string]) => {
  const late = TEAMS.map((team) => ({ team, late: totals({ team }, from, to).late }));
  const top = Math.max(...late.map((t) => t.late));
  return late.filter((t) => t.late === top).map((t) => t.team);
};

export const COMBOS: Question[] = [
  q('S401', 'admin', 'seniors in DEV late more than 2 times in october', () =>
    people(peopleWhere({ ids: level('Senior', 'DEV') }, 'late', ...OCTOBER, (v) => v > 2)),
  ),
  q('S402', 'admin', 'which juniors were absent last week', () => people(peopleWhere({ ids: level('Junior') }, 'absent', ...LAST_WEEK))),
  q('S403', 'admin', 'attendance rate for the mid level people in QA in september', () => figures(rateOf({ ids: level('Mid', 'QA') }, SEPTEMBER))),
  q('S404', 'admin', 'compare Tom Becker and Ravi Patel attendance in october', () =>
    figures(rateOf({ ids: ['DEV-002'] }, OCTOBER), rateOf({ ids: ['DEV-014'] }, OCTOBER)),
  ),
  q('S405', 'admin', 'compare the scores of Aisha Khan and Sofia Rossi in q3', () => figures(score(scoreOf('DEV-003', Q3)), score(scoreOf('DEV-011', Q3)))),
  q('S406', 'admin', 'DEV attendance rate september vs october', () => figures(rateOf({ team: 'DEV' }, SEPTEMBER), rateOf({ team: 'DEV' }, OCTOBER))),
  q('S407', 'admin', 'hours worked by the juniors in AI last week', () => figures(hours(totals({ ids: level('Junior', 'AI') }, ...LAST_WEEK).hours))),
  q('S408', 'admin', 'who had a missing check-out in october', () => people(peopleWhere({}, 'missingCheckOut', ...OCTOBER))),
  q('S409', 'admin', 'late people in security since monday', () => people(peopleWhere({ team: 'SEC' }, 'late', ...SINCE_MONDAY))),
  q('S410', 'admin', 'who was late in DEV from 10 to 12 november', () => people(peopleWhere({ team: 'DEV' }, 'late', ...NOV_10_TO_12))),
  q('S411', 'admin', 'top 3 scorers among the juniors in q3', () => people(rank(Q3, 3, 'top', { ids: level('Junior') }))),
  q('S412', 'admin', 'average score DEV vs QA vs SEC last quarter', () => figures(...['DEV', 'QA', 'SEC'].map((team) => score(stats([Q3], { team }).mean)))),
  q('S413', 'admin', 'how many seniors were hired before 2020', () =>
    figures(count(ids({ position: 'Senior' }).filter((id) => person(id).hire < '2020-01-01').length)),
  ),
  q('S414', 'admin', 'leads with more than 5 years of service', () => people(servedMoreThan(5, { position: 'Lead' }))),
  q('S415', 'admin', 'how many people in AI joined this year', () => figures(count(hiredBetween('2025-01-01', TODAY, 'AI').length))),
  q('S416', 'admin', 'who in the data team was absent more than 2 days in august', () =>
    people(peopleWhere({ team: 'DAT' }, 'absent', ...AUGUST, (v) => v > 2)),
  ),
  q('S417', 'admin', "Priya's attendance rate in Q3", () => figures(rateOf({ ids: ['DEV-001'] }, Q3_DAYS))),
  q('S418', 'admin', 'attendance rate for the whole company in Q3 2025', () => figures(rateOf({}, Q3_DAYS))),
  q('S419', 'admin', 'was anyone in AI late yesterday', () => people(peopleWhere({ team: 'AI' }, 'late', YESTERDAY, YESTERDAY))),
  q('S420', 'admin', 'who in SEC was on leave in november', () => people(offBetween({ team: 'SEC' }, '2025-11-01', '2025-11-30'))),
  q('S421', 'admin', 'absent days by team last week', () => figures(...TEAMS.map((team) => days(totals({ team }, ...LAST_WEEK).absent)))),
  q('S422', 'DEV-001', 'seniors in my team with a score above 80 in q3', () => people(scoredAbove(Q3, 80, { ids: level('Senior', 'DEV') }))),
  q('S423', 'QA-001', 'compare Zoe and Peter attendance this month', () =>
    figures(rateOf({ ids: ['QA-009'] }, THIS_MONTH), rateOf({ ids: ['QA-006'] }, THIS_MONTH)),
  ),
  q('S424', 'QA-001', 'who in my team was late more than 3 times since september', () =>
    people(peopleWhere({ team: 'QA' }, 'late', ...SINCE_SEPTEMBER, (v) => v > 3)),
  ),
  q('S425', 'DEV-003', 'my attendance rate in september vs october', () =>
    figures(rateOf({ ids: ['DEV-003'] }, SEPTEMBER), rateOf({ ids: ['DEV-003'] }, OCTOBER)),
  ),
  q('S426', 'QA-003', 'how many hours did i work in october', () => figures(hours(totals({ ids: ['QA-003'] }, ...OCTOBER).hours))),
  q('S427', 'admin', 'mean and median score for SEC q3', () => figures(score(stats([Q3], { team: 'SEC' }).mean), score(stats([Q3], { team: 'SEC' }).median))),
  q('S428', 'admin', 'how many QA people scored above 75 in q2', () => figures(count(scoredAbove(Q2, 75, { team: 'QA' }).length))),
  q('S429', 'admin', "how did the data team's average score change from q1 to q3", () =>
    figures(score(stats([Q1], { team: 'DAT' }).mean), score(stats([Q3], { team: 'DAT' }).mean)),
  ),
  q('S430', 'admin', 'hires and leavers in 2025', () => people([...hiredBetween('2025-01-01', '2025-12-31'), ...leftBetween('2025-01-01', '2025-12-31')])),
  q('S431', 'admin', 'how many people did the AI team lose this year', () => ({
    kind: 'answer',
    figures: [{ ...count(leftBetween('2025-01-01', TODAY, 'AI').length), label: 'left|leav|lost|people|employee|person' }],
  })),
  q('S432', 'admin', 'juniors on leave next week', () => people(offBetween({ ids: level('Junior') }, ...NEXT_WEEK))),
  q('S433', 'admin', 'top 3 most absent people in october', () => people(mostAbsent(3, OCTOBER))),
  q('S434', 'admin', 'attendance rate of the mid-level staff in AI in october', () => figures(rateOf({ ids: level('Mid', 'AI') }, OCTOBER))),
  q('S435', 'admin', 'which team had the most late arrivals last week', () => ({ kind: 'answer', teams: teamsMostLate(LAST_WEEK) })),
  q('S436', 'admin', 'how many hours has Dan worked this week', () => figures(hours(totals({ ids: ['DEV-008'] }, ...THIS_WEEK).hours))),
  q('S437', 'admin', 'top performer in each team for q3', () => people(TEAMS.flatMap((team) => rank(Q3, 1, 'top', { team })))),
  q('S438', 'admin', 'how many times was felix late in october', () => figures(count(totals({ ids: ['AI-003'] }, ...OCTOBER).late))),
  q('S439', 'admin', 'how long has the QA manager been here', () => figures(years(tenureYears(person('QA-001'))))),
  q('S440', 'admin', 'who manages the data team', () => people(ids({ team: 'DAT', position: 'Manager' }))),
  q('S441', 'admin', 'seniors in dev who joined before 2022', () =>
    people(ids({ team: 'DEV', position: 'Senior' }).filter((id) => person(id).hire < '2022-01-01')),
  ),
  q('S442', 'admin', 'Q1 and Q2 scores for Arjun Mehta', () => figures(score(scoreOf('AI-007', Q1)), score(scoreOf('AI-007', Q2)))),
  q('S443', 'admin', 'absences in QA and DAT in september', () =>
    figures(days(totals({ team: 'QA' }, ...SEPTEMBER).absent), days(totals({ team: 'DAT' }, ...SEPTEMBER).absent)),
  ),
  q('S444', 'admin', 'how many people in DEV were absent at least 2 days in october', () =>
    figures(count(peopleWhere({ team: 'DEV' }, 'absent', ...OCTOBER, (v) => v >= 2).length)),
  ),
  q('S445', 'admin', 'who scored under 65 in q3 and was in QA', () =>
    people(rank(Q3, 99, 'bottom', { team: 'QA' }).filter((id) => (scoreOf(id, Q3) ?? 100) < 65)),
  ),
];
