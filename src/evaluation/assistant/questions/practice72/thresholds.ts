/*
 * practice72 — attendance against a line for the quarterly review: people absent, late or on leave more than n days
 * (or n times) over a quarter or a month, teams under or over a rate, people under a rate or at 100 %, the lowest and
 * highest rates, the one person or team with the most, teams over a count, how many people passed a line, and the
 * share of staff absent at least once. A list holds no leaver and no one within 0.1 point of a rate line; a count or
 * list over a range reaching today is the same without today. The admin asks.
 */
import type { Question } from '../../expectation';
import {
  EVERYONE,
  howManyHad,
  level,
  mostOf,
  perfect,
  rankRates,
  ratedWhere,
  rateOf,
  shareAbsentOnce,
  team,
  teamsCounted,
  teamsRated,
  topTeam,
  totalOf,
  whoHad,
} from '../../oracle/practice72-attendance';
import { q } from '../helpers';
import { answer, count, days, figures, LM, LQR, M, people, rate, TQ, yesNo } from './shared';

const teamsWithRates = (ts: string[], r: readonly [string, string]) => answer({ teams: ts, figures: ts.map((t) => rate(rateOf(team(t), r))) });

export const THRESHOLDS: readonly Question[] = [
  // People over a count.
  q('QU080', 'admin', 'who in QA was absent more than 4 days in Q3?', () => people(whoHad(team('QA'), LQR(), 'absent', (v) => v > 4))),
  q('QU081', 'admin', 'anyone in DEV absent over 2 days this quarter', () => {
    const ids = whoHad(team('DEV'), TQ(), 'absent', (v) => v > 2);
    return yesNo(ids.length > 0, [], { people: ids });
  }),
  q('QU082', 'admin', 'which juniors missed more than 2 days in october', () => people(whoHad(level('Junior'), M(10), 'absent', (v) => v > 2))),
  q('QU083', 'admin', 'who in development was late more than 8 times last quarter', () => people(whoHad(team('DEV'), LQR(), 'late', (v) => v > 8))),
  q('QU084', 'admin', 'ppl late 5+ times last month', () => people(whoHad(EVERYONE, LM(), 'late', (v) => v >= 5))),
  q('QU085', 'admin', 'who had more than 2 half days in Q3?', () => people(whoHad(EVERYONE, LQR(), 'halfDay', (v) => v > 2))),
  q('QU086', 'admin', 'who was on leave more than 3 days last quarter', () => people(whoHad(EVERYONE, LQR(), 'onLeave', (v) => v > 3))),
  q('QU087', 'admin', 'how many people in AI were late more than twice in october', () => figures(count(howManyHad(team('AI'), M(10), 'late', (v) => v > 2)))),
  // Teams against a rate or a count.
  q('QU088', 'admin', 'teams under 95% attendance in Q3', () => teamsWithRates(teamsRated(LQR(), 'under', 0.95), LQR())),
  q('QU089', 'admin', 'which departments are below 96% so far this quarter?', () => teamsWithRates(teamsRated(TQ(), 'under', 0.96), TQ())),
  q('QU090', 'admin', 'any team under 90 % in october?', () => {
    const ts = teamsRated(M(10), 'under', 0.9);
    return yesNo(
      ts.length > 0,
      ts.map((t) => rate(rateOf(team(t), M(10)))),
      { teams: ts },
    );
  }),
  q('QU091', 'admin', 'which teams were over 96 percent attendance last quarter', () => teamsWithRates(teamsRated(LQR(), 'over', 0.96), LQR())),
  q('QU092', 'admin', 'teams with more than 12 late arrivals last month', () => {
    const ts = teamsCounted(LM(), 'late', (v) => v > 12);
    return answer({ teams: ts, figures: ts.map((t) => count(totalOf(team(t), LM(), 'late'))) });
  }),
  q('QU093', 'admin', 'which teams had over 10 days absent in october?', () => {
    const ts = teamsCounted(M(10), 'absent', (v) => v > 10);
    return answer({ teams: ts, figures: ts.map((t) => days(totalOf(team(t), M(10), 'absent'))) });
  }),
  q('QU094', 'admin', 'which team had the most late arrivals in Q3', () => {
    const t = topTeam(LQR(), (sc, r) => totalOf(sc, r, 'late'), 'highest');
    return answer({ teams: [t], figures: [count(totalOf(team(t), LQR(), 'late'))] });
  }),
  q('QU095', 'admin', 'which team had the fewest days absent last month?', () => {
    const t = topTeam(LM(), (sc, r) => totalOf(sc, r, 'absent'), 'lowest');
    return answer({ teams: [t], figures: [days(totalOf(team(t), LM(), 'absent'))] });
  }),
  q('QU096', 'admin', 'lowest attendance rate by team this quarter', () => {
    const t = topTeam(TQ(), rateOf, 'lowest');
    return answer({ teams: [t], figures: [rate(rateOf(team(t), TQ()))] });
  }),
  // People against a rate.
  q('QU097', 'admin', 'who in QA had attendance under 90% in Q3?', () => people(ratedWhere(team('QA'), LQR(), 'under', 0.9))),
  q('QU098', 'admin', 'anyone below 80% attendance this quarter', () => people(ratedWhere(EVERYONE, TQ(), 'under', 0.8))),
  q('QU099', 'admin', 'which seniors had a 100% attendance rate last quarter', () => people(perfect(level('Senior'), LQR()))),
  q('QU100', 'admin', 'who had 100% attendance in security in october?', () => people(perfect(team('SEC'), M(10)))),
  q('QU101', 'admin', 'which 3 testers had the worst attendance rate in Q3', () => people(rankRates(team('QA'), LQR(), 3, 'lowest'))),
  // The most, and a share.
  q('QU102', 'admin', 'who was absent the most last month?', () => people([mostOf(EVERYONE, LM(), 'absent')])),
  q('QU103', 'admin', 'who in dev was late most often last month', () => people([mostOf(team('DEV'), LM(), 'late')])),
  q('QU104', 'admin', 'share of people with at least one absence in september?', () => figures(rate(shareAbsentOnce(EVERYONE, M(9))))),
];
