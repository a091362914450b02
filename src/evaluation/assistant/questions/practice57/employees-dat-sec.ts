/*
 * practice57 — two more employees ask about themselves: Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004). Their late
 * arrivals against a line, their score and its move, their hours and rates over two periods or period by period, and
 * questions that reach past them (their team's average, a ranking against teammates, the company, a colleague), which
 * are named back as outside what they can see or answered "not found".
 */
import { figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import {
  fig,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  me,
  personSum,
  plain,
  Q_BEFORE,
  rateOf,
  SINCE_TRACKING,
  THIS_QUARTER,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice53-figures';
import { scoreOfOne, series } from '../../oracle/practice53-people';
import { week } from '../../oracle/practice55-figures';
import { clearOf, MONTHS, myScores, NOV, OCT, ratesOver, SEP } from '../../oracle/practice57-figures';
import { changes } from '../../oracle/score-figures';
import { q } from '../helpers';

const KEVIN = 'DAT-004';
const EMMA = 'SEC-004';

/** One person's move from one quarter to the next. */
function moveOf(id: string, from: string, to: string): number {
  const found = changes(from, to, { ids: [id] })[0];
  if (!found) throw new Error(`${id} was not scored in both ${from} and ${to}`);
  return found.change;
}

export const EMPLOYEES_DAT_SEC: readonly Question[] = [
  // Kevin O'Brien, DAT-004.
  q('QF192', KEVIN, 'whats my attendance rate last mth?', () => figures(rate(rateOf(me(KEVIN), OCT)))),
  q('QF193', KEVIN, 'my q3 score and how much it changed from q2', () => figures(score(scoreOfOne(KEVIN, LAST_Q)), score(moveOf(KEVIN, Q_BEFORE, LAST_Q)))),
  q('QF194', KEVIN, 'hours i logged in sept vs oct', () => figures(hours(personSum(KEVIN, 'hours', SEP)), hours(personSum(KEVIN, 'hours', OCT)))),
  q('QF195', KEVIN, 'was I late more than 2 times since august?', () => {
    const n = plain(personSum(KEVIN, 'late', SINCE_TRACKING));
    return yesNo(n > 2, [fig('late', n)]);
  }),
  q('QF196', KEVIN, 'my attendance month by month since aug', () => figures(...ratesOver(me(KEVIN), MONTHS))),
  q('QF197', KEVIN, 'did I score above 80 in Q3?', () => {
    const s = clearOf(scoreOfOne(KEVIN, LAST_Q), 80, 0.005);
    return yesNo(s > 80, [score(s)]);
  }),
  q('QF198', KEVIN, 'DAT average score in q3?', () => outsideTeam('DAT')),
  q('QF199', KEVIN, 'rank me against my teammates on attendance', () =>
    refusal(...teamWords('DAT'), ...COMPANY_WORDS, 'outside', 'teammates', 'others', 'other people', 'colleagues', 'rank', 'my team'),
  ),
  q('QF200', KEVIN, 'how many times was Mei Lin late this quarter', () => notFound()),
  q('QF201', KEVIN, 'my hours last week and the week before', () =>
    figures(hours(personSum(KEVIN, 'hours', LAST_WEEK)), hours(personSum(KEVIN, 'hours', WEEK_BEFORE_LAST))),
  ),

  // Emma Clarke, SEC-004.
  q('QF202', EMMA, 'my attendance rate this quarter?', () => figures(rate(rateOf(me(EMMA), THIS_QUARTER)))),
  q('QF203', EMMA, 'how many times was i late in q3', () => figures(fig('late', plain(personSum(EMMA, 'late', LAST_QUARTER))))),
  q('QF204', EMMA, 'my performence score trend', () => figures(...myScores(EMMA))),
  q('QF205', EMMA, 'Did my score go up from Q2 to Q3?', () => {
    const [before, after] = [scoreOfOne(EMMA, Q_BEFORE), scoreOfOne(EMMA, LAST_Q)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('QF206', EMMA, 'my hours this month vs last month', () => figures(hours(personSum(EMMA, 'hours', NOV)), hours(personSum(EMMA, 'hours', OCT)))),
  q('QF207', EMMA, 'was my attendance 100% in september', () => {
    const r = rateOf(me(EMMA), SEP);
    return yesNo(r === 1, [rate(r)]);
  }),
  q('QF208', EMMA, "SEC's attendance last week?", () => outsideTeam('SEC')),
  q('QF209', EMMA, 'company average score q3', () => outsideCompany()),
  q('QF210', EMMA, "Olivia Martin's hours last week", () => notFound()),
  q('QF211', EMMA, 'am I above the SEC average score in q3?', () => outsideTeam('SEC')),
  q('QF212', EMMA, 'my hours week by week, wk 44 to wk 46', () => figures(...series(me(EMMA), 'hours', [week(44), week(45), week(46)]))),
];
