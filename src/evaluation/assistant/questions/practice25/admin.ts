/*
 * practice25 — a new admin in their first week, coming from another company's HR system (Workday, BambooHR,
 * Odoo) and asking in its words: a headcount report by department, the roster of a team, attrition and new
 * hires (this year, H1, since September), tardies and no-shows, who is out of office or on PTO (tomorrow, next
 * week), the leave calendar, pending time-off requests and corrections, profile facts (job title, grade,
 * seniority, start date), the bank holidays, hours for the timesheets and the attendance rate over relative
 * periods. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and
 * person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { lastDaysWhere } from '../../oracle/practice16-figures';
import { withRequests } from '../../oracle/practice17-figures';
import { hireOf, whoOn } from '../../oracle/practice18-figures';
import { DAY_BEFORE_YESTERDAY, nonZero } from '../../oracle/practice20-figures';
import { anyoneWith, leaversWithLastDays, offOn, someoneWith, TOMORROW } from '../../oracle/practice23-figures';
import { attritionIn, H1, lastDaysMeasure, rosterOf, SINCE_SEPTEMBER, YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, THIS_QUARTER, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const perTeamHeadcount = () => TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team)));
const teamHours = (team: string, range: readonly [string, string]) => hours(nonZero(totals({ team }, ...range).hours));

export const ADMIN: readonly Question[] = [
  // Headcount, roster, attrition and hires.
  q('O094', 'admin', 'headcount report by department', () => figures(...perTeamHeadcount())),
  q('O095', 'admin', 'How many employees are in QA?', () => figures(count(headcount({ team: 'QA' })))),
  q('O096', 'admin', 'total headcount', () => figures(count(headcount()))),
  q('O097', 'admin', 'roster for the security department', () => people(rosterOf('SEC'))),
  q('O098', 'admin', 'AI team roster', () => people(rosterOf('AI'))),
  q('O099', 'admin', 'attrition this year', () => people(attritionIn(YEAR_TO_DATE))),
  q('O100', 'admin', 'how many people did we lose year to date', () =>
    figures(near(count(attritionIn(YEAR_TO_DATE).length), 'people|employee|leaver|left|lost')),
  ),
  q('O101', 'admin', 'attrition this quarter - who left and their last day', () => {
    const leavers = leaversWithLastDays(THIS_QUARTER);
    return answer({ people: leavers.map((x) => x.id), dates: leavers.map((x) => x.end) });
  }),
  q('O102', 'admin', 'new hires in H1', () => people(hiredBetween(...H1))),
  q('O103', 'admin', 'who joined since september', () => people(hiredBetween(...SINCE_SEPTEMBER))),
  q('O104', 'admin', 'How many people joined this year?', () =>
    figures(near(count(hiredBetween('2025-01-01', TODAY).length), 'people|employee|hire|joine|join')),
  ),
  q('O105', 'admin', 'hires and leavers this year', () =>
    figures(near(count(hiredBetween('2025-01-01', TODAY).length), 'hire|join|new'), near(count(attritionIn(YEAR_TO_DATE).length), 'leaver|left|leav')),
  ),

  // Profile facts in other systems' words.
  q('O106', 'admin', "what's Ravi Patel's job title", () => answer({ mentions: ['DevOps Engineer'] })),
  q('O107', 'admin', 'grade of Amara Nwosu', () => answer({ mentions: ['Lead'] })),
  q('O108', 'admin', 'seniority level for Mei Lin', () => answer({ mentions: ['Mid'] })),
  q('O109', 'admin', 'start date for Samuel Wright', () => answer({ dates: [hireOf('DAT-008')] })),
  q('O110', 'admin', 'Who is DEV-001?', () => answer({ mentions: ['Priya Raman', 'Manager'] })),
  q('O111', 'admin', 'end date for Victor Dumont', () => answer({ dates: ['2025-08-29'] })),

  // Tardies, no-shows and attendance.
  q('O112', 'admin', 'tardies yesterday', () => people(whoOn(ALL, 'late', YESTERDAY))),
  q('O113', 'admin', 'no-shows yesterday', () => people(anyoneWith(ALL, 'absent', [YESTERDAY, YESTERDAY]))),
  q('O114', 'admin', 'who was late the day before yesterday in AI', () => people(whoOn({ team: 'AI' }, 'late', DAY_BEFORE_YESTERDAY))),
  q('O115', 'admin', 'What was the attendance rate last week?', () => figures(rate(rateIn(ALL, LAST_WEEK)))),
  q('O116', 'admin', 'Show me departments with attendance issues last month', () =>
    answer({ teams: TEAM_CODES.filter((team) => rateIn({ team }, OCTOBER) < 0.9) }),
  ),
  q('O117', 'admin', 'attendance rate by department last month', () =>
    figures(...TEAM_CODES.map((team) => near(rate(rateIn({ team }, OCTOBER)), teamLabel(team)))),
  ),
  q('O118', 'admin', 'how many tardies in DEV in the past 7 days', () => figures(near(count(lastDaysMeasure(7, { team: 'DEV' }, 'late')), 'late|tard'))),
  q('O119', 'admin', 'who in SEC was late in the last 30 days', () => people(lastDaysWhere(30, { team: 'SEC' }, 'late'))),
  q('O120', 'admin', 'who forgot to clock out this mth', () => people(someoneWith(ALL, 'missingCheckOut', THIS_MONTH))),
  q('O121', 'admin', 'timesheet hours for the data team in october', () => figures(teamHours('DAT', OCTOBER))),
  q('O122', 'admin', 'hours worked by Jakub Wozniak last week', () => figures(hours(nonZero(measureOf('SEC-007', 'hours', ...LAST_WEEK))))),
  q('O123', 'admin', 'attendance rate since september for AI', () => figures(rate(rateIn({ team: 'AI' }, SINCE_SEPTEMBER)))),

  // Time off, the leave calendar and holidays.
  q('O124', 'admin', "who's out of office tomorrow", () => people(offOn(ALL, TOMORROW))),
  q('O125', 'admin', 'who is on PTO next week', () => people(offBetween(ALL, ...NEXT_WEEK))),
  q('O126', 'admin', 'who is off today', () => people(offOn(ALL, TODAY))),
  q('O127', 'admin', 'pending time-off reqs', () => people(withRequests('pending'))),
  q('O128', 'admin', 'pending PTO requests in DEV', () => people(withRequests('pending', { team: 'DEV' }))),
  q('O129', 'admin', 'rejected time off requests', () => people(withRequests('rejected'))),
  q('O130', 'admin', "Julia Fischer's PTO balance", () => figures(near(days(balance('DAT-003', 'ANNUAL').available), 'left|available|remain|balance|annual'))),
  q('O131', 'admin', 'any pending corrections?', () => answer({ mentions: ['correction'] })),
  q('O132', 'admin', 'next public holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('O133', 'admin', 'bank holidays in december', () => answer({ dates: datesOf(holidaysBetween('2025-12-01', '2025-12-31')) })),
  q('O134', 'admin', 'when is the QA offsite', () => answer({ dates: ['2025-09-12'] })),
  q('O135', 'admin', 'when is Anna Berg back from leave', () => answer({ dates: ['2025-11-21'] })),
];
