/* Practice6 — two or three parts at once: team + level + period, person + measure + period, top N of a team, thresholds, comparisons. */
import { count, days, figures, hours, people, rate, score, type Question } from '../../expectation';
import { measureOf, peopleByRate, peopleWhere, peopleWithRate, totals } from '../../oracle/attendance-figures';
import { ids } from '../../oracle/people-figures';
import { rank, scoreOf, scoredAbove, stats } from '../../oracle/score-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const juniorsDev = () => ids({ team: 'DEV', position: 'Junior' });
const seniors = () => ids({ position: 'Senior' });

export const COMBOS: Question[] = [
  // team + level + period
  q('U201', 'admin', 'which DEV juniors were late in october', () => people(peopleWhere({ ids: juniorsDev() }, 'late', ...OCTOBER))),
  q('U202', 'admin', 'seniors absent more than 2 days in september', () => people(peopleWhere({ ids: seniors() }, 'absent', ...SEPTEMBER, (v) => v > 2))),
  q('U203', 'admin', 'average score of QA juniors in 2025-Q3', () => figures(score(stats(['2025-Q3'], { ids: ids({ team: 'QA', position: 'Junior' }) }).mean))),
  q('U204', 'admin', 'attendance rate of the DEV seniors in october', () =>
    figures(rate(totals({ ids: ids({ team: 'DEV', position: 'Senior' }) }, ...OCTOBER).rate)),
  ),
  q('U205', 'admin', 'which leads were late last week', () => people(peopleWhere({ ids: ids({ position: 'Lead' }) }, 'late', ...LAST_WEEK))),
  // person + measure + period
  q('U206', 'admin', 'how many hours did Tom Becker work in september', () => figures(hours(totals({ ids: ['DEV-002'] }, ...SEPTEMBER).hours))),
  q('U207', 'admin', 'how many times was Daniel Okafor late last month', () => figures(count(measureOf('DEV-008', 'late', ...OCTOBER)))),
  q('U208', 'admin', 'days absent for Lucas Moreau in october', () => figures(days(measureOf('SEC-005', 'absent', ...OCTOBER)))),
  q('U209', 'admin', 'Diego Alvarez attendance rate in august', () => figures(rate(totals({ ids: ['AI-005'] }, ...AUGUST).rate))),
  q('U210', 'admin', 'how many half days did Yuki Tanaka have in september', () => figures(count(measureOf('DEV-009', 'halfDay', ...SEPTEMBER)))),
  q('U211', 'admin', "Zoe Adams's absences this month", () => figures(days(measureOf('QA-009', 'absent', ...THIS_MONTH)))),
  // top / bottom N of a team in a quarter
  q('U212', 'admin', 'top 3 performers in Security in 2025-Q2', () => people(rank('2025-Q2', 3, 'top', { team: 'SEC' }))),
  q('U213', 'admin', 'bottom 2 in DEV for Q3 2025', () => people(rank('2025-Q3', 2, 'bottom', { team: 'DEV' }))),
  q('U214', 'admin', 'top 4 of the AI team in 2025-Q1', () => people(rank('2025-Q1', 4, 'top', { team: 'AI' }))),
  q('U215', 'admin', 'the 3 lowest attendance rates in DEV in october', () =>
    people(
      peopleByRate({ team: 'DEV' }, ...OCTOBER, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  // thresholds on rates and scores
  q('U216', 'admin', 'who in QA had attendance below 90% in october', () => people(peopleWithRate({ team: 'QA' }, ...OCTOBER, (r) => r < 0.9))),
  q('U217', 'admin', 'people with an attendance rate under 85% in september', () => people(peopleWithRate({}, ...SEPTEMBER, (r) => r < 0.85))),
  q('U218', 'admin', 'who in the data team scored above 80 in 2025-Q3', () => people(scoredAbove('2025-Q3', 80, { team: 'DAT' }))),
  q('U219', 'admin', 'DEV employees late more than 3 times in september', () => people(peopleWhere({ team: 'DEV' }, 'late', ...SEPTEMBER, (v) => v > 3))),
  q('U220', 'admin', 'anyone in security absent more than 3 days last month', () => people(peopleWhere({ team: 'SEC' }, 'absent', ...OCTOBER, (v) => v > 3))),
  // comparisons: two teams, two people, two quarters, two months
  q('U221', 'admin', 'compare attendance of DEV and QA in october', () =>
    figures(rate(totals({ team: 'DEV' }, ...OCTOBER).rate), rate(totals({ team: 'QA' }, ...OCTOBER).rate)),
  ),
  q('U222', 'admin', 'AI vs SEC attendance rate last week', () =>
    figures(rate(totals({ team: 'AI' }, ...LAST_WEEK).rate), rate(totals({ team: 'SEC' }, ...LAST_WEEK).rate)),
  ),
  q('U223', 'admin', 'compare Aisha Khan and Maria Gonzalez scores in 2025-Q3', () =>
    figures(score(scoreOf('DEV-003', '2025-Q3')), score(scoreOf('DEV-005', '2025-Q3'))),
  ),
  q('U224', 'admin', 'who was late more in october, Lukas Novak or Daniel Okafor', () =>
    figures(count(measureOf('DEV-004', 'late', ...OCTOBER)), count(measureOf('DEV-008', 'late', ...OCTOBER))),
  ),
  q('U225', 'admin', 'average score of the data team in 2025-Q1 vs 2025-Q3', () =>
    figures(score(stats(['2025-Q1'], { team: 'DAT' }).mean), score(stats(['2025-Q3'], { team: 'DAT' }).mean)),
  ),
  q('U226', 'admin', 'QA attendance rate in september compared with october', () =>
    figures(rate(totals({ team: 'QA' }, ...SEPTEMBER).rate), rate(totals({ team: 'QA' }, ...OCTOBER).rate)),
  ),
  q('U227', 'admin', 'hours worked by Grace Kim in september vs october', () =>
    figures(hours(totals({ ids: ['QA-007'] }, ...SEPTEMBER).hours), hours(totals({ ids: ['QA-007'] }, ...OCTOBER).hours)),
  ),
  q('U228', 'admin', "Ahmed Ali's score in 2025-Q2 versus 2025-Q3", () => figures(score(scoreOf('DAT-002', '2025-Q2')), score(scoreOf('DAT-002', '2025-Q3')))),
];
