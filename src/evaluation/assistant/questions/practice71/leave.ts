/*
 * practice71 — leave and the calendar from the manager's chair: pending leave requests of the team (who, how many),
 * who is off next week or on a named day (approved leave; no pending, rejected or cancelled request in the period),
 * whether a request went through, what a request costs, when someone's leave ends, the leave balances of team members
 * (available already has the pending requests taken off; an allowance is the year's grant), leave taken this year,
 * pending attendance corrections (the data set holds none), the team's working days and the next public holiday.
 */
import type { Question } from '../../expectation';
import {
  allocated,
  available,
  balanceWhere,
  costOf,
  nextHolidayOf,
  offIn,
  pendingCount,
  pendingPeople,
  requestsOf,
  takenSoFar,
  theRequest,
  workingDays,
} from '../../oracle/practice71-leave';
import { as, asDay, comingWeekday, day, month, nextWeek, one, todayOnward } from '../../oracle/practice71-periods';
import { team } from '../../oracle/practice71-team';
import { q } from '../helpers';
import { answer, count, days, figures, list, no, yesNo } from './shared';

const NEXT = () => as(nextWeek(), '2025-11-24', '2025-11-30');
const DEC = () => as(month(12), '2025-12-01', '2025-12-31');
const d = (v: number) => figures(days(v));
const status = (id: string, r: readonly [string, string]) => {
  const l = theRequest(id, r);
  return yesNo(l.status === 'approved', [], { mentions: [l.status] });
};

export const LEAVE: readonly Question[] = [
  // Priya: requests.
  q('QT133', 'DEV-001', 'any pending leave requests on my team?', () => list(pendingPeople(team('DEV'), undefined, 'DEV-001'))),
  q('QT134', 'DEV-001', 'how many leave requests are sitting pending in my team', () =>
    figures({ ...count(pendingCount(team('DEV'), undefined, 'DEV-001')), label: 'request|pending' }),
  ),
  q('QT135', 'DEV-001', 'who on my team has put in for leave in december?', () => {
    if (requestsOf(team('DEV'), ['approved', 'rejected', 'cancelled'], DEC()).length > 0) throw new Error('not only pending requests in December');
    return list(pendingPeople(team('DEV'), DEC(), 'DEV-001'));
  }),
  q('QT136', 'DEV-001', "is Omar's leave on the 21st approved?", () => status('DEV-010', one(day('2025-11-21')))),
  q('QT137', 'DEV-001', "how many days is yuki's december leave request", () => d(costOf(theRequest('DEV-009', DEC(), ['pending'])))),
  // Priya: who is off.
  q('QT138', 'DEV-001', "who's off next week on my team", () => list(offIn(team('DEV'), NEXT(), false, 'DEV-001'))),
  q('QT139', 'DEV-001', "when does maria's leave end?", () => answer({ dates: [theRequest('DEV-005', todayOnward(), ['approved']).to] })),
  q('QT140', 'DEV-001', "maria's leave next week, how many days is that", () => d(costOf(theRequest('DEV-005', NEXT(), ['approved'])))),
  q('QT141', 'DEV-001', 'anyone from my team on leave next wednesday?', () => {
    const wed = asDay(comingWeekday(3), '2025-11-26');
    const ids = offIn(team('DEV'), one(wed), false, 'DEV-001');
    return ids.length > 0 ? answer({ people: ids, mentions: ['yes'] }) : answer({ people: [], mentions: ['no'] });
  }),
  // Priya: balances.
  q('QT142', 'DEV-001', 'how much annual leave does hannah have left', () => d(available('DEV-007'))),
  q('QT143', 'DEV-001', "Aisha Khan's annual leave balance", () => d(available('DEV-003'))),
  q('QT144', 'DEV-001', 'who on my team has less than 10 days annual leave left?', () => list(balanceWhere(team('DEV'), (x) => x < 10, 'ANNUAL', 'DEV-001'))),
  q('QT145', 'DEV-001', 'how many sick days has Hannah Schmidt taken this year', () => d(takenSoFar('DEV-007', 'SICK'))),
  q('QT146', 'DEV-001', "chloe's annual leave allowance this year", () => d(allocated('DEV-013'))),
  q('QT147', 'DEV-001', 'how much unpaid leave has daniel had this year', () => d(takenSoFar('DEV-008', 'UNPAID'))),
  // Priya: corrections and the calendar.
  q('QT148', 'DEV-001', 'any attendance corrections from my team waiting on me?', () => answer({ mentions: ['correction'] })),
  q('QT149', 'DEV-001', 'how many working days has my team got in december', () => d(workingDays(DEC(), 'DEV'))),
  // Elena: requests.
  q('QT150', 'QA-001', 'pending leave reqs in my team', () => list(pendingPeople(team('QA'), undefined, 'QA-001'))),
  q('QT151', 'QA-001', "zoe's leave on the 26th - is it approved?", () => status('QA-009', one(day('2025-11-26')))),
  q('QT152', 'QA-001', "what happened to Peter Hansen's leave request for 5 Dec", () =>
    answer({ mentions: [theRequest('QA-006', one(day('2025-12-05'))).status] }),
  ),
  q('QT153', 'QA-001', "chris walker's request on 2 december: how many days does it cost?", () =>
    d(costOf(theRequest('QA-004', one(day('2025-12-02')), ['pending']))),
  ),
  q('QT154', 'QA-001', 'has my team got any leave requests waiting for a decision?', () => {
    const ids = pendingPeople(team('QA'), undefined, 'QA-001');
    return answer({ people: ids, mentions: ['yes'] });
  }),
  // Elena: who is off.
  q('QT155', 'QA-001', 'who in QA is off next week', () => list(offIn(team('QA'), NEXT()))),
  q('QT156', 'QA-001', 'who on my team is out on 26 november', () => list(offIn(team('QA'), one(day('2025-11-26')), false, 'QA-001'))),
  // Elena: balances.
  q('QT157', 'QA-001', 'how much annual leave has grace kim got left', () => d(available('QA-007'))),
  q('QT158', 'QA-001', 'annual leave taken this year by Nina Kowalski', () => d(takenSoFar('QA-005', 'ANNUAL'))),
  q('QT159', 'QA-001', 'what is ivan petrov entitled to in annual leave this year', () => d(allocated('QA-010'))),
  q('QT160', 'QA-001', "leo's lv bal", () => d(available('QA-008'))),
  q('QT161', 'QA-001', "how much of Chris Walker's annual leave is still free once his pending request is counted", () => d(available('QA-004'))),
  // Elena: corrections and the calendar.
  q('QT162', 'QA-001', 'are there pending attendance corrections for my team?', () => answer({ mentions: ['correction'] })),
  q('QT163', 'QA-001', "when's the next public holiday?", () => {
    const h = nextHolidayOf('QA');
    if (h.team !== null) throw new Error('the next holiday is a team day');
    return answer({ dates: [h.date] });
  }),
  // The admin.
  q('QT164', 'admin', 'pending leave requests in DEV', () => list(pendingPeople(team('DEV')))),
  q('QT165', 'admin', 'has Omar Haddad ever had a leave request turned down?', () => {
    const rejected = requestsOf({ ids: ['DEV-010'] }, ['rejected']);
    return rejected.length > 0 ? answer({ mentions: ['yes'], dates: [rejected[0]!.from] }) : no();
  }),
];
