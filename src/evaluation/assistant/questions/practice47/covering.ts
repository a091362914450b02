/*
 * practice47 — covering for someone: "I'm covering DEV this week", "Covering for Elena while she's away", "Sarah's out,
 * so I'm covering the Data team", "I'm doing the Q3 reviews for QA", "Writing my monthly update for the team". README:
 * a team the context names is the question's, a period it states is the question's when the question states none (not
 * for a state now), a level it states is not dropped, and a name in "covering for Priya" is read past when the
 * question stands alone. "This week" is read up to yesterday, to today and (for leave) to Sunday; questions are asked
 * only where every reading agrees. Asked by the admin and by the managers about their own team.
 */
import { answer, count, people, rate, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  awayDays,
  headN,
  inSoFar,
  LAST_WEEK,
  lateN,
  levelOf,
  meanOf,
  NEXT_WEEK,
  none,
  notInYet,
  OCTOBER,
  offIn,
  overAll,
  rateOf,
  requestsIn,
  scoreKnown,
  soleAtEnd,
  some,
  sumOf,
  team,
  teamWho,
  THIS_WEEK_LEAVE,
  THIS_WEEK_RECORDED,
  who,
  headcount,
  YESTERDAY,
} from '../../oracle/practice47-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const DAT = team('DAT');
const SEC = team('SEC');
const AI = team('AI');
/** "This month" for what is recorded: the 1st to yesterday, or to today (today is open: no absentee yet). */
const THIS_MONTH_RECORDED = [
  ['2025-11-01', YESTERDAY],
  ['2025-11-01', TODAY],
] as const;
/** The pending requests of a scope: who asked and the first days asked for. */
const pending = (scope: { team?: string }) => {
  const found = requestsIn('pending', scope);
  return answer({ people: some(found.people), dates: found.dates });
};

export const COVERING: readonly Question[] = [
  q('PV086', 'admin', 'im covering DEV this week. who was late?', () => people(some(overAll(THIS_WEEK_RECORDED, (r) => who(DEV, 'late', r))))),
  q('PV087', 'admin', 'Covering for Elena while shes away. Anyone in QA with a leave request waiting?', () => pending(QA)),
  q('PV088', 'admin', "I'm covering the Security team this week. Who's on leave?", () => people(none(overAll(THIS_WEEK_LEAVE, (r) => offIn(SEC, r))))),
  q('PV089', 'admin', "I'm covering QA for the next fortnight. Is anyone in QA off next week?", () => yesNo(true, [], { people: some(offIn(QA, NEXT_WEEK)) })),
  q('PV090', 'DEV-001', 'Just back from a conference and catching up. Who on my team was absent last week?', () =>
    people(some(teamWho('DEV-001', 'absent', LAST_WEEK))),
  ),
  q('PV091', 'QA-001', "I'm covering the late-arrivals report this week. Who on my team was late yesterday?", () =>
    people(none(teamWho('QA-001', 'late', [YESTERDAY, YESTERDAY]))),
  ),
  q('PV092', 'admin', "I'm covering for Priya this week — how many people in DEV have checked in so far today?", () =>
    answer({ figures: [near(count(inSoFar(DEV)), 'check|clock|in|people|person|employee')] }),
  ),
  // Mei Lin's sick leave covered yesterday: she was not absent.
  q('PV093', 'admin', "Sarah's out, so I'm covering the Data team. Who in Data was absent yesterday?", () =>
    people(none(who(DAT, 'absent', [YESTERDAY, YESTERDAY]))),
  ),
  q('PV094', 'admin', "I'm covering the Data team while Sarah is off. Anyone on her team with approved leave next week?", () =>
    yesNo(false, [], { people: none(offIn(DAT, NEXT_WEEK)) }),
  ),
  // Today is open and has no rate: this week's rate is over Monday and Tuesday either way.
  q('PV095', 'admin', "I'm covering AI this week. What's their attendance rate so far?", () =>
    answer({ figures: [rate(overAll(THIS_WEEK_RECORDED, (r) => rateOf(AI, r)))] }),
  ),
  // Sofia Rossi's afternoon off yesterday is DEV's only leave this week, to today or to Sunday.
  q('PV096', 'DEV-001', "I'm running the team's standup this week. Who's on leave?", () =>
    people(some(overAll(THIS_WEEK_LEAVE, (r) => sameWithoutAsker(DEV, 'DEV-001', (s) => offIn(s, r))))),
  ),
  q('PV097', 'admin', 'Covering for Priya today — who in DEV hasn’t checked in yet?', () => people(some(notInYet(DEV)))),
  q('PV098', 'admin', 'Covering for Elena today. Has everyone in QA checked in?', () => yesNo(false, [], { people: some(notInYet(QA)) })),
  // "The juniors" the context names stay the question's ("them"): DEV's juniors.
  q('PV099', 'admin', "I'm covering the juniors' one-to-ones in DEV. Which of them were late last week?", () =>
    people(some(who(levelOf('Junior', 'DEV'), 'late', LAST_WEEK))),
  ),
  q('PV100', 'admin', "I'm doing the Q3 reviews for QA. Who scored highest?", () => people(soleAtEnd('2025-Q3', 'top', QA))),
  q('PV101', 'admin', "Doing QA's mid-year reviews. Whats their avg score in Q2?", () => answer({ figures: [score(meanOf('2025-Q2', QA))] })),
  q('PV102', 'QA-001', 'Writing my monthly update for the team. What was our attendance rate last month?', () =>
    answer({ figures: [rate(rateOf(QA, OCTOBER))] }),
  ),
  // Priya Raman was never late this month: the team's count is the same with or without her.
  q('PV103', 'DEV-001', 'Writing my monthly update for the team. How many late arrivals has the team had this month?', () =>
    answer({ figures: [lateN(overAll(THIS_MONTH_RECORDED, (r) => sameWithoutAsker(DEV, 'DEV-001', (s) => sumOf(s, 'late', r))))] }),
  ),
  q('PV104', 'admin', "I'm covering HR for the Security team this month. Who there has a pending leave request?", () => pending(SEC)),
  q('PV105', 'QA-001', "I'm covering Marcus's one-to-ones this week. What was his score last quarter?", () =>
    answer({ figures: [score(scoreKnown('QA-002', '2025-Q3'))] }),
  ),
  q('PV106', 'admin', "I'm covering AI this week. How many people are on the team right now?", () => answer({ figures: [headN(headcount('AI'))] })),
  q('PV107', 'admin', "I'm covering QA this week. Who was absent?", () => people(some(overAll(THIS_WEEK_RECORDED, (r) => who(QA, 'absent', r))))),
  q('PV108', 'DEV-001', 'Covering the on-call rota this week. Has everyone on my team checked in today?', () =>
    yesNo(false, [], { people: some(sameWithoutAsker(DEV, 'DEV-001', notInYet)) }),
  ),
  q('PV109', 'admin', "I'm covering SEC this week. Was anyone on that team late?", () =>
    yesNo(true, [], { people: some(overAll(THIS_WEEK_RECORDED, (r) => who(SEC, 'late', r))) }),
  ),
  q('PV110', 'QA-001', "I'm covering the team's absence log. How many days of absence did we have this month?", () =>
    answer({ figures: [awayDays(overAll(THIS_MONTH_RECORDED, (r) => sameWithoutAsker(QA, 'QA-001', (s) => sumOf(s, 'absent', r))))] }),
  ),
  q('PV111', 'DEV-001', "I'm covering the Q3 reviews for my team. Who scored lowest?", () => people(soleAtEnd('2025-Q3', 'bottom', DEV))),
];
