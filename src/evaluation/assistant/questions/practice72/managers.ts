/*
 * practice72 — the managers' own quarterly review: Priya Raman (DEV-001) and Elena Petrova (QA-001) ask about their own
 * team. A team named by its code or name counts the manager too (a manager's team is the team of their own record);
 * "my team", "my people", "on my team" could also mean those they manage, so such a figure or list is asked only
 * where the manager's own scores or days do not change it. A first name two people share that the manager sees once
 * ("Chris") is that one person.
 */
import type { Question } from '../../expectation';
import { rankRates, ratedWhere, rateOf, ratesOver, team, totalOf, whoHad } from '../../oracle/practice72-attendance';
import { hiredIn, leaveTaken, longestServing, newestHire, onlyOneSeen, passedMark, tookLeave } from '../../oracle/practice72-people';
import { apart, biggestMove, highest, lowest, mean, median, movers, ranked, scoredPast, scoreOf, spread } from '../../oracle/practice72-scores';
import { q } from '../helpers';
import { count, days, figures, LM, LQ, LQR, P, people, QBL, rate, score, SINCE_AUG, TQ, TY, yesNo } from './shared';

const s = score;
const DEV = team('DEV');
const QA = team('QA');

export const MANAGERS: readonly Question[] = [
  // Priya Raman, DEV-001.
  q('QU169', 'DEV-001', "Development's average in Q3 vs Q2?", () => figures(s(mean(P(2025, 3), DEV)), s(mean(P(2025, 2), DEV)))),
  q('QU170', 'DEV-001', 'lowest score on my team last quarter', () => figures(s(lowest(LQ(), DEV, 'DEV-001')))),
  q('QU171', 'DEV-001', 'top 2 in DEV for Q3', () => people(ranked(P(2025, 3), 2, 'top', DEV))),
  q('QU172', 'DEV-001', 'who on my team improved the most from Q4 2024 to Q1 2025?', () => {
    const m = biggestMove(P(2024, 4), P(2025, 1), 'rise', DEV, 'DEV-001');
    return people([m.id], s(m.change));
  }),
  q('QU173', 'DEV-001', 'which of my people dropped between Q2 and Q3', () => people(movers(P(2025, 2), P(2025, 3), 'down', DEV, 'DEV-001'))),
  q('QU174', 'DEV-001', 'median score for development last quarter', () => figures(s(median(LQ(), DEV)))),
  q('QU175', 'DEV-001', 'DEV attendance month by month since august', () => figures(...ratesOver(DEV, SINCE_AUG()).map(rate))),
  q('QU176', 'DEV-001', 'who on my team was absent more than 3 days this quarter?', () => people(whoHad(DEV, TQ(), 'absent', (v) => v > 3, 'DEV-001'))),
  q('QU177', 'DEV-001', 'which of my people were late more than 5 times in Q3', () => people(whoHad(DEV, LQR(), 'late', (v) => v > 5, 'DEV-001'))),
  q('QU178', 'DEV-001', 'did my team hire anyone this year?', () => {
    const ids = hiredIn(TY(), { team: 'DEV' });
    return yesNo(ids.length > 0, [], { people: ids });
  }),
  q('QU179', 'DEV-001', 'longest serving on my team', () => people(longestServing(1, { team: 'DEV' }, 'DEV-001'))),
  q('QU180', 'DEV-001', 'sick days taken by my team last quarter', () => figures(days(leaveTaken(DEV, LQR(), 'SICK', 'DEV-001')))),
  q('QU181', 'DEV-001', "is DEV's attendance this quarter better than last quarter?", () => {
    const c = apart(rateOf(DEV, TQ()), rateOf(DEV, LQR()), 0.001);
    return yesNo(c.firstHigher, [rate(c.a), rate(c.b)]);
  }),
  q('QU182', 'DEV-001', 'who in my team has been here 7 years or more', () => people(passedMark(7, { team: 'DEV' }, 'DEV-001'))),
  q('QU183', 'DEV-001', "chris's last two quarterly scores", () => {
    const id = onlyOneSeen('Chris', 'DEV-001');
    return figures(s(scoreOf(id, LQ())), s(scoreOf(id, QBL())));
  }),
  // Elena Petrova, QA-001.
  q('QU184', 'QA-001', 'QA average score for Q2 and Q3', () => figures(s(mean(P(2025, 2), QA)), s(mean(P(2025, 3), QA)))),
  q('QU185', 'QA-001', 'best scorer on my team in q3', () => people(ranked(P(2025, 3), 1, 'top', QA, 'QA-001'))),
  q('QU186', 'QA-001', 'who on my team scored below 60 last quarter?', () => people(scoredPast(LQ(), 'below', 60, QA, 'QA-001'))),
  q('QU187', 'QA-001', 'quality assurance attendance by month since august', () => figures(...ratesOver(QA, SINCE_AUG()).map(rate))),
  q('QU188', 'QA-001', 'who in my team had attendance under 90% last quarter', () => people(ratedWhere(QA, LQR(), 'under', 0.9, 'QA-001'))),
  q('QU189', 'QA-001', 'how many late arrivals did QA have in october?', () => figures(count(totalOf(QA, LM(), 'late')))),
  q('QU190', 'QA-001', 'anyone on my team take sick leave this quarter?', () => {
    const ids = tookLeave(QA, TQ(), 'SICK', 'QA-001');
    return yesNo(ids.length > 0, [], { people: ids });
  }),
  q('QU191', 'QA-001', "did QA's average go down from Q2 to Q3", () => {
    const c = apart(mean(P(2025, 3), QA), mean(P(2025, 2), QA), 0.05);
    return yesNo(!c.firstHigher, [s(c.b), s(c.a)]);
  }),
  q('QU192', 'QA-001', 'newest person on my team?', () => people([newestHire({ team: 'QA' })])),
  q('QU193', 'QA-001', "what's the spread of QA scores last quarter, and the highest?", () => figures(s(spread(LQ(), QA)), s(highest(LQ(), QA)))),
  q('QU194', 'QA-001', 'worst 2 attendance rates on my team this quarter', () => people(rankRates(QA, TQ(), 2, 'lowest', 'QA-001'))),
];
