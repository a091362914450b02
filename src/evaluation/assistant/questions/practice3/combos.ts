/* Third practice set, combinations: a team or level, a measure, a period, a threshold or ranking, in one question. */
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import type { Position } from '../../dataset/people';
import { answer, days, figures, hours, people, rate, score, type Figure, type Question } from '../../expectation';
import { measureOf, mostOf, peopleByRate, peopleWhere, teamsByRate, totals, type Scope } from '../../oracle/attendance-figures';
import { leaveDays, offBetween } from '../../oracle/leave-figures';
import { hiredBetween, ids } from '../../oracle/people-figures';
import { rank, scoreOf, stats } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, SEPTEMBER, q } from '../helpers';

type Range = [Day, Day];
const rateOf = (scope: Scope, [from, to]: Range) => rate(totals(scope, from, to).rate);
const level = (position: Position, team?: string): Scope => ({ ids: ids({ position, team, status: 'any' }) });
const heads = (value: number): Figure => ({ value, as: 'count', label: 'employee|people|person|staff|member|joiner|hire|starter|joined' });
const SINCE_AUGUST: Range = ['2025-08-01', TODAY];
const SINCE_SEPTEMBER: Range = ['2025-09-01', TODAY];
const THIS_QUARTER: Range = ['2025-10-01', TODAY];
const Q3: Range = ['2025-07-01', '2025-09-30'];

export const PRACTICE3_COMBOS: Question[] = [
  q('R501', 'admin', 'which seniors in dev were late in october', () => people(peopleWhere(level('Senior', 'DEV'), 'late', ...OCTOBER))),
  q('R502', 'admin', "QA's attendance rate in october vs september", () => figures(rateOf({ team: 'QA' }, OCTOBER), rateOf({ team: 'QA' }, SEPTEMBER))),
  q('R503', 'admin', 'hours worked by Aisha Khan between 1 oct and 15 oct', () => figures(hours(measureOf('DEV-003', 'hours', '2025-10-01', '2025-10-15')))),
  q('R504', 'admin', 'which AI people were absent more than once since september', () =>
    people(peopleWhere({ team: 'AI' }, 'absent', ...SINCE_SEPTEMBER, (v) => v > 1)),
  ),
  q('R505', 'admin', 'bottom 2 seniors by score in Q2', () => people(rank('2025-Q2', 2, 'bottom', level('Senior')))),
  q('R506', 'admin', 'average Q3 score of the leads', () => figures(score(stats(['2025-Q3'], level('Lead')).mean))),
  q('R507', 'admin', 'how many days of annual leave has the AI team taken since august', () =>
    figures(days(ids({ team: 'AI', status: 'any' }).reduce((sum, id) => sum + leaveDays(id, ...SINCE_AUGUST, 'ANNUAL'), 0))),
  ),
  q('R508', 'admin', 'who in security was late more than twice last month', () => people(peopleWhere({ team: 'SEC' }, 'late', ...OCTOBER, (v) => v > 2))),
  q('R509', 'admin', "did the data team's average score go up from Q2 to Q3", () =>
    figures(score(stats(['2025-Q2'], { team: 'DAT' }).mean), score(stats(['2025-Q3'], { team: 'DAT' }).mean)),
  ),
  q('R510', 'DEV-001', 'which of my seniors had a missing check-out since august', () =>
    people(peopleWhere(level('Senior', 'DEV'), 'missingCheckOut', ...SINCE_AUGUST)),
  ),
  q('R511', 'QA-001', 'top performer in my team in Q1', () => people(rank('2025-Q1', 1, 'top', { team: 'QA' }))),
  q('R512', 'admin', 'attendance rate for mid-level staff last week', () => figures(rateOf(level('Mid'), LAST_WEEK))),
  q('R513', 'admin', 'who had the most absences in DEV this quarter', () => people(mostOf({ team: 'DEV' }, 'absent', ...THIS_QUARTER))),
  q('R514', 'admin', 'late arrivals in QA on friday 7 november', () => people(peopleWhere({ team: 'QA' }, 'late', '2025-11-07', '2025-11-07'))),
  q('R515', 'admin', 'how many people joined the AI team since 2024', () => figures(heads(hiredBetween('2024-01-01', TODAY, 'AI').length))),
  q('R516', 'admin', 'who in security was on leave last week', () => people(offBetween({ team: 'SEC' }, ...LAST_WEEK))),
  q('R517', 'DAT-004', 'my hours worked in september vs october', () =>
    figures(hours(measureOf('DAT-004', 'hours', ...SEPTEMBER)), hours(measureOf('DAT-004', 'hours', ...OCTOBER))),
  ),
  q('R518', 'QA-003', 'how many times was i late in q3', () => figures({ value: measureOf('QA-003', 'late', ...Q3), as: 'count' })),
  q('R519', 'admin', 'lowest attendance rate in QA last month', () => {
    const lowest = peopleByRate({ team: 'QA' }, ...OCTOBER, 'lowest')[0]!;
    return people([lowest.id], rate(lowest.rate));
  }),
  q('R520', 'admin', 'which team had the lowest attendance in september', () => {
    const team = teamsByRate(...SEPTEMBER).at(-1)!;
    return answer({ figures: [rateOf({ team }, SEPTEMBER)], mentions: [team] });
  }),
  q('R521', 'admin', 'how did Clara Jensen score in Q2 and Q3', () => figures(score(scoreOf('AI-008', '2025-Q2')), score(scoreOf('AI-008', '2025-Q3')))),
];
