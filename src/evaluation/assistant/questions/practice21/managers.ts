/*
 * practice21 — the two managers preparing a report on their own team (score statistics, attendance rates
 * and their extremes, a member against the team, counts by level, changes between two periods, leave and
 * tenure), and the same report asked of another team or the whole company, which must be named back as
 * outside what they can see (a person outside: "not found"). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every figure and person comes from the data set and the oracle.
 */
import { count, days, figures, notFound, people, rate, refusal, score, years, type Question } from '../../expectation';
import { totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween, longestServing } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { Q3 } from '../../oracle/practice14-figures';
import { rateIn, ratesAtEnd } from '../../oracle/practice15-figures';
import { POSITIONS, positionLabel } from '../../oracle/practice17-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { averageTenure, countAbove, leaveLeftExtreme, pendingDays } from '../../oracle/practice21-figures';
import { stats } from '../../oracle/score-figures';
import { OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_YEAR } from '../helpers';

type Range = readonly [string, string];
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const r = (scope: Scope, range: Range) => rate(rateIn(scope, range));
const late = (scope: Scope, range: Range) => near(count(totals(scope, range[0], range[1]).late), 'late');
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const byLevel = (team: string) =>
  POSITIONS.filter((p) => headcount({ team, position: p }) > 0).map((p) => near(count(headcount({ team, position: p })), positionLabel(p)));

export const MANAGERS: readonly Question[] = [
  // DEV-001, their own team.
  q('F161', 'DEV-001', 'median score for my team in Q3', () => figures(score(stats(['2025-Q3'], DEV).median))),
  q('F162', 'DEV-001', 'my team avg + min + max Q2', () => {
    const s = stats(['2025-Q2'], DEV);
    return figures(score(s.mean), score(s.min), score(s.max));
  }),
  q('F163', 'DEV-001', 'how many of my team scored above 80 in Q3', () => figures(count(countAbove('2025-Q3', 80, DEV)))),
  q('F164', 'DEV-001', 'my team attendance rate Oct vs Sep', () => figures(r(DEV, OCTOBER), r(DEV, SEPTEMBER))),
  q('F165', 'DEV-001', "Chris Morgan's attendance rate this month vs the team's", () => figures(r({ ids: ['DEV-006'] }, THIS_MONTH), r(DEV, THIS_MONTH))),
  q('F166', 'DEV-001', 'lowest 3 attendance rates in my team in October', () => people(ratesAtEnd(DEV, OCTOBER, 3, 'lowest'))),
  q('F167', 'DEV-001', 'late arrivals in my team, Oct vs Sep', () => figures(late(DEV, OCTOBER), late(DEV, SEPTEMBER))),
  q('F168', 'DEV-001', 'headcount split by level for my team', () => figures(...byLevel('DEV'))),
  q('F169', 'DEV-001', 'new starters in my team in 2025', () => people(hiredBetween(...THIS_YEAR, 'DEV'))),
  q('F170', 'DEV-001', 'average tenure in my team', () => figures(years(averageTenure({ team: 'DEV' })))),
  q('F171', 'DEV-001', 'pending leave days in my team', () => figures(near(days(pendingDays(DEV)), 'day'))),
  q('F172', 'DEV-001', 'who on my team has the least annual leave left', () => people([leaveLeftExtreme('ANNUAL', 'least', { team: 'DEV' }).id])),

  // QA-001, their own team.
  q('F173', 'QA-001', 'QA Q3 median', () => figures(score(stats(['2025-Q3'], QA).median))),
  q('F174', 'QA-001', 'my top 3 by final score in Q3', () => people(rankClean('2025-Q3', 3, 'top', QA))),
  q('F175', 'QA-001', 'attendance rate of my juniors in October', () => figures(r(levelIn('QA', 'Junior'), OCTOBER))),
  q('F176', 'QA-001', 'absent days in my team in Q3', () => figures(days(totals(QA, ...Q3).absent))),
  q('F177', 'QA-001', 'who on my team has been here longest', () => people(longestServing(1, { team: 'QA' }))),
  q('F178', 'QA-001', "how does zoe's attendance in october compare with the team", () => figures(r({ ids: ['QA-009'] }, OCTOBER), r(QA, OCTOBER))),

  // Outside their team.
  q('F179', 'DEV-001', 'QA Q3 median', () => otherTeam('QA')),
  q('F180', 'DEV-001', 'October attendance % for every team', () => company()),
  q('F181', 'DEV-001', "Elena Petrova's tenure", () => notFound()),
  q('F182', 'QA-001', 'how does my team compare with DEV on attendance in October', () => otherTeam('DEV')),
  q('F183', 'QA-001', 'company-wide median score Q3', () => company()),
  q('F184', 'QA-001', 'late arrivals in the data team last month', () => otherTeam('DAT')),
  q('F185', 'QA-001', 'annual leave balance of Aisha Khan', () => notFound()),
];
