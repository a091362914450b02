/*
 * practice36 — the two managers (Priya Raman of DEV, Elena Petrova of QA) asking about their own team, each
 * promise plainly and then in other words: "my team", "my devs", "the testers", a first name only they can
 * resolve, leave queues, rankings and thresholds.
 */
import { count, figures, hours, people, rate, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, peopleWithRate } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { requestList } from '../../oracle/practice35-figures';
import { aboveLine, ratesCut } from '../../oracle/practice36-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };
const HEAD = 'people|employee|headcount|staff|person|member|junior|team';

export const MANAGERS: readonly Question[] = [
  q('PK043', 'DEV-001', 'Who was late yesterday in my team?', () => people(peopleWhere(DEV, 'late', YESTERDAY, YESTERDAY))),
  q('PK044', 'DEV-001', 'which of my devs rolled in late on tues', () => people(peopleWhere(DEV, 'late', YESTERDAY, YESTERDAY))),
  q('PK045', 'DEV-001', "What was my team's attendance rate last week?", () => figures(rate(rateIn(DEV, LAST_WEEK)))),
  q('PK046', 'DEV-001', 'team attendance % for 10-16 Nov', () => figures(rate(rateIn(DEV, LAST_WEEK)))),
  q('PK047', 'DEV-001', 'Who in my team was absent in October?', () => people(peopleWhere(DEV, 'absent', ...OCTOBER))),
  q('PK048', 'DEV-001', 'list my people who missed work at some point last month', () => people(peopleWhere(DEV, 'absent', ...OCTOBER))),
  q('PK049', 'DEV-001', 'Pending leave requests for my team', () => requestList('pending', DEV)),
  q('PK050', 'DEV-001', 'any PTO requests sitting in my queue?', () => requestList('pending', DEV)),
  q('PK051', 'DEV-001', 'Who in my team is off next week?', () => people(offBetween(DEV, ...NEXT_WEEK))),
  q('PK052', 'DEV-001', 'which of my devs are away 24-30 november', () => people(offBetween(DEV, ...NEXT_WEEK))),
  q('PK053', 'DEV-001', 'Who are the top 3 performers in my team last quarter?', () => people(rankClean('2025-Q3', 3, 'top', DEV))),
  q('PK054', 'DEV-001', 'my three highest scorers for Q3', () => people(rankClean('2025-Q3', 3, 'top', DEV))),
  q('PK055', 'DEV-001', 'How many juniors do I have?', () => figures(near(count(headcount({ team: 'DEV', position: 'Junior' })), HEAD))),
  q('PK056', 'DEV-001', 'headcount of the juniors I manage', () => figures(near(count(headcount({ team: 'DEV', position: 'Junior' })), HEAD))),
  q('PK057', 'DEV-001', 'Who in my team was late more than 3 times last month?', () => people(aboveLine(DEV, 'late', OCTOBER, 3))),
  q('PK058', 'DEV-001', 'anyone on my team with over three late arrivals in october?', () => people(aboveLine(DEV, 'late', OCTOBER, 3))),
  q('PK059', 'DEV-001', 'How many hours did Chris work last week?', () => figures(hours(measureOf('DEV-006', 'hours', ...LAST_WEEK)))),
  q('PK060', 'DEV-001', 'hrs chris put in 10-16 nov?', () => figures(hours(measureOf('DEV-006', 'hours', ...LAST_WEEK)))),
  q('PK061', 'QA-001', "What's the average score for my team in Q3 2025?", () => figures(score(meanOf('2025-Q3', QA)))),
  q('PK062', 'QA-001', "testers' avg perf last quarter", () => figures(score(meanOf('2025-Q3', QA)))),
  q('PK063', 'QA-001', "Did my team's average score go up from Q2 to Q3?", () => {
    const [before, after] = [meanOf('2025-Q2', QA), meanOf('2025-Q3', QA)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PK064', 'QA-001', 'is the QA Q3 average higher than the Q2 one?', () => {
    const [before, after] = [meanOf('2025-Q2', QA), meanOf('2025-Q3', QA)];
    return yesNo(after > before, [score(before), score(after)]);
  }),
  q('PK065', 'QA-001', 'How many people are in my team?', () => figures(near(count(headcount(QA)), HEAD))),
  q('PK066', 'QA-001', 'size of my team atm', () => figures(near(count(headcount(QA)), HEAD))),
  q('PK067', 'QA-001', 'Who in my team has 100% attendance this month?', () => people(peopleWithRate(QA, ...THIS_MONTH, (r) => r === 1))),
  q('PK068', 'QA-001', 'perfect attendance among my testers since 1 Nov — names?', () => people(peopleWithRate(QA, ...THIS_MONTH, (r) => r === 1))),
  q('PK069', 'QA-001', 'Who on my team forgot to check out this month?', () => people(peopleWhere(QA, 'missingCheckOut', ...THIS_MONTH))),
  q('PK070', 'QA-001', 'missing checkouts in QA for november so far, who', () => people(peopleWhere(QA, 'missingCheckOut', ...THIS_MONTH))),
  q('PK071', 'QA-001', 'Who in my team was not late in September?', () => people(neverIn(QA, 'late', SEPTEMBER))),
  q('PK072', 'QA-001', 'which of my people had zero late arrivals in sept', () => people(neverIn(QA, 'late', SEPTEMBER))),
  q('PK073', 'QA-001', 'What are the lowest 2 attendance rates in my team last month?', () => people(ratesCut(QA, OCTOBER, 2, 'lowest'))),
  q('PK074', 'QA-001', 'bottom two testers on attendance, october', () => people(ratesCut(QA, OCTOBER, 2, 'lowest'))),
];
