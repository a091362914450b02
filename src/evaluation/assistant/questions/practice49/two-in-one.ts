/*
 * practice49 — two measures in one message, each with its own parts: a headcount and a mean score, a list of who was
 * on leave and a list of who has not checked in, hours and a rate, a list and a total, two quarters' scores. README:
 * two or three questions in one message are each answered with their own period, and a second question with none
 * takes the first's; two of a kind are answered side by side, never pooled.
 */
import { answer, people, score, type Question } from '../../expectation';
import { notCheckedInToday } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { select } from '../../oracle/people-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { absentOver, headN, hoursFig, rateFig, scoreOfOne, statsOf, teamList, whoOver } from '../../oracle/practice49-ops';
import { apart, LAST_WEEK, one, oneOf, OCTOBER, Q1, Q3, Q4_24, SEPTEMBER, single, some, team, THIS_WEEK } from '../../oracle/practice49-figures';
import { recordOf } from '../../oracle/attendance-figures';
import { daysBetween } from '../../dataset/dates';
import { q } from '../helpers';

export const TWO_IN_ONE: readonly Question[] = [
  q('PX187', 'admin', 'how many people are in DEV and what was their average score in Q1?', () => {
    if (select({ team: 'DEV', status: 'any' }).length !== select({ team: 'DEV' }).length) throw new Error('a DEV leaver: "their" is in doubt');
    return answer({ figures: [headN(select({ team: 'DEV' }).length, 'dev'), score(statsOf(Q1, team('DEV')).mean)] });
  }),
  q('PX188', 'admin', 'who in SEC was late or absent last week, and how many hours did SEC work?', () =>
    answer({
      people: some([...new Set([...whoOver(team('SEC'), 'late', single(LAST_WEEK)), ...absentOver(team('SEC'), single(LAST_WEEK))])]),
      figures: [hoursFig(team('SEC'), single(LAST_WEEK))],
    }),
  ),
  q('PX189', 'DEV-001', "who on my team is on leave this week, and who hasn't checked in yet today?", () =>
    people(some(teamList('DEV-001', (s) => [...new Set([...oneOf(THIS_WEEK.map(([from, to]) => offBetween(s, from, to))), ...notCheckedInToday(s)])]))),
  ),
  q('PX190', 'QA-001', "what was my team's attendance rate last week and who was absent?", () =>
    answer({ figures: [rateFig(team('QA'), single(LAST_WEEK))], people: some(teamList('QA-001', (s) => absentOver(s, single(LAST_WEEK)))) }),
  ),
  q('PX191', 'QA-003', 'how many hours did I work in October and what was my attendance rate?', () =>
    answer({ figures: [hoursFig(one('QA-003'), single(OCTOBER)), rateFig(one('QA-003'), single(OCTOBER))] }),
  ),
  q('PX192', 'QA-003', 'my scores in Q4 2024 and Q3 2025', () => {
    const [first, last] = [scoreOfOne('QA-003', Q4_24), scoreOfOne('QA-003', Q3)];
    apart(first, last, 0.05);
    return answer({ figures: [score(first), score(last)] });
  }),
  q('PX193', 'QA-003', 'did I have a half day in September? which day', () => {
    const found = daysBetween(...SEPTEMBER).filter((d) => recordOf('QA-003', d)?.status === 'half-day');
    return yesNo(found.length > 0, [], { dates: some(found) });
  }),
  q('PX194', 'DAT-004', 'my attendance rate and hours in September', () =>
    answer({ figures: [rateFig(one('DAT-004'), single(SEPTEMBER)), hoursFig(one('DAT-004'), single(SEPTEMBER))] }),
  ),
];
