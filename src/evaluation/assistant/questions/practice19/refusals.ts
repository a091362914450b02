/*
 * practice19 — questions that compose a filter, a period unit or a measure the service does not keep with
 * parts it does (a team, a level, a period, a ranking), which must be refused naming the part it cannot
 * apply, never answered with the rest: pay, gender, age, location and remote work, contracts and shifts,
 * nationality, clearances; fortnights, pay periods, semesters, days one by one, hours of the day and days of
 * the week; overtime, training, tickets, engagement surveys, billable hours, breaks, satisfaction scores,
 * sick notes, expenses, commutes. Written code-blind from /work/shared/API.md, docs/API.md and the README's
 * assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'earn', 'compensation', 'wage', '60k'];
const GENDER = ['gender', 'women', 'woman', 'female', 'male', 'sex'];
const LOCATION = ['remote', 'remotely', 'location', 'office', 'home', 'wfh', 'where', 'berlin', 'london'];
const AGE = ['age', 'over 40', 'old', 'birth'];
const CONTRACT = ['contractor', 'contract', 'part-time', 'part time', 'full-time', 'fte'];
const FORTNIGHT = ['fortnight', 'two weeks', 'two-week', 'biweekly', 'bi-weekly'];

export const REFUSALS: readonly Question[] = [
  // A filter the service does not keep, with a team, level or period it does.
  q('C193', 'admin', 'late arrivals among the DEV staff earning over 60k in October', () => refusal(...PAY)),
  q('C194', 'admin', 'how many women in AI were absent last week', () => refusal(...GENDER)),
  q('C195', 'admin', 'average Q3 score by gender in QA', () => refusal(...GENDER)),
  q('C196', 'admin', 'attendance rate of the Berlin office in October', () => refusal(...LOCATION)),
  q('C197', 'DEV-001', 'which of my remote workers were late this week', () => refusal(...LOCATION)),
  q('C198', 'admin', 'seniors over 40 who were absent in September', () => refusal(...AGE)),
  q('C199', 'admin', 'contractors in QA with more than 2 late arrivals in October', () => refusal(...CONTRACT)),
  q('C200', 'QA-001', 'part-time people in my team and their hours last week', () => refusal(...CONTRACT)),
  q('C201', 'admin', 'hours worked by the night shift in DEV last week', () => refusal('shift', 'night')),
  q('C202', 'admin', 'top 3 scorers in Q3 by nationality', () => refusal('nationality', 'nationalities')),
  q('C203', 'admin', 'headcount of the London office by level', () => refusal(...LOCATION)),
  q('C204', 'admin', 'who in SEC with a security clearance was late in October', () => refusal('clearance')),
  q('C205', 'admin', 'of the juniors working from home, who was absent yesterday', () => refusal(...LOCATION, 'working from home')),

  // A period unit it does not use.
  q('C206', 'admin', 'DEV attendance rate per fortnight since August', () => refusal(...FORTNIGHT)),
  q('C207', 'admin', 'late arrivals in QA per pay period this quarter', () => refusal('pay period', 'pay', 'period')),
  q('C208', 'admin', 'average score per semester for the data team', () => refusal('semester')),
  q('C209', 'QA-001', "my team's absences per fortnight in October", () => refusal(...FORTNIGHT)),
  q('C210', 'admin', 'attendance rate per day last week for AI', () => refusal('per day', 'each day', 'daily', 'day by day', 'by day')),
  q('C211', 'admin', 'late arrivals by hour of the day in DEV in October', () => refusal('hour of the day', 'by hour', 'time of day', 'hour')),
  q('C212', 'admin', 'absences in SEC by day of the week since September', () => refusal('day of the week', 'weekday', 'by day')),

  // A measure it does not keep.
  q('C213', 'admin', 'overtime hours of the DEV seniors last month', () => refusal('overtime')),
  q('C214', 'admin', 'training hours completed by the juniors in Q3', () => refusal('training')),
  q('C215', 'DAT-004', 'how many tickets did I close in October', () => refusal('ticket')),
  q('C216', 'admin', 'engagement survey results for QA in Q3', () => refusal('engagement', 'survey')),
  q('C217', 'admin', 'billable hours for the AI team last week', () => refusal('billable')),
  q('C218', 'admin', 'break time taken by the DEV juniors in October', () => refusal('break')),
  q('C219', 'admin', 'customer satisfaction of the QA leads in Q2', () => refusal('customer', 'satisfaction')),
  q('C220', 'SEC-004', 'my overtime this month compared with last month', () => refusal('overtime')),
  q('C221', 'admin', 'sick notes submitted by the juniors in November', () => refusal('sick note', 'note', 'medical')),
  q('C222', 'admin', 'expense claims by DEV in October', () => refusal('expense', 'claim')),
  q('C223', 'DEV-001', 'average salary of my seniors', () => refusal(...PAY)),
  q('C224', 'admin', 'average commute time of the QA people who were late last week', () => refusal('commute')),
];
