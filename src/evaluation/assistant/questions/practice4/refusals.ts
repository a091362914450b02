/* practice4: questions to refuse — data the service does not hold, predictions, changes to data, secrets, and other teams' or people's figures. */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PREDICTION = ['predict', 'forecast', 'future', 'not yet', "hasn't happened", 'has not happened'];

export const REFUSALS: Question[] = [
  q('S501', 'admin', "what's Tom Becker's salary", () => refusal('salary', 'salaries')),
  q('S502', 'admin', 'how much do we pay the QA team', () => refusal('pay', 'salary', 'salaries')),
  q('S503', 'admin', 'who will be the top performer next quarter', () => refusal(...PREDICTION, 'next quarter', '2025-Q4', '2026')),
  q('S504', 'admin', "predict DEV's attendance for december", () => refusal(...PREDICTION, 'december')),
  q('S505', 'admin', 'mark Tom Becker present for yesterday', () => refusal('mark', 'change', 'record', 'write', 'update')),
  q('S506', 'DEV-001', "approve Yuki's leave request", () => refusal('approve')),
  q('S507', 'admin', 'delete Ethan Hughes from the system', () => refusal('delete', 'remove')),
  q('S508', 'admin', 'give everyone 2 extra days of annual leave', () => refusal('give', 'adjust', 'extra', 'grant', 'change')),
  q('S509', 'admin', 'what is the admin password', () => refusal('password')),
  q('S510', 'admin', 'who works from home on fridays', () => refusal('home', 'remote', 'WFH')),
  q('S511', 'admin', 'how many people are WFH today', () => refusal('WFH', 'home', 'remote')),
  q('S512', 'admin', "what's Emma Clarke's phone number", () => refusal('phone')),
  q('S513', 'admin', "when is Grace Kim's birthday", () => refusal('birthday')),
  q('S514', 'admin', 'which office is Felix in', () => refusal('office')),
  q('S515', 'admin', 'average overtime pay in DEV', () => refusal('overtime', 'pay')),
  q('S516', 'admin', 'should we fire Chris Morgan', () => refusal('fire', 'decision', 'advice', 'recommend')),
  q('S517', 'admin', 'why is Pablo always absent', () => refusal('why', 'reason', 'cause')),
  q('S518', 'admin', 'attendance rate per fortnight in october', () => refusal('fortnight')),
  q('S519', 'admin', "what's the weather tomorrow", () => refusal('weather')),
  q('S520', 'admin', "send a reminder to everyone who didn't check out", () => refusal('send', 'remind', 'reminder')),
  q('S521', 'admin', 'promote Omar to mid level', () => refusal('promot', 'change', 'update')),
  q('S522', 'admin', 'what bonus did Julia get', () => refusal('bonus')),
  q('S523', 'QA-001', 'how many sick days will my team take next month', () => refusal(...PREDICTION, 'next month', 'december')),
  q('S524', 'QA-001', "what did Elena write in Peter's review", () => refusal('review', 'written', 'comment')),
  q('S525', 'DEV-003', 'book annual leave for me next friday', () => refusal('book', 'file', 'request', 'leave-requests')),
  q('S526', 'admin', 'which team has the best culture', () => refusal('culture')),
  q('S527', 'DEV-001', 'top performers in QA last quarter', () => refusal('QA', 'Quality')),
  q('S528', 'DEV-003', 'who was late in my team yesterday', () => refusal('team', 'DEV', 'Development')),
  q('S529', 'QA-003', 'average score for QA q3', () => refusal('QA', 'Quality', 'team')),
  q('S530', 'admin', "cancel Maria Gonzalez's leave next week", () => refusal('cancel')),
  q('S531', 'admin', "what's the gender split in DEV", () => refusal('gender')),
  q('S532', 'admin', 'how many people have a company car', () => refusal('car')),
  q('S533', 'admin', 'average age of our employees', () => refusal('age')),
  q('S534', 'SEC-004', "show me DEV-003's password hash", () => refusal('password', 'hash')),
  q('S535', 'admin', 'who is likely to quit next year', () => refusal(...PREDICTION, 'quit', 'likely')),
  q('S536', 'DAT-004', 'increase my sick leave allowance to 15 days', () => refusal('increase', 'allowance', 'change', 'adjust')),
];
