/*
 * practice26 — the admin's month-end operations beyond the timesheets: leave taken by type, balances and
 * pending requests, corrections waiting, public holidays and working days in a month, score statistics
 * (average, median, lowest, highest, the spread), average tenure overall and by team, two teams' average
 * scores compared, and negations and exclusions ("not late", "headcount excluding DEV"). Written code-blind
 * from /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set
 * and the oracle.
 */
import { answer, count, days, figures, people, score, years, type Question } from '../../expectation';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { NOVEMBER_ALL, DECEMBER } from '../../oracle/practice14-figures';
import { leaveTaken, requestCount, withRequests } from '../../oracle/practice17-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { averageTenure, pendingDays, spreadOf, workingDays } from '../../oracle/practice21-figures';
import { headcountOutside } from '../../oracle/practice22-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { meanGap } from '../../oracle/practice26-figures';
import { stats } from '../../oracle/score-figures';
import { OCTOBER, q, THIS_QUARTER, THIS_YEAR } from '../helpers';

const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const left = (id: string, label: string) => near(days(balance(id, 'ANNUAL').available), label);
// Both teams' means are expected, so both teams are named: the grader's team set cannot single out the higher one
// (an expectation of only the higher team could not be met by any answer giving both figures; corrected after the
// first run, named in docs/ASSISTANT-EVALUATION.md). The gap is checked to be no tie.
const twoMeans = (a: string, b: string, period: string) => {
  if (meanGap(a, b, period) === 0) throw new Error(`${a} and ${b} tie in ${period}`);
  return answer({ figures: [score(meanOf(period, { team: a })), score(meanOf(period, { team: b }))], teams: [a, b] });
};

