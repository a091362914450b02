/*
 * practice59 — yes or no. README: "A yes-or-no question is answered yes or no first, then the figures behind it"
 * ("was anyone late yesterday": "Yes. 4 people …"; "has everyone in QA checked in?": "No. 3 people … have not"; "is 13
 * October a working day": "No: … it is Founders Day"); "'has everyone checked in', 'was everybody in' are answered
 * yes only when nobody is missing"; "'am I off on …' answers from the caller's approved leave, the requests still
 * waiting and the day's holidays"; a person's days come with their dates and times. A "yes" names exactly the people
 * behind it, a "no" names nobody (or exactly those missing); a yes or no that rests on a figure gives the figure, which
 * stands clear of its line. Today is open: a check-in today is read from the record so far.
 */
import { answer, rate, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { leaveDays } from '../../oracle/leave-figures';
import { onlyOne } from '../../oracle/practice31-figures';
import { absentDays } from '../../oracle/practice23-figures';
import {
  checkInOf,
  fig,
  LAST_MONTH,
  LAST_Q,
  leaveN,
  me,
  month,
  notInYet,
  rateOf,
  some,
  sumOf,
  team,
  THIS_MONTH,
  THIS_QUARTER,
  who,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { available, hiredIn, meanOf, onLeave, scoreOfOne } from '../../oracle/practice53-people';
import { myTeamNotInYet, on } from '../../oracle/practice55-figures';
import { above, checkInAnswer, decided, everyoneWho, holidayOn, requestStartsOf, todayStatus, yesWho } from '../../oracle/practice59-figures';
import { q } from '../helpers';

const Y = on(YESTERDAY);
const YEAR = TODAY.slice(0, 4);
/** "Was X late today": yes, with the check-in time, when the record so far is late. */
const lateToday = (id: string) => {
  if (todayStatus(id) !== 'late') throw new Error(`${id} is not late today`);
  return answer({ mentions: ['yes', checkInOf(id)] });
};

export const YES_NO: readonly Question[] = [
  // The admin.
  q('QH165', 'admin', 'was anyone absent in QA yesterday?', () => yesWho(some(who(team('QA'), 'absent', Y)))),
  q('QH166', 'admin', 'did Aisha check in today?', () => checkInAnswer(onlyOne('Aisha', 'admin'), true)),
  q('QH167', 'admin', 'did Tom Becker clock in today?', () => checkInAnswer('DEV-002', false)),
  q('QH168', 'admin', 'everyone in SEC clocked in yet?', () => everyoneWho(some(notInYet(team('SEC'))))),
  q('QH169', 'admin', 'was anybody late in DEV yesterday', () => yesWho(who(team('DEV'), 'late', Y))),
  q('QH170', 'admin', 'is anyone from the data team on leave today', () => yesWho(some(onLeave(team('DAT'), on(TODAY))))),
  q('QH171', 'admin', 'did anyone in AI forget to check out last month', () => yesWho(some(who(team('AI'), 'missingCheckOut', LAST_MONTH)))),
  q('QH172', 'admin', 'did QA hire anyone this quarter?', () => yesWho(some(hiredIn(THIS_QUARTER, 'QA')))),
  q('QH173', 'admin', 'were we working on Oct 13?', () => decided(false, [], [holidayOn(`${YEAR}-10-13`, null)])),
  q('QH174', 'admin', "was DEV's attendance above 90% last month", () => {
    const r = rateOf(team('DEV'), LAST_MONTH);
    return decided(above(r, 0.9, 0.0005), [rate(r)]);
  }),
  q('QH175', 'admin', 'did QA score higher than DEV on average in Q3?', () => {
    const [qa, dev] = [meanOf(LAST_Q, team('QA')), meanOf(LAST_Q, team('DEV'))];
    return decided(above(qa, dev, 0.005), [score(qa), score(dev)]);
  }),
  q('QH176', 'admin', 'were there more than 10 late arrivals in SEC in October?', () => {
    const n = sumOf(team('SEC'), 'late', month(10));
    return decided(above(n, 10, 0.5), [fig('late', n)]);
  }),
  q('QH177', 'admin', 'anyone in AI still not checked in?', () => yesWho(some(notInYet(team('AI'))))),

  // The managers, their own team.
  q('QH178', 'DEV-001', 'did Aisha check in today?', () => checkInAnswer(onlyOne('Aisha', 'DEV-001'), true)),
  q('QH179', 'DEV-001', 'was anyone on my team absent yesterday?', () => yesWho(who(team('DEV'), 'absent', Y, undefined, 'DEV-001'))),
  q('QH180', 'DEV-001', 'has all of my team clocked in yet?', () => everyoneWho(some(myTeamNotInYet('DEV-001')))),
  q('QH181', 'QA-001', 'was anyone absent in QA yesterday?', () => yesWho(some(who(team('QA'), 'absent', Y, undefined, 'QA-001')))),
  q('QH182', 'QA-001', 'is zoe in today?', () => checkInAnswer(onlyOne('Zoe', 'QA-001'), false)),
  q('QH183', 'QA-001', 'did Fatima come in late today', () => lateToday(onlyOne('Fatima', 'QA-001'))),
  q('QH184', 'QA-001', "is my team's attendance this month above 95%?", () => {
    const r = rateOf(team('QA'), THIS_MONTH);
    return decided(above(r, 0.95, 0.0005), [rate(r)]);
  }),

  // The employees, about themselves.
  q('QH185', 'DEV-003', 'did I check in today?', () => checkInAnswer('DEV-003', true)),
  q('QH186', 'DEV-003', 'do I have any leave requests waiting?', () => answer({ mentions: ['yes'], dates: requestStartsOf('DEV-003', 'pending') })),
  q('QH187', 'QA-003', 'was I late this morning?', () => lateToday('QA-003')),
  q('QH188', 'QA-003', 'did my attendance in october go over 95%?', () => {
    const r = rateOf(me('QA-003'), month(10));
    return decided(above(r, 0.95, 0.0005), [rate(r)]);
  }),
  q('QH189', 'QA-003', 'did I take any sick leave this month?', () => {
    const d = leaveDays('QA-003', THIS_MONTH[0], THIS_MONTH[1], 'SICK');
    return decided(d > 0, [leaveN(d)]);
  }),
  q('QH190', 'DAT-004', 'did i check in today', () => checkInAnswer('DAT-004', true)),
  q('QH191', 'DAT-004', 'do I have more than 10 days of annual leave left?', () => {
    const left = available('DAT-004');
    return decided(above(left, 10, 0.25), [leaveN(left)]);
  }),
  q('QH192', 'DAT-004', 'was I absent at all in September?', () => answer({ mentions: ['yes'], dates: some(absentDays('DAT-004', month(9))) })),
  q('QH193', 'SEC-004', 'have I clocked in yet today?', () => checkInAnswer('SEC-004', false)),
  q('QH194', 'SEC-004', 'is 1 Dec a day off for me?', () => decided(true, [], [holidayOn(`${YEAR}-12-01`, 'SEC')])),
  q('QH195', 'SEC-004', 'did I score above 90 in Q3?', () => {
    const s = scoreOfOne('SEC-004', LAST_Q);
    return decided(above(s, 90, 0.005), [score(s)]);
  }),
];
