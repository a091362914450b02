/*
 * Twelfth practice set (K…), written code-blind from /work/shared/API.md, docs/API.md and the README's
 * assistant section: short, plain chat-box messages the assistant should NOT answer with figures.
 * This file: data the service does not keep (pay, contact details, age, skills, offices, shifts,
 * contracts, equipment, training, kinds of leave it has no type for, reporting lines, reasons for
 * leaving), breakdowns and periods it does not make, forecasts and advice. Each refusal lists the words
 * an honest refusal would name: what was asked for that cannot be given.
 */
import type { Question } from '../../expectation';
import { refusal } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS_DATA: readonly Question[] = [
  // Pay, money and benefits: not kept at all.
  q('K001', 'admin', 'salary of priya?', () => refusal('salary', 'pay', 'compensation')),
  q('K002', 'DEV-001', 'who earns most in dev', () => refusal('earn', 'salary', 'pay')),
  q('K003', 'DEV-003', 'whats my salary', () => refusal('salary', 'pay')),
  q('K004', 'QA-003', 'when do we get paid', () => refusal('paid', 'payday', 'payroll', 'pay day')),
  q('K005', 'admin', 'bonus for sarah johnson', () => refusal('bonus')),
  q('K006', 'QA-001', 'overtime pay for my team last month', () => refusal('overtime', 'pay')),
  q('K007', 'DAT-004', 'how do i claim expenses', () => refusal('expense', 'claim')),
  q('K008', 'SEC-004', 'what benefits do i get', () => refusal('benefit')),
  q('K009', 'DAT-004', 'my pension contributions', () => refusal('pension')),
  q('K010', 'DEV-001', 'tax code for tom becker', () => refusal('tax')),
  // Contact details, age and personal characteristics.
  q('K011', 'admin', 'phone number of lukas novak', () => refusal('phone', 'contact')),
  q('K012', 'admin', 'home address of emma clarke', () => refusal('address', 'home')),
  q('K013', 'admin', "when is nina kowalski's birthday", () => refusal('birthday', 'birth')),
  q('K014', 'DEV-001', 'how old is maria gonzalez', () => refusal('how old', 'birth', ' age')),
  q('K015', 'QA-001', 'any birthdays in my team this month', () => refusal('birthday')),
  q('K016', 'admin', 'gender split in dev', () => refusal('gender')),
  q('K017', 'QA-001', 'nationality of my team', () => refusal('nationality', 'nationalities')),
  // Written reviews, skills, projects.
  q('K018', 'DEV-001', 'tom becker performance review comments', () => refusal('comment', 'written', 'review')),
  q('K019', 'DAT-004', 'my appraisal notes', () => refusal('appraisal', 'notes')),
  q('K020', 'admin', 'who knows python', () => refusal('python', 'skill')),
  q('K021', 'DEV-001', 'skills matrix for my team', () => refusal('skill')),
  q('K022', 'admin', 'what project is lukas novak on', () => refusal('project')),
  q('K023', 'QA-001', 'which projects is my team working on', () => refusal('project')),
  // Places, shifts, contracts, papers, things.
  q('K024', 'admin', 'who works in the london office', () => refusal('london', 'office')),
  q('K025', 'DEV-003', 'which office am i in', () => refusal('office')),
  q('K026', 'DAT-004', 'how many days can i work remote', () => refusal('remote')),
  q('K027', 'DEV-001', 'whos on night shift in my team', () => refusal('night', 'shift')),
  q('K028', 'SEC-004', 'my shift next week', () => refusal('shift')),
  q('K029', 'admin', 'when does chris morgans contract end', () => refusal('contract')),
  q('K030', 'admin', 'whose visa expires soon', () => refusal('visa')),
  q('K031', 'DEV-001', 'who has a macbook', () => refusal('macbook', 'laptop', 'equipment')),
  q('K032', 'QA-003', 'do i have a company phone', () => refusal('phone', 'equipment')),
  q('K033', 'admin', 'training completed by qa', () => refusal('training')),
  q('K034', 'DEV-001', 'which courses did my team do', () => refusal('course', 'training')),
  q('K035', 'SEC-004', 'do i have a parking space', () => refusal('parking')),
  // Reporting lines and why people left: named as not kept (API.md).
  q('K036', 'admin', "who is ravi patel's manager", () => refusal('manager', 'manages', 'reporting', 'reports to')),
  q('K037', 'DEV-003', 'who is my manager', () => refusal('manager', 'reporting', 'reports to')),
  q('K038', 'QA-001', 'org chart', () => refusal('org chart', 'organisation chart', 'organization chart', 'reporting')),
  q('K039', 'admin', 'why did laura silva leave', () => refusal('reason', 'why')),
  q('K040', 'admin', 'who got fired this year', () => refusal('fired', 'dismiss', 'terminat')),
  // Kinds of leave with no leave type (only annual, sick and unpaid exist).
  q('K041', 'DEV-003', 'parental leave balance', () => refusal('parental')),
  q('K042', 'admin', 'who is on maternity leave', () => refusal('maternity')),
  q('K043', 'QA-003', 'how much study leave do i have', () => refusal('study')),
  // Business data that is not HR data.
  q('K044', 'admin', 'budget for dev team', () => refusal('budget')),
  q('K045', 'DEV-001', 'sick notes for chris morgan', () => refusal('sick note', 'doctor', 'medical')),
  // Breakdowns it does not make and periods it does not read (API.md).
  q('K046', 'admin', 'late arrivals by hour', () => refusal('hour of the day', 'by hour', 'per hour')),
  q('K047', 'QA-001', 'absences by weekday', () => refusal('weekday', 'day of the week')),
  q('K048', 'admin', 'attendance rate by job title', () => refusal('job title', 'title')),
  q('K049', 'QA-001', 'attendence per fortnight', () => refusal('fortnight')),
  q('K050', 'DEV-001', 'late count per fortnight for my team', () => refusal('fortnight')),
  q('K051', 'admin', 'attendance last fiscal year', () => refusal('fiscal')),
  // Forecasts.
  q('K052', 'admin', 'who will quit next', () => refusal('predict', 'quit', 'forecast', 'future')),
  q('K053', 'DEV-001', 'forecast my teams attendance for december', () => refusal('forecast', 'predict')),
  q('K054', 'QA-001', 'will my team hit 95% next month', () => refusal('predict', 'forecast', 'future', 'next month')),
  // Advice and opinions.
  q('K055', 'DEV-001', 'should i fire chris morgan', () => refusal('fire', 'advice', 'should')),
  q('K056', 'QA-001', 'who in my team deserves a raise', () => refusal('raise', 'deserve', 'advice')),
  q('K057', 'QA-001', "how do i improve my team's attendance", () => refusal('improve', 'advice')),
  q('K058', 'admin', 'who should we lay off', () => refusal('lay off', 'layoff', 'advice')),
  q('K059', 'DEV-001', 'is yuki tanaka a good dev', () => refusal('opinion', 'judge', 'good')),
  q('K060', 'DEV-003', 'should i ask for a raise', () => refusal('raise', 'advice')),
];
