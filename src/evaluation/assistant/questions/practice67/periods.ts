/*
 * practice67 — a period against another, asked by HR: this month against last month, last week against the week
 * before, one month against the next, a quarter against the quarter so far, the same days of two months, two named
 * weeks; scores from one quarter to the next (the company's, a team's, each team's); hires, leavers and headcount
 * now against then. "Did it go up", "did it improve", "better or worse", "more or fewer", "by how many points": the
 * figures of both periods, the word or the yes/no, and the move when the question asks for it.
 */
import type { Question } from '../../expectation';
import { count } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { att, bigger, employedCount, points } from '../../oracle/practice67-figures';
import { betterWorse, change, mean, S, teamMostImproved, way } from '../../oracle/practice67-judge';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { THIS_QUARTER } from '../../oracle/practice67-periods';
import { q } from '../helpers';
import {
  AI,
  AUG,
  DAT,
  DEV,
  EVERYONE,
  F,
  LW,
  NOW,
  OCT,
  QA,
  SEC,
  SEP,
  WBL,
  LASTM,
  at,
  isLess,
  isMore,
  moved,
  pair,
  quarterDays,
  range,
  rose,
  scoreMore,
  sides,
  weekOf,
  yesNo,
} from './shared';

const Q3_DAYS = at(quarterDays(3), '2025-07-01', '2025-09-30');
const QTD = at(THIS_QUARTER, '2025-10-01', '2025-11-19');
const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];

export const PERIODS: readonly Question[] = [
  // Attendance, month on month and week on week.
  q('QP032', 'admin', 'did company attendance improve from September to October?', () => rose('rate', EVERYONE, SEP, OCT, true)),
  q('QP033', 'admin', 'DEV attendance sept vs oct, up or down?', () => moved('rate', DEV, SEP, OCT, 'up', { teams: ['DEV'] })),
  q('QP034', 'admin', 'Was attendance better in August than in October, company-wide?', () => isMore('rate', [EVERYONE, AUG], [EVERYONE, OCT])),
  q('QP035', 'admin', 'QA attendance rate this month vs last month', () => pair('rate', [QA, NOW], [QA, LASTM], { teams: ['QA'] })),
  q('QP036', 'admin', "whole company: last week's attendance rate next to the week before's", () => pair('rate', [EVERYONE, LW], [EVERYONE, WBL])),
  q('QP037', 'admin', 'did we have more or fewer absences last week than the week before?', () => moved('absent', EVERYONE, WBL, LW, 'more')),
  q('QP038', 'admin', 'late arrivals across the company: last week v the week before', () => pair('late', [EVERYONE, LW], [EVERYONE, WBL])),
  q('QP039', 'admin', "did DEV's late arrivals go up from september to october", () => rose('late', DEV, SEP, OCT, false, { teams: ['DEV'] })),
  q('QP040', 'admin', 'how much did the company attendance rate change from Sep to Oct, in percentage points?', () => {
    const a = att(EVERYONE, 'rate', SEP);
    const b = att(EVERYONE, 'rate', OCT);
    return sides([F(EVERYONE, 'rate', SEP), F(EVERYONE, 'rate', OCT), S(points(a, b))]);
  }),
  q('QP041', 'admin', 'did the data team work more hours in October than in September', () => isMore('hours', [DAT, OCT], [DAT, SEP], { teams: ['DAT'] })),
  q('QP042', 'admin', 'company attendance rate for Nov 1-18 against Oct 1-18', () =>
    pair('rate', [EVERYONE, range('2025-11-01', '2025-11-18')], [EVERYONE, range('2025-10-01', '2025-10-18')]),
  ),
  q('QP043', 'admin', 'late arrivals for DEV in the week of Oct 6 compared to the week of Nov 3', () =>
    pair('late', [DEV, at(weekOf('2025-10-06'), '2025-10-06', '2025-10-12')], [DEV, at(weekOf('2025-11-03'), '2025-11-03', '2025-11-09')], { teams: ['DEV'] }),
  ),
  q('QP044', 'admin', 'Q3 vs this quarter so far, company attendance rate - better or worse?', () => moved('rate', EVERYONE, Q3_DAYS, QTD, 'better')),
  q('QP045', 'admin', 'were there more absence days company-wide in October than in September?', () => isMore('absent', [EVERYONE, OCT], [EVERYONE, SEP])),
  q('QP046', 'admin', 'data team attendance: was last week worse than the week before?', () => isLess('rate', [DAT, LW], [DAT, WBL], { teams: ['DAT'] })),
  q('QP047', 'admin', 'AI team hours in August compared with September', () => pair('hours', [AI, AUG], [AI, SEP], { teams: ['AI'] })),
  // Scores, quarter on quarter.
  q('QP048', 'admin', 'company avg score Q2 -> Q3: did it rise?', () => scoreMore(mean('2025-Q3'), mean('2025-Q2'))),
  q('QP049', 'admin', "QA's average Q2 vs Q3 - better or worse?", () => {
    const a = mean('2025-Q2', QA);
    const b = mean('2025-Q3', QA);
    return way(betterWorse(a, b, true, 'score'), [S(a), S(b)], { teams: ['QA'] });
  }),
  q('QP050', 'admin', 'did SEC improve from Q2 to Q3, and by how many points?', () => {
    const a = mean('2025-Q2', SEC);
    const b = mean('2025-Q3', SEC);
    return yesNo(bigger(b, a, 'score'), [S(a), S(b), S(change(a, b))], { teams: ['SEC'] });
  }),
  q('QP051', 'admin', "how much did each team's average score move between Q2 and Q3?", () =>
    sides(TEAM_CODES.map((code) => S(change(mean('2025-Q2', { team: code }), mean('2025-Q3', { team: code }))))),
  ),
  q('QP052', 'admin', "which department's average went up the most from Q2 to Q3", () => {
    const best = teamMostImproved('2025-Q2', '2025-Q3');
    const a = mean('2025-Q2', { team: best.code });
    const b = mean('2025-Q3', { team: best.code });
    return sides([S(a), S(b), S(change(a, b))]);
  }),
  q('QP053', 'admin', 'the data team average in Q4 2024 versus Q3 2025', () => {
    const a = mean('2024-Q4', DAT);
    const b = mean('2025-Q3', DAT);
    return sides([S(a), S(b)], { teams: ['DAT'] });
  }),
  // People: hires, leavers, headcount.
  q('QP054', 'admin', 'have we hired more people this year than by this point last year?', () => {
    const lastYearToDate = `${Number(TODAY.slice(0, 4)) - 1}${TODAY.slice(4)}`;
    const now = hiredBetween(`${TODAY.slice(0, 4)}-01-01`, TODAY).length;
    const then = hiredBetween(`${lastYearToDate.slice(0, 4)}-01-01`, lastYearToDate).length;
    return yesNo(bigger(now, then, 'late'), [count(now), count(then)]);
  }),
  q('QP055', 'admin', 'did more people leave in 2025 than in 2024?', () => {
    const now = leftBetween('2025-01-01', '2025-12-31').length;
    const then = leftBetween('2024-01-01', '2024-12-31').length;
    const label = 'left|leaver|leave|people|employee|person';
    return yesNo(now > then, [
      { ...count(now), label },
      { ...count(then), label },
    ]);
  }),
  q('QP056', 'admin', 'how many people did we employ on 1 October compared with now?', () => {
    const then = employedCount('2025-10-01');
    const now = employedCount(TODAY);
    if (then === now) throw new Error('no change');
    return sides([count(then), count(now)]);
  }),
];
