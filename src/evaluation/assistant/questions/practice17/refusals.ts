/*
 * practice17 — what an honest assistant refuses, naming it, in HR's words: data the service does not keep
 * (FTE, carry-over, pay, bonuses, overtime, parental and bereavement leave, remote days, reasons for
 * leaving, reporting lines, contracts, medical notes, exit interviews, ages), breakdowns it does not make
 * (by weekday, by hour, months ranked), orders to change data or to send, predictions and advice. Written
 * code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage'];
const FTE = ['fte', 'full-time equivalent', 'full time equivalent', 'part time', 'part-time', 'contract'];
const CARRY = ['carry', 'carried', 'roll over', 'rollover'];
const MANAGER = ['manager', 'manages', 'reporting', 'reports to', 'report', 'org chart'];
const PREDICT = ['predict', 'future', 'forecast'];
const ADVICE = ['advice', 'advise', 'recommend', 'should'];

export const REFUSALS: readonly Question[] = [
  // Not kept.
  q('G111', 'admin', 'total FTE by team', () => refusal(...FTE)),
  q('G112', 'admin', 'how many FTEs does QA have', () => refusal(...FTE)),
  q('G113', 'DEV-003', 'how many days of annual leave can I carry over into next year', () => refusal(...CARRY)),
  q('G114', 'admin', 'carry-over balances for the seniors', () => refusal(...CARRY)),
  q('G115', 'admin', 'total payroll cost for October', () => refusal(...PAY, 'cost')),
  q('G116', 'QA-003', 'when do I get paid this month', () => refusal(...PAY, 'paid')),
  q('G117', 'admin', 'bonuses paid to the leads last quarter', () => refusal('bonus', ...PAY)),
  q('G118', 'DAT-004', 'how much overtime have I done this month', () => refusal('overtime')),
  q('G119', 'admin', 'who is on maternity leave', () => refusal('maternity', 'parental', 'leave type', 'kind of leave')),
  q('G120', 'SEC-004', 'how many bereavement days do I have', () => refusal('bereavement', 'leave type', 'kind of leave')),
  q('G121', 'admin', 'how many remote work days did DEV have in October', () => refusal('remote', 'work from home', 'wfh')),
  q('G122', 'admin', 'why did Laura Silva leave', () => refusal('why', 'reason')),
  q('G123', 'admin', 'exit interview notes for the leavers this year', () => refusal('exit interview', 'interview', 'notes')),
  q('G124', 'admin', 'org chart for the AI team', () => refusal(...MANAGER)),
  q('G125', 'admin', 'how many part-time staff do we have', () => refusal(...FTE)),
  q('G126', 'admin', 'average age of the juniors', () => refusal('ages', 'age of', 'date of birth', 'birth')),
  q('G127', 'admin', 'doctor notes for the sick days in November', () => refusal('doctor', 'medical', 'note')),
  q('G128', 'admin', 'open vacancies in the AI team', () => refusal('vacanc', 'opening', 'recruit')),
  q('G129', 'admin', 'which month had the worst lateness since August', () => refusal('which month', 'months', 'rank', 'worst')),
  q('G130', 'admin', 'late arrivals by day of the week in October', () => refusal('day of the week', 'weekday', 'by day')),
  q('G131', 'admin', 'clock-ins by hour of the day last week', () => refusal('hour of the day', 'by hour', 'time of day')),
  q('G132', 'admin', 'who logged in to the HR system yesterday', () => refusal('logged', 'login', 'log in')),

  // Orders.
  q('G133', 'admin', 'approve all pending leave requests', () => refusal('approve', '/approve')),
  q('G134', 'DEV-001', "reject Yuki Tanaka's vacation request", () => refusal('reject', '/reject')),
  q('G135', 'admin', 'add 2 January as a bank holiday', () => refusal('add', 'create', 'holidays', 'POST')),
  q('G136', 'SEC-004', 'cancel my pending time off on 28 November', () => refusal('cancel', '/cancel')),
  q('G137', 'DAT-004', 'clock me in now', () => refusal('clock', 'check in', 'check-in', '/attendance')),
  q('G138', 'QA-001', "fix Zoe Adams' missing check-out from last Friday", () => refusal('fix', 'correct', 'correction', 'attendance-corrections')),
  q('G139', 'admin', 'send the October timesheets to payroll', () => refusal('send', 'email', ...PAY)),
  q('G140', 'admin', 'give everyone in QA 2 extra days of annual leave', () => refusal('give', 'adjust', 'leave-adjustments', 'extra')),
  q('G141', 'DEV-001', 'remind my direct reports to clock out', () => refusal('remind', 'reminder', 'send')),

  // Predictions and advice.
  q('G142', 'admin', 'forecast our headcount for next quarter', () => refusal(...PREDICT)),
  q('G143', 'admin', "what will next year's attrition be", () => refusal(...PREDICT, 'attrition')),
  q('G144', 'admin', 'who is likely to resign in Q1', () => refusal(...PREDICT, 'likely', 'resign')),
  q('G145', 'QA-001', 'how can I reduce lateness in my team', () => refusal(...ADVICE, 'reduce')),
  q('G146', 'admin', 'should we hire more people for the data team', () => refusal(...ADVICE, 'hire')),
  q('G147', 'SEC-004', 'will my score go up next quarter', () => refusal(...PREDICT)),
];
