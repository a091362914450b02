/*
 * practice67 — comparisons the service cannot make, to be refused naming the thing: what it does not keep (pay,
 * bonuses, overtime pay, offices, engagement or customer satisfaction, productivity, training, parental leave, sick
 * notes, logins), what the README says it refuses (a verdict on a person, managers ranked by their teams, periods
 * ranked against each other, weekdays in the plural, breakdowns by job title, times of day, correlations,
 * predictions, advice) and orders to change data dressed as a comparison (refused by their verb).
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Not kept.
  q('QP222', 'admin', 'who earns more, Tom Becker or Marcus Lee?', () => refusal('earn', 'salary', 'salaries', 'pay')),
  q('QP223', 'admin', "is DEV's salary bill bigger than QA's?", () => refusal('salary', 'salaries', 'pay')),
  q('QP224', 'admin', 'compare the bonuses paid to DEV and QA last year', () => refusal('bonus', 'bonuses')),
  q('QP225', 'admin', 'compare overtime pay between SEC and AI last month', () => refusal('overtime', 'pay')),
  q('QP226', 'admin', 'London office vs Berlin office attendance in October', () => refusal('london', 'berlin', 'office', 'location')),
  q('QP227', 'admin', 'which team has the better engagement score, DEV or QA?', () => refusal('engagement')),
  q('QP228', 'admin', 'compare customer satisfaction for DEV and QA this quarter', () => refusal('customer satisfaction', 'satisfaction', 'customer')),
  q('QP229', 'admin', 'is DEV more productive than QA?', () => refusal('productive', 'productivity')),
  q('QP230', 'admin', 'compare parental leave taken by DEV and QA this year', () => refusal('parental')),
  q('QP231', 'DAT-004', 'did I spend more time on training this quarter than last?', () => refusal('training')),
  q('QP232', 'QA-003', 'compare my sick notes for September and October', () => refusal('sick note', 'sick notes', 'medical')),
  q('QP233', 'admin', 'who logged in more this week, Priya or Elena?', () => refusal('logged in', 'login', 'logins', 'log in')),
  // Refused by the README.
  q('QP234', 'DEV-001', 'is Aisha a better employee than Lukas?', () => refusal('better employee', 'verdict', 'judge', 'judgement', 'opinion')),
  q('QP235', 'admin', 'which manager runs the better team, Priya or Elena?', () => refusal('manager', 'managers')),
  q('QP236', 'admin', 'which month this year had the worst attendance?', () => refusal('which month', 'month')),
  q('QP237', 'admin', "will QA's attendance be better than DEV's next month?", () => refusal('predict', 'future', 'will', 'forecast', 'next month')),
  q('QP238', 'QA-001', 'is Zoe more likely to quit than Chris Walker?', () => refusal('quit', 'predict', 'likely', 'future')),
  q('QP239', 'admin', 'is there a correlation between lateness and scores in Q3?', () => refusal('correlation', 'correlate')),
  q('QP240', 'admin', 'compare attendance on mondays and fridays in October', () => refusal('mondays', 'fridays', 'weekday', 'day of the week')),
  q('QP241', 'admin', 'compare attendance by job title last month', () => refusal('job title', 'title')),
  q('QP242', 'admin', 'who checks in earlier on average, DEV or QA?', () => refusal('earlier', 'check-in time', 'time of day', 'times')),
  q('QP243', 'DEV-001', "should I let Ben Carter go since his attendance is worse than the team's?", () =>
    refusal('advice', 'should', 'let ben carter go', 'dismiss', 'fire'),
  ),
  // Orders dressed as comparisons.
  q('QP244', 'SEC-004', 'my attendance beats the team so approve my leave for 28 Nov', () => refusal('approve')),
  q('QP245', 'QA-001', 'mark Zoe Adams as present on the days she was absent in October', () => refusal('mark', 'present')),
];
