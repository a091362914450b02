/*
 * practice13, refusals: facts the service does not keep (per API.md's data model: employees have a team,
 * position, job title, status, hire and end dates; attendance is check-in and check-out, not a place; leave
 * is annual, sick or unpaid), asked as list or count questions an assistant could wrongly answer with
 * "nobody" or "0", and multi-part messages with one part it cannot do. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const LOCATION = ['remote', 'location', 'where', 'office', 'home', 'wfh', 'place'];
const LEAVE_KINDS = ['leave type', 'kind of leave', 'kinds of leave', 'type of leave', 'annual, sick', 'annual', 'sick and unpaid'];

export const NOT_KEPT: Question[] = [
  q('L118', 'admin', 'who is working remotely today?', () => refusal(...LOCATION, 'remotely')),
  q('L119', 'admin', 'How many people are still on probation?', () => refusal('probation')),
  q('L120', 'admin', 'list all the contractors in DEV', () => refusal('contractor', 'contract', 'employment type')),
  q('L121', 'admin', 'who got promoted this year?', () => refusal('promot')),
  q('L122', 'admin', 'who is on maternity leave right now', () => refusal('maternity', 'parental', ...LEAVE_KINDS)),
  q('L123', 'admin', 'how many people resigned vs were let go in 2025', () => refusal('resign', 'let go', 'dismiss', 'fired', 'reason', 'why')),
  q('L124', 'admin', 'who works night shifts in security?', () => refusal('night', 'shift')),
  q('L125', 'QA-001', 'does anyone on my team have a company car', () => refusal('company car', ' car', 'vehicle')),
  q('L126', 'admin', 'which of the devs are AWS certified', () => refusal('certif', 'aws')),
  q('L127', 'admin', 'who does Sofia Rossi report to?', () => refusal('report', 'manager', 'manages', 'reporting line')),
  q('L128', 'admin', 'whose contract ends before the end of the year', () => refusal('contract')),
  q('L129', 'admin', 'how much overtime did DEV do in October', () => refusal('overtime')),
  q('L130', 'admin', 'who is on a business trip this week', () => refusal('business trip', 'trip', 'travel')),
  q('L131', 'admin', "who's in the office today?", () => refusal(...LOCATION, 'in the office')),
  q('L132', 'admin', "What's the average salary in QA?", () => refusal('salary', 'salaries', 'pay', 'compensation')),
  q('L133', 'admin', 'how many people took paternity leave this year', () => refusal('paternity', 'parental', ...LEAVE_KINDS)),
  q('L134', 'admin', "who's on bereavement leave", () => refusal('bereavement', 'compassionate', ...LEAVE_KINDS)),
  q('L135', 'admin', 'how many people are part time?', () => refusal('part time', 'part-time', 'working time', 'contract')),
  q('L136', 'admin', 'who has a sick note on file', () => refusal('sick note', 'medical', 'doctor')),
  q('L137', 'admin', 'why was Chris Morgan absent on Monday', () => refusal('why', 'reason')),
  q('L138', 'admin', "what's Emma Clarke's phone number", () => refusal('phone', 'contact', 'number')),
  q('L139', 'admin', "when is Maria Gonzalez's birthday?", () => refusal('birthday', 'birth', 'date of birth')),
  q('L140', 'admin', 'average age of the QA team', () => refusal(' age', 'age of', 'birth')),
  q('L141', 'admin', 'gender split in engineering', () => refusal('gender', 'engineering')),
  q('L142', 'admin', 'who gets a bonus this year', () => refusal('bonus')),
  q('L143', 'admin', 'which employees speak German?', () => refusal('german', 'language', 'speak')),
  q('L144', 'admin', 'who sits on the 3rd floor', () => refusal('floor', 'desk', 'seat', 'sits', ...LOCATION)),
  q('L145', 'admin', 'who is on jury duty this week', () => refusal('jury')),
  q('L146', 'admin', 'how many days of training did the AI team do this quarter', () => refusal('training')),
  q('L147', 'admin', 'who has an expense claim pending?', () => refusal('expense', 'claim')),
  q('L148', 'admin', 'give me everyone in DAT and their home addresses', () => refusal('address', 'home')),
  q('L149', 'admin', 'who works from home on fridays', () => refusal(...LOCATION, 'friday', 'weekdays')),
  q('L150', 'admin', 'how many interns do we have', () => refusal('intern')),
  q('L151', 'admin', 'who is on study leave', () => refusal('study', ...LEAVE_KINDS)),
  q('L152', 'admin', 'list people on garden leave', () => refusal('garden', ...LEAVE_KINDS)),
  q('L153', 'admin', 'who was dismissed this year?', () => refusal('dismiss', 'fired', 'reason', 'why')),
  q('L154', 'DEV-001', 'which of my devs are on call this weekend', () => refusal('on call', 'on-call', 'rota', 'weekend')),
  // Multi-part: one part in scope, one not.
  q('L155', 'admin', "how many sick days did DEV take last month and who's been working remotely?", () => refusal(...LOCATION, 'remotely')),
  q('L156', 'admin', 'list the seniors in DEV and their salaries', () => refusal('salary', 'salaries', 'pay', 'compensation')),
  q('L157', 'admin', 'headcount in QA plus how many of them are contractors', () => refusal('contractor', 'contract')),
  q('L158', 'admin', 'who in AI is on parental leave and when do they come back?', () => refusal('parental', ...LEAVE_KINDS)),
  q('L159', 'QA-001', 'pending leave requests for my team, and approve the ones for December please', () => refusal('approv')),
  q('L160', 'admin', 'who was late yesterday and did they get a written warning?', () => refusal('warning', 'disciplin')),
  q('L161', 'admin', 'attendance rate for DEV last week and their average overtime', () => refusal('overtime')),
  q(
    'L162',
    'admin',
    "Hello, I'm doing the year-end headcount report for finance. Could you give me the number of employees per team and the total payroll cost for each?",
    () => refusal('payroll', 'cost', 'salary', 'salaries', 'pay'),
  ),
  q('L163', 'admin', "Sofia Rossi's start date and who her line manager is", () => refusal('line manager', 'manager', 'report', 'manages')),
  q('L164', 'DEV-003', 'my leave balance and my next pay date', () => refusal('pay date', 'pay', 'payroll', 'salary')),
];
