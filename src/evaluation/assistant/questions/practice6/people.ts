/* Practice6 — people: look-ups, headcounts, lists by position/team/title, hires, leavers, tenure. */
import { person } from '../../dataset/dataset';
import { answer, ask, count, figures, notFound, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q } from '../helpers';

const n = (value: number) => figures(count(value));

export const PEOPLE: Question[] = [
  // "Who is DEV-001?"
  q('U111', 'admin', 'Who is DEV-001?', () => answer({ people: ['DEV-001'], mentions: ['Engineering Manager'] })),
  q('U112', 'admin', 'who is QA-007', () => answer({ people: ['QA-007'], mentions: ['Test Automation Engineer'] })),
  q('U113', 'admin', 'tell me about Amara Nwosu', () => answer({ people: ['AI-002'], mentions: ['ML Lead'] })),
  q('U114', 'admin', 'what does Jakub Wozniak do', () => answer({ people: ['SEC-007'], mentions: ['Penetration Tester'] })),
  q('U115', 'admin', 'which team is Pablo Ruiz in', () => answer({ people: ['DAT-006'], teams: ['DAT'] })),
  q('U116', 'admin', 'who is Lukas Novac', () => answer({ people: ['DEV-004'] })),
  q('U117', 'admin', 'who is Chris', () => ask('DEV-006', 'QA-004')),
  q('U118', 'admin', 'who is Hannah', () => answer({ people: ['DEV-007'] })),
  q('U119', 'admin', 'who is ZZ-123', () => notFound()),
  q('U120', 'admin', 'who is Bartholomew Quince', () => notFound()),
  // "How many employees are in QA?"
  q('U121', 'admin', 'How many employees are in QA?', () => n(headcount({ team: 'QA' }))),
  q('U122', 'admin', 'headcount of the data team', () => n(headcount({ team: 'DAT' }))),
  q('U123', 'admin', 'how many people work in Security', () => n(headcount({ team: 'SEC' }))),
  q('U124', 'admin', 'number of staff in artificial intelligence', () => n(headcount({ team: 'AI' }))),
  q('U125', 'admin', 'how many employees do we have', () => n(headcount())),
  q('U126', 'admin', 'how many juniors are there in DEV', () => n(headcount({ team: 'DEV', position: 'Junior' }))),
  q('U127', 'admin', 'how many seniors in the whole company', () => n(headcount({ position: 'Senior' }))),
  q('U128', 'admin', 'how many mid level employees does QA have', () => n(headcount({ team: 'QA', position: 'Mid' }))),
  q('U129', 'admin', 'list the leads', () => people(ids({ position: 'Lead' }))),
  q('U130', 'admin', 'who are the managers', () => people(ids({ position: 'Manager' }))),
  q('U131', 'admin', 'list the juniors in the AI team', () => people(ids({ team: 'AI', position: 'Junior' }))),
  q('U132', 'admin', 'show me all seniors in data', () => people(ids({ team: 'DAT', position: 'Senior' }))),
  q('U133', 'admin', 'list everyone in security', () => people(ids({ team: 'SEC' }))),
  // A job title, which the assistant filters people by (API.md: every constraint used or named back; using it is right).
  q('U134', 'admin', 'who are the data analysts', () => people(ids({ title: 'Data Analyst' }))),
  q('U135', 'admin', 'who are the inactive employees', () => people(ids({ status: 'inactive' }))),
  q('U136', 'admin', 'how many people have left the company', () => n(headcount({ status: 'inactive' }))),
  // "how many people joined in 2025", hires, leavers
  q('U137', 'admin', 'how many people joined in 2025', () => n(hiredBetween('2025-01-01', '2025-12-31').length)),
  q('U138', 'admin', 'who joined in 2024', () => people(hiredBetween('2024-01-01', '2024-12-31'))),
  q('U139', 'admin', 'new hires in the data team in 2025', () => people(hiredBetween('2025-01-01', '2025-12-31', 'DAT'))),
  q('U140', 'admin', 'who was hired in november 2025', () => people(hiredBetween('2025-11-01', '2025-11-30'))),
  q('U141', 'admin', 'how many hires in QA in 2025', () => n(hiredBetween('2025-01-01', '2025-12-31', 'QA').length)),
  q('U142', 'admin', 'who left in 2025', () => people(leftBetween('2025-01-01', '2025-12-31'))),
  q('U143', 'admin', 'leavers in september 2025', () => people(leftBetween('2025-09-01', '2025-09-30'))),
  q('U144', 'admin', 'did anyone leave the data team this year', () => people(leftBetween('2025-01-01', '2025-12-31', 'DAT'))),
  q('U145', 'admin', 'who joined between 2022-01-01 and 2022-06-30', () => people(hiredBetween('2022-01-01', '2022-06-30'))),
  // "longest-serving in QA", tenure
  q('U146', 'admin', 'longest-serving in QA', () => people(longestServing(1, { team: 'QA' }))),
  q('U147', 'admin', 'who has been here the longest', () => people(longestServing(1))),
  q('U148', 'admin', 'the 3 longest serving employees in DEV', () => people(longestServing(3, { team: 'DEV' }))),
  q('U149', 'admin', 'most recent hire in AI', () => people(newest(1, { team: 'AI' }))),
  q('U150', 'admin', 'the 2 newest employees', () => people(newest(2))),
  q('U151', 'admin', 'how long has Ravi Patel worked here', () => figures(years(tenureYears(person('DEV-014'))))),
  q('U152', 'admin', "what is Sarah Johnson's tenure", () => figures(years(tenureYears(person('DAT-001'))))),
  q('U153', 'admin', 'who has worked here more than 7 years', () => people(servedMoreThan(7))),
  q('U154', 'admin', 'people in security with more than 5 years of service', () => people(servedMoreThan(5, { team: 'SEC' }))),
  q('U155', 'admin', 'when did Felix Wagner join', () => answer({ people: ['AI-003'], dates: [person('AI-003').hire] })),
  q('U156', 'admin', 'hire date of QA-010', () => answer({ people: ['QA-010'], dates: [person('QA-010').hire] })),
];
