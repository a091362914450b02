/* Admin questions, two questions in one message, and very short or long phone-typed ones. */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, people, rate, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, totals } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, requests } from '../../oracle/leave-figures';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { rank, scoreOf, stats } from '../../oracle/score-figures';
import { NEXT_WEEK, OCTOBER, THIS_MONTH, YESTERDAY, q } from '../helpers';

export const MIXED: Question[] = [
  q('W241', 'admin', 'how many ppl in qa', () => answer({ figures: [count(headcount({ team: 'QA' }))] })),
  q('W242', 'admin', 'whos off next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('W243', 'admin', 'all pending leave requests', () => people([...new Set(requests('pending').map((l) => l.employee))])),
  q('W244', 'admin', 'attendance rate for data last month', () => answer({ figures: [rate(totals({ team: 'DAT' }, ...OCTOBER).rate)] })),
  q('W245', 'admin', 'top 3 in security q3', () => people(rank('2025-Q3', 3, 'top', { team: 'SEC' }))),
  q('W246', 'admin', 'who joined in 2025', () => people(hiredBetween('2025-01-01', TODAY))),
  q('W247', 'admin', 'who in ai was late yesterday', () => people(peopleWhere({ team: 'AI' }, 'late', YESTERDAY, YESTERDAY))),
  q('W248', 'admin', 'emma clarke annual leave balance', () => answer({ figures: [days(balance('SEC-004', 'ANNUAL').available)] })),
  q('W249', 'DEV-003', 'whats my annual leave balance and when is the next holiday', () =>
    answer({ figures: [days(balance('DEV-003', 'ANNUAL').available)], dates: [nextHoliday(TODAY, 'DEV').date] }),
  ),
  q('W250', 'QA-003', 'my score last quarter and my attendance last month?', () =>
    answer({ figures: [score(scoreOf('QA-003', '2025-Q3')), rate(totals({ ids: ['QA-003'] }, ...OCTOBER).rate)] }),
  ),
  q('W251', 'DEV-001', 'who was late yesterday and who is off next week', () =>
    people([...new Set([...peopleWhere({ team: 'DEV' }, 'late', YESTERDAY, YESTERDAY), ...offBetween({ team: 'DEV' }, ...NEXT_WEEK)])]),
  ),
  q('W252', 'QA-001', 'team avg score q3 and attendance rate last month', () =>
    answer({ figures: [score(stats(['2025-Q3'], { team: 'QA' }).mean), rate(totals({ team: 'QA' }, ...OCTOBER).rate)] }),
  ),
  q('W253', 'SEC-004', 'my hrs oct', () => answer({ figures: [{ value: measureOf('SEC-004', 'hours', ...OCTOBER), as: 'hours' }] })),
  q('W255', 'DEV-003', 'leave bal', () => answer({ figures: [days(balance('DEV-003', 'ANNUAL').available)] })),
  q('W256', 'QA-001', 'late this month', () => people(peopleWhere({ team: 'QA' }, 'late', ...THIS_MONTH))),
  q('W257', 'DEV-001', 'hc', () => answer({ figures: [count(headcount({ team: 'DEV' }))] })),
  q(
    'W258',
    'SEC-004',
    'ok so i was wondering, because i think i might have forgotten a couple of times, how many times did i not check out in october? thanks',
    () => answer({ figures: [count(measureOf('SEC-004', 'missingCheckOut', ...OCTOBER))] }),
  ),
  q('W259', 'QA-001', 'hi elena here, sorry im on the train, can u tell me who on my team was absent more than 3 days last month, need it for a meeting', () =>
    people(peopleWhere({ team: 'QA' }, 'absent', ...OCTOBER, (v) => v > 3)),
  ),
  q('W260', 'DAT-004', 'how many days was i absent last month and how many times late', () =>
    answer({
      figures: [
        { ...days(measureOf('DAT-004', 'absent', ...OCTOBER)), label: 'absen' },
        { ...count(measureOf('DAT-004', 'late', ...OCTOBER)), label: 'late' },
      ],
    }),
  ),
];
