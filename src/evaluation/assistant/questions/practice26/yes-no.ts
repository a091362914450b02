/*
 * practice26 — yes-or-no questions at month end: did someone reach a line of hours, was anyone late or
 * absent, did a rate pass a line or go up between two months, is a day a public holiday, does a team have
 * pending requests; each answered yes or no with the figure, date or people behind it. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set and
 * the oracle.
 */
import { answer, count, days, hours, rate, score, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { holidaysBetween } from '../../oracle/holiday-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { withRequests } from '../../oracle/practice17-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { decide, yesNo } from '../../oracle/practice20-figures';
import { anyone, rateAtLeast } from '../../oracle/practice23-figures';
import { differ } from '../../oracle/practice24-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const whether = ([truth, who]: [boolean, string[]]) => yesNo(truth, [], { people: who });
const atLeast = (id: string, range: Range, line: number) => {
  const [truth, value] = rateAtLeast(id, range, line);
  return yesNo(truth, [rate(value)]);
};
const hoursOver = (id: string, range: Range, line: number) => {
  const [truth, value] = decide(measureOf(id, 'hours', ...range), (v) => v >= line);
  return yesNo(truth, [hours(value)]);
};
const isHoliday = (day: string, team: string | null) => yesNo(holidaysBetween(day, day, team).length > 0, [], { dates: [day] });
const rose = (scope: Scope, earlier: Range, later: Range) => {
  const [a, b] = differ(rateIn(scope, earlier), rateIn(scope, later));
  return yesNo(b > a, [rate(a), rate(b)]);
};

export const YES_NO: readonly Question[] = [
  q('PA178', 'admin', 'Did Lukas Novak work at least 160 hours in October?', () => hoursOver('DEV-004', OCTOBER, 160)),
  q('PA179', 'admin', 'did anyone in QA forget to check out in october?', () => whether(anyone(QA, 'missingCheckOut', OCTOBER))),
  q('PA180', 'admin', 'Was anyone in SEC absent yesterday?', () => whether(anyone({ team: 'SEC' }, 'absent', [YESTERDAY, YESTERDAY]))),
  q('PA181', 'admin', 'Did company attendance go up from September to October?', () => rose({}, SEPTEMBER, OCTOBER)),
  q('PA182', 'admin', 'Is October 13 a public holiday?', () => isHoliday('2025-10-13', null)),
  q('PA183', 'admin', 'was the QA attendance rate above 95% in october', () => {
    const [truth, value] = decide(rateIn(QA, OCTOBER), (v) => v > 0.95);
    return yesNo(truth, [rate(value)]);
  }),
  q('PA184', 'admin', 'Did DEV have a higher average score than QA in Q3?', () => {
    const [a, b] = differ(meanOf('2025-Q3', DEV), meanOf('2025-Q3', QA));
    return yesNo(a > b, [score(a), score(b)]);
  }),
  q('PA185', 'admin', 'Are there pending leave requests in the Data team?', () => {
    const who = withRequests('pending', { team: 'DAT' });
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PA186', 'admin', 'Were there more than 60 late arrivals in October?', () => {
    const [truth, value] = decide(totals({}, ...OCTOBER).late, (v) => v > 60);
    return yesNo(truth, [near(count(value), 'late')]);
  }),
  q('PA187', 'DEV-001', 'Did Chris Morgan miss more than 2 days in October?', () => {
    const [truth, value] = decide(measureOf('DEV-006', 'absent', ...OCTOBER), (v) => v > 2);
    return yesNo(truth, [near(days(value), 'absen|day|missed')]);
  }),
  q('PA188', 'DEV-001', 'was anyone on my team late yesterday', () => whether(anyone(DEV, 'late', [YESTERDAY, YESTERDAY]))),
  q('PA189', 'QA-001', 'did my team attendance improve from september to october?', () => rose(QA, SEPTEMBER, OCTOBER)),
  q('PA190', 'QA-001', 'Did Leo Martins hit 95% attendance in October?', () => atLeast('QA-008', OCTOBER, 0.95)),
  q('PA191', 'DEV-003', 'was my attendance 100% last week?', () => atLeast('DEV-003', LAST_WEEK, 1)),
  q('PA192', 'QA-003', 'Did I work more than 40 hours last week?', () => {
    const [truth, value] = decide(measureOf('QA-003', 'hours', ...LAST_WEEK), (v) => v > 40);
    return yesNo(truth, [hours(value)]);
  }),
  q('PA193', 'DAT-004', 'was i late at all this month', () => {
    const n = measureOf('DAT-004', 'late', ...THIS_MONTH);
    return yesNo(n > 0, [near(count(n), 'late|time|day')]);
  }),
  q('PA194', 'SEC-004', 'Is December 1 a holiday for me?', () => isHoliday('2025-12-01', 'SEC')),
  q('PA195', 'SEC-004', 'is 1 december a holiday for everyone or just security', () =>
    answer({ dates: ['2025-12-01'], mentions: [holidaysBetween('2025-12-01', '2025-12-01')[0] === undefined ? 'Security' : 'everyone'] }),
  ),
];
