/*
 * practice47 — two (or three) questions in one message, joined by "and" or "also", sometimes the second with a pronoun
 * for the first's subject ("… and what was their average score", "Also, how many of them are juniors?"). README: each
 * is answered with its own period, side by side, never pooled; a part with no period of its own takes the one the
 * message states ("… and who forgot to check out that day"). The expected content holds every part's figures or people;
 * the last part's are always among them. Asked by every kind of caller within their scope.
 */
import { answer, count, hours, people, rate, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { takenAndAhead } from '../../oracle/practice28-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  ALL,
  available,
  headcount,
  headN,
  hireOf,
  hires,
  LAST_WEEK,
  lateOrAbsent,
  leaveEndsAround,
  leaveFig,
  leavers,
  levelOf,
  me,
  meanOf,
  medianOf,
  MONDAY,
  NEXT_WEEK,
  nextPublicHoliday,
  notInYet,
  NOV_SO_FAR,
  OCTOBER,
  offIn,
  on,
  pendingOf,
  rateOf,
  requestCount,
  requestsIn,
  scoreKnown,
  some,
  sumOf,
  team,
  teamWithMost,
  teamWho,
  THIS_WEEK_LEAVE,
  titleOf,
  TUESDAY,
  overAll,
  lateN,
  who,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
} from '../../oracle/practice47-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const union = (...lists: string[][]): string[] => [...new Set(lists.flat())];
const DEV = team('DEV');
const QA = team('QA');

