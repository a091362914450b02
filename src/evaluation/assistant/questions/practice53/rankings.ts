/*
 * practice53 — rankings: the top and bottom N of scores, late arrivals, absences, attendance rates and hours, the
 * biggest rise and fall between two quarters, the longest-serving and newest people. API.md: "ties in a ranking go
 * by name"; docs/API.md: "'the most' with no number names everyone tied at the top ('(tied)'), a number asked for
 * ('top 3') names that many". Several questions here are cut inside a tie (the bottom 2 of Q3, the top 3 late
 * arrivals of last month, the top 3 attendance rates in Security), so the names past the tie come in name order.
 * The admin ranks everyone; a manager ranks their own team (a list the same with and without the manager).
 */
import { answer, people, type Question, type Expected } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import {
  ALL,
  fig,
  hourEntries,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  measureEntries,
  month,
  overAll,
  Q_BEFORE,
  rateEntries,
  some,
  team,
  TEAM_CODES,
  THIS_MONTH,
  type Range,
} from '../../oracle/practice53-figures';
import { firstN, tiedAtCut, tiedEnd, type Entry } from '../../oracle/practice53-rankings';
import { moveEntries, roster, scoreEntries } from '../../oracle/practice53-people';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

type Of = (s: Scope, r: Range) => Entry[];
const measure =
  (m: Parameters<typeof measureEntries>[1]): Of =>
  (s, r) =>
    measureEntries(s, m, r);
const scores =
  (period: string): Of =>
  (s) =>
    scoreEntries(period, s);
const moves: Of = (s) => moveEntries(Q_BEFORE, LAST_Q, s);

/** The first n of a ranking, checked to be cut inside a tie (the names past it go by name). */
function cutInTie(entries: Entry[], n: number, direction: 'high' | 'low'): string[] {
  if (!tiedAtCut(entries, n, direction)) throw new Error('no tie at the cut');
  return firstN(entries, n, direction);
}
/** The first n of a ranking with no tie at the cut. */
function cleanCut(entries: Entry[], n: number, direction: 'high' | 'low'): string[] {
  if (tiedAtCut(entries, n, direction)) throw new Error('a tie at the cut');
  return firstN(entries, n, direction);
}
/** Everyone at the top (or bottom) of a ranking whose value is not 0. */
function theMost(entries: Entry[], direction: 'high' | 'low'): string[] {
  const end = tiedEnd(entries, direction);
  if (end.value === 0) throw new Error('the most is nothing');
  return end.ids;
}
/** A manager's ranking of their team, read with and without the manager (and without leavers). */
function myTeam(manager: string, of: Of, range: Range, pick: (entries: Entry[]) => string[]): Expected {
  return people(some(overAll(team(person(manager).team), range, (s, r) => pick(of(s, r)), manager)));
}
/** Scores are not dated: the quarter scored stands as the range a group is read over (it ends before today). */
const QUARTER_SCORED: Range = [LAST_QUARTER[0], LAST_QUARTER[1]];

export const RANKINGS: readonly Question[] = [
  // The admin, everyone.
  q('QB076', 'admin', "Q3's five best scorers?", () => people(cleanCut(scoreEntries(LAST_Q), 5, 'high'))),
  q('QB077', 'admin', 'which 2 people scored lowest last quarter?', () => people(cutInTie(scoreEntries(LAST_Q), 2, 'low'))),
  q('QB078', 'admin', 'who had more late arrivals than anyone else last month?', () => {
    const entries = measureEntries(ALL, 'late', LAST_MONTH);
    return answer({ people: theMost(entries, 'high'), figures: [fig('late', tiedEnd(entries, 'high').value)] });
  }),
  q('QB079', 'admin', 'top 3 for late arrivals last month', () => people(cutInTie(measureEntries(ALL, 'late', LAST_MONTH), 3, 'high'))),
  q('QB080', 'admin', 'bottom 3 people by attendance rate last month', () => people(cleanCut(rateEntries(ALL, LAST_MONTH), 3, 'low'))),
  q('QB081', 'admin', 'biggest score improvement from Q2 to Q3 - who?', () => people(theMost(moveEntries(Q_BEFORE, LAST_Q), 'high'))),
  q('QB082', 'admin', 'whose score fell furthest from Q2 to Q3?', () => people(theMost(moveEntries(Q_BEFORE, LAST_Q), 'low'))),
  q('QB083', 'admin', 'which 3 people put in the most hours last week?', () => people(cleanCut(hourEntries(ALL, LAST_WEEK), 3, 'high'))),
  q('QB084', 'admin', 'best scorer per team in Q3', () => people(TEAM_CODES.flatMap((code) => cleanCut(scoreEntries(LAST_Q, team(code)), 1, 'high')))),
  q('QB085', 'admin', 'which 2 people had the most absences in October?', () => people(cleanCut(measureEntries(ALL, 'absent', month(10)), 2, 'high'))),
  q('QB086', 'admin', 'top 3 attendance in Security last month', () => people(cutInTie(rateEntries(team('SEC'), LAST_MONTH), 3, 'high'))),
  q('QB087', 'admin', "QA's longest-serving team member?", () =>
    people(
      cleanCut(
        roster({ team: 'QA' }).map((id) => ({ id, value: -Date.parse(person(id).hire) })),
        1,
        'high',
      ),
    ),
  ),
  q('QB088', 'admin', 'our 5 newest hires?', () =>
    people(
      cleanCut(
        roster().map((id) => ({ id, value: Date.parse(person(id).hire) })),
        5,
        'high',
      ),
    ),
  ),

  // The managers, their own team.
  q('QB089', 'DEV-001', 'who on my team scored highest in Q3?', () => myTeam('DEV-001', scores(LAST_Q), QUARTER_SCORED, (e) => theMost(e, 'high'))),
  q('QB090', 'DEV-001', 'bottom 2 on my team for Q3', () => myTeam('DEV-001', scores(LAST_Q), QUARTER_SCORED, (e) => cleanCut(e, 2, 'low'))),
  q('QB091', 'QA-001', 'who in my team was absent the most last month', () => myTeam('QA-001', measure('absent'), LAST_MONTH, (e) => theMost(e, 'high'))),
  q('QB092', 'QA-001', 'top 3 for lateness on my team in Q3', () => myTeam('QA-001', measure('late'), LAST_QUARTER, (e) => cleanCut(e, 3, 'high'))),
  q('QB093', 'QA-001', 'who has the lowest attendance on my team this month?', () => myTeam('QA-001', rateEntries, THIS_MONTH, (e) => theMost(e, 'low'))),
  q('QB094', 'QA-001', 'biggest jump in score on my team between Q2 and Q3?', () => myTeam('QA-001', moves, QUARTER_SCORED, (e) => theMost(e, 'high'))),
  q('QB095', 'DEV-001', 'most late arrivals on my team in October - who?', () => myTeam('DEV-001', measure('late'), LAST_MONTH, (e) => theMost(e, 'high'))),
];
