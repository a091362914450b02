/*
 * practice73 — the work calendar, hires and leavers, tenure and corrections, typed in a hurry: the next public or bank
 * holiday ("hol"), an employee's next holiday on their team's calendar, a holiday by its name, whether a day is a
 * working day for a team, the organisation's holidays left, a team's own; working days (the days of the work week less
 * the holidays on them, a half-day holiday as a half) for a team, for everyone where every calendar agrees, for one
 * person by their team's calendar, for an ISO week; hires ("started", "new joiners") and leavers ("lost"); the
 * longest-serving and the newest; tenure against a line; pending corrections (the data set holds none).
 */
import type { Question } from '../../expectation';
import { HOLIDAYS } from '../../dataset/calendar';
import { datesIn, fullWorkday, holidayAt, holidaysOf, named, upcoming, workdays, workdaysAll, workdaysOf } from '../../oracle/practice73-calendar';
import { atLeastYears, firstHired, joined, left, underYear } from '../../oracle/practice73-people';
import { dated, expectRange, isoWeek, monthOf, restOfYear, span, thisQuarter, thisYear, today, wholeYear } from '../../oracle/practice73-periods';
import { employedOn } from '../../oracle/absence';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';
import { answer, count, countBy, days, figures, no, people, yesNo } from './shared';

const YEAR = () => expectRange(thisYear(), '2025-01-01', '2025-11-19');
const REST = () => expectRange(restOfYear(), '2025-11-20', '2025-12-31');
const wd = (v: number) => figures(days(v));
const ppl = (v: number) => figures(countBy(v, 'people|person|employee|staff|hire|joiner|leaver|left|joined|started|ppl'));

export const CALENDAR: readonly Question[] = [
  // Holidays.
  q('QV187', 'DEV-003', 'next company hol?', () => answer({ dates: [upcoming('org').date] })),
  q('QV188', 'SEC-004', 'whens my next hol', () => answer({ dates: [upcoming('SEC').date] })),
  q('QV189', 'admin', 'qa offsite date?', () => answer({ dates: [named('QA Offsite').date] })),
  q('QV190', 'admin', 'boxing day date this yr?', () => answer({ dates: [named('Boxing Day').date] })),
  q('QV191', 'QA-003', 'r we off on 24 dec', () => answer({ mentions: [holidayAt(dated('2025-12-24'), 'QA').name] })),
  q('QV192', 'DEV-001', 'was 7 nov a working day for us', () => {
    const h = holidayAt(dated('2025-11-07'), 'DEV');
    return yesNo(fullWorkday(h.date, 'DEV'), [], { mentions: [h.name] });
  }),
  q('QV193', 'admin', 'is 31/10 a full day or a half day off', () => {
    const h = holidayAt(dated('2025-10-31'), 'org');
    if (h.half === null) throw new Error('a full day');
    return answer({ mentions: ['half', h.name] });
  }),
  q('QV194', 'admin', 'company wide hols left this yr', () => answer({ dates: datesIn(holidaysOf(REST(), 'org')) })),
  q('QV195', 'admin', 'which hols are just for DEV', () => answer({ dates: datesIn(HOLIDAYS.filter((h) => h.team === 'DEV' && h.date.startsWith('2025'))) })),
  q('QV196', 'QA-003', 'whens our next holiday', () => answer({ dates: [upcoming('QA').date] })),
  // Working days.
  q('QV197', 'admin', 'working days in dec for security', () => wd(workdays(monthOf(12), 'SEC'))),
  q('QV198', 'QA-001', 'how many working days does my team have in dec', () => wd(workdays(monthOf(12), 'QA'))),
  q('QV199', 'admin', 'how many working days were there in october', () => wd(workdaysAll(monthOf(10)))),
  q('QV200', 'DAT-004', 'working days left in 2025 for me', () => wd(workdaysOf('DAT-004', REST()))),
  q('QV201', 'admin', 'working days dev wk 45', () => wd(workdays(expectRange(isoWeek(2025, 45), '2025-11-03', '2025-11-09'), 'DEV'))),
  q('QV202', 'QA-003', 'how many working days in dec for me', () => wd(workdaysOf('QA-003', monthOf(12)))),
  // Hires and leavers.
  q('QV203', 'admin', 'how many ppl started this yr', () => ppl(joined(YEAR()).length)),
  q('QV204', 'admin', 'hires vs leavers 2025', () => {
    const y = expectRange(wholeYear(), '2025-01-01', '2025-12-31');
    return figures(count(joined(y).length), count(left(y).length));
  }),
  q('QV205', 'DEV-001', 'anyone leave my team this yr', () => {
    const gone = left(YEAR(), 'DEV');
    return gone.length > 0 ? answer({ people: gone, mentions: ['yes'] }) : no([], { people: [] });
  }),
  q('QV206', 'admin', 'how many ppl has security lost', () => ppl(left(span('2000-01-01', today()), 'SEC').length)),
  q('QV207', 'admin', 'new joiners this quarter', () => people(joined(expectRange(thisQuarter(), '2025-10-01', '2025-11-19')))),
  q('QV208', 'QA-001', 'who joined my team this yr', () => people(joined(YEAR(), 'QA'))),
  q('QV209', 'admin', 'which 2024 hires are still here', () =>
    people(joined(span('2024-01-01', '2024-12-31')).filter((id) => employedOn(person(id), today()))),
  ),
  // Tenure.
  q('QV210', 'admin', 'longest serving in data', () => people([firstHired({ team: 'DAT' }, 'earliest')])),
  q('QV211', 'DEV-001', 'newest on my team', () => people([firstHired({ team: 'DEV' }, 'latest', 'DEV-001')])),
  q('QV212', 'admin', 'how many ppl been here less than a yr', () => ppl(underYear().length)),
  q('QV213', 'admin', "who's been here at least 8 yrs", () => people(atLeastYears(8))),
  // Corrections (none in the data set).
  q('QV214', 'admin', 'correction requests waiting?', () => answer({ mentions: ['correction'] })),
  q('QV215', 'QA-001', 'any attendance correction reqs pending on my team', () => answer({ mentions: ['correction'] })),
];
