/*
 * practice48 — shares of people against a line: what % of staff were absent or late at least once (README: the
 * people counted over those expected at work then), what share were late 3 or more times, whether more than half or
 * at least half of a team was late at least once (exactly half of QA was in October: "more than half" is no), and
 * what % of a quarter's scores were under, over or at least a line (over the people scored in the quarter). Shares
 * are asked over closed periods only. The admin asks: a share of a team is team by team (README: managers are told
 * the other teams are outside their view), and a manager's own team would be in doubt whether they count themselves.
 */
import { figures, rate, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { ALL, AUG, LAST_WK, OCT, onLine, passes, Q3, Q4_24, team } from '../../oracle/practice48-figures';
import { scoreShare, shareWhere, someoneScoredExactly } from '../../oracle/practice48-lines';
import { q } from '../helpers';

const AUG_TO_OCT: [string, string] = [AUG[0], OCT[1]];

export const SHARES: readonly Question[] = [
  q('PW116', 'admin', 'what % of staff were absent at least once in October?', () => figures(rate(shareWhere(ALL, 'absent', OCT, 'gt', 0).share))),
  q('PW117', 'admin', 'what percentage of people were late at least once last month?', () => figures(rate(shareWhere(ALL, 'late', OCT, 'ge', 1).share))),
  q('PW118', 'admin', 'what share of DEV was late 3 or more times in October?', () => figures(rate(shareWhere(team('DEV'), 'late', OCT, 'ge', 3).share))),
  q('PW119', 'admin', 'what % of QA was late at least once last week?', () => figures(rate(shareWhere(team('QA'), 'late', LAST_WK, 'ge', 1).share))),
  q('PW120', 'admin', 'what fraction of SEC was absent at least once between August and October?', () =>
    figures(rate(shareWhere(team('SEC'), 'absent', AUG_TO_OCT, 'gt', 0).share)),
  ),
  q('PW121', 'admin', 'Prepping the QA retro. Was more than half of QA late at least once in October?', () => {
    const s = shareWhere(team('QA'), 'late', OCT, 'ge', 1);
    onLine(s.share, 0.5);
    return yesNo(passes(s.share, 'gt', 0.5), [rate(s.share)]);
  }),
  q('PW122', 'admin', 'did at least half of DEV have a late arrival in October?', () => {
    const s = shareWhere(team('DEV'), 'late', OCT, 'ge', 1);
    return yesNo(passes(s.share, 'ge', 0.5), [rate(s.share)]);
  }),

  // Shares of a quarter's scores, over the people scored in it.
  q('PW123', 'admin', 'what % of Q3 scores were under 70?', () => figures(rate(scoreShare(Q3, ALL, 'lt', 70).share))),
  q('PW124', 'admin', "what share of DEV's Q3 scores were over 80?", () => figures(rate(scoreShare(Q3, team('DEV'), 'gt', 80).share))),
  q('PW125', 'admin', "what percentage of QA's Q4 2024 scores were at least 80?", () => {
    someoneScoredExactly(Q4_24, team('QA'), 80);
    return figures(rate(scoreShare(Q4_24, team('QA'), 'ge', 80).share));
  }),
];
