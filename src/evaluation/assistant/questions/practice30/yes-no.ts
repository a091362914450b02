/*
 * practice30 — the week's yes-or-no questions (each answered yes or no first, with the figures behind it; the
 * oracle throws when two figures are too close to call), and the refusals of what the service does not keep or
 * do, each expected to name it.
 */
import { count, rate, refusal, score, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { clearlyDiffer, Q4_SO_FAR } from '../../oracle/practice29-figures';
import { isWorkingDay, scoreKnown } from '../../oracle/practice30-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };

export const YES_NO: readonly Question[] = [
  q('PE081', 'admin', 'Was company attendance better in October than in September?', () => {
    const [oct, sep] = [rateIn({}, OCTOBER), rateIn({}, SEPTEMBER)];
    return yesNo(clearlyDiffer(oct, sep, 0.002), [rate(oct), rate(sep)]);
  }),
  q('PE082', 'admin', 'Did QA score lower than DEV on average in Q3?', () => {
    const [qa, dev] = [meanOf('2025-Q3', QA), meanOf('2025-Q3', DEV)];
    return yesNo(clearlyDiffer(dev, qa, 0.1), [near(score(qa), teamLabel('QA')), near(score(dev), teamLabel('DEV'))]);
  }),
  q('PE083', 'admin', 'Have we hired more people than we lost this year?', () => {
    const [joined, left] = [hiredBetween(...YEAR_TO_DATE).length, leftBetween(...YEAR_TO_DATE).length];
    return yesNo(clearlyDiffer(joined, left, 0), [near(count(joined), 'join|hire|new'), near(count(left), 'left|leaver|depart')]);
  }),
  q('PE084', 'admin', 'Was anyone in DAT absent yesterday?', () => yesNo(totals({ team: 'DAT' }, YESTERDAY, YESTERDAY).absent > 0, [])),
  q('PE085', 'admin', 'Is AI above 95% attendance this quarter?', () => {
    const r = rateIn({ team: 'AI' }, Q4_SO_FAR);
    return yesNo(clearlyDiffer(r, 0.95, 0.002), [rate(r)]);
  }),
  q('PE086', 'DEV-001', 'Was my team’s attendance last week higher than in October?', () => {
    const [wk, oct] = [rateIn(DEV, LAST_WEEK), rateIn(DEV, OCTOBER)];
    return yesNo(clearlyDiffer(wk, oct, 0.002), [rate(wk), rate(oct)]);
  }),
  q('PE087', 'DEV-001', 'did my team score better in Q3 than in Q2', () => {
    const [q3, q2] = [meanOf('2025-Q3', DEV), meanOf('2025-Q2', DEV)];
    return yesNo(clearlyDiffer(q3, q2, 0.1), [score(q3), score(q2)]);
  }),
  q('PE088', 'QA-001', 'Did anyone on my team arrive late last week?', () => yesNo(totals(QA, ...LAST_WEEK).late > 0, [])),
  q('PE089', 'QA-001', 'Is my team doing better on attendance this month than last month?', () => {
    const [nov, oct] = [rateIn(QA, THIS_MONTH), rateIn(QA, OCTOBER)];
    return yesNo(clearlyDiffer(nov, oct, 0.002), [rate(nov), rate(oct)]);
  }),
  q('PE090', 'DEV-003', 'Did my score go up from Q2 to Q3?', () => {
    const [q3, q2] = [scoreKnown('DEV-003', '2025-Q3'), scoreKnown('DEV-003', '2025-Q2')];
    return yesNo(clearlyDiffer(q3, q2, 0.1), [score(q3), score(q2)]);
  }),
  q('PE091', 'DAT-004', 'is 25 december a working day for me', () => yesNo(isWorkingDay('2025-12-25', 'DAT'), [])),
  q('PE092', 'admin', 'Were there more than 60 late arrivals in October?', () => {
    const n = totals({}, ...OCTOBER).late;
    return yesNo(clearlyDiffer(n, 60, 0), [near(count(n), 'late')]);
  }),
];

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'bonus'];

export const REFUSALS: readonly Question[] = [
  q('PE093', 'admin', "What's the average salary in DEV?", () => refusal(...PAY)),
  q('PE094', 'admin', 'Predict who will be late next week', () => refusal('predict', 'forecast', 'future', 'likely')),
  q('PE095', 'admin', 'Why was Security absent so much in October?', () => refusal('why', 'reason')),
  q('PE096', 'admin', 'How much overtime did QA do last month?', () => refusal('overtime')),
  q('PE097', 'admin', 'Book a team-building day for AI next Friday', () => refusal('book', 'schedule', 'create', 'read-only', 'cannot')),
  q('PE098', 'DEV-001', 'Approve Aisha’s leave request for me', () => refusal('approve', 'read-only', 'cannot', 'change')),
  q('PE099', 'QA-001', 'Which of my people should I give a raise to?', () => refusal('raise', 'advice', 'should', 'recommend', ...PAY)),
  q('PE100', 'DEV-003', 'Can you submit a leave request for Dec 22 to 24?', () => refusal('submit', 'request', 'read-only', 'cannot', 'create')),
  q('PE101', 'DAT-004', 'What is my salary?', () => refusal(...PAY)),
  q('PE102', 'SEC-004', 'Change my check-out time yesterday to 18:00', () => refusal('change', 'correct', 'edit', 'read-only', 'cannot')),
];
