/*
 * practice34 — the HR business partner's people figures for the review: headcounts with filters (team, level, job
 * title), hires and leavers, tenure, leave balances, requests and who is off, public holidays and working days.
 */
import { answer, count, days, figures, people, years, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { offBetween, requestsOverlapping } from '../../oracle/leave-figures';
import { headcount, hiredBetween, leftBetween, longestServing, newest } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { holidayDate, requesters } from '../../oracle/practice12-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { DECEMBER } from '../../oracle/practice14-figures';
import { withUsUnder } from '../../oracle/practice15-figures';
import { requestCount, withRequests } from '../../oracle/practice17-figures';
import { SINCE_AUGUST } from '../../oracle/practice18-figures';
import { everyHolidayBetween } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftExtreme, leaveLeftTotal } from '../../oracle/practice21-figures';
import { leaversWithLastDays, workingDaysHalves } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { yearsOf } from '../../oracle/practice27-figures';
import { tenureMean } from '../../oracle/practice29-figures';
import { headcountPerTeam, leaveByKind, Q4_WHOLE } from '../../oracle/practice31-figures';
import { annualAvailable, leaveOfKinds } from '../../oracle/practice32-figures';
import { atLevel, Q3_RANGE, SEP_1_TO_OCT_15, WHOLE_2025, withTitle } from '../../oracle/practice33-figures';
import { organisationDay } from '../../oracle/practice34-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { q, SEPTEMBER } from '../helpers';

const ALL: Scope = {};
const HEAD = 'people|employee|headcount|staff|person|member';

export const WORKFORCE: readonly Question[] = [
  q('PI084', 'admin', 'Current headcount per team', () => figures(...headcountPerTeam())),
  q('PI085', 'admin', 'How many seniors do we have across the company?', () => figures(near(count(atLevel('Senior').length), HEAD + '|senior'))),
  q('PI086', 'admin', 'Which teams have more than 9 people?', () => ({ kind: 'answer', teams: teamsWithHeadcount((n) => n > 9) })),
  q('PI087', 'admin', 'How many data analysts do we employ?', () => figures(near(count(withTitle('Data Analyst').length), HEAD + '|analyst'))),
  q('PI088', 'admin', 'List the ML engineers in the AI team', () => people(withTitle('ML Engineer', 'AI'))),
  q('PI089', 'admin', 'Who joined in Q3?', () => people(hiredBetween(...Q3_RANGE))),
  q('PI090', 'admin', 'Hires and leavers in 2025', () =>
    figures(near(count(hiredBetween(...WHOLE_2025).length), 'hire|join|new'), near(count(leftBetween(...WHOLE_2025).length), 'left|leaver|depart')),
  ),
  q('PI091', 'admin', 'Who left during Q3, and what were their last days?', () => {
    const gone = leaversWithLastDays(Q3_RANGE);
    return answer({ people: gone.map((x) => x.id), dates: gone.map((x) => x.end) });
  }),
  q('PI092', 'admin', 'How many people has the Data team lost this year?', () =>
    figures(near(count(leftBetween(...YEAR_TO_DATE, 'DAT').length), HEAD + '|left|lost')),
  ),
  q('PI093', 'admin', 'Longest-serving person in each team', () => people(['AI', 'DAT', 'DEV', 'QA', 'SEC'].flatMap((team) => longestServing(1, { team })))),
  q('PI094', 'admin', 'Who has been with us for less than a year?', () => people(withUsUnder(1))),
  q('PI095', 'admin', "Who's been here more than 8 years?", () => people(servedMoreThan(8))),
  q('PI096', 'admin', 'Average tenure in Security', () => figures(years(tenureMean({ team: 'SEC' })))),
  q('PI097', 'admin', 'How long has Ravi Patel been with the company?', () => figures(years(yearsOf('DEV-014')))),
  q('PI098', 'admin', 'Who is the most recent hire in DEV?', () => people(newest(1, { team: 'DEV' }))),
  q('PI099', 'admin', 'How many leave requests are waiting for a decision across the company?', () =>
    figures(near(count(requestCount('pending')), 'request|pending')),
  ),
  q('PI100', 'admin', 'Whose pending leave falls in December?', () => people([...new Set(requestsOverlapping('pending', ...DECEMBER).map((l) => l.employee))])),
  q('PI101', 'admin', "Who's off between 24 and 28 November?", () => people(offBetween(ALL, '2025-11-24', '2025-11-28'))),
  q('PI102', 'admin', 'How many days of sick leave has the company taken since August?', () =>
    figures(near(days(leaveOfKinds(ALL, ['SICK'], SINCE_AUGUST)), 'sick|day')),
  ),
  q('PI103', 'admin', "Break down September's leave by type", () => figures(...leaveByKind(ALL, SEPTEMBER))),
  q('PI104', 'admin', 'Who has the least annual leave left this year?', () => {
    const least = leaveLeftExtreme('ANNUAL', 'least');
    return people([least.id], near(days(least.available), 'day|left|available|annual'));
  }),
  q('PI105', 'admin', "What's Anna Berg's annual leave balance?", () => figures(near(days(annualAvailable('DAT-007')), 'day|left|available|annual|balance'))),
  q('PI106', 'admin', 'Which organisation-wide holidays are still to come this year?', () =>
    answer({ dates: datesOf(holidaysBetween(addDays(TODAY, 1), '2025-12-31')) }),
  ),
  q('PI107', 'admin', 'How many working days does QA have in Q4?', () => figures(near(days(workingDaysHalves(Q4_WHOLE, 'QA')), 'day'))),
  q('PI108', 'admin', 'Is 31 October a full working day?', () => yesNo(organisationDay('2025-10-31') === 'working', [], { mentions: ['half'] })),
  q('PI109', 'admin', 'When is Security Team Day?', () => answer({ dates: [holidayDate('Security Team Day')] })),
  q('PI110', 'admin', 'List the holidays between 1 Sep and 15 Oct', () => answer({ dates: everyHolidayBetween(...SEP_1_TO_OCT_15) })),
  q('PI111', 'admin', 'Who in DEV has leave waiting for approval?', () => people(withRequests('pending', { team: 'DEV' }))),
  q('PI112', 'admin', 'Has anyone had a leave request rejected?', () => yesNo(requesters('rejected').length > 0, [], { people: requesters('rejected') })),
  q('PI113', 'admin', 'Total annual leave still available in SEC', () =>
    figures(near(days(leaveLeftTotal('ANNUAL', { team: 'SEC' })), 'day|available|left|annual')),
  ),
  q('PI114', 'admin', 'hw many ppl in AI rn', () => figures(near(count(headcount({ team: 'AI' })), HEAD))),
];
