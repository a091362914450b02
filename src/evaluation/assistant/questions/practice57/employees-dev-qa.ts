/*
 * practice57 — two employees ask about themselves: Aisha Khan (DEV-003) and Fatima Zahra (QA-003). Their own rate
 * against a line, their hours over two periods, their scores quarter by quarter and the move between two, their
 * figures month by month. API.md: an employee reads only their own records; README: an employee asking about "the team
 * average", "everyone's scores", the company or a ranking of people is told it is outside what they can see (their
 * own team too), and anyone else is "not found".
 */
import { figures, hours, notFound, rate, score, type Question } from '../../expectation';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { othersOutside, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import {
  absenceOf,
  fig,
  LAST_Q,
  LAST_WEEK,
  me,
  personSum,
  Q_BEFORE,
  Q_BEFORE_THAT,
  rateOf,
  SINCE_TRACKING,
  THIS_QUARTER,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice53-figures';
import { scoreOfOne, series } from '../../oracle/practice53-people';
import { clearOf, higher, MONTHS, myScores, OCT, onRecord, ratesOver, SEP } from '../../oracle/practice57-figures';
import { q } from '../helpers';

const AISHA = 'DEV-003';
const FATIMA = 'QA-003';

export const EMPLOYEES_DEV_QA: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('QF169', AISHA, 'what is my attendence rate since august?', () => figures(rate(rateOf(me(AISHA), SINCE_TRACKING)))),
  q('QF170', AISHA, 'how many hours did i work last week vs the week before', () =>
    figures(hours(personSum(AISHA, 'hours', LAST_WEEK)), hours(personSum(AISHA, 'hours', WEEK_BEFORE_LAST))),
  ),
  q('QF171', AISHA, 'my Q3 score vs my Q2 score', () => figures(score(scoreOfOne(AISHA, LAST_Q)), score(scoreOfOne(AISHA, Q_BEFORE)))),
  q('QF172', AISHA, 'show me my scores for each quarter', () => figures(...myScores(AISHA))),
  q('QF173', AISHA, 'was my attendance above 95% in October?', () => {
    const r = clearOf(rateOf(me(AISHA), OCT), 0.95, 0.0005);
    return yesNo(r > 0.95, [rate(r)]);
  }),
  q('QF174', AISHA, 'did I work more than 40 hours last week?', () => {
    const h = clearOf(personSum(AISHA, 'hours', LAST_WEEK), 40, 0.05);
    return yesNo(h > 40, [hours(h)]);
  }),
  q('QF175', AISHA, 'how many hrs have i done each month since aug?', () => figures(...series(me(AISHA), 'hours', MONTHS))),
  q('QF176', AISHA, 'did my score go up from Q1 to Q3?', () => {
    const [before, after] = [scoreOfOne(AISHA, Q_BEFORE_THAT), scoreOfOne(AISHA, LAST_Q)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('QF177', AISHA, "what's the team average score for q3?", () => outsideTeam('DEV')),
  q('QF178', AISHA, 'am i in the top 5 performers for last quarter', () => othersOutside('top', 'performers', 'rank')),
  q('QF179', AISHA, "Tom Becker's Q3 score?", () => notFound()),
  q('QF180', AISHA, 'how do i compare with the company on attendance since august', () => outsideCompany()),

  // Fatima Zahra, QA-003.
  q('QF181', FATIMA, 'my attendance rate this qtr pls', () => figures(rate(rateOf(me(FATIMA), THIS_QUARTER)))),
  q('QF182', FATIMA, 'How many days have I been absent since August?', () => figures(fig('absent', personSum(FATIMA, 'absent', SINCE_TRACKING)))),
  q('QF183', FATIMA, 'my attendance rate by month since august', () => figures(...ratesOver(me(FATIMA), MONTHS))),
  q('QF184', FATIMA, 'my score in 2024-Q4 compared to 2025-Q3', () => {
    const [before, after] = [scoreOfOne(FATIMA, onRecord('2024-Q4')), scoreOfOne(FATIMA, LAST_Q)];
    higher(before, after);
    return figures(score(before), score(after));
  }),
  q('QF185', FATIMA, 'is my attendance under 97% this quarter?', () => {
    const r = clearOf(rateOf(me(FATIMA), THIS_QUARTER), 0.97, 0.0005);
    return yesNo(r < 0.97, [rate(r)]);
  }),
  q('QF186', FATIMA, 'did i do over 44 hrs last week', () => {
    const h = clearOf(personSum(FATIMA, 'hours', LAST_WEEK), 44, 0.05);
    return yesNo(h > 44, [hours(h)]);
  }),
  q('QF187', FATIMA, "what's QA's average attendance rate this month?", () => outsideTeam('QA')),
  q('QF188', FATIMA, 'who was late the most in my team this month', () => outsideTeam('QA')),
  q('QF189', FATIMA, "zoe adams' score in Q3", () => notFound()),
  q('QF190', FATIMA, 'compare my hours in september and october', () =>
    figures(hours(personSum(FATIMA, 'hours', SEP)), hours(personSum(FATIMA, 'hours', OCT))),
  ),
  q('QF191', FATIMA, 'what is my absence rate since august', () => figures(rate(absenceOf(me(FATIMA), SINCE_TRACKING)))),
];
