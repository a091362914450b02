/*
 * practice29 — yes-or-no comparisons the analyst asks before a meeting: two periods of one team, two teams in
 * one period, two levels, a figure against a line, hires against leavers. Each is answered yes or no first with
 * the figures behind it; the oracle throws when the two figures are too close to call.
 */
import { count, days, rate, score, years, type Question } from '../../expectation';
import { totals, teamsByRate } from '../../oracle/attendance-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { absenceRate, leaveTaken } from '../../oracle/practice17-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { clearlyDiffer, levelMean, Q3_TRACKED, Q4_SO_FAR, tenureMean } from '../../oracle/practice29-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const QA = { team: 'QA' };
const DEV = { team: 'DEV' };

export const YES_NO: readonly Question[] = [
  q('PD162', 'admin', "Did QA's attendance improve from September to October?", () => {
    const [sep, oct] = [rateIn(QA, SEPTEMBER), rateIn(QA, OCTOBER)];
    return yesNo(clearlyDiffer(oct, sep, 0.002), [rate(sep), rate(oct)]);
  }),
  q('PD163', 'admin', "Is DEV's Q3 average score higher than AI's?", () => {
    const [dev, ai] = [meanOf('2025-Q3', DEV), meanOf('2025-Q3', { team: 'AI' })];
    return yesNo(clearlyDiffer(dev, ai, 0.1), [near(score(dev), teamLabel('DEV')), near(score(ai), teamLabel('AI'))]);
  }),
  q('PD164', 'admin', 'is QA under 92% attendance this quarter?', () => {
    const r = rateIn(QA, Q4_SO_FAR);
    return yesNo(!clearlyDiffer(r, 0.92, 0.002), [rate(r)]);
  }),
  q('PD165', 'admin', 'did more people join than leave this year?', () => {
    const [joined, left] = [hiredBetween(...YEAR_TO_DATE).length, leftBetween(...YEAR_TO_DATE).length];
    return yesNo(clearlyDiffer(joined, left, 0), [near(count(joined), 'join|hire|new'), near(count(left), 'left|leaver|depart')]);
  }),
  q('PD166', 'admin', 'do the seniors score higher on average than the juniors in Q3?', () => {
    const [s, j] = [levelMean('2025-Q3', 'Senior'), levelMean('2025-Q3', 'Junior')];
    return yesNo(clearlyDiffer(s, j, 0.1), [near(score(s), 'senior'), near(score(j), 'junior')]);
  }),
  q('PD167', 'admin', 'was the company attendance better this month than last month?', () => {
    const [nov, oct] = [rateIn({}, THIS_MONTH), rateIn({}, OCTOBER)];
    return yesNo(clearlyDiffer(nov, oct, 0.002), [rate(nov), rate(oct)]);
  }),
  q('PD168', 'admin', "was DAT's absence rate higher in September than in August?", () => {
    const [sep, aug] = [absenceRate({ team: 'DAT' }, SEPTEMBER), absenceRate({ team: 'DAT' }, AUGUST)];
    return yesNo(clearlyDiffer(sep, aug, 0.002), [rate(sep), rate(aug)]);
  }),
  q('PD169', 'admin', 'is the median Q3 score above 75?', () => {
    const m = medianOf('2025-Q3');
    return yesNo(clearlyDiffer(m, 75, 0.1), [score(m)]);
  }),
  q('PD170', 'admin', 'does SEC have a longer average tenure than AI?', () => {
    const [sec, ai] = [tenureMean({ team: 'SEC' }), tenureMean({ team: 'AI' })];
    return yesNo(clearlyDiffer(sec, ai, 0), [near(years(sec), teamLabel('SEC')), near(years(ai), teamLabel('AI'))]);
  }),
  q('PD171', 'admin', 'did DEV take more annual leave than DAT this year?', () => {
    const [dev, dat] = [leaveTaken(DEV, 'ANNUAL', YEAR_TO_DATE), leaveTaken({ team: 'DAT' }, 'ANNUAL', YEAR_TO_DATE)];
    return yesNo(clearlyDiffer(dev, dat, 0), [near(days(dev), teamLabel('DEV')), near(days(dat), teamLabel('DAT'))]);
  }),
  q('PD172', 'admin', 'was anyone in AI absent last week?', () => yesNo(totals({ team: 'AI' }, ...LAST_WEEK).absent > 0, [])),
  q('PD173', 'admin', 'was QA the team with the lowest attendance in October?', () => yesNo(teamsByRate(...OCTOBER).slice(-1)[0] === 'QA', [])),
  q('PD174', 'admin', "is the spread of DEV's Q3 scores wider than QA's?", () => {
    const [dev, qa] = [spreadOf('2025-Q3', DEV), spreadOf('2025-Q3', QA)];
    return yesNo(clearlyDiffer(dev, qa, 0.1), [near(score(dev), teamLabel('DEV')), near(score(qa), teamLabel('QA'))]);
  }),
  q('PD175', 'admin', 'was DEV’s attendance in Q3 higher than SEC’s?', () => {
    const [dev, sec] = [rateIn(DEV, Q3_TRACKED), rateIn({ team: 'SEC' }, Q3_TRACKED)];
    return yesNo(clearlyDiffer(dev, sec, 0.002), [near(rate(dev), teamLabel('DEV')), near(rate(sec), teamLabel('SEC'))]);
  }),
  q('PD176', 'QA-001', "did my team's attendance get better from October to November so far?", () => {
    const [oct, nov] = [rateIn(QA, OCTOBER), rateIn(QA, THIS_MONTH)];
    return yesNo(clearlyDiffer(nov, oct, 0.002), [rate(oct), rate(nov)]);
  }),
  q('PD177', 'DEV-001', 'is my team above 95% attendance this quarter', () => {
    const r = rateIn(DEV, Q4_SO_FAR);
    return yesNo(clearlyDiffer(r, 0.95, 0.002), [rate(r)]);
  }),
];
