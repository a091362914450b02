/*
 * practice67 — team against team, asked by HR: attendance rates, late arrivals, absence days, hours, half days and
 * missed check-outs over a month, a week or a quarter, and average scores per quarter; as "A or B", "A vs B",
 * "is A better/worse than B", "by how much", and which teams pass a line. Both teams' figures are expected, with the
 * yes or no when the question is one, and the teams compared named.
 */
import type { Question } from '../../expectation';
import { F, att, teamsWhose } from '../../oracle/practice67-figures';
import { mean } from '../../oracle/practice67-judge';
import { THIS_QUARTER } from '../../oracle/practice67-periods';
import { q } from '../helpers';
import {
  AI,
  DAT,
  DEV,
  LASTM,
  LW,
  OCT,
  QA,
  SEC,
  SEP,
  WBL,
  NOW,
  at,
  each,
  isLess,
  isMore,
  pair,
  quarterDays,
  scoreGap,
  scoreLess,
  scoreMore,
  scores,
  S,
  sides,
  yesNo,
} from './shared';

const Q3_DAYS = at(quarterDays(3), '2025-07-01', '2025-09-30');
const QTD = at(THIS_QUARTER, '2025-10-01', '2025-11-19');
const t = (...codes: string[]) => ({ teams: codes });

export const TEAMS_VS: readonly Question[] = [
  // Attendance rates.
  q('QP001', 'admin', "was DEV's attendance better than QA's in October?", () => isMore('rate', [DEV, OCT], [QA, OCT], t('DEV', 'QA'))),
  q('QP002', 'admin', "QA's attendance worse than DEV's last month, yes or no?", () => isLess('rate', [QA, LASTM], [DEV, LASTM], t('QA', 'DEV'))),
  q('QP003', 'admin', 'SEC v AI attendance rate sept', () => pair('rate', [SEC, SEP], [AI, SEP], t('SEC', 'AI'))),
  q('QP004', 'admin', 'Which had the higher attendance rate last week - the data team or development?', () =>
    pair('rate', [DAT, LW], [DEV, LW], t('DAT', 'DEV')),
  ),
  q('QP005', 'admin', 'did AI beat DAT on attendance in october', () => isMore('rate', [AI, OCT], [DAT, OCT], t('AI', 'DAT'))),
  q('QP006', 'admin', 'DEV vs QA vs SEC attendance rate, week of 10 Nov', () =>
    each(
      'rate',
      [DEV, QA, SEC].map((s) => [s, LW] as const),
      t('DEV', 'QA', 'SEC'),
    ),
  ),
  q('QP007', 'admin', 'security or the testers - who had better attendance in Q3?', () => pair('rate', [SEC, Q3_DAYS], [QA, Q3_DAYS], t('SEC', 'QA'))),
  // Late arrivals, absences, hours, half days, missed check-outs.
  q('QP008', 'admin', 'more late arrivals in october: DEV or QA?', () => pair('late', [DEV, OCT], [QA, OCT], t('DEV', 'QA'))),
  q('QP009', 'admin', 'Did Security have fewer late arrivals than the AI team in September?', () => isLess('late', [SEC, SEP], [AI, SEP], t('SEC', 'AI'))),
  q('QP010', 'admin', 'absence days data vs security last month', () => pair('absent', [DAT, LASTM], [SEC, LASTM], t('DAT', 'SEC'))),
  q('QP011', 'admin', 'did QA rack up more absence days than DEV in Oct?', () => isMore('absent', [QA, OCT], [DEV, OCT], t('QA', 'DEV'))),
  q('QP012', 'admin', 'who put in more hours last week, AI or QA', () => pair('hours', [AI, LW], [QA, LW], t('AI', 'QA'))),
  q('QP013', 'admin', 'how many more hours did Development log than Data in October?', () => {
    const dev = att(DEV, 'hours', OCT);
    const dat = att(DAT, 'hours', OCT);
    return sides([F(DEV, 'hours', OCT), F(DAT, 'hours', OCT), { value: Math.round((dev - dat) * 100) / 100, as: 'hours' }], t('DEV', 'DAT'));
  }),
  q('QP014', 'admin', 'half-day records in oct - AI compared to SEC', () => pair('halfDay', [AI, OCT], [SEC, OCT], t('AI', 'SEC'))),
  q('QP015', 'admin', 'half days so far this quarter, DEV vs DAT', () => pair('halfDay', [DEV, QTD], [DAT, QTD], t('DEV', 'DAT'))),
  q('QP016', 'admin', 'QA vs DEV: days absent in the week of 3 November', () => pair('absent', [QA, WBL], [DEV, WBL], t('QA', 'DEV'))),
  q('QP017', 'admin', 'late arrivals this quarter so far - dev compared with security', () => pair('late', [DEV, QTD], [SEC, QTD], t('DEV', 'SEC'))),
  q('QP018', 'admin', 'hours worked last week: DEV, AI and SEC side by side', () =>
    each(
      'hours',
      [DEV, AI, SEC].map((s) => [s, LW] as const),
      t('DEV', 'AI', 'SEC'),
    ),
  ),
  q('QP019', 'admin', 'This month so far, did the data team or the AI team have the better attendance rate?', () =>
    pair('rate', [DAT, NOW], [AI, NOW], t('DAT', 'AI')),
  ),
  // Scores.
  q('QP020', 'admin', 'did dev average higher than qa on Q3 scores?', () => scoreMore(mean('2025-Q3', DEV), mean('2025-Q3', QA), t('DEV', 'QA'))),
  q('QP021', 'admin', 'compare avg performance of security and AI for Q3', () => scores(mean('2025-Q3', SEC), mean('2025-Q3', AI), t('SEC', 'AI'))),
  q('QP022', 'admin', "by how many points did DEV's Q3 average beat QA's?", () => scoreGap(mean('2025-Q3', DEV), mean('2025-Q3', QA), t('DEV', 'QA'))),
  q('QP023', 'admin', 'which team scored higher in Q4 2024, data or dev', () => scores(mean('2024-Q4', DAT), mean('2024-Q4', DEV), t('DAT', 'DEV'))),
  q('QP024', 'admin', "Was QA's Q1 2025 average lower than Security's?", () => scoreLess(mean('2025-Q1', QA), mean('2025-Q1', SEC), t('QA', 'SEC'))),
  q('QP025', 'admin', 'DEV v QA performance, 2nd quarter', () => scores(mean('2025-Q2', DEV), mean('2025-Q2', QA), t('DEV', 'QA'))),
  q('QP026', 'admin', 'did the AI team average more than the data team in Q1?', () => scoreMore(mean('2025-Q1', AI), mean('2025-Q1', DAT), t('AI', 'DAT'))),
  // Which teams pass a line.
  q('QP027', 'admin', 'which teams were under 95% attendance in October?', () => {
    const found = teamsWhose('rate', OCT, (v) => v < 0.95, 0.95);
    return sides(found.figures, { teams: found.teams });
  }),
  q('QP028', 'admin', 'did any department drop below 90 percent attendance in october', () => {
    const found = teamsWhose('rate', OCT, (v) => v < 0.9, 0.9);
    return yesNo(found.teams.length > 0, found.figures, { teams: found.teams });
  }),
  q('QP029', 'admin', 'any team under 90% attendance in September?', () => yesNo(teamsWhose('rate', SEP, (v) => v < 0.9, 0.9).teams.length > 0, [])),
  q('QP030', 'admin', 'which departments were late more than 15 times in September', () => {
    const found = teamsWhose('late', SEP, (v) => v > 15, 15);
    return sides(found.figures, { teams: found.teams });
  }),
  q('QP031', 'admin', 'which departments had a Q3 average above 76?', () => {
    const rows = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((code) => ({ code, m: mean('2025-Q3', { team: code }) }));
    for (const r of rows) if (Math.abs(r.m - 76) <= 0.05) throw new Error(`${r.code} is on the line`);
    const hits = rows.filter((r) => r.m > 76);
    return sides(
      hits.map((r) => S(r.m)),
      { teams: hits.map((r) => r.code) },
    );
  }),
];
