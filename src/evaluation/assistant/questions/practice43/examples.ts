/*
 * practice43 — the ten questions API.md's chat section lists as what the assistant answers, each asked exactly as
 * written and then reworded twice (a synonym or another word order, and a misspelling of the kind the README says
 * is read as meant). "What is my attendance this month?" is asked by the employees and a manager, whose "my" is
 * themselves; the rest by the admin, who sees everything.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { headcount } from '../../oracle/people-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { teamsUnder } from '../../oracle/practice29-figures';
import { meansOver } from '../../oracle/score-figures';
import { ALL, head, me, oneDay, rateOf, some, teamScope, who, WEEK_OF_NOV_10, YESTERDAY } from '../../oracle/practice43-figures';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH } from '../helpers';

const QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];
const lateYesterday = () => people(some(who(ALL, 'late', oneDay(YESTERDAY))));
const devAndQaInQ3 = () => figures(score(meanOf('2025-Q3', teamScope('DEV'))), score(meanOf('2025-Q3', teamScope('QA'))));
/** "Attendance issues": a rate below ATTENDANCE_ALERT_RATE (0.9); teamsUnder throws when a team sits near the line. */
const issuesInOctober = () => answer({ teams: some(teamsUnder(OCTOBER, 0.9)) });
const topFiveQ2 = () => people(rankClean('2025-Q2', 5, 'top'));

export const EXAMPLES: readonly Question[] = [
  // "Who is DEV-001?"
  q('PR001', 'admin', 'Who is DEV-001?', () => people(['DEV-001'])),
  q('PR002', 'admin', 'tell me about employee dev-001', () => people(['DEV-001'])),
  q('PR003', 'admin', 'who is empolyee DEV-001', () => people(['DEV-001'])),
  // "How many employees are in QA?" — a headcount counts active staff (nobody has left QA).
  q('PR004', 'admin', 'How many employees are in QA?', () => answer({ figures: [head(headcount({ team: 'QA' }))] })),
  q('PR005', 'admin', "what's the headcount of the QA team", () => answer({ figures: [head(headcount({ team: 'QA' }))] })),
  q('PR006', 'admin', 'how many ppl work in Quality Assurence?', () => answer({ figures: [head(headcount({ team: 'QA' }))] })),
  // "What's the average score for Q1 2025?"
  q('PR007', 'admin', "What's the average score for Q1 2025?", () => figures(score(meanOf('2025-Q1')))),
  q('PR008', 'admin', 'mean performance score in 2025-Q1', () => figures(score(meanOf('2025-Q1')))),
  q('PR009', 'admin', 'Q1 2025 avrage score?', () => figures(score(meanOf('2025-Q1')))),
  // "Compare DEV and QA performance" — API.md names no default quarter for scores, so as written only both teams are
  // expected (whichever quarters it compares); the rewordings name the quarter and expect both means.
  q('PR010', 'admin', 'Compare DEV and QA performance', () => answer({ teams: ['DEV', 'QA'] })),
  q('PR011', 'admin', "how does QA's performance compare with DEV's in Q3?", () => devAndQaInQ3()),
  q('PR012', 'admin', 'compair DEV and QA perfomance in 2025-Q3', () => devAndQaInQ3()),
  // "Performance trends over quarters": each quarter's mean, side by side.
  q('PR013', 'admin', 'Performance trends over quarters', () => figures(...meansOver(QUARTERS).map(score))),
  q('PR014', 'admin', 'how has the average score moved quarter by quarter?', () => figures(...meansOver(QUARTERS).map(score))),
  q('PR015', 'admin', 'perfomance trend per quater', () => figures(...meansOver(QUARTERS).map(score))),
  // "Who was late yesterday?" — yesterday is Tuesday 18 November; "on Tuesday" alone is the last one.
  q('PR016', 'admin', 'Who was late yesterday?', () => lateYesterday()),
  q('PR017', 'admin', 'which employees came in late on Tuesday?', () => lateYesterday()),
  q('PR018', 'admin', 'who was late yesturday', () => lateYesterday()),
  // "What was the attendance rate last week?" — the previous Monday to Sunday; "the week of 10 November" is the same week.
  q('PR019', 'admin', 'What was the attendance rate last week?', () => figures(rate(rateOf(ALL, LAST_WEEK)))),
  q('PR020', 'admin', 'attendance rate for the week of 10 November', () => figures(rate(rateOf(ALL, WEEK_OF_NOV_10)))),
  q('PR021', 'admin', "last week's attendence rate", () => figures(rate(rateOf(ALL, LAST_WEEK)))),
  // "Show me departments with attendance issues last month"
  q('PR022', 'admin', 'Show me departments with attendance issues last month', () => issuesInOctober()),
  q('PR023', 'admin', 'which teams had attendance issues in October?', () => issuesInOctober()),
  q('PR024', 'admin', 'any departments with attendence issues last month?', () => issuesInOctober()),
  // "Who are the top 5 performers in 2025-Q2?" — rankClean throws when the fifth place is tied with the sixth.
  q('PR025', 'admin', 'Who are the top 5 performers in 2025-Q2?', () => topFiveQ2()),
  q('PR026', 'admin', 'in Q2 2025, who were the five highest scorers?', () => topFiveQ2()),
  q('PR027', 'admin', 'top 5 perfomers 2025-Q2', () => topFiveQ2()),
  // "What is my attendance this month?" — "my" is the caller: an employee, or a manager about themselves.
  q('PR028', 'DEV-003', 'What is my attendance this month?', () => figures(rate(rateOf(me('DEV-003'), THIS_MONTH)))),
  q('PR029', 'QA-003', 'this month, how is my attendance so far?', () => figures(rate(rateOf(me('QA-003'), THIS_MONTH)))),
  q('PR030', 'DEV-001', 'whats my attendence this month', () => figures(rate(rateOf(me('DEV-001'), THIS_MONTH)))),
];
