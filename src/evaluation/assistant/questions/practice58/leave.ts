/*
 * practice58 — people on leave and leave taken, and the balances month-end checks. API.md: approved full-day leave
 * takes both halves of a day and a half day one; a half already off by a holiday is not leave (Sana Qureshi's week
 * held Founders Day, Nina Kowalski's the Summer Bank Holiday, Grace Kim's day the Autumn Half Day), and leave never
 * counts as absence; the export splits leave into paid (ANNUAL, SICK) and unpaid (UNPAID). Leave taken this year is
 * the days gone by (today read both ways, which must agree); "booked" is approved leave, asked only where no pending
 * request falls in the same days. A balance "left" is asked only where it reads the same with and without pending
 * requests; "once my pending request is counted" asks for what stays available.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import {
  afterPending,
  leaveDaysOver,
  leaveEndsOn,
  leaveOf,
  leftD,
  leftOf,
  onLeave,
  pendingD,
  pendingDays,
  requestersOf,
  requestsOf,
  takenThisYear,
} from '../../oracle/practice58-calendar';
import {
  agree,
  LAST_WEEK,
  leaveD,
  month,
  NEXT_WEEK,
  none,
  on,
  REST_OF_MONTH,
  REST_OF_YEAR,
  some,
  THIS_MONTH,
  THIS_WEEK,
  THIS_WEEK_WHOLE,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice58-figures';
import { ALL, team } from '../../oracle/practice58-lists';
import { q } from '../helpers';
import { TODAY } from '../../dataset/calendar';
import { dataset } from '../../dataset/dataset';

const near = (n: number, label: string) => ({ ...days(n), label });
/** Nothing of this person's approved leave lies ahead of today (so leave taken and the balance's `taken` are one figure). */
const nothingAhead = (id: string) => none(requestsOf(['approved'], { ids: [id] }, undefined, REST_OF_YEAR).map((l) => l.from));
/** The person with the most of a kind of leave taken this year, today read both ways (throws on a tie or a disagreement). */
function mostTaken(code: 'ANNUAL' | 'SICK') {
  const top = (range: readonly [string, string]) => {
    const list = dataset()
      .people.map((p) => ({ id: p.id, v: leaveDaysOver(p.id, range, code) }))
      .sort((a, b) => b.v - a.v);
    if (list[0]!.v === list[1]!.v) throw new Error('a tie at the top');
    return [list[0]!.id];
  };
  return agree([top(YEAR_SO_FAR), top([YEAR_SO_FAR[0], YESTERDAY])]);
}

