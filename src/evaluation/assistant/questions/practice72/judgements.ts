/*
 * practice72 — comparisons asked as yes or no, or as which is more, for the quarterly review: two teams' or two levels'
 * scores or attendance, a team against the company, a quarter against another, this quarter's rate against last
 * quarter's, a person against their team's mean, two people, a total or a statistic against a line, hires against
 * leavers, the move of two teams. The answer is "Yes." or "No." first (or the way: up, down) and the figures of both
 * sides; sides closer than 0.05 points of score or 0.1 point of rate are not asked. The admin asks.
 */
import type { Question } from '../../expectation';
import { absenceRateOf, EVERYONE, level, offLine, rateOf, team, totalOf } from '../../oracle/practice72-attendance';
import { hiredIn, leftIn } from '../../oracle/practice72-people';
import { apart, levelScope, mean, median, scoreOf, scoredPast, spread } from '../../oracle/practice72-scores';
import { q } from '../helpers';
import { count, figures, LQ, LQR, M, P, rate, score, TQ, TY, yesNo } from './shared';

const s = score;
/** Two score figures, first against second: "yes" when the first is higher. */
const higher = (a: number, b: number) => {
  const c = apart(a, b, 0.05);
  return yesNo(c.firstHigher, [s(a), s(b)]);
};
/** Two rates, first against second: "yes" when the first is higher. */
const rateHigher = (a: number, b: number) => {
  const c = apart(a, b, 0.001);
  return yesNo(c.firstHigher, [rate(a), rate(b)]);
};
const rateLower = (a: number, b: number) => {
  const c = apart(a, b, 0.001);
  return yesNo(!c.firstHigher, [rate(a), rate(b)]);
};
/** The change from one figure to another, in points, as said from the two figures. */
const change = (from: number, to: number) => Math.round((to - from) * 100) / 100;

