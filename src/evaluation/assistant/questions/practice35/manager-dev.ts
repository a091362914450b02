/*
 * practice35 — Priya Raman (DEV-001), in her first week managing Development: her team's attendance, hours,
 * scores and people in her own words ("my team", "my people", "my juniors", a colleague by first name), her
 * own attendance, and the probes of her scope — another team, someone in it, the whole company, team-by-team
 * figures — plus orders and facts the service does not keep, each expected to be refused by name.
 */
import { count, days, figures, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { clearlyDiffer, overClean } from '../../oracle/practice29-figures';
import { clockAt } from '../../oracle/practice31-figures';
import { biggestMove } from '../../oracle/practice32-figures';
import { outsideCompany, outsideTeam } from '../../oracle/practice33-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { stats } from '../../oracle/score-figures';
import { atLeastThree, NOV_17, OCT_20_TO_31, SINCE_AUGUST, whoOnDay, YEAR_2025, YESTERDAY } from '../../oracle/practice35-figures';
import { OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage'];

export const MANAGER_DEV: readonly Question[] = [
  q('PJ109', 'DEV-001', "How's my team been doing on attendance so far this month?", () => figures(rate(rateIn(DEV, THIS_MONTH)))),
  q('PJ110', 'DEV-001', "Anything I should know about my team's attendance this week - has anyone been absent?", () => {
    const who = peopleWhere(DEV, 'absent', ...THIS_WEEK);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PJ111', 'DEV-001', 'who on my team was late on Monday?', () => people(whoOnDay(DEV, 'late', NOV_17))),
  q('PJ112', 'DEV-001', 'did anybody on my team forget to check out yesterday?', () => {
    const who = peopleWhere(DEV, 'missingCheckOut', YESTERDAY, YESTERDAY);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PJ113', 'DEV-001', 'How many late arrivals did my team have between 20 Oct and 31 Oct?', () =>
    figures(near(count(atLeastThree(totals(DEV, ...OCT_20_TO_31).late)), 'late')),
  ),
  q('PJ114', 'DEV-001', 'which of my people were absent for more than 2 days in October?', () => people(overClean(DEV, 'absent', OCTOBER, 2))),
  q('PJ115', 'DEV-001', "I'm meeting Ben Carter for a catch-up soon. How many days has he been absent since August?", () =>
    figures(near(days(measureOf('DEV-012', 'absent', ...SINCE_AUGUST)), 'absen|day|missed')),
  ),
  q('PJ116', 'DEV-001', "what's Chris's attendance rate been since the 1st?", () => figures(rate(rateIn({ ids: ['DEV-006'] }, THIS_MONTH)))),
  q('PJ117', 'DEV-001', 'how many times was Lukas late in September?', () =>
    figures(near(count(atLeastThree(measureOf('DEV-004', 'late', ...SEPTEMBER))), 'late|time')),
  ),
  q('PJ118', 'DEV-001', 'who on my team clocked the fewest hours in October?', () => people(fewestHours(DEV, OCTOBER, 1))),
  q('PJ119', 'DEV-001', "my juniors' attendance rate in September", () => figures(rate(rateIn(levelIn('DEV', 'Junior'), SEPTEMBER)))),
  q('PJ120', 'DEV-001', 'median Q3 score on my team', () => figures(score(stats(['2025-Q3'], DEV).median))),
  q('PJ121', 'DEV-001', 'who are my 3 strongest performers for Q3?', () => people(rankClean('2025-Q3', 3, 'top', DEV))),
  q('PJ122', 'DEV-001', 'Who on my team slipped the most from Q2 to Q3?', () => {
    const fall = biggestMove('2025-Q2', '2025-Q3', 'fall', DEV);
    return people([fall.id], score(fall.change));
  }),
  q('PJ123', 'DEV-001', 'how many people are on my team?', () => figures(near(count(headcount(DEV)), 'people|employee|member|staff|person|headcount'))),
  q('PJ124', 'DEV-001', 'Who on my team joined in 2025?', () => people(hiredBetween(...YEAR_2025, 'DEV'))),
  q('PJ125', 'DEV-001', 'What time did Ravi check in yesterday?', () => ({ kind: 'answer', mentions: [clockAt('DEV-014', YESTERDAY, 'in')] })),
  q('PJ126', 'DEV-001', 'hanna schmidt absences in sept', () => figures(near(days(measureOf('DEV-007', 'absent', ...SEPTEMBER)), 'absen|day|missed'))),
  q('PJ127', 'DEV-001', 'Is my team’s attendance this month better than it was in October?', () => {
    const [nov, oct] = [rateIn(DEV, THIS_MONTH), rateIn(DEV, OCTOBER)];
    return yesNo(clearlyDiffer(nov, oct, 0.002), [rate(nov), rate(oct)]);
  }),

  // Her scope, probed.
  q('PJ128', 'DEV-001', "what's QA's average Q3 score?", () => outsideTeam('QA')),
  q('PJ129', 'DEV-001', "How is Sarah Johnson's attendance this month?", () => notFound()),
  q('PJ130', 'DEV-001', 'what was the company-wide attendance rate last month?', () => outsideCompany()),
  q('PJ131', 'DEV-001', 'which team had the best attendance last month?', () => refusal('outside', 'other teams', 'every team', 'all teams', 'team by team')),
  q('PJ132', 'DEV-001', "What's Olivia's check-in time yesterday?", () => notFound()),

  // What she may not do, and what the service does not keep.
  q('PJ133', 'DEV-001', "approve Yuki's leave request please", () => refusal('approve', '/approve', 'leave-requests')),
  q('PJ134', 'DEV-001', "What's Tom Becker's salary?", () => refusal(...PAY)),
  q('PJ135', 'DEV-001', 'Who checked in before 8:45 today?', () => refusal('before', '8:45', 'time of day')),
];
