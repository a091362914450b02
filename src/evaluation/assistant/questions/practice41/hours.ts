/*
 * practice41 — hours worked, in shorthand ("hrs", "did i do"): a team's total, a person's, two teams side by side,
 * each team's, the most and the fewest, over and under a line, and one person's check-in times. Someone
 * expected at work with no record counts with 0 hours (README); a ranking of the fewest is asked only of a team and a
 * week with nobody on leave all of it, so that who counts is not in doubt.
 */
import { answer, figures, hours, people, type Question } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInTimes } from '../../oracle/practice15-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { hoursBelow, hoursExtreme } from '../../oracle/practice23-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { against } from '../../oracle/practice32-figures';
import { measureByTeam } from '../../oracle/practice33-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { some } from '../../oracle/practice39-figures';
import { LAST_WK, NOV_SO_FAR, OCTOBER, of, sum } from '../../oracle/practice41-figures';
import { q } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const HRS = 'h|hours?|hrs';

export const HOURS: readonly Question[] = [
  q('PP065', 'admin', 'hrs worked by dev last wk', () => figures(hours(sum(DEV, 'hours', LAST_WK)))),
  q('PP066', 'admin', 'hours dev vs qa last wk', () =>
    figures(near(hours(sum(DEV, 'hours', LAST_WK)), `${HRS}|dev`), near(hours(sum(QA, 'hours', LAST_WK)), `${HRS}|qa`)),
  ),
  q('PP067', 'admin', 'hours per team last wk', () => figures(...measureByTeam('hours', LAST_WK, hours))),
  q('PP068', 'admin', 'who worked the most hrs in oct', () => {
    const top = hoursExtreme({}, OCTOBER, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PP069', 'admin', 'the 3 devs w the fewest hrs last wk', () => people(fewestHours(DEV, LAST_WK, 3))),
  q('PP070', 'admin', 'who in qa did fewer than 30 hrs last wk', () => people(some(hoursBelow(QA, LAST_WK, 30)))),
  q('PP071', 'admin', 'did ravi work more than 40 hrs last wk', () => {
    const value = of('DEV-014', 'hours', LAST_WK);
    return yesNo(against(value, 40, 0.5), [hours(value)]);
  }),
  q('PP072', 'DEV-001', 'my hrs last wk', () => figures(hours(of('DEV-001', 'hours', LAST_WK)))),
  q('PP073', 'DEV-001', 'who on my team did fewer than 40 hrs last wk', () =>
    people(sameWithoutAsker(DEV, 'DEV-001', (s) => some(hoursBelow(s, LAST_WK, 40)))),
  ),
  q('PP074', 'DEV-003', 'how many hrs did i do last wk', () => figures(hours(of('DEV-003', 'hours', LAST_WK)))),
  q('PP075', 'SEC-004', 'my hours this month', () => figures(hours(of('SEC-004', 'hours', NOV_SO_FAR)))),
  q('PP076', 'QA-003', 'my check in times last wk', () => answer({ mentions: checkInTimes('QA-003', LAST_WK) })),
];
