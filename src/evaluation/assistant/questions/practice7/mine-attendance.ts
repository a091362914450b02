/* Employees asking about their own attendance, hours and check-outs, typed on a phone. */
import { count, days, hours, rate, answer, type Question } from '../../expectation';
import { measureOf, totals } from '../../oracle/attendance-figures';
import { statusOn } from '../../oracle/status-on';
import { LAST_WEEK, OCTOBER, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY, q } from '../helpers';

const me = (id: string) => ({ ids: [id] });
const LAST_FRIDAY = '2025-11-14';
const NOV_3 = '2025-11-03';
const OCT_15 = '2025-10-15';
const CLOCK = { label: 'check|clock|out' };
/** One day's status, said of that day. */
const onDay = (id: string, day: string) => answer({ mentions: [statusOn(id, day)], dates: [day] });

export const MINE_ATTENDANCE: Question[] = [
  q('W001', 'DEV-003', 'whats my attendance this week', () => answer({ figures: [rate(totals(me('DEV-003'), ...THIS_WEEK).rate)] })),
  q('W002', 'QA-003', 'my attendance last month pls', () => answer({ figures: [rate(totals(me('QA-003'), ...OCTOBER).rate)] })),
  q('W003', 'DAT-004', 'attendance rate for me in september?', () => answer({ figures: [rate(totals(me('DAT-004'), ...SEPTEMBER).rate)] })),
  q('W004', 'SEC-004', 'hey how is my attendance looking this month', () => answer({ figures: [rate(totals(me('SEC-004'), ...THIS_MONTH).rate)] })),
  q('W005', 'DEV-003', 'my attendence last wk', () => answer({ figures: [rate(totals(me('DEV-003'), ...LAST_WEEK).rate)] })),
  q('W006', 'QA-003', 'how many times was i late last month', () => answer({ figures: [count(measureOf('QA-003', 'late', ...OCTOBER))] })),
  q('W007', 'DAT-004', 'how many days was i late in october', () => answer({ figures: [count(measureOf('DAT-004', 'late', ...OCTOBER))] })),
  q('W008', 'SEC-004', 'was i late at all this week', () => answer({ figures: [count(measureOf('SEC-004', 'late', ...THIS_WEEK))] })),
  q('W009', 'DEV-003', 'how often was i late in september', () => answer({ figures: [count(measureOf('DEV-003', 'late', ...SEPTEMBER))] })),
  q('W010', 'QA-003', 'how many days was i absent last month', () => answer({ figures: [days(measureOf('QA-003', 'absent', ...OCTOBER))] })),
  q('W011', 'DAT-004', 'days absent for me this month?', () => answer({ figures: [days(measureOf('DAT-004', 'absent', ...THIS_MONTH))] })),
  q('W012', 'SEC-004', 'how many days have i been absent in september', () => answer({ figures: [days(measureOf('SEC-004', 'absent', ...SEPTEMBER))] })),
  q('W013', 'DEV-003', 'how many days was i off on leave this month', () => answer({ figures: [days(measureOf('DEV-003', 'onLeave', ...THIS_MONTH))] })),
  q('W014', 'QA-003', 'was i late yesterday', () => onDay('QA-003', YESTERDAY)),
  q('W015', 'DAT-004', 'was i late last friday?', () => onDay('DAT-004', LAST_FRIDAY)),
  q('W016', 'SEC-004', 'was i absent on 3 nov', () => onDay('SEC-004', NOV_3)),
  q('W017', 'DEV-003', 'my attendance on oct 15', () => onDay('DEV-003', OCT_15)),
  q('W018', 'QA-003', 'did i show up on 2025-11-05', () => onDay('QA-003', '2025-11-05')),
  q('W019', 'DEV-003', 'what was my status on 7 november', () => onDay('DEV-003', '2025-11-07')),
  q('W020', 'DAT-004', 'how many hours did i work last week', () => answer({ figures: [hours(measureOf('DAT-004', 'hours', ...LAST_WEEK))] })),
  q('W021', 'SEC-004', 'my hours this month', () => answer({ figures: [hours(measureOf('SEC-004', 'hours', ...THIS_MONTH))] })),
  q('W022', 'DEV-003', 'total hrs i worked in october?', () => answer({ figures: [hours(measureOf('DEV-003', 'hours', ...OCTOBER))] })),
  q('W023', 'QA-003', 'hours worked by me in sept', () => answer({ figures: [hours(measureOf('QA-003', 'hours', ...SEPTEMBER))] })),
  q('W024', 'DAT-004', 'how many hours did i put in yesterday', () => answer({ figures: [hours(measureOf('DAT-004', 'hours', YESTERDAY, YESTERDAY))] })),
  q('W025', 'SEC-004', 'hours i logged this week', () => answer({ figures: [hours(measureOf('SEC-004', 'hours', ...THIS_WEEK))] })),
  q('W026', 'DEV-003', 'did i miss any check-outs this month', () => answer({ figures: [count(measureOf('DEV-003', 'missingCheckOut', ...THIS_MONTH))] })),
  q('W027', 'QA-003', 'how many missing checkouts do i have in october', () =>
    answer({ figures: [count(measureOf('QA-003', 'missingCheckOut', ...OCTOBER))] }),
  ),
  q('W028', 'DAT-004', 'did i forget to clock out last week', () =>
    answer({ figures: [{ ...count(measureOf('DAT-004', 'missingCheckOut', ...LAST_WEEK)), ...CLOCK }] }),
  ),
  q('W029', 'SEC-004', 'missing check outs for me in september', () => answer({ figures: [count(measureOf('SEC-004', 'missingCheckOut', ...SEPTEMBER))] })),
  q('W030', 'DEV-003', 'hi! quick one - how many half days did i have in october', () =>
    answer({ figures: [count(measureOf('DEV-003', 'halfDay', ...OCTOBER))] }),
  ),
  q('W031', 'QA-003', 'my attendance rate since august', () => answer({ figures: [rate(totals(me('QA-003'), '2025-08-01', '2025-11-19').rate)] })),
  q('W032', 'DAT-004', 'how was my attendance in august', () => answer({ figures: [rate(totals(me('DAT-004'), '2025-08-01', '2025-08-31').rate)] })),
  q('W033', 'SEC-004', 'late count for me last week', () => answer({ figures: [count(measureOf('SEC-004', 'late', ...LAST_WEEK))] })),
  q('W034', 'DEV-003', 'was i absent yesterday', () => onDay('DEV-003', YESTERDAY)),
  q('W035', 'QA-003', 'sorry to bother, could you tell me my attendance rate for last month? thank you so much', () =>
    answer({ figures: [rate(totals(me('QA-003'), ...OCTOBER).rate)] }),
  ),
  q('W036', 'DAT-004', 'attendance me oct', () => answer({ figures: [rate(totals(me('DAT-004'), ...OCTOBER).rate)] })),
  q('W037', 'SEC-004', 'how many days late in sept for me', () => answer({ figures: [count(measureOf('SEC-004', 'late', ...SEPTEMBER))] })),
  q('W038', 'DEV-003', 'how many hours have i worked this week so far', () => answer({ figures: [hours(measureOf('DEV-003', 'hours', ...THIS_WEEK))] })),
  q('W039', 'QA-003', 'how many days have i missed this month', () => answer({ figures: [days(measureOf('QA-003', 'absent', ...THIS_MONTH))] })),
  q('W040', 'DAT-004', 'was i late on wednesday last week', () => onDay('DAT-004', '2025-11-12')),
];
