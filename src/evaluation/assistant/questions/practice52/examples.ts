/*
 * practice52 — API.md's ten example questions, each reworded three times the way HR people type them (terse, typo'd,
 * polite, long) and spread over the roles that may ask them: the admin sees everyone, a manager's "my team" is their
 * own team, and "my attendance" is the caller's own (a manager's too). "Last week" is the previous Monday to Sunday,
 * "attendance issues" a rate below 0.9 (ATTENDANCE_ALERT_RATE), ties in a ranking go by name; the rankings asked here
 * are checked to have no tie at their cut.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { headcount } from '../../oracle/people-figures';
import { teamsUnder } from '../../oracle/practice29-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { none, some } from '../../oracle/practice43-figures';
import { headN } from '../../oracle/practice51-figures';
import { meansOver, stats } from '../../oracle/score-figures';
import {
  ALL,
  LAST_MONTH,
  LAST_QUARTER_PERIOD,
  LAST_WEEK,
  me,
  period,
  rateIn,
  SCORED_PERIODS,
  team,
  teamOf,
  THIS_MONTH,
  whoIn,
  YESTERDAY_ONLY,
} from '../../oracle/practice52-figures';
import { q } from '../helpers';

const mean = (p: string, code?: string) => score(stats([p], code === undefined ? ALL : team(code)).mean);
const qaHead = () => answer({ figures: [headN(headcount({ team: 'QA' }))] });
const lateYesterday = () => people(some(whoIn(ALL, 'late', YESTERDAY_ONLY)));
/** "Attendance issues" last month: the teams under 0.9 (teamsUnder throws when a team sits near the line). */
const issuesLastMonth = () => answer({ teams: some(teamsUnder(LAST_MONTH, 0.9)) });
const topFiveQ2 = () => people(rankClean(period(2), 5, 'top'));
const trend = (code?: string) => figures(...meansOver(SCORED_PERIODS, code === undefined ? ALL : team(code)).map(score));

export const EXAMPLES: readonly Question[] = [
  // "Who is DEV-001?"
  q('QA001', 'admin', "who's dev-001??", () => people(['DEV-001'])),
  q('QA002', 'admin', 'Could you pull up the details of employee DEV-001 for me, please?', () => people(['DEV-001'])),
  q('QA003', 'QA-001', 'who is QA-002', () => people(['QA-002'])),

  // "How many employees are in QA?"
  q('QA004', 'admin', 'hw many employees r in QA', () => qaHead()),
  q('QA005', 'admin', "what's the current headcount of the quality assurance department?", () => qaHead()),
  q('QA006', 'QA-001', 'how many people are on my team right now?', () => qaHead()),

  // "What's the average score for Q1 2025?"
  q('QA007', 'admin', 'average score for the first quarter of 2025?', () => figures(mean(period(1)))),
  q('QA008', 'admin', 'mean perf score q1 2025 pls', () => figures(mean(period(1)))),
  q('QA009', 'DEV-001', "what was my team's average score in Q1 2025", () => figures(mean(period(1), 'DEV'))),

  // "Compare DEV and QA performance", with the quarter named.
  q('QA010', 'admin', 'compare dev vs qa scores last quarter', () => figures(mean(LAST_QUARTER_PERIOD, 'DEV'), mean(LAST_QUARTER_PERIOD, 'QA'))),
  q('QA011', 'admin', 'Could you compare how Development and Quality Assurance performed in 2025-Q2?', () =>
    figures(mean(period(2), 'DEV'), mean(period(2), 'QA')),
  ),
  q('QA012', 'admin', 'dev & qa performance side by side for q1 2025', () => figures(mean(period(1), 'DEV'), mean(period(1), 'QA'))),

  // "Performance trends over quarters": each quarter's mean, side by side.
  q('QA013', 'admin', 'how have performance scores trended quarter over quarter?', () => trend()),
  q('QA014', 'DEV-001', 'performance trend over the quarters for my team', () => trend('DEV')),
  q('QA015', 'QA-001', "show me QA's score trend by quarter", () => trend('QA')),

  // "Who was late yesterday?"
  q('QA016', 'admin', 'who came in late yday?', () => lateYesterday()),
  q('QA017', 'admin', 'Which staff members were late yesterday, if any?', () => lateYesterday()),
  q('QA018', 'DEV-001', 'was anyone on my team late yesterday?', () =>
    yesNo(false, [], { people: none(whoIn(teamOf('DEV-001'), 'late', YESTERDAY_ONLY, 'DEV-001')) }),
  ),

  // "What was the attendance rate last week?"
  q('QA019', 'admin', 'attendance % last wk', () => figures(rate(rateIn(ALL, LAST_WEEK)))),
  q('QA020', 'QA-001', "what was my team's attendance rate last week?", () => figures(rate(rateIn(teamOf('QA-001'), LAST_WEEK)))),
  q('QA021', 'DAT-004', 'what was my attendance rate last week', () => figures(rate(rateIn(me('DAT-004'), LAST_WEEK)))),

  // "Show me departments with attendance issues last month"
  q('QA022', 'admin', 'which departments had attendance problems last month?', () => issuesLastMonth()),
  q('QA023', 'admin', 'any teams under the attendance alert threshold last month?', () => issuesLastMonth()),
  q('QA024', 'admin', 'Departments w/ attendence issues last month?', () => issuesLastMonth()),

  // "Who are the top 5 performers in 2025-Q2?"
  q('QA025', 'admin', 'list the 5 best performers of 2025-Q2', () => topFiveQ2()),
  q('QA026', 'admin', 'who were the top five scorers in the second quarter of 2025', () => topFiveQ2()),
  q('QA027', 'QA-001', 'top 3 performers on my team in Q2 2025', () => people(rankClean(period(2), 3, 'top', team('QA')))),

  // "What is my attendance this month?"
  q('QA028', 'SEC-004', "what's my attendance this month?", () => figures(rate(rateIn(me('SEC-004'), THIS_MONTH)))),
  q('QA029', 'QA-001', 'my attendnace this month pls', () => figures(rate(rateIn(me('QA-001'), THIS_MONTH)))),
  q('QA030', 'DAT-004', "how's my attendance looking so far this month?", () => figures(rate(rateIn(me('DAT-004'), THIS_MONTH)))),
];
