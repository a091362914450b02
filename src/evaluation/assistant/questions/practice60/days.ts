/*
 * practice60 — one day at a time, the day written every way people write it: "31/10", "Oct 31st", "2025-10-31",
 * "the 14th", "last Friday", "a week ago Monday", "Monday", "the Friday before last", "12/09", a holiday by its name.
 * README: "dates written day first: '3/11' is 3 November"; a weekday alone is "the last one for what is recorded";
 * "Founders Day was on 13 October. Was anyone late the day after?"; a holiday has nobody absent. Each question joins
 * two asks (a list and a rate, two lists, a yes or no and a time), answered in turn; a list of two asks names the
 * people of both. Every day is read from the words of the question by the oracle (qd), never typed in.
 */
import { TODAY } from '../../dataset/calendar';
import { dataset } from '../../dataset/dataset';
import { answer, figures, people, rate, type Question } from '../../expectation';
import { peopleIn } from '../../oracle/attendance-figures';
import { statusOf } from '../../oracle/practice43-figures';
import { ALL, checkedN, fig, none, rateOf, some, sumOf, team, teamWho, who } from '../../oracle/practice53-figures';
import { myTeamNotInYet, on } from '../../oracle/practice55-figures';
import { dayAfter, holidayOn as holidayDay } from '../../oracle/practice56-figures';
import { timeOn } from '../../oracle/practice58-lists';
import { holidayOn, yesWho } from '../../oracle/practice59-figures';
import { both, qd, spanWritten } from '../../oracle/practice60-figures';
import { q } from '../helpers';

const late = (d: string) => who(ALL, 'late', on(d));
const absent = (d: string) => who(ALL, 'absent', on(d));
/** People with a check-in on a day. */
const clockedIn = (d: string) =>
  peopleIn(ALL)
    .filter((p) => dataset().attendance.some((r) => r.employee === p.id && r.date === d && r.checkIn !== null))
    .map((p) => p.id);

