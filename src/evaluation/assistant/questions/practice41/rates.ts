/*
 * practice41 — attendance and absence rates in shorthand: the company's, a team's, a level's and one person's, over
 * last week, this week so far, this month, last month, wk 45 and each month since tracking began; rankings (the worst
 * team, the lowest three people, the lowest junior), thresholds (under 80 %, under 90 %, 100 %), and comparisons of two
 * teams, two periods, a team against the company and a person against their team. Today is open and never rated.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { MONTHS_SINCE_AUGUST, rateIn } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { teamByRate } from '../../oracle/practice31-figures';
import { ratesUnder } from '../../oracle/practice32-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { ratesCut } from '../../oracle/practice36-figures';
import { rateWhere } from '../../oracle/practice38-figures';
import { clearlyAbove, some } from '../../oracle/practice39-figures';
import { firstIsMore, LAST_WK, NOV_SO_FAR, OCTOBER, SEPTEMBER, SINCE_AUGUST, WK_45 } from '../../oracle/practice41-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const r = (scope: Scope, range: readonly [string, string]) => rate(rateIn(scope, range));

export const RATES: readonly Question[] = [
  // The company's and a team's rate.
  q('PP025', 'admin', 'att rate last wk', () => figures(r(ALL, LAST_WK))),
  q('PP026', 'admin', 'attendance rate for the seniors last wk', () => figures(r(levelIn(undefined, 'Senior'), LAST_WK))),
  q('PP027', 'admin', 'absence rate in sec last mth', () => figures(rate(absenceRate({ team: 'SEC' }, OCTOBER)))),
  q('PP028', 'admin', 'attendance by month since aug', () => figures(...MONTHS_SINCE_AUGUST.map((m) => r(ALL, m)))),
  q('PP029', 'admin', 'daniel okafor attendance this month', () => figures(r({ ids: ['DEV-008'] }, NOV_SO_FAR))),

  // Two teams, two periods, a team against the company, a person against their team.
  q('PP030', 'admin', 'attendence rate dev vs qa last mth', () => figures(r(DEV, OCTOBER), r(QA, OCTOBER))),
  q('PP031', 'admin', 'ai vs dat attendance wk 45', () => figures(r({ team: 'AI' }, WK_45), r({ team: 'DAT' }, WK_45))),
  q('PP032', 'admin', "is qa's attendance worse than dev's this month", () => {
    const [qa, dev] = [rateIn(QA, NOV_SO_FAR), rateIn(DEV, NOV_SO_FAR)];
    return yesNo(firstIsMore(dev, qa), [rate(qa), rate(dev)]);
  }),
  q('PP033', 'admin', 'did attendance go up from oct to nov', () => {
    const [before, after] = [rateIn(ALL, OCTOBER), rateIn(ALL, NOV_SO_FAR)];
    return wentUp(before, after, [rate(before), rate(after)]);
  }),
  q('PP034', 'admin', 'was company attendance above 95% last wk', () => {
    const value = rateIn(ALL, LAST_WK);
    return yesNo(clearlyAbove(value, 0.95, 0.001), [rate(value)]);
  }),

  // Rankings: teams and people, best and worst.
  q('PP035', 'admin', 'which team had the worst attendance last month', () => {
    const worst = teamByRate(OCTOBER, 'worst');
    return answer({ teams: [worst.team], figures: [rate(worst.rate)] });
  }),
  q('PP036', 'admin', 'which team had the highest absence rate in sept', () => {
    const worst = teamByRate(SEPTEMBER, 'worst');
    return answer({ teams: [worst.team], figures: [rate(absenceRate({ team: worst.team }, SEPTEMBER))] });
  }),
  q('PP037', 'admin', 'which team had the best attendance last wk?', () => {
    const best = teamByRate(LAST_WK, 'best');
    return answer({ teams: [best.team], figures: [rate(best.rate)] });
  }),
  q('PP038', 'admin', 'lowest 3 attendance rates oct', () => people(ratesCut(ALL, OCTOBER, 3, 'lowest'))),
  q('PP039', 'admin', 'lowest attendance among the juniors last month', () => people(ratesCut(levelIn(undefined, 'Junior'), OCTOBER, 1, 'lowest'))),

  // Thresholds.
  q('PP040', 'admin', 'anyone under 80% attendance last month', () => people(some(ratesUnder(ALL, OCTOBER, 0.8)))),
  q('PP041', 'admin', 'who in dev had 100% attendance last mth', () => people(some(rateWhere(DEV, OCTOBER, (x) => x === 1)))),

  // Priya Raman (DEV) and Elena Petrova (QA) on their own team.
  q('PP042', 'DEV-001', "my team's att rate last wk", () => figures(r(DEV, LAST_WK))),
  q('PP043', 'DEV-001', 'who on my team is under 90% this month', () => people(sameWithoutAsker(DEV, 'DEV-001', (s) => some(ratesUnder(s, NOV_SO_FAR, 0.9))))),
  q('PP044', 'DEV-001', 'lowest attendance on my team in oct, top 2', () => people(sameWithoutAsker(DEV, 'DEV-001', (s) => ratesCut(s, OCTOBER, 2, 'lowest')))),
  q('PP045', 'QA-001', 'testers attendance oct vs sep', () => figures(r(QA, OCTOBER), r(QA, SEPTEMBER))),
  q('PP046', 'QA-001', 'was my teams attendance above 85% last wk', () => {
    const value = rateIn(QA, LAST_WK);
    return yesNo(clearlyAbove(value, 0.85, 0.001), [rate(value)]);
  }),
  q('PP047', 'QA-001', 'anyone in my team under 85% since aug', () => people(sameWithoutAsker(QA, 'QA-001', (s) => some(ratesUnder(s, SINCE_AUGUST, 0.85))))),
];
