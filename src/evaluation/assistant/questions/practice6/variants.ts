/* Practice6 — a second batch, added after the first run: how people really type (short, casual, misspelt names and teams, relative periods). */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, hours, people, rate, refusal, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, teamsByRate, totals } from '../../oracle/attendance-figures';
import { balance, leaveDays, offBetween, requests } from '../../oracle/leave-figures';
import { headcount, hiredBetween, leftBetween } from '../../oracle/people-figures';
import { rank, scoredAbove, scoreOf, stats } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const who = (list: Array<{ employee: string }>) => [...new Set(list.map((l) => l.employee))];
const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];

export const VARIANTS: Question[] = [
  q('U321', 'admin', 'how many ppl in secruity', () => figures(count(headcount({ team: 'SEC' })))),
  q('U322', 'admin', 'Quality Assurance headcount?', () => figures(count(headcount({ team: 'QA' })))),
  q('U323', 'admin', 'whos late today', () => people(peopleWhere({}, 'late', TODAY, TODAY))),
  q('U324', 'admin', 'how many people were absent yesterday', () => figures(count(peopleWhere({}, 'absent', YESTERDAY, YESTERDAY).length))),
  q('U325', 'admin', 'how many late arrivals in DEV last week', () => figures(count(totals({ team: 'DEV' }, ...LAST_WEEK).late))),
  q('U326', 'admin', 'total days absent in QA in october', () => figures(days(totals({ team: 'QA' }, ...OCTOBER).absent))),
  q('U327', 'admin', "give me Tom's score for q3 2025", () => figures(score(scoreOf('DEV-002', '2025-Q3')))),
  q('U328', 'admin', "Priya's attendance last month", () => figures(rate(totals({ ids: ['DEV-001'] }, ...OCTOBER).rate))),
  q('U329', 'admin', 'ravi patel hours in october', () => figures(hours(totals({ ids: ['DEV-014'] }, ...OCTOBER).hours))),
  q('U330', 'admin', 'top five performers last quarter', () => people(rank('2025-Q3', 5, 'top'))),
  q('U331', 'admin', 'bottom three in QA last quarter', () => people(rank('2025-Q3', 3, 'bottom', { team: 'QA' }))),
  q('U332', 'admin', 'avg score for the data team last quarter', () => figures(score(stats(['2025-Q3'], { team: 'DAT' }).mean))),
  q('U333', 'admin', 'is 2025-12-26 a holiday', () => answer({ dates: ['2025-12-26'], mentions: ['Boxing'] })),
  q('U334', 'admin', 'how many days of annual leave has Anna Berg taken this year', () => figures(days(balance('DAT-007', 'ANNUAL').taken))),
  q('U335', 'admin', 'show rejected leave requests for DEV', () => people(who(requests('rejected', { team: 'DEV' })))),
  q('U336', 'admin', 'who got hired this year in DEV', () => people(hiredBetween('2025-01-01', TODAY, 'DEV'))),
  q('U337', 'admin', 'employees who started in 2023', () => people(hiredBetween('2023-01-01', '2023-12-31'))),
  q('U338', 'admin', 'how many leavers this year', () => figures(count(leftBetween('2025-01-01', TODAY).length))),
  q('U339', 'admin', 'score statistics for QA in 2025-Q2', () => {
    const s = stats(['2025-Q2'], { team: 'QA' });
    // "statistics" names no particular figure: the mean, the lowest and the highest are what any reading gives.
    return figures(score(s.mean), score(s.min), score(s.max));
  }),
  q('U340', 'admin', 'how many people scored over 90 in Q3 2025', () => figures(count(scoredAbove('2025-Q3', 90).length))),
  q('U341', 'admin', 'compare Q2 and Q3 2025 average scores', () => figures(score(stats(['2025-Q2']).mean), score(stats(['2025-Q3']).mean))),
  q('U342', 'admin', 'which team has the worst attendance this month', () => answer({ teams: [teamsByRate(...THIS_MONTH).at(-1)!] })),
  q('U343', 'admin', 'attendance by team last week', () => figures(...TEAMS.map((team) => rate(totals({ team }, ...LAST_WEEK).rate)))),
  q('U344', 'admin', 'attendance rate per team in october', () => figures(...TEAMS.map((team) => rate(totals({ team }, ...OCTOBER).rate)))),
  q('U345', 'admin', 'who clocked in late today in the AI team', () => people(peopleWhere({ team: 'AI' }, 'late', TODAY, TODAY))),
  q('U346', 'admin', 'hours worked by everyone yesterday', () => figures(hours(totals({}, YESTERDAY, YESTERDAY).hours))),
  q('U347', 'admin', 'who is off today in data', () => people(offBetween({ team: 'DAT' }, TODAY, TODAY))),
  q('U348', 'admin', 'when is Maria Gonzalez on leave', () => answer({ people: ['DEV-005'], dates: ['2025-11-24'] })),
  q('U349', 'admin', 'attendance of Grace Kimm in october', () => figures(rate(totals({ ids: ['QA-007'] }, ...OCTOBER).rate))),
  q('U350', 'admin', 'late count for the whole company last week', () => figures(count(totals({}, ...LAST_WEEK).late))),
  q('U351', 'QA-003', 'my late days this month', () => figures(count(measureOf('QA-003', 'late', ...THIS_MONTH)))),
  q('U352', 'DAT-004', 'how many hours have I worked this week', () => figures(hours(totals({ ids: ['DAT-004'] }, ...THIS_WEEK).hours))),
  q('U353', 'DEV-003', 'what did I score last quarter', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('U354', 'QA-001', 'how many people in my team are on leave next week', () => figures(count(offBetween({ team: 'QA' }, ...NEXT_WEEK).length))),
  q('U355', 'DEV-001', 'who in DEV forgot to check out in november', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...THIS_MONTH))),
  q('U356', 'DEV-001', "Sofia's leave this month", () => figures(days(leaveDays('DEV-011', ...THIS_MONTH)))),
  q('U357', 'QA-001', 'pending requests for my team', () => people(who(requests('pending', { team: 'QA' })))),
  q('U358', 'QA-001', 'whos been late more than 3 times in my team in october', () => people(peopleWhere({ team: 'QA' }, 'late', ...OCTOBER, (v) => v > 3))),
  q('U359', 'admin', "what's the average salary by team", () => refusal('salary')),
  q('U360', 'admin', 'will Chris Morgan be absent tomorrow', () => refusal('will', 'tomorrow', 'predict', 'forecast')),
  q('U361', 'admin', 'give everyone in QA a raise', () => refusal('raise')),
  q('U362', 'admin', 'which employees are married', () => refusal('married')),
  q('U363', 'admin', 'recommend someone for team lead', () => refusal('recommend')),
  q('U364', 'DEV-001', 'rate my team members on a scale of 1 to 10', () => refusal('scale', 'rate')),
];
