/*
 * practice33 — the two managers on their phones (Priya Raman of DEV, Elena Petrova of QA): their own team's
 * attendance, hours, scores, leave and hires, asked as "my team", "my devs", "my juniors", plus questions about
 * themselves and the scope probes of a manager (another team, the company, a person outside the team).
 */
import { answer, count, days, figures, hours, notFound, people, rate, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, peopleWithRate, totals, type Scope } from '../../oracle/attendance-figures';
import { balance, offBetween, requests } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { absentDays } from '../../oracle/practice23-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { countsOver, overClean } from '../../oracle/practice29-figures';
import { outsideCompany, outsideTeam, someone, soleMover, YEAR_SO_FAR } from '../../oracle/practice33-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const HEAD = 'people|employee|headcount|staff|person|ppl|member';

export const MANAGERS: readonly Question[] = [
  // Priya Raman, DEV-001.
  q('PH046', 'DEV-001', 'hey, how did my team do on attendance last week?', () => figures(rate(rateIn(DEV, LAST_WEEK)))),
  q('PH047', 'DEV-001', 'my teams rate so far this month', () => figures(rate(rateIn(DEV, THIS_MONTH)))),
  q('PH048', 'DEV-001', 'anyone on my team late yesterday', () => people(peopleWhere(DEV, 'late', YESTERDAY, YESTERDAY))),
  q('PH049', 'DEV-001', 'did anybody in my team forget to check out this wk', () => people(someone(peopleWhere(DEV, 'missingCheckOut', ...THIS_WEEK)))),
  q('PH050', 'DEV-001', 'how many absences did my devs have in october', () => figures(near(days(totals(DEV, ...OCTOBER).absent), 'absen|day|missed'))),
  q('PH051', 'DEV-001', 'my juniors - who was late last month', () => people(someone(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...OCTOBER)))),
  q('PH052', 'DEV-001', 'which of my seniors had 100% attendance in sept', () =>
    people(someone(peopleWithRate(levelIn('DEV', 'Senior'), ...SEPTEMBER, (r) => r === 1))),
  ),
  q('PH053', 'DEV-001', 'hrs worked by my team last wk', () => figures(hours(totals(DEV, ...LAST_WEEK).hours))),
  q('PH054', 'DEV-001', 'who on my team logged the fewest hours in october', () => people(fewestHours(DEV, OCTOBER, 1))),
  q('PH055', 'DEV-001', 'avg q3 score for my team?', () => figures(score(meanOf('2025-Q3', DEV)))),
  q('PH056', 'DEV-001', 'top 3 on my team in q3', () => people(rankClean('2025-Q3', 3, 'top', DEV))),
  q('PH057', 'DEV-001', 'who on my team dropped the most from q2 to q3', () => people([soleMover('2025-Q2', '2025-Q3', 'down', DEV).id])),
  q('PH058', 'DEV-001', 'how many ppl are on my team rn', () => figures(near(count(headcount(DEV)), HEAD))),
  q('PH059', 'DEV-001', 'pending leave reqs for my team', () => {
    const pending = requests('pending', DEV);
    return answer({ people: [...new Set(pending.map((l) => l.employee))], dates: pending.map((l) => l.from) });
  }),
  q('PH060', 'DEV-001', "who's off on leave next week in my team", () => people(someone(offBetween(DEV, ...NEXT_WEEK)))),
  q('PH061', 'DEV-001', 'how much annual leave does maria gonzales have left', () =>
    figures(near(days(balance('DEV-005', 'ANNUAL').available), 'left|available|remain|balance|annual')),
  ),
  q('PH062', 'DEV-001', 'chris hours last week', () => figures(hours(measureOf('DEV-006', 'hours', ...LAST_WEEK)))),
  q('PH063', 'DEV-001', 'what did i score in q3', () => figures(score(scoreOf('DEV-001', '2025-Q3')))),
  q('PH064', 'DEV-001', 'my own attendance this month', () => figures(rate(rateIn({ ids: ['DEV-001'] }, THIS_MONTH)))),
  q('PH065', 'DEV-001', 'QA attendance last week?', () => outsideTeam('QA')),
  q('PH066', 'DEV-001', "whats elena petrova's q3 score", () => notFound()),
  q('PH067', 'DEV-001', 'company wide attendance rate this month', () => outsideCompany()),
  q('PH068', 'DEV-001', 'who is SEC-003', () => notFound()),

  // Elena Petrova, QA-001.
  q('PH069', 'QA-001', 'my team attendence rate in oct', () => figures(rate(rateIn(QA, OCTOBER)))),
  q('PH070', 'QA-001', 'who in my team was absent more than 2 days last month', () => people(overClean(QA, 'absent', OCTOBER, 2))),
  q('PH071', 'QA-001', 'late arrivals month by month this quarter for my team', () =>
    figures(...countsOver(QA, 'late', [OCTOBER, THIS_MONTH]).map((n, i) => near(count(n), i === 0 ? 'late|oct' : 'late|nov'))),
  ),
  q('PH072', 'QA-001', 'who on my team was never late in september', () => people(someone(neverIn(QA, 'late', SEPTEMBER)))),
  q('PH073', 'QA-001', 'bottom 2 scores on my team last quarter', () => people(rankClean('2025-Q3', 2, 'bottom', QA))),
  q('PH074', 'QA-001', 'q3 spread on my team, max minus min', () => figures(score(spreadOf('2025-Q3', QA)))),
  q('PH075', 'QA-001', 'how many of my ppl joined this yr', () => figures(near(count(hiredBetween(...YEAR_SO_FAR, 'QA').length), HEAD + '|join|hire|new'))),
  q('PH076', 'QA-001', 'hours my team logged this week so far', () => figures(hours(totals(QA, ...THIS_WEEK).hours))),
  q('PH077', 'QA-001', "zoe's absences this month, which days?", () => answer({ dates: someone(absentDays('QA-009', THIS_MONTH)) })),
  q('PH078', 'QA-001', 'whos on leave in my team next week', () => people(someone(offBetween(QA, ...NEXT_WEEK)))),
  q('PH079', 'QA-001', "grace kim's hours last week", () => figures(hours(measureOf('QA-007', 'hours', ...LAST_WEEK)))),
  q('PH080', 'QA-001', 'sick leave my team took this yr', () => figures(near(days(leaveTaken(QA, 'SICK', YEAR_SO_FAR)), 'sick|day|leave'))),
  q('PH081', 'QA-001', 'my juniors attendance rate last wk', () => figures(rate(rateIn(levelIn('QA', 'Junior'), LAST_WEEK)))),
  q('PH082', 'QA-001', 'how many mid level ppl do i have', () => figures(near(count(headcount({ team: 'QA', position: 'Mid' })), HEAD + '|mid'))),
  q('PH083', 'QA-001', 'chris attendance rate september', () => figures(rate(rateIn({ ids: ['QA-004'] }, SEPTEMBER)))),
  q('PH084', 'QA-001', 'how much annual leave do i have left', () =>
    figures(near(days(balance('QA-001', 'ANNUAL').available), 'left|available|remain|balance|annual')),
  ),
  q('PH085', 'QA-001', "what's Aisha Khan's attendance this month", () => notFound()),
  q('PH086', 'QA-001', 'ai team avg score q3', () => outsideTeam('AI')),
  q('PH087', 'QA-001', 'whos late yesterday across every team', () => outsideCompany()),
];
