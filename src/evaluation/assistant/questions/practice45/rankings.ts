/*
 * practice45 — rankings: the top or bottom N performers of a quarter (of everyone, a team or a level), the best and
 * the worst, the most late, the most absent, the lowest attendance rates, the most and fewest hours, the top scorer of
 * each team, and teams ranked by a figure. API.md: ties in a ranking go by name — several questions are written so that
 * a tie falls across the cut, and each of those is asked only where the full name and the surname break it the same
 * way. README: "who was late the most", with no number, names everyone tied at the top; "top 3" names that many. A
 * leaver keeps their records and scores (API.md), so they rank where their figures put them. The admin asks, and
 * Elena Petrova (QA-001) once about her own team (the same with or without her).
 */
import { answer, count, days, hours, people, rate, score, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { person } from '../../dataset/dataset';
import { near } from '../../oracle/practice10-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { TEAM_CODES } from '../../oracle/practice11-figures';
import {
  absenceOf,
  LAST_MONTH,
  LAST_WEEK,
  MONTH_BEFORE,
  Q3,
  rateOf,
  SINCE_AUGUST,
  sumOf,
  THIS_MONTH,
  THIS_QUARTER,
  THREE_MONTHS_AGO,
  toDateBothWays,
} from '../../oracle/practice45-figures';
import {
  atTop,
  type Entry,
  firstNClean,
  firstNTied,
  measureEntries,
  perTeam,
  rateEntries,
  scoreEntries,
  sole,
  soleTeam,
  teamsAtTop,
} from '../../oracle/practice45-rankings';
import { q } from '../helpers';

const ALL: Scope = {};
const team = (code: string): Scope => ({ team: code });
const LATE = 'late|tard|arriv|time';
const AWAY = 'absen|\\boff\\b|missed|away|day';
const atLevel = (entries: Entry[], position: string) => entries.filter((e) => person(e.id).position === position);
/** Everyone tied at the top of a count, with the count next to the measure's word. */
const mostOf = (entries: Entry[], as: typeof count, label: string) => {
  const top = atTop(entries, 'high');
  return people(top.ids, near(as(top.value), label));
};

export const RANKINGS: readonly Question[] = [
  // Scores: top and bottom N, ties at the cut broken by name.
  q('PT067', 'admin', 'top 5 performers in 2025-Q2', () => people(firstNClean(scoreEntries('2025-Q2'), 5, 'high'))),
  q('PT068', 'admin', 'Who were the top 5 performers in Q1 2025?', () => people(firstNTied(scoreEntries('2025-Q1'), 5, 'high'))),
  q('PT069', 'admin', 'bottom 2 performers last quarter', () => people(firstNTied(scoreEntries('2025-Q3'), 2, 'low'))),
  q('PT070', 'admin', 'bottom 3 perfomers in Q2', () => people(firstNTied(scoreEntries('2025-Q2'), 3, 'low'))),
  q('PT071', 'admin', 'top 2 scorers in 2024-Q4', () => people(firstNTied(scoreEntries('2024-Q4'), 2, 'high'))),
  q('PT072', 'admin', 'top 6 in q2 pls', () => people(firstNTied(scoreEntries('2025-Q2'), 6, 'high'))),
  q('PT073', 'admin', 'who was the lowest scorer in Q3?', () => {
    const low = sole(scoreEntries('2025-Q3'), 'low');
    return people([low.id], score(low.value));
  }),
  q('PT074', 'admin', 'highest scoring junior in q3', () => {
    const top = sole(atLevel(scoreEntries('2025-Q3'), 'Junior'), 'high');
    return people([top.id], score(top.value));
  }),
  q('PT075', 'admin', 'top 3 in DEV for Q2', () => people(firstNTied(scoreEntries('2025-Q2', team('DEV')), 3, 'high'))),
  q('PT076', 'QA-001', 'who on my team scored highest in 2024-Q4', () => {
    const top = sameWithoutAsker({ team: 'QA' }, 'QA-001', (s) => sole(scoreEntries('2024-Q4', s), 'high'));
    return people([top.id], score(top.value));
  }),
  q('PT077', 'admin', 'top performer in each team last quarter', () => people(TEAM_CODES.map((t) => sole(scoreEntries('2025-Q3', team(t)), 'high').id))),

  // Lateness and absence: the most, ties kept; the top N, ties broken by name.
  q('PT078', 'admin', 'who was late the most last month', () => mostOf(measureEntries(ALL, 'late', LAST_MONTH), count, LATE)),
  q('PT079', 'admin', 'who was late the most this quarter?', () => {
    const top = toDateBothWays(THIS_QUARTER, (r) => atTop(measureEntries(ALL, 'late', r), 'high'));
    if (top.ids.length < 2) throw new Error('written for a tie at the top');
    return people(top.ids, near(count(top.value), LATE));
  }),
  q('PT080', 'admin', 'who was late the most on the data team in september', () => mostOf(measureEntries(team('DAT'), 'late', MONTH_BEFORE), count, LATE)),
  q('PT081', 'admin', 'top 3 latecomers since august', () =>
    people(toDateBothWays(SINCE_AUGUST, (r) => firstNTied(measureEntries(ALL, 'late', r), 3, 'high'))),
  ),
  q('PT082', 'admin', 'the 3 people with the most late arrivals in Q3', () => people(firstNClean(measureEntries(ALL, 'late', Q3), 3, 'high'))),
  q('PT083', 'admin', 'who was absent the most in october?', () => mostOf(measureEntries(ALL, 'absent', LAST_MONTH), days, AWAY)),
  // Three people share the most absent days in Q3 (a leaver among them): all three are named.
  q('PT084', 'admin', 'who was absent the most in Q3', () => {
    const entries = measureEntries(ALL, 'absent', Q3);
    if (atTop(entries, 'high').ids.length < 2) throw new Error('written for a tie at the top');
    return mostOf(entries, days, AWAY);
  }),
  // Everyone who missed a check-out since August missed exactly one: "the most" names them all.
  q('PT085', 'admin', 'who forgot to check out the most since august', () => {
    const top = atTop(measureEntries(ALL, 'missingCheckOut', SINCE_AUGUST), 'high');
    if (top.ids.length < 2) throw new Error('written for a tie at the top');
    return people(top.ids);
  }),

  // Attendance rates and hours.
  q('PT086', 'admin', 'lowest 3 attendance rates in august', () => people(firstNClean(rateEntries(ALL, THREE_MONTHS_AGO), 3, 'low'))),
  q('PT087', 'admin', 'bottom 2 for attendance in aug', () => people(firstNTied(rateEntries(ALL, THREE_MONTHS_AGO), 2, 'low'))),
  q('PT088', 'admin', 'worst 3 attendance rates this quarter', () => people(firstNClean(rateEntries(ALL, THIS_QUARTER), 3, 'low'))),
  q('PT089', 'admin', 'the 3 with the fewest hours last week', () => people(firstNClean(measureEntries(ALL, 'hours', LAST_WEEK), 3, 'low'))),
  q('PT090', 'admin', 'who put in the most hours last month?', () => {
    const top = sole(measureEntries(ALL, 'hours', LAST_MONTH), 'high');
    return people([top.id], hours(top.value));
  }),

  // Teams ranked.
  q('PT091', 'admin', 'best and worst team by attendance last month', () => {
    const rates = perTeam((t) => rateOf(team(t), LAST_MONTH));
    const [best, worst] = [soleTeam(rates, 'high'), soleTeam(rates, 'low')];
    return answer({ teams: [best.team, worst.team], figures: [rate(best.value), rate(worst.value)] });
  }),
  // DEV and QA share the most missing check-outs this month: "ties kept" names both.
  q('PT092', 'admin', 'which team had the most missing check-outs this month', () => {
    const most = teamsAtTop(
      perTeam((t) => sumOf(team(t), 'missingCheckOut', THIS_MONTH)),
      'high',
    );
    if (most.teams.length < 2) throw new Error('written for a tie');
    return answer({ teams: most.teams, figures: [near(count(most.value), 'check|missing|forgot')] });
  }),
  q('PT093', 'admin', 'which team had the fewest late arrivals last month', () => {
    const fewest = soleTeam(
      perTeam((t) => sumOf(team(t), 'late', LAST_MONTH)),
      'low',
    );
    return answer({ teams: [fewest.team], figures: [near(count(fewest.value), LATE)] });
  }),
  q('PT094', 'admin', 'which team had the highest absence rate this quarter?', () => {
    const worst = soleTeam(
      perTeam((t) => absenceOf(team(t), THIS_QUARTER)),
      'high',
    );
    return answer({ teams: [worst.team], figures: [rate(worst.value)] });
  }),
];