export const DAYS: readonly Question[] = [
  qd('QI034', 'admin', 'who was late on 31/10, and who was absent?', ['31/10'], (d) => people(some(both(late(d), absent(d))))),
  qd('QI035', 'admin', 'company attendance rate Oct 31st?', ['Oct 31st'], (d) => figures(rate(rateOf(ALL, on(d))))),
  qd('QI036', 'admin', '2025-11-03: how many late arrivals were there, and what was the attendance rate that day', ['2025-11-03'], (d) =>
    figures(fig('late', sumOf(ALL, 'late', on(d))), rate(rateOf(ALL, on(d)))),
  ),
  qd('QI037', 'admin', 'anyone absent on the 14th? names please', ['the 14th'], (d) => yesWho(some(absent(d)))),
  qd('QI038', 'admin', 'who rolled in late last Friday', ['last Friday'], (d) => people(some(late(d)))),
  qd('QI039', 'admin', 'a week ago Monday - who was late, and who only did a half day?', ['a week ago Monday'], (d) =>
    people(some(both(late(d), who(ALL, 'halfDay', on(d))))),
  ),
  qd('QI040', 'admin', 'who was absent yesterday? and did anyone forget to check out?', ['yesterday'], (d) =>
    people(some(both(absent(d), who(ALL, 'missingCheckOut', on(d))))),
  ),
  qd('QI041', 'admin', 'Was Lukas Novak late on 3/11? What time did he get in?', ['3/11'], (d) => {
    if (statusOf('DEV-004', d) !== 'late') throw new Error('not late');
    return answer({ mentions: ['yes', timeOn('DEV-004', d, 'in')] });
  }),
  q('QI042', 'admin', 'who in QA came in late the day after Founders Day?', () =>
    people(some(who(team('QA'), 'late', on(dayAfter(holidayDay('Founders Day')))))),
  ),
  qd('QI043', 'admin', 'How did QA do on the offsite day (12/09)? attendance rate pls', ['12/09'], (d) => {
    if (holidayOn(d, 'QA') !== 'QA Offsite') throw new Error('12/09 is not the QA offsite');
    return figures(rate(rateOf(team('QA'), on(d))));
  }),
  qd('QI044', 'admin', 'late arrivals in DEV between 3/11 and 14/11', ['3/11', '14/11'], () =>
    figures(fig('late', sumOf(team('DEV'), 'late', spanWritten('3/11', '14/11')))),
  ),
  qd('QI045', 'admin', 'Attendance 1 Sep to 15 Sep compared with 1 Oct to 15 Oct, whole company', ['1 Sep', '15 Sep', '1 Oct', '15 Oct'], () =>
    figures(rate(rateOf(ALL, spanWritten('1 Sep', '15 Sep'))), rate(rateOf(ALL, spanWritten('1 Oct', '15 Oct')))),
  ),
  qd('QI046', 'admin', 'did anybody in SEC miss a check-out on October 22nd?', ['October 22nd'], (d) =>
    yesWho(some(who(team('SEC'), 'missingCheckOut', on(d)))),
  ),
  qd('QI047', 'admin', 'how many people clocked in on the Friday before last?', ['the Friday before last'], (d) =>
    figures(checkedN(some(clockedIn(d)).length)),
  ),
  qd('QI048', 'admin', 'attendance rate in Security on 18/11, and who was absent', ['18/11'], (d) =>
    answer({ figures: [rate(rateOf(team('SEC'), on(d)))], people: some(who(team('SEC'), 'absent', on(d))) }),
  ),
  qd('QI049', 'admin', "Monday's late list please, plus the attendance rate that day", ['Monday'], (d) =>
    answer({ people: some(late(d)), figures: [rate(rateOf(ALL, on(d)))] }),
  ),
  qd('QI050', 'admin', "Oct 13 - was anyone absent? wasn't that a holiday", ['Oct 13'], (d) =>
    answer({ people: none(absent(d)), mentions: [holidayOn(d, null)] }),
  ),
  qd('QI051', 'admin', 'who was late on 31st October in the data team', ['31st October'], (d) => yesWho(none(who(team('DAT'), 'late', on(d))))),

  // The managers, their own team.
  qd('QI052', 'DEV-001', "who on my team was late on 17/11, and who hasn't clocked in yet today?", ['17/11'], (d) =>
    people(some(both(teamWho('DEV-001', 'late', on(d)), myTeamNotInYet('DEV-001')))),
  ),
  qd('QI053', 'DEV-001', 'Nov 7 was our recharge day right? did anyone on my team come in anyway', ['Nov 7'], (d) => {
    if (holidayOn(d, 'DEV') !== 'DEV Recharge Day') throw new Error('7 November is not the DEV recharge day');
    return answer({ people: none(clockedIn(d).filter((id) => id.startsWith('DEV-'))) });
  }),
  qd('QI054', 'QA-001', "my team's attendance rate last Friday, and who was late", ['last Friday'], (d) =>
    answer({ figures: [rate(rateOf(team('QA'), on(d)))], people: some(teamWho('QA-001', 'late', on(d))) }),
  ),
  qd('QI055', 'QA-001', 'who in QA was absent a week ago Monday?', ['a week ago Monday'], (d) => people(some(teamWho('QA-001', 'absent', on(d))))),
  qd('QI056', 'QA-001', '2025-11-12 - did anyone on my team forget to clock out?', ['2025-11-12'], (d) =>
    yesWho(some(teamWho('QA-001', 'missingCheckOut', on(d)))),
  ),
  qd('QI057', 'DEV-001', 'how many of my guys were late on Monday + what was our attendance rate last Friday', ['Monday', 'last Friday'], (mon, fri) =>
    figures(fig('late', some(teamWho('DEV-001', 'late', on(mon))).length), rate(rateOf(team('DEV'), on(fri)))),
  ),
  qd('QI058', 'QA-001', 'who on my team was late today and who is still not in?', ['today'], (d) => {
    if (d !== TODAY) throw new Error('today is not today');
    return people(some(both(teamWho('QA-001', 'late', on(d)), myTeamNotInYet('QA-001'))));
  }),
];
