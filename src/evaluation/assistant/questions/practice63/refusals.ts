/*
 * practice63 — people-analytics questions the assistant must refuse, naming what it cannot do. API.md and docs/API.md:
 * a question about something the service does not hold (salary, a forecast, why someone left, a breakdown by hour of
 * the day, day of the week or job title) is refused naming it, as are orders to change data (by their verb),
 * advice, correlations and orders to send or schedule. The README promises a median and a distribution for scores
 * only: a median or a distribution of tenure is not something it keeps. Nor does the service hold pay, bonuses,
 * gender, age, surveys, vacancies, promotions, contract types, office locations or the reasons people leave.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['pay', 'salary', 'salaries', 'compensation', 'wage', 'earn'];
const FUTURE = ['predict', 'forecast', 'future', 'project'];

export const REFUSALS: readonly Question[] = [
  q('QL213', 'admin', "what's the pay gap between our seniors and our juniors?", () => refusal(...PAY, 'pay gap')),
  q('QL214', 'admin', 'total salary bill for the data team this year', () => refusal(...PAY, 'bill')),
  q('QL215', 'admin', 'forecast our headcount for the end of 2026', () => refusal(...FUTURE, '2026')),
  q('QL216', 'admin', 'projected Q4 2025 average score for QA?', () => refusal(...FUTURE, 'projected', 'Q4')),
  q('QL217', 'admin', 'median tenure across the company', () => refusal('median')),
  q('QL218', 'admin', 'distribution of tenure in two-year bands', () => refusal('distribution', 'band', 'two-year')),
  q('QL219', 'admin', "what's the gender mix among our leads?", () => refusal('gender')),
  q('QL220', 'admin', 'average age by department please', () => refusal('age')),
  q('QL221', 'admin', 'results of the latest engagement survey for AI', () => refusal('engagement', 'survey')),
  q('QL222', 'admin', 'how many open vacancies do we have right now', () => refusal('vacanc', 'open role', 'recruit')),
  q('QL223', 'admin', 'which of our seniors were promoted to lead in 2025?', () => refusal('promot')),
  q('QL224', 'admin', "what was Laura Silva's reason for leaving?", () => refusal('why', 'reason')),
  q('QL225', 'admin', 'correlation between attendance rate and Q3 score, by team', () => refusal('correlat')),
  q('QL226', 'admin', 'attendance rate by job title for October', () => refusal('job title')),
  q('QL227', 'admin', 'absences by weekday in DEV this quarter', () => refusal('weekday', 'day of the week')),
  q('QL228', 'admin', 'who is most likely to resign in the next six months?', () => refusal(...FUTURE, 'likely', 'resign')),
  q('QL229', 'admin', 'should we put Lukas Novak on a performance improvement plan?', () => refusal('should', 'advice', 'improvement plan', 'recommend')),
  q('QL230', 'admin', "rank our managers by their team's Q3 average", () => refusal('manager')),
  q('QL231', 'admin', 'how should we split the bonus pool based on Q3 scores', () => refusal('bonus', 'should')),
  q('QL232', 'admin', 'headcount broken down by office', () => refusal('office', 'location')),
  q('QL233', 'admin', "update Anna Berg's Q3 KPI to 80", () => refusal('update', 'change')),
  q('QL234', 'admin', 'email me the headcount by team every monday morning', () => refusal('email', 'schedule', 'send')),
  q('QL235', 'DEV-001', 'what pay rise budget do I have for my juniors?', () => refusal(...PAY, 'raise', 'budget')),
  q('QL236', 'QA-001', 'which of my people will score under 60 next quarter?', () => refusal(...FUTURE, 'will', 'next quarter')),
  q('QL237', 'DEV-003', 'what will my Q4 score be?', () => refusal(...FUTURE, 'will', 'Q4')),
  q('QL238', 'SEC-004', 'how much do security analysts earn here?', () => refusal(...PAY)),
];
