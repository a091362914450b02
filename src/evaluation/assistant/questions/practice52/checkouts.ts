/*
 * practice52 — corrections pending and missing check-outs. The data set files no attendance corrections, so every
 * queue of them is empty (checked: the expectation throws if the data set ever holds a pending one) and the answer
 * says there are none (it carries no figure the grader reads, so it must only speak of corrections). A missing
 * check-out is a record of a closed day with a check-in and no check-out (API.md); today is open and never counts.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { TRACKING_START } from '../../dataset/calendar';
import { yesNo } from '../../oracle/practice20-figures';
import { none, some } from '../../oracle/practice43-figures';
import { checkOutN } from '../../oracle/practice51-figures';
import {
  ALL,
  countIn,
  LAST_MONTH,
  LAST_WEEK,
  me,
  monthOf,
  noPendingCorrections,
  teamOf,
  THIS_MONTH,
  whoIn,
  YESTERDAY,
  YESTERDAY_ONLY,
} from '../../oracle/practice52-figures';
import { q } from '../helpers';

const noCorrections = () => {
  noPendingCorrections();
  return answer({ mentions: ['correction'] });
};
const EVER: readonly [string, string] = [TRACKING_START, YESTERDAY];

export const CHECKOUTS: readonly Question[] = [
  // Corrections pending, asked by every role.
  q('QA112', 'admin', 'any attendance corrections pending?', () => noCorrections()),
  q('QA113', 'admin', 'How many correction requests are waiting for approval at the moment?', () => noCorrections()),
  q('QA114', 'DEV-001', 'are there correction requests from my team waiting on me', () => noCorrections()),
  q('QA115', 'QA-001', 'pending attendance corrections for QA?', () => noCorrections()),
  q('QA116', 'QA-003', 'do i have any correction requests open', () => noCorrections()),

  // Missing check-outs.
  q('QA117', 'admin', 'who forgot to check out last week?', () => people(some(whoIn(ALL, 'missingCheckOut', LAST_WEEK)))),
  q('QA118', 'admin', 'how many missing check-outs so far this month', () => figures(checkOutN(countIn(ALL, 'missingCheckOut', THIS_MONTH)))),
  q('QA119', 'DEV-001', 'who on my team forgot to check out yesterday?', () =>
    people(some(whoIn(teamOf('DEV-001'), 'missingCheckOut', YESTERDAY_ONLY, 'DEV-001'))),
  ),
  q('QA120', 'QA-001', 'missing check outs on my team in november', () => people(some(whoIn(teamOf('QA-001'), 'missingCheckOut', THIS_MONTH, 'QA-001')))),
  q('QA121', 'admin', 'did anyone forget to clock out last month?', () => yesNo(true, [], { people: some(whoIn(ALL, 'missingCheckOut', LAST_MONTH)) })),
  q('QA122', 'admin', 'who had a missing check-out in September?', () => people(some(whoIn(ALL, 'missingCheckOut', monthOf(9))))),
  q('QA123', 'DAT-004', 'have I ever forgotten to check out?', () => {
    none(whoIn(me('DAT-004'), 'missingCheckOut', EVER));
    return yesNo(false, []);
  }),
];