export const LEAVE: readonly Question[] = [
  // HR.
  q('QG091', 'admin', 'whos on leave today', () => people(some(onLeave(ALL, on(TODAY))))),
  q('QG092', 'admin', 'who was on leave last week?', () => people(some(onLeave(ALL, LAST_WEEK)))),
  q('QG093', 'admin', 'who has approved leave next week', () => people(some(onLeave(ALL, NEXT_WEEK)))),
  q('QG094', 'admin', 'Finance has asked me for leave figures before they lock October. How many days of leave were taken in October across the company?', () =>
    figures(leaveD(leaveOf(ALL, month(10)))),
  ),
  q('QG095', 'admin', 'leave taken in September by type', () =>
    figures(near(leaveOf(ALL, month(9), 'ANNUAL'), 'annual'), near(leaveOf(ALL, month(9), 'SICK'), 'sick'), near(leaveOf(ALL, month(9), 'UNPAID'), 'unpaid')),
  ),
  q('QG096', 'admin', 'how much sick leave has been taken this year', () => {
    none(requestsOf(['approved'], ALL, 'SICK', REST_OF_YEAR).map((l) => l.employee));
    return figures(leaveD(takenThisYear(ALL, 'SICK')));
  }),
  q('QG097', 'admin', 'paid vs unpaid leave days in October, for the payroll run', () =>
    figures(near(leaveOf(ALL, month(10), 'ANNUAL') + leaveOf(ALL, month(10), 'SICK'), '(?<!un)paid'), near(leaveOf(ALL, month(10), 'UNPAID'), 'unpaid')),
  ),
  q('QG098', 'admin', 'until when is Anna Berg on leave?', () => answer({ dates: [leaveEndsOn('DAT-007')] })),
  q('QG099', 'admin', 'how many annual leave days does Lukas Novak have left', () => figures(leftD(leftOf('DEV-004')))),
  q('QG100', 'admin', 'List the pending leave requests, please.', () => people(some(requestersOf(['pending'])))),
  q('QG101', 'admin', 'who has used the most annual leave this year', () => people(mostTaken('ANNUAL'))),
  q('QG102', 'admin', 'anyone been on sick leave this month?', () =>
    yesNo(true, [], {
      people: some(agree([requestersOf(['approved'], ALL, 'SICK', THIS_MONTH), requestersOf(['approved'], ALL, 'SICK', [THIS_MONTH[0], YESTERDAY])])),
    }),
  ),
  // Managers.
  q('QG103', 'DEV-001', 'anyone on my team on leave this week?', () => yesNo(true, [], { people: some(onLeave(team('DEV'), THIS_WEEK, THIS_WEEK_WHOLE)) })),
  q('QG104', 'DEV-001', 'pending leave reqs for my team pls', () => people(some(requestersOf(['pending'], team('DEV'))))),
  q('QG105', 'DEV-001', 'how much leave has Hannah Schmidt taken this year?', () => {
    nothingAhead('DEV-007');
    return figures(leaveD(takenThisYear({ ids: ['DEV-007'] })));
  }),
  q('QG106', 'DEV-001', "Maria Gonzales's annual leave balance", () => figures(leftD(leftOf('DEV-005')))),
  q('QG107', 'DEV-001', 'who on the team is off next week', () => {
    none(requestersOf(['pending'], team('DEV'), undefined, NEXT_WEEK));
    return people(some(onLeave(team('DEV'), NEXT_WEEK)));
  }),
  q('QG108', 'QA-001', 'leave taken in QA in August', () => figures(leaveD(leaveOf(team('QA'), month(8))))),
  q('QG109', 'QA-001', 'who in my team has leave booked for the rest of the month?', () => {
    none(requestersOf(['pending'], team('QA'), undefined, REST_OF_MONTH));
    return people(some(onLeave(team('QA'), REST_OF_MONTH)));
  }),
  q('QG110', 'QA-001', 'did anyone in my team take sick leave in November', () =>
    yesNo(true, [], { people: some(requestersOf(['approved'], team('QA'), 'SICK', month(11))) }),
  ),
  q('QG111', 'QA-001', 'how much annual leave do I have left myself?', () => figures(leftD(leftOf('QA-001')))),
  // Employees.
  q('QG112', 'DEV-003', 'how many days of annual leave will I have once my pending request goes through?', () => figures(leftD(afterPending('DEV-003')))),
  q('QG113', 'DEV-003', 'how many days is my pending leave request for', () => figures(pendingD(pendingDays('DEV-003')))),
  q('QG114', 'QA-003', 'how many sick days have I taken this year', () => {
    nothingAhead('QA-003');
    return figures(leaveD(takenThisYear({ ids: ['QA-003'] }, 'SICK')));
  }),
  q('QG115', 'QA-003', 'annual leave left?', () => figures(leftD(leftOf('QA-003')))),
  q('QG116', 'DAT-004', 'have I taken any leave this year', () => {
    nothingAhead('DAT-004');
    if (takenThisYear({ ids: ['DAT-004'] }) !== 0) throw new Error('DAT-004 has taken leave');
    return yesNo(false, []);
  }),
  q('QG117', 'DAT-004', 'lv bal', () => figures(leftD(leftOf('DAT-004')))),
  q('QG118', 'SEC-004', 'is my leave request for the 28th approved yet?', () => {
    const mine = requestsOf(['pending'], { ids: ['SEC-004'] }).filter((l) => l.from === '2025-11-28');
    some(mine.map((l) => l.from));
    return answer({ mentions: ['pending'] });
  }),
  q('QG119', 'SEC-004', 'how many annual days would I have left after my pending request', () => figures(leftD(afterPending('SEC-004')))),
  q('QG120', 'SEC-004', 'my sick leave balance', () => figures(leftD(leftOf('SEC-004', 'SICK')))),
];
