/*
 * Questions the assistant should refuse because the service does not keep the data, cannot break figures down
 * that way, or cannot see the future; and names (holidays, teams) the calendar and the organisation do not hold.
 * Each lists the words a good refusal would name, with synonyms. A person nobody has is "not found".
 */
import { notFound, people, refusal, type Question } from '../../expectation';
import { peopleWhere } from '../../oracle/attendance-figures';
import { q } from '../helpers';

const PREDICT = ['predict', 'forecast', 'future', 'projection', 'estimate'];

export const DATA_REFUSALS: Question[] = [
  q('Z225', 'admin', "whats Priya's salary", () => refusal('salary', 'salaries', 'pay', 'compensation', 'wage')),
  q('Z226', 'admin', 'can u pull the bonus figures for DEV last year', () => refusal('bonus', 'bonuses', 'pay', 'compensation')),
  q('Z227', 'admin', "who's the highest paid person in data", () => refusal('paid', 'pay', 'salary', 'salaries', 'compensation')),
  q('Z228', 'admin', 'how much overtime did QA do last month? payroll needs it', () => refusal('overtime')),
  q('Z229', 'admin', "what's Tom Becker's home address", () => refusal('address', 'home')),
  q('Z230', 'admin', 'phone number for Ahmed pls', () => refusal('phone', 'number', 'contact')),
  q('Z231', 'admin', "when is Nina's birthday", () => refusal('birthday', 'birth', 'date of birth')),
  q('Z232', 'admin', 'average age of the security team?', () => refusal('age', 'birth')),
  q('Z233', 'admin', 'gender split in the AI team', () => refusal('gender')),
  q('Z234', 'admin', 'which office is Sana based in', () => refusal('office', 'location', 'based')),
  q('Z235', 'admin', 'what training courses has Leo Martins done', () => refusal('training', 'course')),
  q('Z236', 'admin', 'which project is Felix working on atm', () => refusal('project')),
  q('Z237', 'admin', "who is Yuki's line manager", () => refusal('manager', 'reporting', 'reports to', 'line manager')),
  q('Z238', 'DEV-003', 'who is my manager?', () => refusal('manager', 'reporting', 'reports to')),
  q('Z239', 'admin', 'show me the org chart for data', () => refusal('org chart', 'organisation chart', 'organization chart', 'reporting', 'hierarchy')),
  q('Z240', 'admin', "how many doctor's notes did we get for sick leave in october", () => refusal('doctor', 'note', 'medical', 'certificate')),
  q('Z241', 'admin', 'exit interview notes for laura silva', () => refusal('exit interview', 'interview', 'notes')),
  q('Z242', 'admin', 'how many emails did Omar send this week', () => refusal('email', 'message')),
  q('Z243', 'admin', "what's our staff turnover costing us this year", () => refusal('cost', 'money', 'financial')),
  q('Z244', 'admin', 'which desk does grace kim sit at', () => refusal('desk', 'seat')),
  q('Z245', 'admin', "list everyone's emergency contacts", () => refusal('emergency', 'contact')),
  q('Z246', 'admin', 'average commute time for the devs', () => refusal('commute', 'travel')),
  q('Z247', 'admin', 'who is AWS certified in the security team', () => refusal('certified', 'certification', 'AWS', 'skill', 'qualification')),
  q('Z248', 'DEV-001', 'how many of my team work remotely', () => refusal('remote', 'remotely', 'work from home', 'location')),
  q('Z249', 'admin', 'attendance per fortnight since august', () => refusal('fortnight', 'two weeks', 'two-week', 'biweekly')),
  q('Z250', 'admin', 'late arrivals by hour of the day last month', () => refusal('hour of the day', 'time of day', 'by hour', 'hour')),
  q('Z251', 'admin', 'attendance rate by gender last month', () => refusal('gender')),
  q('Z252', 'admin', 'average score by age group in Q3', () => refusal('age group', 'age', 'birth')),
  q('Z253', 'admin', 'which day of the week has the most lates', () => refusal('day of the week', 'weekday', 'by day')),
  // Week numbers became a supported period after the fresh run (ISO week 45 of 2025 is 3–9 November): the expectation followed.
  q('Z254', 'admin', 'late arrivals in wk 45', () => people(peopleWhere({}, 'late', '2025-11-03', '2025-11-09'))),
  q('Z255', 'admin', 'average score by job title in Q3', () => refusal('job title', 'title')),
  q('Z256', 'admin', 'score breakdown by city', () => refusal('city', 'location', 'office')),
  q('Z257', 'admin', 'how many ppl are on parental leave rn', () => refusal('parental', 'maternity', 'paternity', 'leave type')),
  q('Z258', 'admin', 'how does our attendance compare to the industry average', () => refusal('industry', 'benchmark', 'other companies')),
  q('Z259', 'admin', 'what will attendance be like next month', () => refusal(...PREDICT, 'next month')),
  q('Z260', 'admin', "who's likely to quit next", () => refusal(...PREDICT, 'quit', 'likely')),
  q('Z261', 'admin', 'forecast the Q4 scores for the dev team', () => refusal(...PREDICT, 'Q4')),
  q('Z262', 'DEV-001', 'will my team hit 95% attendance in december', () => refusal(...PREDICT, 'december', 'will')),
  q('Z263', 'admin', 'how many people will we need to hire next year', () => refusal(...PREDICT, 'next year', 'hiring plan')),
  q('Z264', 'admin', 'who was late on Diwali', () => refusal('Diwali')),
  q('Z265', 'QA-003', 'when is Easter this year', () => refusal('Easter')),
  q('Z266', 'admin', 'how many people in the marketing team', () => refusal('marketing')),
  q('Z267', 'admin', 'sales team attendance last week', () => refusal('sales')),
  q('Z268', 'admin', 'attendance for the contractors last month', () => refusal('contractor', 'contractors')),
  q('Z269', 'admin', 'who was late on the night shift yesterday', () => refusal('night shift', 'shift')),
  q('Z270', 'admin', 'who is John Smith', () => notFound()),
  q('Z271', 'DEV-001', "what's bob's attendance like this month", () => notFound()),
  q('Z272', 'admin', 'what was the attendance like in the office vs at home last week', () => refusal('office', 'home', 'remote', 'location')),
  q('Z273', 'admin', 'hows team morale in QA', () => refusal('morale', 'engagement', 'sentiment', 'mood')),
];
