/*
 * practice66 — my times and hours: what time I checked in or out on a day ("this morning", "yesterday", "on
 * Monday", "last Friday", "the 14th", a date), whether I have checked in today, whether I forgot to check out, and my
 * hours over a day, a week, a month. API.md: hours come from the times (null while checked in, so today's open record
 * adds nothing); a missing check-out is a closed day's record with a check-in and no check-out. A weekday alone is
 * the latest one (README: "the last one for what is recorded"). Times are matched as "H:MM".
 */
import type { Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import {
  LAST_MONTH,
  LAST_WEEK,
  MONTH_BEFORE_LAST,
  SINCE_AUGUST,
  THIS_MONTH,
  THIS_WEEK,
  YESTERDAY,
  checkedInToday,
  clearly,
  clock,
  datesOf,
  figureOf,
  lastWeekday,
  theNth,
  written,
} from '../../oracle/practice66-self';
import { q } from '../helpers';
import { answer, checkOutsN, figures, hoursH, hoursIs, noneOf, timeIs, yes, yesIf } from './shared';

const YDAY = written(YESTERDAY, '2025-11-18');
const MONDAY = written(lastWeekday(1), '2025-11-17');
const FRIDAY = written(lastWeekday(5), '2025-11-14');
const THURSDAY = written(lastWeekday(4), '2025-11-13');
const WK = written(LAST_WEEK, '2025-11-10', '2025-11-16');
const THIS_WK = written(THIS_WEEK, '2025-11-17', '2025-11-19');
const NOV = written(THIS_MONTH, '2025-11-01', '2025-11-19');
const OCT = written(LAST_MONTH, '2025-10-01', '2025-10-31');
const SEP = written(MONTH_BEFORE_LAST, '2025-09-01', '2025-09-30');
const SINCE_AUG = written(SINCE_AUGUST, '2025-08-01', '2025-11-19');

/** Checked in today: yes with the time; not yet: no. */
const inToday = (id: string) => (checkedInToday(id) ? yes([], { mentions: [clock(id, TODAY, 'in')] }) : yesIf(false));
const hoursOn = (id: string, day: string) => hoursIs(id, [day, day]);
const noMissing = (id: string, range: readonly [string, string]) => noneOf(datesOf(id, 'missing', range));
const both = (id: string, day: string) => answer({ mentions: [clock(id, day, 'in'), clock(id, day, 'out')] });
/** Over or under a line of hours, with the hours. */
const hoursOver = (id: string, range: readonly [string, string], line: number) => {
  const h = figureOf(id, 'hours', range);
  return yesIf(clearly(h, line, 0.5), [hoursH(h)]);
};

export const CLOCK: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('QO051', 'DEV-003', 'what time did i check in this morning', () => timeIs('DEV-003', TODAY, 'in')),
  q('QO052', 'DEV-003', 'what time did i clock out yesterday', () => timeIs('DEV-003', YDAY, 'out')),
  q('QO053', 'DEV-003', 'my hours last week', () => hoursIs('DEV-003', WK)),
  q('QO054', 'DEV-003', 'hrs this week so far?', () => hoursIs('DEV-003', THIS_WK)),
  q('QO055', 'DEV-003', 'how many hours did i do on the 14th', () => hoursOn('DEV-003', written(theNth(14), '2025-11-14'))),
  q('QO056', 'DEV-003', 'did i forget to check out on any day this month?', () => noMissing('DEV-003', NOV)),
  q('QO057', 'DEV-003', 'did i do more than 40 hours last week?', () => hoursOver('DEV-003', WK, 40)),
  // Fatima Zahra (QA-003).
  q('QO058', 'QA-003', 'what time did i get in on monday', () => timeIs('QA-003', MONDAY, 'in')),
  q('QO059', 'QA-003', 'what time did I leave last friday?', () => timeIs('QA-003', FRIDAY, 'out')),
  q('QO060', 'QA-003', 'how many hours did i work last week', () => hoursIs('QA-003', WK)),
  q('QO061', 'QA-003', 'total hours in october?', () => hoursIs('QA-003', OCT)),
  q('QO062', 'QA-003', 'have i checked in today?', () => inToday('QA-003')),
  q('QO063', 'QA-003', 'my check in and check out times on 3 nov', () => both('QA-003', '2025-11-03')),
  // Kevin O'Brien (DAT-004).
  q('QO064', 'DAT-004', 'clock in time yesterday?', () => timeIs('DAT-004', YDAY, 'in')),
  q('QO065', 'DAT-004', 'what time did I check out on 13 Nov', () => timeIs('DAT-004', '2025-11-13', 'out')),
  q('QO066', 'DAT-004', 'total hrs this month', () => hoursIs('DAT-004', NOV)),
  q('QO067', 'DAT-004', 'hours worked in september', () => hoursIs('DAT-004', SEP)),
  q('QO068', 'DAT-004', 'did i check in today', () => inToday('DAT-004')),
  q('QO069', 'DAT-004', 'how many missing check-outs have i got since august', () => figures(checkOutsN(figureOf('DAT-004', 'missing', SINCE_AUG)))),
  q('QO070', 'DAT-004', 'what time did i finish on thursday?', () => timeIs('DAT-004', THURSDAY, 'out')),
  // Emma Clarke (SEC-004).
  q('QO071', 'SEC-004', 'have i clocked in yet today', () => inToday('SEC-004')),
  q('QO072', 'SEC-004', 'what time did i get in on the 11th', () => timeIs('SEC-004', written(theNth(11), '2025-11-11'), 'in')),
  q('QO073', 'SEC-004', 'how late was I on 11 Nov?', () => timeIs('SEC-004', '2025-11-11', 'in')),
  q('QO074', 'SEC-004', 'my hrs last wk', () => hoursIs('SEC-004', WK)),
  q('QO075', 'SEC-004', 'how many hours did i put in during october', () => hoursIs('SEC-004', OCT)),
  q('QO076', 'SEC-004', 'check in and check out times yesterday?', () => both('SEC-004', YDAY)),
  // Priya Raman (DEV-001).
  q('QO077', 'DEV-001', 'what time did i arrive on the 13th', () => timeIs('DEV-001', written(theNth(13), '2025-11-13'), 'in')),
  q('QO078', 'DEV-001', 'how many hours did I work last week', () => hoursIs('DEV-001', WK)),
  q('QO079', 'DEV-001', 'what time did Omar Haddad check in on the 13th?', () => timeIs('DEV-010', '2025-11-13', 'in')),
  // Elena Petrova (QA-001).
  q('QO080', 'QA-001', 'what time did i get in on the 12th of september', () => timeIs('QA-001', '2025-09-12', 'in')),
  q('QO081', 'QA-001', 'hours I worked in october', () => hoursIs('QA-001', OCT)),
  q('QO082', 'QA-001', 'when did I leave yesterday?', () => timeIs('QA-001', YDAY, 'out')),
  q('QO083', 'QA-001', 'what time did Fatima check in today', () => timeIs('QA-003', TODAY, 'in')),
  // HR.
  q('QO084', 'admin', 'what time did Fatima Zahra check in today', () => timeIs('QA-003', TODAY, 'in')),
  q('QO085', 'admin', 'has Emma Clarke checked in today?', () => inToday('SEC-004')),
  q('QO086', 'admin', "Kevin O'Brien's hours last week", () => hoursIs('DAT-004', WK)),
  q('QO087', 'admin', 'what time did Priya Raman leave on the 13th', () => timeIs('DEV-001', '2025-11-13', 'out')),
  q('QO088', 'admin', 'aisha khan hours in october', () => hoursIs('DEV-003', OCT)),
];
