/*
 * practice51 — figures by level, two levels side by side (README: "seniors vs juniors average score last quarter";
 * docs/API.md: two positions are `filters.position` and `filters.position_also`, answered side by side, never
 * pooled), for the company, inside a team, and for a manager's own juniors, mids and seniors: headcounts, mean and
 * median scores, attendance and absence rates, tenure, who was late or absent. A headcount counts the people here
 * today; a level's rate and a level's score statistic are checked to be the same with and without those who have
 * left (so the levels asked about are those whose figure does not turn on it).
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { longestServing } from '../../oracle/people-figures';
import { positionLabel } from '../../oracle/practice17-figures';
import { headcount, headN, levelOf, levelRate, levelScore, NOV_SO_FAR, OCT, week } from '../../oracle/practice51-figures';
import { some, union, who } from '../../oracle/practice51-people';
import { q } from '../helpers';

const LAST_WEEK = week(46);
const absence = (r: number) => rate(Math.round((1 - r) * 10_000) / 10_000);

export const LEVELS: readonly Question[] = [
  // The whole company.
  q('PZ031', 'admin', 'how many seniors and how many juniors do we have right now?', () =>
    figures(headN(headcount(undefined, 'Senior'), positionLabel('Senior')), headN(headcount(undefined, 'Junior'), positionLabel('Junior'))),
  ),
  q('PZ032', 'admin', 'leads vs seniors: avg score in Q3', () =>
    figures(score(levelScore('mean', '2025-Q3', 'Lead')), score(levelScore('mean', '2025-Q3', 'Senior'))),
  ),
  q('PZ033', 'admin', 'median score, managers versus seniors, 2025-Q2', () =>
    figures(score(levelScore('median', '2025-Q2', 'Manager')), score(levelScore('median', '2025-Q2', 'Senior'))),
  ),
  q('PZ034', 'admin', 'attendance rate for leads and for managers last month', () => figures(rate(levelRate('Lead', OCT)), rate(levelRate('Manager', OCT)))),
  q('PZ035', 'admin', 'absence rate for juniors compared with seniors in October', () =>
    figures(absence(levelRate('Junior', OCT)), absence(levelRate('Senior', OCT))),
  ),
  q('PZ036', 'admin', 'which juniors and which seniors were late last week?', () =>
    people(union(some(who(levelOf('Junior'), 'late', LAST_WEEK)), some(who(levelOf('Senior'), 'late', LAST_WEEK)))),
  ),
  q('PZ037', 'admin', "who's our longest-serving lead, and our longest-serving manager?", () =>
    people([...longestServing(1, { position: 'Lead' }), ...longestServing(1, { position: 'Manager' })]),
  ),

  // Inside a team.
  q('PZ038', 'admin', 'DEV seniors - how many are there, and what was their mean score last quarter?', () =>
    figures(headN(headcount('DEV', 'Senior'), positionLabel('Senior')), score(levelScore('mean', '2025-Q3', 'Senior', 'DEV'))),
  ),
  q('PZ039', 'admin', 'QA: seniors vs juniors attendance in October', () =>
    figures(rate(levelRate('Senior', OCT, 'QA')), rate(levelRate('Junior', OCT, 'QA'))),
  ),
  q('PZ040', 'admin', 'Q3 average for the AI seniors and the AI mids', () =>
    figures(score(levelScore('mean', '2025-Q3', 'Senior', 'AI')), score(levelScore('mean', '2025-Q3', 'Mid', 'AI'))),
  ),

  // A manager's own levels.
  q('PZ041', 'DEV-001', 'my juniors vs my seniors — average score last qtr?', () =>
    figures(score(levelScore('mean', '2025-Q3', 'Junior', 'DEV')), score(levelScore('mean', '2025-Q3', 'Senior', 'DEV'))),
  ),
  q('PZ042', 'DEV-001', 'which of my mids and juniors were absent this month', () =>
    answer({ people: union(who(levelOf('Mid', 'DEV'), 'absent', NOV_SO_FAR), who(levelOf('Junior', 'DEV'), 'absent', NOV_SO_FAR)) }),
  ),
  q('PZ043', 'QA-001', 'how many mids and how many juniors on my team?', () =>
    figures(headN(headcount('QA', 'Mid'), positionLabel('Mid')), headN(headcount('QA', 'Junior'), positionLabel('Junior'))),
  ),
  q('PZ044', 'QA-001', 'attendance of my juniors and of my mids last month', () =>
    figures(rate(levelRate('Junior', OCT, 'QA')), rate(levelRate('Mid', OCT, 'QA'))),
  ),
];
