/*
 * practice19 — the two managers about their own team with several constraints at once (a level and a
 * period, a threshold, a ranking within a level, one member against the team, two periods, negations), and
 * the same kinds of question about another team, a member of another team or the whole company, which must
 * be named back as outside what they can see (a person outside: "not found"). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set and
 * the oracle.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, type Question } from '../../expectation';
import { measureOf, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { offBetween } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { rateIn, topBy, withUsUnder } from '../../oracle/practice15-figures';
import { perPerson } from '../../oracle/practice16-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import {
  allBut,
  meanOf,
  neverIn,
  OCT_1_TO_20,
  rankClean,
  requestersOf,
  SEP_WEEK_2,
  SEPT_AND_OCT,
  SINCE_15_OCT,
  SINCE_15_SEPT,
  SINCE_AUGUST,
  weekOf,
} from '../../oracle/practice19-figures';
import { scoredBelow } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_WEEK, THIS_YEAR } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const r = (scope: Scope, range: readonly [string, string]) => rate(rateIn(scope, range));
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');

export const MANAGERS: readonly Question[] = [
  // DEV-001, their own team.
  q('C121', 'DEV-001', 'how many of my seniors were late in October', () =>
    figures(near(count(peopleWhere(levelIn('DEV', 'Senior'), 'late', ...OCTOBER).length), 'late|senior')),
  ),
  q('C122', 'DEV-001', 'which of my juniors missed more than a day between 1 and 20 October', () =>
    people(peopleWhere(levelIn('DEV', 'Junior'), 'absent', ...OCT_1_TO_20, (v) => v > 1)),
  ),
  q('C123', 'DEV-001', "my mids' attendance rate in the second week of September", () => figures(r(levelIn('DEV', 'Mid'), SEP_WEEK_2))),
  q('C124', 'DEV-001', 'which of my seniors scored lowest in Q2', () => people(rankClean('2025-Q2', 1, 'bottom', levelIn('DEV', 'Senior')))),
  q('C125', 'DEV-001', 'who in my team was never absent in October', () => people(neverIn(DEV, 'absent', OCTOBER))),
  q('C126', 'DEV-001', "Lukas's late arrivals since the 15th of October", () => figures(near(count(measureOf('DEV-004', 'late', ...SINCE_15_OCT)), 'late'))),
  q('C127', 'DEV-001', "Chris Morgan's absent days in October against my team's average per person", () =>
    figures(
      near(days(measureOf('DEV-006', 'absent', ...OCTOBER)), 'absen|chris|morgan'),
      near(days(perPerson(DEV, 'absent', OCTOBER)), 'absen|average|per person|avg|team'),
    ),
  ),
  q('C128', 'DEV-001', 'hours worked by my seniors last week', () => figures(hours(totals(levelIn('DEV', 'Senior'), ...LAST_WEEK).hours))),
  q('C129', 'DEV-001', 'who on my team has pending annual leave', () => people(requestersOf(['pending'], 'ANNUAL', ['2000-01-01', '2099-12-31'], DEV))),
  q('C130', 'DEV-001', 'how many juniors joined my team this year', () =>
    figures(near(count(levelIn('DEV', 'Junior').ids!.filter((id) => hiredBetween(...THIS_YEAR, 'DEV').includes(id)).length), 'junior|join|hire|people')),
  ),
  q('C131', 'DEV-001', 'top 3 in my team by Q1 score, leaving out the leads', () => people(rankClean('2025-Q1', 3, 'top', allBut('DEV', ['Lead'])))),
  q('C132', 'DEV-001', "my team's attendance in the second week of September vs the week of 13 October", () =>
    figures(r(DEV, SEP_WEEK_2), r(DEV, weekOf('2025-10-13'))),
  ),
  q('C133', 'DEV-001', 'who in my team worked more than 40 hours in the week of 6 October', () =>
    people(peopleWhere(DEV, 'hours', ...weekOf('2025-10-06'), (v) => v > 40)),
  ),
  q('C134', 'DEV-001', 'who in my team is on leave this week', () => people(offBetween(DEV, ...THIS_WEEK))),
  q('C135', 'DEV-001', 'how many half days did my juniors have since August', () =>
    figures(near(count(totals(levelIn('DEV', 'Junior'), ...SINCE_AUGUST).halfDay), 'half')),
  ),
  q('C136', 'DEV-001', 'late arrivals among my team except the seniors in September', () =>
    figures(near(count(totals(allBut('DEV', ['Senior']), ...SEPTEMBER).late), 'late')),
  ),

  // DEV-001, outside their team.
  q('C137', 'DEV-001', 'late arrivals in QA last month', () => otherTeam('QA')),
  q('C138', 'DEV-001', 'how many SEC seniors were late in October', () => otherTeam('SEC')),
  q('C139', 'DEV-001', 'what did Marcus Lee score in Q3', () => notFound()),
  q('C140', 'DEV-001', 'late arrivals across the company yesterday', () => company()),
  q('C141', 'DEV-001', 'which seniors in the data team were absent in October', () => otherTeam('DAT')),

  // QA-001, their own team.
  q('C142', 'QA-001', 'how many late arrivals did my mids have in September', () =>
    figures(near(count(totals(levelIn('QA', 'Mid'), ...SEPTEMBER).late), 'late')),
  ),
  q('C143', 'QA-001', 'which of my seniors were absent at least once in Q3', () =>
    people(peopleWhere(levelIn('QA', 'Senior'), 'absent', '2025-07-01', '2025-09-30')),
  ),
  q('C144', 'QA-001', 'of my juniors, who has been with us less than a year', () => people(withUsUnder(1, { team: 'QA', position: 'Junior' }))),
  q('C145', 'QA-001', "my team's attendance rate from 1 to 20 October, excluding the juniors", () => figures(r(allBut('QA', ['Junior']), OCT_1_TO_20))),
  q('C146', 'QA-001', "Zoe's absent days since the 15th of September compared with Chris Walker's", () =>
    figures(days(measureOf('QA-009', 'absent', ...SINCE_15_SEPT)), days(measureOf('QA-004', 'absent', ...SINCE_15_SEPT))),
  ),
  q('C147', 'QA-001', 'who in my team scored below the team average in Q3', () => people(scoredBelow('2025-Q3', meanOf('2025-Q3', QA), QA))),
  q('C148', 'QA-001', 'top 2 latecomers on my team between 1 and 20 October', () => people(topBy(QA, 'late', OCT_1_TO_20, 2))),
  q('C149', 'QA-001', 'sick days taken by my team in November', () => figures(days(leaveTaken(QA, 'SICK', NOVEMBER_ALL)))),
  q('C150', 'QA-001', "my team's holidays between September and October", () => answer({ dates: datesOf(holidaysBetween(...SEPT_AND_OCT, 'QA')) })),
  q('C151', 'QA-001', 'late arrivals of the lead on my team: October vs September', () =>
    figures(near(count(measureOf('QA-002', 'late', ...OCTOBER)), 'late|oct'), near(count(measureOf('QA-002', 'late', ...SEPTEMBER)), 'late|sep')),
  ),
  q('C152', 'QA-001', 'which of my people had missing check-outs this month', () => people(peopleWhere(QA, 'missingCheckOut', ...THIS_MONTH))),
  q('C153', 'QA-001', 'hires and leavers in my team this quarter', () =>
    answer({ people: [...hiredBetween(...THIS_QUARTER, 'QA'), ...leftBetween(...THIS_QUARTER, 'QA')] }),
  ),
  q('C154', 'QA-001', 'who in my team, apart from the juniors, was late last week', () => people(peopleWhere(allBut('QA', ['Junior']), 'late', ...LAST_WEEK))),
  q('C155', 'QA-001', 'did any of my seniors have a half day between September and October', () =>
    people(peopleWhere(levelIn('QA', 'Senior'), 'halfDay', ...SEPT_AND_OCT)),
  ),

  // QA-001, outside their team.
  q('C156', 'QA-001', 'how many people in DEV were late yesterday', () => otherTeam('DEV')),
  q('C157', 'QA-001', "Ravi Patel's hours last week", () => notFound()),
  q('C158', 'QA-001', 'attendance rate by team in October', () => company()),
  q('C159', 'QA-001', 'new hires in AI this quarter', () => otherTeam('AI')),
  q('C160', 'QA-001', 'bottom 3 scorers in the whole company last quarter', () => company()),
];
