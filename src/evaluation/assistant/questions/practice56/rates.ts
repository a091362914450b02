/*
 * practice56 — attendance and absence rates: of a team over a named month, of a level, person by person (100 %, under a
 * line, the lowest N), the absence rate, a series month by month, two teams compared, every team side by side, a period
 * against the one before, an ISO week, one's own rate last quarter against this one so far — each asked
 * plainly, casually, and with one more constraint. Rates are by the absence rule over closed days (today is open and
 * has no absentees); a team's rate counts the whole team; lists of people are read with and without those who have left.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import {
  absenceOf,
  ALL,
  LAST_MONTH,
  LAST_QUARTER,
  LAST_WEEK,
  level,
  levelRate,
  me,
  month,
  overAll,
  rateEntries,
  rateOf,
  rateWhere,
  some,
  team,
  THIS_MONTH,
  THIS_QUARTER,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice53-figures';
import { series } from '../../oracle/practice53-people';
import { perTeam } from '../../oracle/practice53-rankings';
import { cleanCut, week } from '../../oracle/practice55-figures';
import { perfectRate } from '../../oracle/practice56-figures';
import { q } from '../helpers';

const SEP = month(9);
const OCT = month(10);
const MONTHS_SINCE_AUG = [month(8), month(9), month(10), month(11)];
const lowest = (scope: Parameters<typeof rateEntries>[0], range: Parameters<typeof rateEntries>[1], n: number) =>
  overAll(scope, range, (s, r) => cleanCut(rateEntries(s, r), n, 'low'));
const teamRate = (code: string, range: Parameters<typeof rateOf>[1]) => rateOf(team(code), range);
export const RATES: readonly Question[] = [
  // A team's rate over a named month, and a level's.
  q('QE072', 'admin', "What was DEV's attendance rate in September?", () => figures(rate(teamRate('DEV', SEP)))),
  q('QE073', 'admin', 'dev att rate sept?', () => figures(rate(teamRate('DEV', SEP)))),
  q('QE074', 'admin', 'What was the attendance rate of the DEV seniors in September?', () => figures(rate(levelRate('Senior', SEP, 'DEV')))),
  q('QE075', 'QA-001', 'What was the attendance rate of my juniors last month?', () => figures(rate(levelRate('Junior', LAST_MONTH, 'QA')))),

  // Person by person: 100 %, under a line, the lowest N.
  q('QE076', 'admin', 'Who in DEV had 100% attendance last month?', () => people(some(perfectRate(team('DEV'), LAST_MONTH)))),
  q('QE077', 'QA-001', 'who on my team had perfect attendance last mth', () => people(some(perfectRate(team('QA'), LAST_MONTH, 'QA-001')))),
  q('QE078', 'admin', 'Which DEV seniors had 100% attendance in September?', () => people(some(perfectRate(level('Senior', 'DEV'), SEP)))),
  q('QE079', 'admin', 'Is anyone under 80% attendance last month?', () => people(some(rateWhere(ALL, LAST_MONTH, 0.8, (r) => r < 0.8)))),
  q('QE080', 'admin', 'anyone <80% attendance in oct?', () => people(some(rateWhere(ALL, OCT, 0.8, (r) => r < 0.8)))),
  q('QE081', 'admin', 'Who in QA was under 85% attendance last month?', () => people(some(rateWhere(team('QA'), LAST_MONTH, 0.85, (r) => r < 0.85)))),
  q('QE082', 'admin', 'What were the lowest 3 attendance rates last month?', () => people(lowest(ALL, LAST_MONTH, 3))),
  q('QE083', 'DEV-001', 'lowest 2 att rates on my team last mth?', () =>
    people(overAll(team('DEV'), LAST_MONTH, (s, r) => cleanCut(rateEntries(s, r), 2, 'low'), 'DEV-001')),
  ),

  // The absence rate: the attendance rate taken from 1.
  q('QE084', 'admin', 'What was the absence rate in DEV last month?', () => figures(rate(absenceOf(team('DEV'), LAST_MONTH)))),
  q('QE085', 'admin', 'qa absense rate oct', () => figures(rate(absenceOf(team('QA'), OCT)))),

  // Month by month since August.
  q('QE086', 'admin', 'What was the attendance rate by month since August?', () => figures(...series(ALL, 'rate', MONTHS_SINCE_AUG))),
  q('QE087', 'QA-001', "What was my team's attendance rate month by month since August?", () => figures(...series(team('QA'), 'rate', MONTHS_SINCE_AUG))),

  // Two teams compared.
  q('QE088', 'admin', "Is QA's attendance this month lower than DEV's?", () =>
    answer({
      mentions: [teamRate('QA', THIS_MONTH) < teamRate('DEV', THIS_MONTH) ? 'yes' : 'no'],
      figures: [rate(teamRate('QA', THIS_MONTH)), rate(teamRate('DEV', THIS_MONTH))],
    }),
  ),
  q('QE089', 'admin', 'qa vs dev att last mth', () => figures(rate(teamRate('QA', LAST_MONTH)), rate(teamRate('DEV', LAST_MONTH)))),
  q('QE090', 'admin', "Compare the attendance of QA's juniors and DEV's juniors last month", () =>
    figures(rate(levelRate('Junior', LAST_MONTH, 'QA')), rate(levelRate('Junior', LAST_MONTH, 'DEV'))),
  ),

  // Every team side by side; the best and the worst.
  q('QE091', 'admin', 'What was the attendance rate by team last week?', () => figures(...perTeam((code) => rate(teamRate(code, LAST_WEEK))))),
  q('QE092', 'admin', 'att per dept oct?', () => figures(...perTeam((code) => rate(teamRate(code, OCT))))),

  // A period against the one before.
  q('QE093', 'admin', "How did last week's attendance rate compare with the week before it?", () =>
    figures(rate(rateOf(ALL, LAST_WEEK)), rate(rateOf(ALL, WEEK_BEFORE_LAST))),
  ),
  q('QE094', 'admin', 'attendance this mth vs last mth?', () => figures(rate(rateOf(ALL, THIS_MONTH)), rate(rateOf(ALL, LAST_MONTH)))),
  q('QE095', 'DEV-001', "My team's absence rate this month vs last month?", () =>
    figures(rate(absenceOf(team('DEV'), THIS_MONTH)), rate(absenceOf(team('DEV'), LAST_MONTH))),
  ),

  // An ISO week by its number.
  q('QE096', 'admin', 'What was the attendance rate in week 45?', () => figures(rate(rateOf(ALL, week(45))))),
  q('QE097', 'admin', 'att rate wk 44?', () => figures(rate(rateOf(ALL, week(44))))),
  q('QE098', 'admin', "What was SEC's attendance rate in week 44?", () => figures(rate(teamRate('SEC', week(44))))),

  // The change from last quarter to this one: each end, for one's own rate.
  q('QE099', 'DAT-004', 'My attendance rate in Q3 versus this quarter so far?', () =>
    figures(rate(rateOf(me('DAT-004'), LAST_QUARTER)), rate(rateOf(me('DAT-004'), THIS_QUARTER))),
  ),
];
