/*
 * practice37 — the managers (Priya Raman of DEV, Elena Petrova of QA) and the employees (Aisha Khan, Fatima Zahra,
 * Kevin O'Brien, Emma Clarke) asking about their own team or themselves, and probing past their scope: a colleague
 * elsewhere is "not found", another team or the company is named back as outside what they can see.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { notCheckedInToday, peopleWhere } from '../../oracle/attendance-figures';
import { balance, leaveDays, offBetween } from '../../oracle/leave-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, requesters } from '../../oracle/practice12-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { outsideCompany, outsideTeam } from '../../oracle/practice33-figures';
import { filled, personOf, rateOver, totalOf, YEAR_SO_FAR } from '../../oracle/practice37-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH } from '../helpers';

export const MANAGERS: readonly Question[] = [
  q('PL098', 'DEV-001', "What's my team's attendance rate this month?", () => figures(rate(rateOver({ team: 'DEV' }, THIS_MONTH)))),
  q('PL099', 'DEV-001', 'Who in my team was late last wek?', () => people(peopleWhere({ team: 'DEV' }, 'late', ...LAST_WEEK))),
  q('PL100', 'DEV-001', 'Any pending leave requests for my team?', () => people(filled(requesters('pending', { team: 'DEV' })))),
  q('PL101', 'DEV-001', "How's Chris's attendance this month?", () => figures(rate(rateOver({ ids: ['DEV-006'] }, THIS_MONTH)))),
  q('PL102', 'DEV-001', 'Average score of my team in Q3', () => figures(score(meanOf('2025-Q3', { team: 'DEV' })))),
  q('PL103', 'DEV-001', 'Who on my team is off nxt week?', () => people(filled(offBetween({ team: 'DEV' }, ...NEXT_WEEK)))),
  q('PL104', 'DEV-001', "What was Elena Petrova's score last quarter?", () => notFound()),
  q('PL105', 'DEV-001', 'Attendance rate for QA last week', () => outsideTeam('QA')),
  q('PL106', 'DEV-001', 'How many people are on my team?', () =>
    answer({ figures: [near(count(headcount({ team: 'DEV' })), 'people|employee|member|staff|person')] }),
  ),
  q('PL107', 'DEV-001', 'How many hours did Yuki work last week?', () => figures(hours(personOf('DEV-009', 'hours', LAST_WEEK)))),
  q('PL108', 'QA-001', "Who in QA hasn't checked in yet today?", () => people(notCheckedInToday({ team: 'QA' }))),
  q('PL109', 'QA-001', 'Absent days for my team in October', () => figures(days(totalOf({ team: 'QA' }, 'absent', OCTOBER)))),
  q('PL110', 'QA-001', 'Top 2 perfomers on my team in Q3', () => people(rankClean('2025-Q3', 2, 'top', { team: 'QA' }))),
  q('PL111', 'QA-001', 'When was Laura Silva’s last day?', () => notFound()),
  q('PL112', 'QA-001', 'Company-wide attendance rate this month?', () => outsideCompany()),
  q('PL113', 'QA-001', 'How many times was Leo Martins late in October?', () => figures(near(count(personOf('QA-008', 'late', OCTOBER)), 'late'))),
  q('PL114', 'QA-001', 'Which team has the best attendance this month?', () => refusal(...COMPANY_WORDS, 'outside', 'other teams')),
  q('PL115', 'QA-001', 'What is my own annual leave balance?', () => figures(days(balance('QA-001', 'ANNUAL').available))),
];

export const EMPLOYEES: readonly Question[] = [
  q('PL116', 'DEV-003', 'What is my attendance this month?', () => figures(rate(rateOver({ ids: ['DEV-003'] }, THIS_MONTH)))),
  q('PL117', 'DEV-003', 'How much annual leave do I have left?', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('PL118', 'DEV-003', 'How did I score last quarter?', () => figures(score(scoreKnown('DEV-003', '2025-Q3')))),
  q('PL119', 'DEV-003', 'How many hours did I work in October?', () => figures(hours(personOf('DEV-003', 'hours', OCTOBER)))),
  q('PL120', 'DEV-003', "What's Tom Becker's attendance this month?", () => notFound()),
  q('PL121', 'DEV-003', 'How many people are in DEV?', () => outsideTeam('DEV')),
  q('PL122', 'QA-003', 'How many sick days have I taken this year?', () => figures(days(leaveDays('QA-003', ...YEAR_SO_FAR, 'SICK')))),
  q('PL123', 'QA-003', "What's the QA team's average score in Q3?", () => outsideTeam('QA')),
  q('PL124', 'QA-003', 'My hrs last week?', () => figures(hours(personOf('QA-003', 'hours', LAST_WEEK)))),
  q('PL125', 'DAT-004', 'What was my attendance rate last month?', () => figures(rate(rateOver({ ids: ['DAT-004'] }, OCTOBER)))),
  q('PL126', 'DAT-004', 'Who is Mei Lin?', () => notFound()),
  q('PL127', 'DAT-004', "What's the company's average score last quarter?", () => outsideCompany()),
  q('PL128', 'SEC-004', 'Has my leave request for 28 November been approved yet?', () => answer({ mentions: ['pending'] })),
  q('PL129', 'SEC-004', 'Am I off on 1 December?', () => yesNo(true, [], { mentions: ['Security Team Day'] })),
  q('PL130', 'SEC-004', "When was Ethan Hughes's last day?", () => notFound()),
  q('PL131', 'SEC-004', 'My scores over the last four quaters', () =>
    figures(...['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreKnown('SEC-004', p)))),
  ),
];
