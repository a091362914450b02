/*
 * practice47 — polite, long-winded wording: greetings, apologies, "would you be so kind", "if it's not too much
 * trouble", sign-offs with a first name, and the odd text-speak ("hiya, hope ur good!! could u …"). README: a greeting
 * or the reason for asking wrapped round a question is left out, and the question inside is answered as if asked
 * plainly. Every role asks: the employees about themselves, the managers about their team, the admin about anyone.
 */
import { answer, count, days, hours, people, rate, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { newest } from '../../oracle/people-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { expectedOn } from '../../oracle/practice43-figures';
import {
  ALL,
  AUGUST,
  available,
  DECEMBER,
  datesOf,
  headcount,
  headN,
  hires,
  holidayDay,
  LAST_WEEK,
  lateN,
  longestServing,
  me,
  meanOf,
  medianOf,
  OCTOBER,
  pendingOf,
  publicHolidaysLeft,
  rateOf,
  requestCount,
  requestsIn,
  scoreKnown,
  SEPTEMBER,
  some,
  sumOf,
  team,
  teamWho,
  threeOrMore,
  workingDaysIn,
  YEAR_2025,
  leaveFig,
} from '../../oracle/practice47-figures';
import { q } from '../helpers';

const QA = team('QA');
const SECURITY_TEAM_DAY = holidayDay('Security Team Day', '2025-12-01');

export const POLITE: readonly Question[] = [
  // Kevin O'Brien has no leave taken or pending: what is available and what is left are one figure.
  q(
    'PV139',
    'DAT-004',
    'Hi there, sorry to bother you, I was just wondering whether you might be able to let me know how many days of annual leave I still have available for this year? Many thanks in advance!',
    () => {
      if (pendingOf('DAT-004') !== 0) throw new Error('pending leave');
      return answer({ figures: [leaveFig(available('DAT-004'))] });
    },
  ),
  q('PV140', 'QA-003', 'Good morning! Would you be so kind as to tell me what my performance score was for the third quarter? Thank you so much.', () =>
    answer({ figures: [score(scoreKnown('QA-003', '2025-Q3'))] }),
  ),
  q('PV141', 'SEC-004', "Hello, I hope you're well. Could you possibly tell me what my attendance rate was last month? Much appreciated.", () =>
    answer({ figures: [rate(rateOf(me('SEC-004'), OCTOBER))] }),
  ),
  q('PV142', 'DEV-003', "Hiya, if it's not too much trouble, could you let me know which day I was late in August? Cheers!", () => {
    const found = datesOf('DEV-003', 'late', AUGUST);
    if (found.length !== 1) throw new Error(`${found.length} late days`);
    return answer({ dates: found });
  }),
  q('PV143', 'QA-001', "Dear assistant, I'd be grateful if you could tell me the median score of my team for 2025-Q2. Kind regards, Elena", () =>
    answer({ figures: [score(medianOf('2025-Q2', QA))] }),
  ),
  q(
    'PV144',
    'DEV-001',
    "Apologies for the long message. I'm putting together notes for my one-to-ones next week and it would be really helpful to know, if at all possible, who on my team had any absences in October.",
    () => people(some(teamWho('DEV-001', 'absent', OCTOBER))),
  ),
  q(
    'PV145',
    'admin',
    'Hello! When you have a moment, could you please tell me how many employees we currently have in the Artificial Intelligence team? Thanks ever so much.',
    () => answer({ figures: [headN(headcount('AI'))] }),
  ),
  // "Public" holidays are the organisation's: the Security Team Day is a team's, not a public one.
  q(
    'PV146',
    'admin',
    "Hi, hope your week is going well. I'd really appreciate it if you could tell me which public holidays are still left this year. Thank you!",
    () => answer({ dates: publicHolidaysLeft() }),
  ),
  q(
    'PV147',
    'QA-001',
    'Sorry if this is a silly question, but could you tell me whether anyone on my team has a leave request still waiting for approval?',
    () => {
      const found = sameWithoutAsker(QA, 'QA-001', (s) => requestsIn('pending', s));
      return yesNo(true, [], { people: some(found.people), dates: found.dates });
    },
  ),
  q(
    'PV148',
    'admin',
    'Would it be possible to get the total number of late arrivals across the company for October, please? I need it for a slide. Thank you kindly.',
    () => answer({ figures: [lateN(threeOrMore(sumOf(ALL, 'late', OCTOBER)))] }),
  ),
  q('PV149', 'DEV-003', 'Hi! Quick favour — could you remind me when my pending leave request starts? Ta.', () =>
    answer({ dates: requestsIn('pending', me('DEV-003')).dates }),
  ),
  q('PV150', 'SEC-004', "Hello, I'd like to double-check something if that's alright: am I off on 1 December? Thanks a lot.", () =>
    yesNo(expectedOn('SEC-004', SECURITY_TEAM_DAY) === 0, [], { mentions: ['Security Team Day'] }),
  ),
  // The Security Team Day is not the Data team's: for Kevin O'Brien the Monday is a working day.
  q('PV151', 'DAT-004', "Morning! I'm planning a long weekend. Could you tell me whether Monday 1 December is a working day for me? Thanks!", () =>
    yesNo(expectedOn('DAT-004', SECURITY_TEAM_DAY) === 1, []),
  ),
  q('PV152', 'admin', "Good afternoon, I'd be most grateful if you could let me know who the longest-serving person in the Data team is.", () =>
    people(longestServing('DAT')),
  ),
  q('PV153', 'QA-003', 'hiya, hope ur good!! could u tell me how many hours i worked last week pls, thank uuu', () =>
    answer({ figures: [hours(sumOf(me('QA-003'), 'hours', LAST_WEEK))] }),
  ),
  q('PV154', 'DEV-001', "Hello there. If it's no trouble, I'd love to know my team's attendance rate for September. Thanks so much!", () =>
    answer({ figures: [rate(rateOf(team('DEV'), SEPTEMBER))] }),
  ),
  q('PV155', 'QA-001', 'Would you mind telling me, please, how many people on my team joined in 2025? Thank you.', () =>
    answer({ figures: [headN(hires(YEAR_2025, 'QA').length, 'join')] }),
  ),
  q('PV156', 'admin', "Hi! I know it's a busy time, but could you kindly let me know how many leave requests are pending across the company? Cheers.", () =>
    answer({ figures: [near(count(requestCount('pending')), 'request|pending')] }),
  ),
  q('PV157', 'DAT-004', 'Hello, apologies for asking again — could you tell me my score for 2025-Q1, please?', () =>
    answer({ figures: [score(scoreKnown('DAT-004', '2025-Q1'))] }),
  ),
  q('PV158', 'admin', 'Hi there, hope all is well! Would you be able to tell me the average score across the whole company last quarter? Many thanks.', () =>
    answer({ figures: [score(meanOf('2025-Q3'))] }),
  ),
  q('PV159', 'DEV-001', "Morning! Hope the week's going OK. Could you tell me, when convenient, who on my team was late last week?", () =>
    people(some(teamWho('DEV-001', 'late', LAST_WEEK))),
  ),
  q('PV160', 'QA-003', 'Hello! Sorry to be a pain. Could you tell me whether I was late at all last week? Thanks.', () =>
    yesNo(sumOf(me('QA-003'), 'late', LAST_WEEK) > 0, []),
  ),
  q('PV161', 'admin', 'Good morning, I hope you had a lovely weekend. Could you kindly tell me who joined the company most recently?', () => people(newest(1))),
  q('PV162', 'SEC-004', "Hi, I'm so sorry to trouble you — could you tell me how many hours I worked in October? Thank you ever so much.", () =>
    answer({ figures: [hours(sumOf(me('SEC-004'), 'hours', OCTOBER))] }),
  ),
  // The organisation's calendar: Christmas Eve's afternoon (a half), Christmas Day and Boxing Day off.
  q('PV163', 'admin', "If it isn't too much bother, could you please let me know how many working days there are in December? Kind regards.", () =>
    answer({ figures: [near(days(workingDaysIn(DECEMBER, null)), 'working|day')] }),
  ),
  q('PV164', 'QA-001', 'Hello, could you please tell me, at your convenience, how many late arrivals my team had last week? Many thanks, Elena', () =>
    answer({ figures: [lateN(threeOrMore(sameWithoutAsker(QA, 'QA-001', (s) => sumOf(s, 'late', LAST_WEEK))))] }),
  ),
];