export const JUDGEMENTS: readonly Question[] = [
  // Scores: teams, levels, quarters.
  q('QU144', 'admin', 'did QA score better than DEV in Q2?', () => higher(mean(P(2025, 2), team('QA')), mean(P(2025, 2), team('DEV')))),
  q('QU145', 'admin', 'was DEV’s average higher in Q3 than in Q2', () => higher(mean(P(2025, 3), team('DEV')), mean(P(2025, 2), team('DEV')))),
  q('QU146', 'admin', 'is security above the company average for Q3 scores?', () => higher(mean(P(2025, 3), team('SEC')), mean(P(2025, 3)))),
  q('QU147', 'admin', 'in DEV, did the juniors outscore the mids last quarter?', () =>
    higher(mean(LQ(), levelScope('Junior', 'DEV')), mean(LQ(), levelScope('Mid', 'DEV'))),
  ),
  q('QU148', 'admin', "is AI's median score higher than DAT's in Q3?", () => higher(median(P(2025, 3), team('AI')), median(P(2025, 3), team('DAT')))),
  q('QU149', 'admin', 'did the company average drop from Q1 to Q2?', () => {
    const c = apart(mean(P(2025, 2)), mean(P(2025, 1)), 0.05);
    return yesNo(!c.firstHigher, [s(c.b), s(c.a)]);
  }),
  q('QU150', 'admin', 'did leads score higher than seniors on average in Q3?', () =>
    higher(mean(P(2025, 3), levelScope('Lead')), mean(P(2025, 3), levelScope('Senior'))),
  ),
  q('QU151', 'admin', "DEV's q3 spread - over 35 points or not?", () => {
    const x = apart(spread(P(2025, 3), team('DEV')), 35, 0.05);
    return yesNo(x.firstHigher, [s(x.a)]);
  }),
  q('QU152', 'admin', "was the company's median above 75 in Q3", () => {
    const x = apart(median(P(2025, 3)), 75, 0.05);
    return yesNo(x.firstHigher, [s(x.a)]);
  }),
  q('QU153', 'admin', 'is Sana Qureshi above the AI average for Q3?', () => higher(scoreOf('AI-004', P(2025, 3)), mean(P(2025, 3), team('AI')))),
  q('QU154', 'admin', "did Kevin O'Brien outscore Emma Clarke in Q3", () => higher(scoreOf('DAT-004', P(2025, 3)), scoreOf('SEC-004', P(2025, 3)))),
  q('QU155', 'admin', 'any testers below 55 in the last quarter?', () => {
    const ids = scoredPast(LQ(), 'below', 55, team('QA'));
    return yesNo(ids.length > 0, [], { people: ids });
  }),
  q('QU156', 'admin', 'which improved more from Q2 to Q3 on average, DEV or SEC?', () => {
    const dev = change(mean(P(2025, 2), team('DEV')), mean(P(2025, 3), team('DEV')));
    const sec = change(mean(P(2025, 2), team('SEC')), mean(P(2025, 3), team('SEC')));
    apart(dev, sec, 0.05);
    return figures(s(dev), s(sec));
  }),
  q('QU157', 'admin', "by how many points did QA's average fall from Q1 to Q3?", () => {
    const from = mean(P(2025, 1), team('QA'));
    const to = mean(P(2025, 3), team('QA'));
    if (to >= from) throw new Error('QA did not fall');
    return figures(s(change(from, to)));
  }),
  // Attendance.
  q('QU158', 'admin', 'is the company attendance rate up on last quarter?', () => rateHigher(rateOf(EVERYONE, TQ()), rateOf(EVERYONE, LQR()))),
  q('QU159', 'admin', "was october's attendance worse than september's, company wide", () => rateLower(rateOf(EVERYONE, M(10)), rateOf(EVERYONE, M(9)))),
  q('QU160', 'admin', "has QA's attendance improved this quarter compared to last?", () => rateHigher(rateOf(team('QA'), TQ()), rateOf(team('QA'), LQR()))),
  q('QU161', 'admin', 'did seniors have better attendance than juniors in october', () =>
    rateHigher(rateOf(level('Senior'), M(10)), rateOf(level('Junior'), M(10))),
  ),
  q('QU162', 'admin', 'which had the better attendance last quarter, QA or Security?', () =>
    figures(...(({ a, b }) => [rate(a), rate(b)])(apart(rateOf(team('QA'), LQR()), rateOf(team('SEC'), LQR()), 0.001))),
  ),
  q('QU163', 'admin', "is DEV's attendance this quarter above 95%?", () => {
    const x = offLine(rateOf(team('DEV'), TQ()), 0.95);
    return yesNo(x > 0.95, [rate(x)]);
  }),
  q('QU164', 'admin', 'is the AI team doing better than the company on attendance this quarter', () =>
    rateHigher(rateOf(team('AI'), TQ()), rateOf(EVERYONE, TQ())),
  ),
  q('QU165', 'admin', 'was the absence rate higher in october than in september?', () => {
    const c = apart(absenceRateOf(EVERYONE, M(10)), absenceRateOf(EVERYONE, M(9)), 0.001);
    return yesNo(c.firstHigher, [rate(c.a), rate(c.b)]);
  }),
  q('QU166', 'admin', 'did DEV have more late arrivals than QA in Q3?', () => {
    const c = apart(totalOf(team('DEV'), LQR(), 'late'), totalOf(team('QA'), LQR(), 'late'), 1);
    return yesNo(c.firstHigher, [count(c.a), count(c.b)]);
  }),
  q('QU167', 'admin', 'did late arrivals go over 150 company-wide in Q3?', () => {
    const x = totalOf(EVERYONE, LQR(), 'late');
    return yesNo(apart(x, 150, 1).firstHigher, [count(x)]);
  }),
  // People.
  q('QU168', 'admin', 'did more people join than leave this year?', () => {
    const c = apart(hiredIn(TY()).length, leftIn(TY()).length, 1);
    return yesNo(c.firstHigher, [
      { ...count(c.a), label: 'join|hire|start|new|people|employ' },
      { ...count(c.b), label: 'left|leav|depart|people|employ' },
    ]);
  }),
];
