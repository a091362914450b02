/*
 * practice53 — messages that open with a sentence of context before the question ("I'm the DEV manager. …", "Quick one
 * for payroll: …", "Covering for Elena today — …"). README: "A sentence about why you ask … is read past when the
 * question after it stands alone; a team it names is the question's …, a person it names stays the subject of a
 * question that has none of its own …, a period it states is the question's when the question states none ('I'm
 * covering QA this week. Who was late?', 'I'm doing the Q3 review. Who scored lowest?')"; "Sentences of context before
 * a question that refers back to them are read for the person, date or holiday they name" ("Marcus Lee is up for
 * promotion. What was his score last quarter?"). Each expected answer is the question's, with what the context lends.
 */
import { answer, figures, hours, people, rate, score, type Question } from '../../expectation';
import { HOLIDAYS } from '../../dataset/calendar';
import { addDays, weekday } from '../../dataset/dates';
import { leaveDays, requests } from '../../oracle/leave-figures';
import {
  ALL,
  fig,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  leaveN,
  me,
  month,
  none,
  notInYet,
  overAll,
  personSum,
  rateOf,
  requestN,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  teamWho,
  THIS_WEEK,
  THIS_WEEK_WHOLE,
  who,
} from '../../oracle/practice53-figures';
import { tiedEnd } from '../../oracle/practice53-rankings';
import { available, onLeave, requesters, roster, scoreEntries, scoreOfOne } from '../../oracle/practice53-people';
import { q } from '../helpers';

const OCT = month(10);
const holiday = (name: string) => {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday ${name}`);
  return found;
};
/** The first Monday after a day. */
const mondayAfter = (day: string) => {
  let d = addDays(day, 1);
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
};
/** What every active person took of a kind of leave over the range, added up. */
const leaveTakenBy = (code: 'UNPAID' | 'SICK' | 'ANNUAL', [from, to]: readonly [string, string]) =>
  roster({ status: 'any' }).reduce((sum, id) => sum + leaveDays(id, from, to, code), 0);

export const CONTEXT: readonly Question[] = [
  q('QB136', 'DEV-001', "I'm the DEV manager. Who on my team was late last week?", () => people(some(teamWho('DEV-001', 'late', LAST_WEEK)))),
  q('QB137', 'admin', 'Quick one for payroll: total hours worked by QA in October?', () => figures(hours(sumOf(team('QA'), 'hours', OCT)))),
  q('QB138', 'QA-001', 'Prepping the Monday stand-up. Who in QA is on leave this week?', () => people(none(onLeave(team('QA'), THIS_WEEK, THIS_WEEK_WHOLE)))),
  q('QB139', 'DEV-001', 'Putting together my October update for the team. What was our attendance rate last month?', () =>
    figures(rate(rateOf(team('DEV'), LAST_MONTH))),
  ),
  q('QB140', 'admin', "Covering for Elena today — who in QA hasn't checked in yet?", () => people(some(notInYet(team('QA'))))),
  q('QB141', 'DEV-001', "I'm doing the Q3 review. Who scored lowest on my team?", () =>
    people(overAll(team('DEV'), LAST_QUARTER, (s) => tiedEnd(scoreEntries(LAST_Q, s), 'low').ids, 'DEV-001')),
  ),
  q('QB142', 'QA-001', 'Grace Kim has her review next week. How did she score last quarter?', () => figures(score(scoreOfOne('QA-007', LAST_Q)))),
  q('QB143', 'admin', "For the board pack: what was the company's attendance rate in Q3?", () => figures(rate(rateOf(ALL, LAST_QUARTER)))),
  q('QB144', 'DEV-003', 'Booking a trip in December. How much annual leave do I have left?', () => figures(leaveN(available('DEV-003')))),
  q('QB145', 'QA-003', 'Sorting out my timesheet - how many hours did I work last week?', () => figures(hours(personSum('QA-003', 'hours', LAST_WEEK)))),
  q('QB146', 'admin', "I'm looking after the DEV team this week. Who's been late?", () => people(some(who(team('DEV'), 'late', THIS_WEEK)))),
  q('QB147', 'QA-001', 'Writing up October for my director: how many days of absence did the team have?', () =>
    figures(fig('absent', sumOf(team('QA'), 'absent', OCT))),
  ),
  q('QB148', 'admin', 'Quick one for payroll: how many days of unpaid leave were taken in October?', () => figures(leaveN(leaveTakenBy('UNPAID', OCT)))),
  q('QB149', 'DEV-001', 'Chris Morgan has his 1:1 tomorrow. How many days has he been absent since August?', () =>
    figures(fig('absent', personSum('DEV-006', 'absent', SINCE_TRACKING))),
  ),
  q('QB150', 'admin', 'Before I close the month: how many leave requests are still pending?', () => figures(requestN(requests('pending').length))),
  q('QB151', 'SEC-004', 'Planning a long weekend. Is 1 December a day off for me?', () => {
    const day = holiday('Security Team Day');
    if (day.date !== '2025-12-01' || day.team !== 'SEC' || day.half !== null) throw new Error('1 December is not the SEC team day');
    return answer({ mentions: ['yes', day.name] });
  }),
  q('QB152', 'admin', 'DEV had its recharge day on 7 November. Who in DEV was late on the Monday after?', () => {
    const day = holiday('DEV Recharge Day');
    if (day.date !== '2025-11-07') throw new Error('the recharge day moved');
    const monday = mondayAfter(day.date);
    return people(some(who(team('DEV'), 'late', [monday, monday])));
  }),
  q('QB153', 'DAT-004', 'Doing my self-review. What was my Q3 score, and my attendance rate in Q3?', () =>
    figures(score(scoreOfOne('DAT-004', LAST_Q)), rate(rateOf(me('DAT-004'), LAST_QUARTER))),
  ),
  q('QB154', 'QA-001', "I'm the QA manager. Is anyone on my team waiting on a leave approval?", () =>
    // Requests waiting are not dated by the question: any closed range serves to read the team with and without the manager.
    answer({ people: some(overAll(team('QA'), LAST_WEEK, (s) => requesters('pending', s), 'QA-001')), mentions: ['yes'] }),
  ),
  q('QB155', 'DEV-001', 'Lukas Novak is up for his annual review. How many times was he late in Q3?', () =>
    figures(fig('late', personSum('DEV-004', 'late', LAST_QUARTER))),
  ),
];
