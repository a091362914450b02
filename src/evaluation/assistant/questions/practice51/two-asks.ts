/*
 * practice51 — two asks in one message, by the admin, joined by "and", "also", "plus", "then", a semicolon or as two
 * sentences (README: "two or three questions in one message are each answered with their own period"; "a second
 * question with none takes the first's"; "two of a kind are answered side by side, never pooled"). The expected content
 * holds both asks' figures, people, teams and dates; where one ask's answer may name people the other's does not ask
 * for (pending requests name their requesters), the people asked for are expected as mentions, not as an exact list.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { addDays } from '../../dataset/dates';
import { HOLIDAYS, TODAY } from '../../dataset/calendar';
import { notCheckedInToday } from '../../oracle/attendance-figures';
import { offBetween, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { leaveEndsAround } from '../../oracle/practice47-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { mostOf, teamsWhere } from '../../oracle/attendance-figures';
import { scoreOf } from '../../oracle/score-figures';
import {
  absenceOf,
  ALL,
  awayN,
  endsOf,
  halfN,
  headcount,
  headN,
  lateN,
  leaveN,
  meanOf,
  medianOf,
  OCT,
  Q3,
  rateOf,
  requestN,
  sameDay,
  SEP,
  spreadOf,
  sumOf,
  team,
  TEAM_LIST,
  week,
  wholeMonth,
  workingN,
  YEAR_2025,
  YESTERDAY,
} from '../../oracle/practice51-figures';
import { some, threeOrMore, union, who } from '../../oracle/practice51-people';
import { balance } from '../../oracle/leave-figures';
import { q } from '../helpers';

const LAST_WEEK = week(46);
const NEXT_WEEK = week(48);
const on = (d: string): [string, string] => [d, d];
const LAST_FRIDAY = sameDay(addDays(TODAY, -5), '2025-11-14');
const LAST_THURSDAY = sameDay(addDays(TODAY, -6), '2025-11-13');
const founders = () => {
  const h = HOLIDAYS.find((x) => x.name === 'Founders Day');
  if (!h) throw new Error('no Founders Day');
  return h.date;
};
const names = (ids: string[]) => ids.map((id) => person(id).name);
function known(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}

export const TWO_ASKS: readonly Question[] = [
  q('PZ130', 'admin', 'headcount of QA and its attendance last month', () => figures(headN(headcount('QA')), rate(rateOf(team('QA'), OCT)))),
  q('PZ131', 'admin', 'who was late yesterday, and who is on leave today?', () =>
    people(union(who(ALL, 'late', on(YESTERDAY)), some(offBetween(ALL, TODAY, TODAY)))),
  ),
  q('PZ132', 'admin', 'How many people in DEV? Also their average Q3 score', () => figures(headN(headcount('DEV')), score(meanOf('2025-Q3', team('DEV'))))),
  q('PZ133', 'admin', 'DEV attendance last week; QA attendance last week', () =>
    figures(rate(rateOf(team('DEV'), LAST_WEEK)), rate(rateOf(team('QA'), LAST_WEEK))),
  ),
  q('PZ134', 'admin', "Who's on leave next week? Then, how many leave requests are pending?", () =>
    answer({ mentions: names(some(offBetween(ALL, ...NEXT_WEEK))), figures: [requestN(requests('pending').length)] }),
  ),
  q('PZ135', 'admin', 'company average score for Q3, and who were the top 3?', () =>
    answer({ figures: [score(meanOf('2025-Q3'))], people: endsOf('2025-Q3', 3, 'top') }),
  ),
  q('PZ136', 'admin', 'new joiners in 2025 plus the people who left in 2025', () =>
    people(union(some(hiredBetween(...YEAR_2025)), some(leftBetween(...YEAR_2025)))),
  ),
  q('PZ137', 'admin', 'who was absent last friday and who forgot to check out on thursday', () =>
    people(union(some(who(ALL, 'absent', on(LAST_FRIDAY))), some(who(ALL, 'missingCheckOut', on(LAST_THURSDAY))))),
  ),
  q('PZ138', 'admin', 'How many leave requests are pending? And which of them are for December?', () =>
    answer({
      figures: [requestN(requests('pending').length)],
      mentions: names(union(requestsOverlapping('pending', ...wholeMonth(12)).map((l) => l.employee))),
    }),
  ),
  q('PZ139', 'admin', "Lukas Novak's late arrivals in September and his Q3 score", () =>
    figures(lateN(threeOrMore(sumOf({ ids: ['DEV-004'] }, 'late', SEP))), score(known('DEV-004', '2025-Q3'))),
  ),
  q('PZ140', 'admin', "QA's absent days last month, then DEV's", () =>
    figures(awayN(sumOf(team('QA'), 'absent', OCT), 'qa'), awayN(sumOf(team('DEV'), 'absent', OCT), 'dev')),
  ),
  q('PZ141', 'admin', 'who in DAT was late last week; who in AI was?', () =>
    people(union(some(who(team('DAT'), 'late', LAST_WEEK)), some(who(team('AI'), 'late', LAST_WEEK)))),
  ),
  q('PZ142', 'admin', 'Compare DEV and QA attendance last month, and also their Q3 averages', () =>
    figures(rate(rateOf(team('DEV'), OCT)), rate(rateOf(team('QA'), OCT)), score(meanOf('2025-Q3', team('DEV'))), score(meanOf('2025-Q3', team('QA')))),
  ),
  q('PZ143', 'admin', 'When is Founders Day, and how many people were late the day after?', () =>
    answer({ dates: [founders()], figures: [lateN(sumOf(ALL, 'late', on(addDays(founders(), 1))))] }),
  ),
  q('PZ144', 'admin', 'how many working days in December for DEV, and how many for SEC?', () =>
    figures(workingN(workingDaysHalves(wholeMonth(12), 'DEV'), 'dev'), workingN(workingDaysHalves(wholeMonth(12), 'SEC'), 'sec')),
  ),
  q('PZ145', 'admin', 'top 3 and bottom 3 performers in Q3', () => people(union(endsOf('2025-Q3', 3, 'top'), endsOf('2025-Q3', 3, 'bottom')))),
  q('PZ146', 'admin', 'Which team had the lowest attendance last month, and who in it was absent the most?', () => {
    const sorted = TEAM_LIST.map((code) => ({ code, r: rateOf(team(code), OCT) })).sort((a, b) => a.r - b.r);
    if (sorted[0]!.r === sorted[1]!.r) throw new Error('tied for the lowest');
    const worst = sorted[0]!.code;
    return answer({ teams: [worst], people: some(mostOf(team(worst), 'absent', ...OCT)), figures: [rate(sorted[0]!.r)] });
  }),
  q('PZ147', 'admin', 'Anna Berg - until when is she on leave, and how much annual leave does she have left?', () =>
    answer({ dates: [leaveEndsAround('DAT-007', TODAY)], figures: [leaveN(balance('DAT-007', 'ANNUAL').available)] }),
  ),
  q('PZ148', 'admin', "SEC's absence rate last month and how many half days they had", () =>
    figures(rate(absenceOf(team('SEC'), OCT)), halfN(sumOf(team('SEC'), 'halfDay', OCT))),
  ),
  q('PZ149', 'admin', "who in QA hasn't checked in yet, and is anyone in QA on leave today?", () =>
    people([...some(notCheckedInToday(team('QA'))), ...offBetween(team('QA'), TODAY, TODAY)]),
  ),
  q('PZ150', 'admin', 'mean, median and range of AI scores in Q3', () =>
    figures(score(meanOf('2025-Q3', team('AI'))), score(medianOf('2025-Q3', team('AI'))), score(spreadOf('2025-Q3', team('AI')))),
  ),
  q('PZ151', 'admin', 'Who joined in Q4, and who left in Q3?', () => people(union(some(hiredBetween('2025-10-01', TODAY)), some(leftBetween(...Q3))))),
  q('PZ152', 'admin', 'total late arrivals in October, and who had the most?', () =>
    answer({ figures: [lateN(sumOf(ALL, 'late', OCT))], people: some(mostOf(ALL, 'late', ...OCT)) }),
  ),
  q('PZ153', 'admin', 'Show me departments with attendance issues last month, and the company rate', () =>
    answer({ teams: some(teamsWhere(...OCT, (r) => r < 0.9)), figures: [rate(rateOf(ALL, OCT))] }),
  ),
];
