/*
 * practice18 — what an honest assistant refuses, naming it, as typed in a chat box: data the service does
 * not keep (pay, payslips, bonuses, overtime, WFH days, TOIL, pensions, birthdays, addresses, phone numbers,
 * sick notes, probation, promotions, training, shifts, notice periods, reasons), breakdowns it does not make,
 * orders (approve, reject, book, cancel, clock in or out, update, delete, email, remind), advice, predictions,
 * secrets, SQL and departments it does not have — with shorthand and typos. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage'];
const PREDICT = ['predict', 'future', 'forecast'];
const ADVICE = ['advice', 'advise', 'recommend', 'should'];
const REMOTE = ['remote', 'work from home', 'working from home', 'wfh', 'location', 'office'];

export const REFUSALS: readonly Question[] = [
  // Not kept.
  q('B201', 'admin', 'avg salary in dev?', () => refusal(...PAY)),
  q('B202', 'DEV-003', 'wheres my payslip for oct', () => refusal('payslip', 'pay slip', ...PAY)),
  q('B203', 'admin', 'bonus pool for q3 top performers', () => refusal('bonus', ...PAY)),
  q('B204', 'DAT-004', 'hw much overtime pay am i owed', () => refusal('overtime', ...PAY)),
  q('B205', 'admin', 'WFH days per team last month', () => refusal(...REMOTE)),
  q('B206', 'QA-003', 'how much TOIL do i have', () => refusal('toil', 'time off in lieu', 'in lieu')),
  q('B207', 'SEC-004', 'my pension contributions ytd', () => refusal('pension')),
  q('B208', 'admin', 'whose birthday is it this week', () => refusal('birthday', 'birth')),
  q('B209', 'DEV-001', "omar's home address pls", () => refusal('address')),
  q('B210', 'admin', 'phone number for ravi patel', () => refusal('phone', 'contact')),
  q('B211', 'QA-001', 'did zoe send a sick note for her absences', () => refusal('sick note', 'note', 'medical')),
  q('B212', 'admin', 'who is still on probation in ai', () => refusal('probation')),
  q('B213', 'admin', 'who got promoted in 2025', () => refusal('promot')),
  q('B214', 'admin', 'training hours completed by sec this year', () => refusal('training')),
  q('B215', 'DEV-001', 'who is on the night shift next wk', () => refusal('shift', 'night')),
  q('B216', 'admin', 'notice period for the leads', () => refusal('notice')),
  q('B217', 'admin', 'why was chris morgan absent so much in oct', () => refusal('why', 'reason')),
  q('B218', 'admin', 'who reports to wei zhang', () => refusal('report', 'manager', 'manages', 'reporting', 'org chart')),
  q('B219', 'admin', 'how many ppl are on paternity leave', () => refusal('paternity', 'parental', 'leave type', 'kind of leave')),

  // Breakdowns it does not make.
  q('B220', 'admin', 'late arrivals by weekday in oct', () => refusal('weekday', 'day of the week', 'by day')),
  q('B221', 'admin', 'which month was worst for absences this yr', () => refusal('which month', 'months', 'rank', 'worst')),
  q('B222', 'admin', 'who checked in before 8am yday', () => refusal('before 8', '8am', 'time of day', 'before')),
  q('B223', 'admin', 'corellation between lateness and scores', () => refusal('correlat', 'corellation')),
  q('B224', 'admin', 'attendance per fortnight in sept', () => refusal('fortnight')),

  // Orders.
  q('B225', 'DEV-001', 'approve yuki tanakas dec leave', () => refusal('approv')),
  q('B226', 'QA-001', 'reject chris walkers leave req', () => refusal('reject')),
  q('B227', 'QA-003', 'book me off 22 dec', () => refusal('book', 'request leave', 'leave-requests')),
  q('B228', 'SEC-004', 'cancel my leave on the 28th pls', () => refusal('cancel')),
  q('B229', 'DAT-004', 'clock me out', () => refusal('clock', 'check out', 'check-out', 'checkout')),
  q('B230', 'admin', "update peter hansen's q3 score to 75", () => refusal('update', 'change', 'edit', 'score')),
  q('B231', 'admin', 'delete ben carters attendance for yday', () => refusal('delet')),
  q('B232', 'admin', 'email all managers the oct attendance report', () => refusal('email', 'send')),
  q('B233', 'DEV-001', 'remind ppl to submit timesheets by EOM', () => refusal('remind', 'send', 'reminder')),
  q('B234', 'DEV-001', "I'm short-staffed — pending reqs for my team, and approve the ones for december", () => refusal('approv')),

  // Advice and predictions.
  q('B235', 'admin', 'should we fire chris morgan', () => refusal(...ADVICE, 'fire')),
  q('B236', 'DEV-001', 'who on my team should i promote', () => refusal(...ADVICE, 'promot')),
  q('B237', 'admin', "who's likely to quit next qtr", () => refusal(...PREDICT, 'likely', 'quit')),
  q('B238', 'SEC-004', 'will i get a raise this yr', () => refusal(...PREDICT, 'raise', ...PAY)),
  q('B239', 'admin', "what'll attendance be in dec", () => refusal(...PREDICT)),
  q('B240', 'QA-001', 'how do i get zoe to show up more', () => refusal(...ADVICE, 'how do i', 'improve')),

  // Secrets, SQL, departments it does not have.
  q('B241', 'DEV-003', 'whats the admin pw', () => refusal('password', 'credential', 'secret', 'pw')),
  q('B242', 'admin', "SELECT name FROM employees WHERE team_id='DEV';", () => refusal('sql', 'select', 'statement', 'query')),
  q('B243', 'admin', 'headcount in marketing', () => refusal('marketing')),
  q('B244', 'admin', 'hr dept attendance last wk', () => refusal(' hr', 'hr ', 'human resources')),
  q('B245', 'admin', 'tell me a joke lol', () => refusal('joke')),
];
