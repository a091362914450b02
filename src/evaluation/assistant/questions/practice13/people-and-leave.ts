/*
 * practice13, in scope: headcounts, lists by team, position and job title, hires, leavers, tenure and
 * profile facts, leave balances and requests, holidays — asked by every role about what they may see.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section; every
 * expected figure, list and date is computed from the data set and the oracle.
 */
import { person } from '../../dataset/dataset';
import { answer, count, days, figures, people, years, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, onLeaveOfType, requestsOverlapping } from '../../oracle/leave-figures';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { near, requestersOverlapping, withUsUnderAYear } from '../../oracle/practice10-figures';
import { holidayDate, requesters } from '../../oracle/practice12-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { NEXT_WEEK, THIS_MONTH, THIS_YEAR, q } from '../helpers';
import { TODAY } from '../../dataset/calendar';

const Q3_2025: [string, string] = ['2025-07-01', '2025-09-30'];
const SINCE_SEPTEMBER: [string, string] = ['2025-09-01', TODAY];
const DECEMBER: [string, string] = ['2025-12-01', '2025-12-31'];

export const PEOPLE_AND_LEAVE: Question[] = [
  q('L001', 'admin', 'How many people work in QA right now?', () => figures(count(headcount({ team: 'QA' })))),
  q('L002', 'admin', 'hw many seniors r in dev', () => figures(count(headcount({ team: 'DEV', position: 'Senior' })))),
  q(
    'L003',
    'admin',
    "Hi! I'm putting together the overview slide for Monday's all-hands — could you tell me how many employees we have in total at the moment?",
    () => figures(count(headcount())),
  ),
  q('L004', 'admin', 'which juniors are in the Data team?', () => people(ids({ team: 'DAT', position: 'Junior' }))),
  q('L005', 'DEV-001', 'how many juniors do I have on my team', () => figures(count(headcount({ team: 'DEV', position: 'Junior' })))),
  q('L006', 'admin', 'list the security analysts', () => people(ids({ title: 'Security Analyst' }))),
  q('L007', 'admin', 'how many ML engineers do we have?', () => figures(count(headcount({ title: 'ML Engineer' })))),
  q('L008', 'admin', 'who joined since september?', () => people(hiredBetween(...SINCE_SEPTEMBER))),
  // "leavers" holds "leave": each count is labelled with what it counts, not read from the question.
  q('L009', 'admin', 'hires and leavers this year', () =>
    figures(near(count(hiredBetween(...THIS_YEAR).length), 'hire|hiring|join|new'), near(count(leftBetween(...THIS_YEAR).length), 'leaver|left|leaving')),
  ),
  q('L010', 'admin', 'did anyone leave the AI team this year?', () => people(leftBetween(...THIS_YEAR, 'AI'))),
  q('L011', 'QA-001', 'has anyone left my team in 2025', () => people(leftBetween('2025-01-01', '2025-12-31', 'QA'))),
  q('L012', 'admin', "who's been here the longest in security", () => people(longestServing(1, { team: 'SEC' }))),
  q('L013', 'admin', 'How long has Grace Kim been with us?', () => figures(years(tenureYears(person('QA-007'))))),
  q('L014', 'DEV-003', 'when did I start here?', () => answer({ dates: [person('DEV-003').hire] })),
  q('L015', 'admin', "what's chloe's start date", () => answer({ dates: [person('DEV-013').hire] })),
  q('L016', 'admin', 'What position is Omar Haddad?', () => answer({ mentions: [person('DEV-010').position] })),
  q('L017', 'admin', 'people in DEV who have been with us less than a year', () => people(withUsUnderAYear({ team: 'DEV' }))),
  q('L018', 'admin', 'who has more than 7 years of service?', () => people(servedMoreThan(7))),
  q('L019', 'admin', 'which teams have more than 9 people', () => answer({ teams: teamsWithHeadcount((n) => n > 9) })),
  q('L020', 'DEV-001', "list my team's leads and seniors", () =>
    people([...ids({ team: 'DEV', position: 'Lead' }), ...ids({ team: 'DEV', position: 'Senior' })]),
  ),
  q('L021', 'admin', 'newest hire in AI?', () => people(newest(1, { team: 'AI' }))),
  q('L022', 'admin', 'how many people did we hire in Q3', () => figures(count(hiredBetween(...Q3_2025).length))),
  q('L023', 'admin', 'headcount of the data team including leavers', () =>
    figures(near(count(headcount({ team: 'DAT', status: 'any' })), 'employee|people|person|staff|member|headcount')),
  ),
  q('L024', 'QA-001', "Morning! Quick one before my 1:1s — who's the newest person on my team and when did they start?", () =>
    answer({ people: newest(1, { team: 'QA' }), dates: [person(newest(1, { team: 'QA' })[0]!).hire] }),
  ),
  q('L025', 'admin', 'what is the job title of DAT-007', () => answer({ mentions: [person('DAT-007').title] })),
  // Leave balances, leave taken, requests, who is off.
  q('L026', 'DEV-003', 'how much annual leave do I have left', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('L027', 'SEC-004', 'my annual leave balance pls', () => figures(days(balance('SEC-004', 'ANNUAL').available))),
  q('L028', 'QA-003', 'how many sick days have I used this year?', () => figures(days(balance('QA-003', 'SICK').taken))),
  q('L029', 'admin', 'How many days of annual leave has Sana Qureshi taken this year?', () => figures(days(balance('AI-004', 'ANNUAL').taken))),
  q('L030', 'admin', 'pending leave requests for december', () => people(requestersOverlapping(['pending'], ...DECEMBER))),
  q('L031', 'DEV-001', 'pending leave requests for my team', () => people(requesters('pending', { team: 'DEV' }))),
  q('L032', 'admin', 'any rejected leave requests this month?', () => people(requestersOverlapping(['rejected'], THIS_MONTH[0], '2025-11-30'))),
  q('L033', 'admin', 'who is on leave today', () => people(offBetween({}, TODAY, TODAY))),
  q('L034', 'admin', 'who will be off next week?', () => people(offBetween({}, ...NEXT_WEEK))),
  q('L035', 'DEV-001', 'anyone on my team out next week?', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('L036', 'admin', 'who was on sick leave this month', () => people(onLeaveOfType('SICK', THIS_MONTH[0], '2025-11-30'))),
  q('L037', 'admin', "who's off on 26 November?", () => people(offBetween({}, '2025-11-26', '2025-11-26'))),
  q('L038', 'admin', 'approved or pending leave requests in the AI team for december', () =>
    people(requestersOverlapping(['approved', 'pending'], ...DECEMBER, 'AI')),
  ),
  q('L039', 'DEV-003', 'do I have any pending leave requests?', () =>
    answer({ dates: requestsOverlapping('pending', '2025-01-01', '2025-12-31', { ids: ['DEV-003'] }).map((l) => l.from) }),
  ),
  // Holidays.
  q('L040', 'admin', 'next public holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('L041', 'SEC-004', 'what holidays are left this year?', () => answer({ dates: datesOf(holidaysBetween('2025-11-20', '2025-12-31', 'SEC')) })),
  q('L042', 'admin', 'when is the QA offsite', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('L043', 'QA-003', 'hey when is founders day?', () => answer({ dates: [holidayDate('Founders Day')] })),
  q('L044', 'DEV-001', 'Which holidays does my team have in December?', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'DEV')) })),
];
