/*
 * practice14 — leave questions an honest assistant must refuse, naming what it cannot do: kinds of leave
 * and policies the service does not keep (carry-over, TOIL, sabbatical, parental, blackout dates…), orders
 * to book, approve, reject, cancel or change leave, predictions, advice and pay. Several look like a list
 * or a count that a careless answer would give as "nobody" or "0" although nothing of the kind is kept.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's "Assistant" section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const CARRY = ['carry', 'carry-over', 'carryover', 'roll over', 'rollover', 'policy', 'policies'];
const TOIL = ['toil', 'time off in lieu', 'lieu'];
const PREDICT = ['predict', 'future', 'forecast'];
const BOOK = ['book', 'post /leave-requests', 'leave-requests', 'request it', 'create'];

export const LEAVE_REFUSALS: readonly Question[] = [
  q('M131', 'DEV-003', 'whats the carry over rule for unused pto', () => refusal(...CARRY)),
  q('M132', 'admin', 'how many days can ppl carry into 2026', () => refusal(...CARRY)),
  q('M133', 'QA-003', 'how much toil do i have', () => refusal(...TOIL)),
  q('M134', 'admin', 'who has toil owing', () => refusal(...TOIL)),
  q('M135', 'SEC-004', 'can i take a sabbatical next yr', () => refusal('sabbatical')),
  q('M136', 'admin', "who's on sabbatical", () => refusal('sabbatical')),
  q('M137', 'admin', 'parental leave balance for DEV-005', () => refusal('parental')),
  q('M138', 'admin', 'who is on maternity leave', () => refusal('maternity')),
  q('M139', 'DEV-001', 'anyone in my team on paternity leave next month', () => refusal('paternity')),
  q('M140', 'admin', 'how many bereavement days did ppl take this yr', () => refusal('bereavement')),
  q('M141', 'QA-001', 'study leave requests for my team', () => refusal('study')),
  q('M142', 'admin', 'who is on gardening leave', () => refusal('gardening')),
  q('M143', 'admin', 'how many ppl on compassionate leave in oct', () => refusal('compassionate')),
  q('M144', 'admin', 'blackout periods for annual leave in q4', () => refusal('blackout')),
  q('M145', 'DEV-003', 'book me off fri', () => refusal(...BOOK)),
  q('M146', 'SEC-004', 'pls book annual leave 22-24 dec for me', () => refusal(...BOOK)),
  q('M147', 'DEV-001', 'approve aisha khans leave', () => refusal('approve', '/approve')),
  q('M148', 'QA-001', 'reject chris walkers leave request', () => refusal('reject', '/reject')),
  q('M149', 'DEV-003', 'cancel my leave on 29 dec', () => refusal('cancel', '/cancel')),
  q('M150', 'admin', 'give DEV-009 2 extra days annual leave', () => refusal('give', 'adjust', 'leave-adjustments', 'add', 'extra')),
  q('M151', 'QA-003', 'move my sick day from 5 nov to 6 nov', () => refusal('move', 'change', 'update')),
  q('M152', 'admin', 'will anyone run out of annual leave before xmas', () => refusal(...PREDICT, 'run out')),
  q('M153', 'DEV-001', 'how many sick days will my team need this winter', () => refusal(...PREDICT, 'winter', 'need')),
  q('M154', 'admin', 'should i approve yuki tanakas leave', () => refusal('should', 'advice', 'advise', 'recommend', 'opinion', 'approve')),
  q('M155', 'admin', 'is unpaid leave deducted from salary', () => refusal('salary', 'pay', 'payroll', 'deduct')),
  q('M156', 'DEV-003', 'how do i request leave', () => refusal('post /leave-requests', 'leave-requests', 'route')),
  q('M157', 'admin', 'who has sick notes on file', () => refusal('sick note', 'medical', 'notes', 'doctor')),
  q('M158', 'admin', 'who took jury duty leave this yr', () => refusal('jury')),
  q('M159', 'admin', 'how many leave requests were escalated this month', () => refusal('escalat')),
  q('M160', 'DAT-004', "email my manager that i'm sick tmrw", () => refusal('email', 'send', 'reporting line', 'manager')),
  q('M161', 'admin', 'which month had the most leave this yr', () => refusal('which month', 'months', 'rank', 'most', 'compare')),
  q('M162', 'SEC-004', 'do i get birthday leave', () => refusal('birthday')),
];
