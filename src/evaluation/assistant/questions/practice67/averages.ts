/*
 * practice67 — a person or a team against an average, asked by HR. For attendance the average is the pooled rate of
 * the team or the company over the period (API.md's average_rate: Σ min(a, e) ÷ Σ e, not a mean of day or person
 * rates), asked only where the mean of each person's rate would give the same verdict. For scores it is the mean of
 * the quarter's final scores (the score summary's mean). Both figures expected; the yes or no when asked.
 */
import type { Question } from '../../expectation';
import { att, averageRate, fig, one, type Scope } from '../../oracle/practice67-figures';
import { mean, S, sc, scoredWhere, sides, yesNo } from '../../oracle/practice67-judge';
import { q } from '../helpers';
import { AI, DAT, DEV, EVERYONE, LASTM, NOW, OCT, QA, SEC, SEP, at, quarterDays, scoreGap, scoreLess, scoreMore, scores } from './shared';
import type { Period } from '../../oracle/practice67-periods';

const Q3_DAYS = at(quarterDays(3), '2025-07-01', '2025-09-30');

/** Someone's (or a team's) rate against a group's average rate: both figures, and the verdict when asked. */
function rateAgainst(who: Scope, group: Scope, per: Period, ask: 'above' | 'below' | null, extra: { people?: string[]; teams?: string[] } = {}) {
  const mine = att(who, 'rate', per);
  const avg = averageRate(group, per, mine);
  const figs = [fig('rate', mine), fig('rate', avg)];
  if (ask === null) return sides(figs, extra);
  return yesNo(ask === 'above' ? mine > avg : mine < avg, figs, extra);
}

export const AVERAGES: readonly Question[] = [
  // Scores against an average.
  q('QP077', 'admin', 'Felix Wagner vs the company average score in Q3 - is he above it?', () =>
    scoreMore(sc('AI-003', '2025-Q3'), mean('2025-Q3'), { people: ['AI-003'] }),
  ),
  q('QP078', 'admin', "is kevin o'brien above the data team's Q2 average", () =>
    scoreMore(sc('DAT-004', '2025-Q2'), mean('2025-Q2', DAT), { people: ['DAT-004'] }),
  ),
  q('QP079', 'admin', 'Is the QA average for Q3 higher than the company average?', () => scoreMore(mean('2025-Q3', QA), mean('2025-Q3'), { teams: ['QA'] })),
  q('QP080', 'admin', 'Grace Kim against the QA average score in Q2', () => scores(sc('QA-007', '2025-Q2'), mean('2025-Q2', QA), { people: ['QA-007'] })),
  q('QP081', 'admin', "Chris Walker's Q3 score vs the QA average - how many points below?", () =>
    scoreGap(sc('QA-004', '2025-Q3'), mean('2025-Q3', QA), { people: ['QA-004'] }),
  ),
  q('QP082', 'admin', 'is SEC above the company average for Q3 scores', () => scoreMore(mean('2025-Q3', SEC), mean('2025-Q3'), { teams: ['SEC'] })),
  q('QP083', 'admin', 'did Diego Alvarez score below the AI average in Q2?', () =>
    scoreLess(sc('AI-005', '2025-Q2'), mean('2025-Q2', AI), { people: ['AI-005'] }),
  ),
  q('QP084', 'admin', "which AI people beat their team's Q3 average?", () => {
    const avg = mean('2025-Q3', AI);
    const found = scoredWhere('2025-Q3', AI, (v) => v > avg, avg);
    return sides([S(avg), ...found.figures], { people: found.ids });
  }),
  q('QP085', 'admin', 'which devs were above the company-wide average in Q3?', () => {
    const avg = mean('2025-Q3');
    const found = scoredWhere('2025-Q3', DEV, (v) => v > avg, avg);
    return sides([S(avg), ...found.figures], { people: found.ids });
  }),
  // Attendance against an average rate.
  q('QP086', 'admin', 'how did Pablo Ruiz do on attendance in sept compared with the data team overall?', () =>
    rateAgainst(one('DAT-006'), DAT, SEP, null, { people: ['DAT-006'] }),
  ),
  q('QP087', 'admin', 'DEV attendance in October against the company-wide average?', () => rateAgainst(DEV, EVERYONE, OCT, null)),
  q('QP088', 'admin', "is Lukas Novak's october attendance below the DEV rate for the month?", () =>
    rateAgainst(one('DEV-004'), DEV, OCT, 'below', { people: ['DEV-004'] }),
  ),
  q('QP089', 'admin', 'is isabel santos above the company average attendance for last month', () =>
    rateAgainst(one('SEC-006'), EVERYONE, LASTM, 'above', { people: ['SEC-006'] }),
  ),
  q('QP090', 'admin', "was the AI team's Q3 attendance above the company's?", () => rateAgainst(AI, EVERYONE, Q3_DAYS, 'above')),
  q('QP091', 'admin', "Amara Nwosu's attendance in Sept vs the AI team's rate", () => rateAgainst(one('AI-002'), AI, SEP, null, { people: ['AI-002'] })),
  q('QP092', 'admin', 'is QA below the company attendance rate this month?', () => rateAgainst(QA, EVERYONE, NOW, 'below')),
];
