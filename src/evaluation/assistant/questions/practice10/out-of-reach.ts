/*
 * Out of reach: people and teams outside the caller's scope (not found, or the team named back), nobody of that name,
 * breakdowns and filters the README does not offer, vague or one-word questions, gibberish, other languages, and a
 * supported question joined to an unsupported one (the whole question refused, naming the unsupported part).
 */
import { notFound, refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const LANGUAGE = ['english', 'language'];

export const OUT_OF_REACH: Question[] = [
  // People outside the caller's scope, or nobody at all.
  q('Y064', 'DEV-001', 'who is Elena Petrova', () => notFound()),
  q('Y065', 'DEV-001', 'attendance of QA-004 last month', () => notFound()),
  q('Y066', 'QA-001', 'how did Tom Becker score in Q3', () => notFound()),
  q('Y067', 'DEV-003', "what's Maria Gonzalez's leave balance", () => notFound()),
  q('Y068', 'SEC-004', 'was Olivia Martin late yesterday?', () => notFound()),
  q('Y069', 'DAT-004', "Anna Berg's score last quarter", () => notFound()),
  q('Y070', 'QA-003', 'how many hours did Marcus Lee work last week', () => notFound()),
  q('Y071', 'admin', 'who is John Smith', () => notFound()),
  q('Y072', 'admin', "Ricardo's attendance last month", () => notFound()),
  q('Y073', 'QA-001', 'when did Wei Zhang join', () => notFound()),
  q('Y074', 'SEC-004', 'what is SEC-001 job title', () => notFound()),
  // Teams outside the caller's scope: named back, never counted.
  q('Y075', 'DEV-001', 'how many people are in QA', () => refusal('QA', 'Quality Assurance', 'outside', 'scope')),
  q('Y076', 'QA-001', 'attendance rate for the AI team last week', () => refusal('AI', 'Artificial Intelligence', 'outside', 'scope')),
  q('Y077', 'DEV-003', 'how many people are in my team', () => refusal('team', 'DEV', 'Development', 'outside', 'scope')),
  q('Y078', 'SEC-004', "Security team's average score last quarter", () => refusal('Security', 'SEC', 'team', 'outside', 'scope')),
  q('Y079', 'DAT-004', 'who in the data team was late yesterday', () => refusal('data', 'DAT', 'team', 'outside', 'scope')),
  // Breakdowns, periods and filters not offered.
  q('Y080', 'admin', 'attendance rate per fortnight in october', () => refusal('fortnight')),
  q('Y081', 'admin', 'what time does everyone usually arrive in the morning', () => refusal('time', 'arrive', 'usually')),
  q('Y082', 'admin', 'which day of the week has the most absences', () => refusal('weekday', 'day of the week')),
  q('Y083', 'admin', 'average check-in time for DEV last week', () => refusal('time', 'average check-in')),
  q('Y084', 'admin', 'attendance rate of the data analysts last month', () => refusal('analyst', 'job title', 'title')),
  q('Y085', 'admin', 'average score by job title in Q3', () => refusal('job title', 'title')),
  q('Y086', 'admin', 'attendance rate by gender last month', () => refusal('gender')),
  q('Y087', 'admin', 'how many hours of overtime did QA do in october', () => refusal('overtime')),
  // Vague, one word, gibberish.
  q('Y088', 'admin', 'how are things', () => refusal('things')),
  q('Y089', 'DEV-001', 'any issues?', () => refusal('issue')),
  q('Y090', 'admin', 'what should I worry about', () => refusal('worry')),
  q('Y091', 'admin', 'help', () => refusal('help')),
  q('Y092', 'admin', 'payroll?', () => refusal('payroll', 'pay')),
  q('Y093', 'QA-003', 'overtime', () => refusal('overtime')),
  q('Y094', 'admin', 'stuff', () => refusal('stuff')),
  q('Y095', 'admin', 'tell me everything about everyone', () => refusal('everything')),
  q('Y096', 'admin', 'asdfgh qwerty zxcv', () => refusal('asdfgh', 'qwerty', 'zxcv', 'understand')),
  q('Y097', 'SEC-004', 'lorem ipsum dolor sit amet', () => refusal('lorem', 'ipsum', 'dolor', 'understand')),
  q('Y098', 'DEV-003', 'blah blah', () => refusal('blah', 'understand')),
  // Other languages.
  q('Y099', 'admin', '¿Cuántos empleados hay en QA?', () => refusal('cuántos', 'empleados', 'spanish', ...LANGUAGE)),
  q('Y100', 'admin', 'Wie viele Mitarbeiter waren gestern zu spät?', () => refusal('mitarbeiter', 'gestern', 'spät', 'german', ...LANGUAGE)),
  q('Y101', 'DEV-001', 'Combien de personnes sont en congé demain ?', () => refusal('combien', 'personnes', 'congé', 'demain', 'french', ...LANGUAGE)),
  q('Y102', 'QA-003', 'Quanti giorni di ferie mi restano?', () => refusal('quanti', 'giorni', 'ferie', 'restano', 'italian', ...LANGUAGE)),
  // A supported part joined to an unsupported one.
  q('Y103', 'admin', 'attendance rate and salary of QA last month', () => refusal('salary', 'pay')),
  q('Y104', 'admin', 'how many people in DEV and what is their average age', () => refusal('age')),
  q('Y105', 'DEV-001', 'who was late last week and should I give them a warning', () => refusal('warning', 'advice', 'should')),
  q('Y106', 'admin', 'top 3 performers in Q3 and their bonuses', () => refusal('bonus')),
  q('Y107', 'QA-003', 'my leave balance and my salary', () => refusal('salary', 'pay')),
  q('Y108', 'admin', 'headcount of SEC and their home addresses', () => refusal('address')),
  q('Y109', 'admin', 'who was absent yesterday and why', () => refusal('why', 'reason')),
  q('Y110', 'admin', 'hours worked by DEV last month and the overtime pay', () => refusal('overtime', 'pay')),
  q('Y111', 'DEV-001', 'average score in my team last quarter and who should get promoted', () => refusal('promot', 'should')),
  q('Y112', 'admin', 'list the QA juniors with their phone numbers', () => refusal('phone', 'number', 'contact')),
  q('Y113', 'DEV-003', 'my attendance this month, and what does my manager think of it?', () => refusal('think', 'manager', 'opinion')),
];
