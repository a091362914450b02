/* Ninth practice set: people, headcounts, profiles, hires, leavers and tenure. Written code-blind from API.md and the README. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { answer, count, notFound, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q } from '../helpers';

export const PEOPLE_QUESTIONS: Question[] = [
  q('X001', 'admin', 'how many employees in QA?', () => answer({ figures: [count(headcount({ team: 'QA' }))] })),
  q('X002', 'admin', 'whos in the security team', () => people(ids({ team: 'SEC' }))),
  q('X003', 'admin', "what's Tom Becker's job title", () => answer({ mentions: ['Tech Lead'] })),
  q('X004', 'admin', 'when did Ravi Patel start?', () => answer({ dates: [person('DEV-014').hire] })),
  q('X005', 'admin', 'headcount for the data team including leavers', () =>
    // "leavers" would make the grader look for a leave word next to the count: the count stands next to employees.
    answer({ figures: [{ ...count(headcount({ team: 'DAT', status: 'any' })), label: 'employee|people|staff|member' }] }),
  ),
  q('X006', 'admin', 'how many seniors do we have in AI', () => answer({ figures: [count(headcount({ team: 'AI', position: 'Senior' }))] })),
  q('X007', 'admin', 'list the juniors in development', () => people(ids({ team: 'DEV', position: 'Junior' }))),
  q('X008', 'admin', 'Who is QA-007?', () => answer({ people: ['QA-007'], mentions: ['Test Automation Engineer'] })),
  q('X009', 'DEV-001', 'how many people are on my team', () => answer({ figures: [count(headcount({ team: 'DEV' }))] })),
  q('X010', 'DEV-001', 'who is Elena Petrova', () => notFound()),
  q('X011', 'QA-001', 'what position is Marcus Lee', () => answer({ mentions: ['Lead'] })),
  q('X012', 'DEV-003', "what's my start date", () => answer({ dates: [person('DEV-003').hire] })),
  q('X013', 'SEC-004', 'how long have I been here', () => answer({ figures: [years(tenureYears(person('SEC-004')))] })),
  q('X014', 'DAT-004', 'who is Sarah Johnson?', () => notFound()),
  q('X015', 'admin', 'who joined this year', () => people(hiredBetween('2025-01-01', TODAY))),
  q('X016', 'admin', 'who left in 2025', () => people(leftBetween('2025-01-01', '2025-12-31'))),
  q('X017', 'admin', 'hires in AI since august', () => people(hiredBetween('2025-08-01', TODAY, 'AI'))),
  q('X018', 'admin', 'longest serving person in security', () => people(longestServing(1, { team: 'SEC' }))),
  q('X019', 'admin', 'newest hire in QA', () => people(newest(1, { team: 'QA' }))),
  q('X020', 'DEV-001', 'did anyone leave my team this year', () => people(leftBetween('2025-01-01', TODAY, 'DEV'))),
  q('X021', 'QA-001', 'how many people joined QA in 2025', () => answer({ figures: [count(hiredBetween('2025-01-01', '2025-12-31', 'QA').length)] })),
  q('X022', 'admin', 'how many ppl have been with us more than 8 years', () => answer({ figures: [count(servedMoreThan(8).length)] })),
  q('X023', 'admin', 'Ravi Patel tenure', () => answer({ figures: [years(tenureYears(person('DEV-014')))] })),
  q('X024', 'admin', 'how many data analysts are there', () => answer({ figures: [count(headcount({ title: 'Data Analyst' }))] })),
  q('X025', 'admin', 'list the ML engineers', () => people(ids({ title: 'ML Engineer' }))),
  q('X026', 'admin', "when was Laura Silva's last day", () => answer({ dates: ['2025-10-17'] })),
  q('X027', 'QA-003', "what's my job title", () => answer({ mentions: ['QA Engineer'] })),
  q('X028', 'admin', 'how many employees do we have in total', () => answer({ figures: [count(headcount())] })),
  q('X029', 'admin', 'how many managers are there', () => answer({ figures: [count(headcount({ position: 'Manager' }))] })),
  q('X030', 'DEV-001', 'which seniors are on my team', () => people(ids({ team: 'DEV', position: 'Senior' }))),
  q('X031', 'admin', 'Jmaes Wilson start date', () => answer({ dates: [person('SEC-001').hire] })),
  q('X032', 'admin', 'whats chloe dubois position', () => answer({ mentions: ['Junior'] })),
  q('X033', 'admin', 'who has been here the longest', () => people(longestServing(1))),
  q('X034', 'admin', 'how many people has security lost this year', () => answer({ figures: [count(leftBetween('2025-01-01', TODAY, 'SEC').length)] })),
  q('X035', 'QA-001', 'list my team', () => people(ids({ team: 'QA' }))),
  q('X036', 'QA-001', 'who is the newest person on my team?', () => people(newest(1, { team: 'QA' }))),
  q('X037', 'DAT-004', 'what team am I in', () => answer({ teams: ['DAT'] })),
  q('X038', 'admin', 'how many people work in Artificial Intelligence', () => answer({ figures: [count(headcount({ team: 'AI' }))] })),
  q('X039', 'admin', 'who did we hire in september', () => people(hiredBetween('2025-09-01', '2025-09-30'))),
  q('X040', 'admin', 'the mid level QA engineers', () => people(ids({ team: 'QA', position: 'Mid', title: 'QA Engineer' }))),
  q('X041', 'DEV-003', 'who is Ravi Patel', () => notFound()),
  q('X042', 'admin', 'hires and leavers in 2025', () => people([...hiredBetween('2025-01-01', '2025-12-31'), ...leftBetween('2025-01-01', '2025-12-31')])),
];