export const TWO_IN_ONE: readonly Question[] = [
  q('PV112', 'admin', 'How many people are in QA, and what was their average score in Q2?', () =>
    answer({ figures: [headN(headcount('QA')), score(meanOf('2025-Q2', team('QA')))] }),
  ),
  q('PV113', 'admin', "Who was late yesterday, and who hasn't checked in yet today?", () =>
    people(union(some(who(ALL, 'late', on(YESTERDAY))), some(notInYet(ALL)))),
  ),
  q('PV114', 'DEV-001', "quick one — who on my team is off this week, who's not in yet today, and did anyone forget to check out yesterday?", () =>
    people(
      union(
        some(overAll(THIS_WEEK_LEAVE, (r) => sameWithoutAsker(DEV, 'DEV-001', (s) => offIn(s, r)))),
        some(sameWithoutAsker(DEV, 'DEV-001', notInYet)),
        some(teamWho('DEV-001', 'missingCheckOut', on(YESTERDAY))),
      ),
    ),
  ),
  q('PV115', 'admin', 'What was the attendance rate last week, and also the week before?', () =>
    answer({ figures: [rate(rateOf(ALL, LAST_WEEK)), rate(rateOf(ALL, WEEK_BEFORE_LAST))] }),
  ),
  // Nobody is hired or leaves after today: this year's hires and leavers so far are the year's.
  q('PV116', 'admin', 'How many people did we hire this year, and how many have left?', () =>
    answer({
      figures: [near(count(hires(YEAR_2025).length), 'hire|hiring|join|new|start'), near(count(leavers(YEAR_2025).length), 'left|leaver|leaving|depart|exit')],
    }),
  ),
  q('PV117', 'QA-001', 'Who on my team was absent last week, and also who was late?', () =>
    people(union(some(teamWho('QA-001', 'absent', LAST_WEEK)), some(teamWho('QA-001', 'late', LAST_WEEK)))),
  ),
  // Aisha Khan's request for the end of December is pending: what is available keeps it reserved, and it is said apart.
  q('PV118', 'admin', 'How much annual leave does Aisha Khan have available, and has she got anything pending?', () =>
    answer({ figures: [leaveFig(available('DEV-003')), leaveFig(pendingOf('DEV-003'))] }),
  ),
  q('PV119', 'DEV-003', "What's my attendance rate this month, and how many hours have I worked?", () =>
    answer({ figures: [rate(rateOf(me('DEV-003'), NOV_SO_FAR)), hours(sumOf(me('DEV-003'), 'hours', NOV_SO_FAR))] }),
  ),
  q('PV120', 'SEC-004', 'How much annual leave do I have available, and is my request for the 28th still pending?', () =>
    answer({ figures: [leaveFig(available('SEC-004'))], mentions: ['pending'] }),
  ),
  q('PV121', 'admin', "What was DEV's average score in Q3, and also QA's?", () =>
    answer({ figures: [score(meanOf('2025-Q3', DEV)), score(meanOf('2025-Q3', QA))] }),
  ),
  q('PV122', 'admin', 'Who was late on Monday, and who on Tuesday?', () =>
    people(union(some(who(ALL, 'late', on(MONDAY))), some(who(ALL, 'late', on(TUESDAY))))),
  ),
  q('PV123', 'admin', "Who's off next week, and when is the next public holiday?", () =>
    answer({ people: some(offIn(ALL, NEXT_WEEK)), dates: [nextPublicHoliday()] }),
  ),
  q('PV124', 'DAT-004', 'What was my score last quarter, and also the quarter before?', () =>
    answer({ figures: [score(scoreKnown('DAT-004', '2025-Q3')), score(scoreKnown('DAT-004', '2025-Q2'))] }),
  ),
  q('PV125', 'admin', 'Which team had the most late arrivals last month, and how many?', () => {
    const top = teamWithMost('late', OCTOBER);
    if (top.teams.length !== 1) throw new Error('tied teams');
    return answer({ teams: top.teams, figures: [lateN(top.value)] });
  }),
  q('PV126', 'admin', "Tell me Tom Becker's start date, and also his job title.", () => answer({ dates: [hireOf('DEV-002')], mentions: [titleOf('DEV-002')] })),
  q('PV127', 'admin', 'When did Aisha Khan and Tom Becker each join the company?', () => answer({ dates: [hireOf('DEV-003'), hireOf('DEV-002')] })),
  // "Their" average is the juniors': those scored in Q3 (a junior who joined mid-quarter has no Q3 score).
  q('PV128', 'DEV-001', 'How many juniors are on my team, and what was their average score last quarter?', () =>
    answer({ figures: [headN(headcount('DEV', 'Junior'), 'junior'), score(meanOf('2025-Q3', levelOf('Junior', 'DEV')))] }),
  ),
  q('PV129', 'admin', "What's DEV's headcount? Also, how many of them are juniors?", () =>
    answer({ figures: [headN(headcount('DEV')), headN(headcount('DEV', 'Junior'), 'junior')] }),
  ),
  q('PV130', 'QA-001', "Who on my team was late on Monday, and also who isn't in yet today?", () =>
    people(union(some(teamWho('QA-001', 'late', on(MONDAY))), some(sameWithoutAsker(QA, 'QA-001', notInYet)))),
  ),
  q('PV131', 'admin', 'Who was absent yesterday, and who forgot to check out that day?', () =>
    people(union(some(who(ALL, 'absent', on(YESTERDAY))), some(who(ALL, 'missingCheckOut', on(YESTERDAY))))),
  ),
  // This year's annual leave: the days gone by (and any approved days ahead, said apart); what is available keeps pending days reserved.
  q('PV132', 'DEV-003', 'How much annual leave have I taken this year, and how much is still available?', () =>
    answer({ figures: [...takenAndAhead('DEV-003'), leaveFig(available('DEV-003'))] }),
  ),
  q('PV133', 'admin', "What's the median score in SEC for Q3, and also the mean?", () => {
    const [median, mean] = [medianOf('2025-Q3', team('SEC')), meanOf('2025-Q3', team('SEC'))];
    if (Math.abs(median - mean) < 0.1) throw new Error('median and mean too close to tell apart');
    return answer({ figures: [score(median), score(mean)] });
  }),
  q('PV134', 'QA-003', 'What was my attendance rate in October, and how many hours did I work?', () =>
    answer({ figures: [rate(rateOf(me('QA-003'), OCTOBER)), hours(sumOf(me('QA-003'), 'hours', OCTOBER))] }),
  ),
  q('PV135', 'admin', 'Who is on leave today, and when is their leave over?', () => {
    const off = some(offIn(ALL, on(TODAY)));
    return answer({ people: off, dates: off.map((id) => leaveEndsAround(id, TODAY)) });
  }),
  q('PV136', 'admin', 'How many leave requests are pending, and for whom?', () => {
    const found = requestsIn('pending');
    return answer({ people: found.people, figures: [near(count(requestCount('pending')), 'request|pending')] });
  }),
  q('PV137', 'DEV-001', 'Who on my team was late or absent last week, and also what was our attendance rate?', () =>
    answer({ people: some(sameWithoutAsker(DEV, 'DEV-001', (s) => lateOrAbsent(s, LAST_WEEK))), figures: [rate(rateOf(DEV, LAST_WEEK))] }),
  ),
  q('PV138', 'SEC-004', 'What was my attendance rate last month, and also how many hours did I work?', () =>
    answer({ figures: [rate(rateOf(me('SEC-004'), OCTOBER)), hours(sumOf(me('SEC-004'), 'hours', OCTOBER))] }),
  ),
];