export const OPERATIONS: readonly Question[] = [
  // Leave by type, balances and pending requests.
  q('PA049', 'admin', 'How many days of sick leave were taken this year?', () => figures(days(leaveTaken({}, 'SICK', THIS_YEAR)))),
  q('PA050', 'admin', 'annual leave days taken in october, whole company', () => figures(days(leaveTaken({}, 'ANNUAL', OCTOBER)))),
  q('PA051', 'admin', 'How much unpaid leave has been taken this year?', () => figures(days(leaveTaken({}, 'UNPAID', THIS_YEAR)))),
  q('PA052', 'admin', 'sick days taken by the QA team this year', () => figures(days(leaveTaken({ team: 'QA' }, 'SICK', THIS_YEAR)))),
  q('PA053', 'admin', 'Annual leave taken this quarter by DEV', () => figures(days(leaveTaken({ team: 'DEV' }, 'ANNUAL', THIS_QUARTER)))),
  q('PA054', 'admin', "What is Marcus Lee's annual leave balance?", () => figures(left('QA-002', 'left|available|remain|balance|annual'))),
  q('PA055', 'admin', 'how many sick days does Lucas Moreau have left', () =>
    figures(near(days(balance('SEC-005', 'SICK').available), 'left|available|remain|balance|sick')),
  ),
  q('PA056', 'admin', 'How many annual leave days has Felix Wagner taken this year?', () =>
    figures(near(days(balance('AI-003', 'ANNUAL').taken), 'taken|used|annual')),
  ),
  q('PA057', 'admin', 'Who has pending leave requests?', () => people(withRequests('pending'))),
  q('PA058', 'admin', 'how many leave requests are pending', () => figures(near(count(requestCount('pending')), 'pending|request'))),
  q('PA059', 'admin', 'How many days do the pending leave requests add up to?', () => figures(near(days(pendingDays()), 'day|pending'))),
  q('PA060', 'admin', 'pending leave requests in the AI team', () => people(withRequests('pending', { team: 'AI' }))),
  q('PA061', 'admin', 'who has approved leave requests in SEC', () => people(withRequests('approved', { team: 'SEC' }))),
  q('PA062', 'admin', 'Are there any attendance corrections pending?', () => answer({ mentions: ['correction'] })),
  q('PA063', 'admin', 'list the pending corrections before I close the month', () => answer({ mentions: ['correction'] })),

  // Holidays and working days.
  q('PA064', 'admin', 'What public holidays are there in October?', () => answer({ dates: datesOf(holidaysBetween(...OCTOBER)) })),
  q('PA065', 'admin', 'public holidays in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
  q('PA066', 'admin', 'How many working days are in November for the DEV team?', () => figures(near(days(workingDays(NOVEMBER_ALL, 'DEV')), 'working|day'))),
  q('PA067', 'admin', 'working days in november', () => figures(near(days(workingDays(NOVEMBER_ALL)), 'working|day'))),
  q('PA068', 'admin', 'How many working days were there in October, counting the half day?', () =>
    figures(near(days(workingDaysHalves(OCTOBER)), 'working|day')),
  ),
  q('PA069', 'admin', 'bank holidays in Q4 for the security team', () => answer({ dates: datesOf(holidaysBetween('2025-10-01', '2025-12-31', 'SEC')) })),

  // Score statistics and teams compared.
  q('PA070', 'admin', 'What was the average score in Q3?', () => figures(score(stats([Q3]).mean))),
  q('PA071', 'admin', 'median score last quarter', () => figures(score(stats([Q3]).median))),
  q('PA072', 'admin', 'Lowest and highest score in Q3', () => figures(score(stats([Q3]).min), score(stats([Q3]).max))),
  q('PA073', 'admin', "what's the spread between the highest and lowest score in Q3", () => figures(score(spreadOf(Q3)))),
  q('PA074', 'admin', 'average, median, min and max score for the Data team in Q3', () => {
    const s = stats([Q3], { team: 'DAT' });
    return figures(score(s.mean), score(s.median), score(s.min), score(s.max));
  }),
  q('PA075', 'admin', 'spread of scores in QA in Q2', () => figures(score(spreadOf(Q2, { team: 'QA' })))),
  q('PA076', 'admin', 'Compare the average scores of DEV and QA in Q3', () => twoMeans('DEV', 'QA', Q3)),
  q('PA077', 'admin', 'which had the higher average score in Q3, Security or AI?', () => twoMeans('SEC', 'AI', Q3)),
  q('PA078', 'admin', 'data vs dev avg score q2', () => twoMeans('DAT', 'DEV', Q2)),
  q('PA079', 'admin', 'Top 3 scorers in Q3', () => people(rankClean(Q3, 3, 'top'))),
  q('PA080', 'admin', 'bottom 2 scores in the AI team last quarter', () => people(rankClean(Q3, 2, 'bottom', { team: 'AI' }))),

  // Tenure.
  q('PA081', 'admin', 'What is the average tenure?', () => figures(years(averageTenure()))),
  q('PA082', 'admin', 'average tenure in the security team', () => figures(years(averageTenure({ team: 'SEC' })))),
  q('PA083', 'admin', 'avg tenure for QA', () => figures(years(averageTenure({ team: 'QA' })))),
  q('PA084', 'admin', 'Average tenure of the Data team', () => figures(years(averageTenure({ team: 'DAT' })))),

  // Negations and exclusions.
  q('PA085', 'admin', 'Who in DEV was not late in October?', () => people(neverIn({ team: 'DEV' }, 'late', OCTOBER))),
  q('PA086', 'admin', 'which security staff had no absences in october', () => people(neverIn({ team: 'SEC' }, 'absent', OCTOBER))),
  q('PA087', 'admin', 'headcount excluding DEV', () => figures(count(headcountOutside(['DEV'])))),
  q('PA088', 'admin', 'How many employees are there outside QA and AI?', () => figures(count(headcountOutside(['QA', 'AI'])))),
  q('PA089', 'admin', 'headcount for month end', () => figures(count(headcount()))),
  q('PA090', 'admin', 'who in SEC never forgot to check out in october', () => people(neverIn({ team: 'SEC' }, 'missingCheckOut', OCTOBER))),
];
