/*
 * practice38 — what is waiting for the manager: pending leave requests (whose, how many, how many days, which
 * ones they may decide themselves), rejected and cancelled ones, attendance corrections (the data set files none,
 * so every queue of them is empty), missing check-outs, and leave balances and leave taken across the team.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { peopleIn, type Scope } from '../../oracle/attendance-figures';
import { balance, requests } from '../../oracle/leave-figures';
import {
  balancesEach,
  daysWith,
  decidableBy,
  DECEMBER,
  empty,
  filled,
  near,
  noneOf,
  pendingCorrections,
  pendingOf,
  peopleWith,
  Q4_SO_FAR,
  requesters,
  takenThisYear,
  yesNo,
  YESTERDAY,
} from '../../oracle/practice38-figures';
import { LAST_WEEK, q, THIS_MONTH } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };

export const QUEUE: readonly Question[] = [
  q('PM038', 'DEV-001', 'Pending leave requests for my team?', () => people(filled(requesters('pending', DEV)))),
  // "Waiting on me" is the team's queue as the manager sees it (README's tour: the manager "sees it in the team's queue").
  q('PM039', 'DEV-001', 'any leave reqs waiting on me', () => people(filled(requesters('pending', DEV)))),
  q('PM040', 'QA-001', 'how many leave requests are pending in my team', () => figures(near(count(requests('pending', QA).length), 'request|pending'))),
  q('PM041', 'QA-001', 'whose PTO is pending approval?', () => people(filled(requesters('pending', QA)))),
  // API.md: a manager decides leave only for members whose login role is `employee`; Yuki Tanaka has no login,
  // so her request is an admin's to decide and only Aisha Khan's is Priya's.
  q('PM042', 'DEV-001', 'Which of the pending leave requests on my team am I allowed to approve myself?', () => people(filled(decidableBy('DEV-001')))),
  q('PM043', 'QA-001', "Chris's leave request for 2 Dec — still pending?", () => {
    if (!requesters('pending', QA).includes('QA-004')) throw new Error('not pending');
    return yesNo(true, [], { mentions: ['pending'] });
  }),
  q('PM044', 'DEV-001', 'how many days is Yuki asking for in december', () => figures(days(pendingOf('DEV-009').days))),
  q('PM045', 'DEV-001', "Aisha's pending leave: what dates and how many days?", () => {
    const l = pendingOf('DEV-003');
    return answer({ dates: [l.from, l.to], figures: [days(l.days)] });
  }),
  q('PM046', 'DEV-001', 'any rejected leave reqeusts in my team?', () => people(filled(requesters('rejected', DEV)))),
  q('PM047', 'QA-001', 'were any leave requests on my team cancelled?', () => people(filled(requesters('cancelled', QA)))),
  q('PM048', 'admin', "I'm covering both managers this week — pending leave requests for DEV and QA?", () =>
    people(filled([...requesters('pending', DEV), ...requesters('pending', QA)])),
  ),
  q('PM049', 'admin', "Priya's at a conference today so I'm covering DEV. Anyone on her team with a leave request waiting?", () =>
    // "Her team" is the team of Priya's own employee record (API.md's manager scope), DEV.
    people(filled(requesters('pending', DEV))),
  ),
  q(
    'PM050',
    'QA-001',
    'I’m planning cover for December and need to know early. Which of my people have leave requests still waiting for a decision that fall in December?',
    () =>
      people(
        filled(
          requests('pending', QA)
            .filter((l) => l.from <= DECEMBER[1] && DECEMBER[0] <= l.to)
            .map((l) => l.employee),
        ),
      ),
  ),
  q('PM051', 'DEV-001', 'any pending corrections for my team?', () => people(empty(pendingCorrections()))),
  q('PM052', 'QA-001', 'attendance corrections waiting for my approval?', () => people(empty(pendingCorrections()))),
  q('PM053', 'DEV-003', 'do i have any correction requests open', () => people(empty(pendingCorrections()))),
  q('PM054', 'DEV-001', 'Who on my team forgot to check out this month?', () => people(filled(peopleWith(DEV, 'missingCheckOut', THIS_MONTH)))),
  q('PM055', 'QA-001', 'missing check outs last wk?', () => people(filled(peopleWith(QA, 'missingCheckOut', LAST_WEEK)))),
  q('PM056', 'QA-001', 'how many missing check-outs did QA have in November so far', () =>
    figures(near(count(filled(peopleWith(QA, 'missingCheckOut', THIS_MONTH)).length), 'check|missing')),
  ),
  q('PM057', 'DEV-001', 'Did Chris forget to check out yesterday?', () => {
    if (!peopleWith({ ids: ['DEV-006'] }, 'missingCheckOut', [YESTERDAY, YESTERDAY]).length) throw new Error('Chris checked out');
    return yesNo(true, [], { people: ['DEV-006'] });
  }),
  q('PM058', 'admin', 'missing check-outs in DEV and QA this month — who?', () =>
    people(filled([...peopleWith(DEV, 'missingCheckOut', THIS_MONTH), ...peopleWith(QA, 'missingCheckOut', THIS_MONTH)])),
  ),
  q('PM059', 'DEV-001', 'Who in my team never forgot to check out this quarter?', () => people(filled(noneOf(DEV, 'missingCheckOut', Q4_SO_FAR)))),
  q('PM060', 'QA-001', 'Leo forgot to check out once this month, which day was it?', () =>
    answer({ dates: filled(daysWith('QA-008', 'missingCheckOut', THIS_MONTH)) }),
  ),
  q('PM061', 'DEV-001', 'who on my team has less than 10 days of annual leave left?', () =>
    people(
      filled(
        peopleIn(DEV)
          .filter((p) => balance(p.id, 'ANNUAL').available < 10)
          .map((p) => p.id),
      ),
    ),
  ),
  q('PM062', 'QA-001', 'annual leave left for each person on my team', () => figures(...balancesEach(QA, 'ANNUAL'))),
  q('PM063', 'DEV-001', 'how much sick leave has hanna used this year', () => figures(days(takenThisYear('DEV-007', 'SICK')))),
  // Nina Kowalski's week of annual leave held the Summer Bank Holiday, which costs nothing.
  q('PM064', 'QA-001', 'how many days of annual leave has Nina taken this year?', () => figures(days(takenThisYear('QA-005', 'ANNUAL')))),
  q('PM065', 'DEV-001', 'how much annual leave has Lukas taken in 2025', () => figures(days(balance('DEV-004', 'ANNUAL').taken))),
];
