/*
 * practice43 — questions from the README's list of what the assistant answers on the demo data, each asked as
 * written and reworded twice: a level in a team, scores over a line, team against team with a yes or no, late more
 * than twice, people under a rate line, hires and leavers side by side, tenure per team, whether everyone has checked
 * in today. The admin asks (the README's examples are the admin's unless they say "my").
 */
import { answer, count, figures, people, rate, type Question } from '../../expectation';
import { notCheckedInToday } from '../../oracle/attendance-figures';
import { hiredBetween, ids, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { overClean } from '../../oracle/practice29-figures';
import { scoredPast, tenurePerTeam } from '../../oracle/practice31-figures';
import { underLine } from '../../oracle/practice33-figures';
import { ALL, clearlyAbove, rateOf, some, teamScope, YEAR_SO_FAR } from '../../oracle/practice43-figures';
import { OCTOBER, q, THIS_MONTH } from '../helpers';

const seniorsInDev = () => people(some(ids({ team: 'DEV', position: 'Senior' })));
/** scoredPast throws when a score sits on 85 ("above" would be in doubt). */
const over85 = () => people(some(scoredPast('2025-Q3', 85, 'above')));
/** QA's rate this month against DEV's, checked to stand more than a point apart. */
function qaWorseThanDev(): boolean {
  const [qa, dev] = [rateOf(teamScope('QA'), THIS_MONTH), rateOf(teamScope('DEV'), THIS_MONTH)];
  return !clearlyAbove(qa, dev, 0.01);
}
const qaVsDev = () => [rate(rateOf(teamScope('QA'), THIS_MONTH)), rate(rateOf(teamScope('DEV'), THIS_MONTH))];
const lateOverTwice = () => people(overClean(ALL, 'late', OCTOBER, 2));
/** underLine throws when someone's rate sits on 90 %. */
const under90 = () => people(some(underLine(ALL, OCTOBER, 0.9)));
/** Hires and leavers side by side, never pooled: each count next to its own word. */
const hiresAndLeavers = () =>
  figures(
    near(count(some(hiredBetween(...YEAR_SO_FAR)).length), 'hire|join|new|start'),
    near(count(some(leftBetween(...YEAR_SO_FAR)).length), 'leaver|left|leav|depart|exit'),
  );
const tenureByTeam = () => answer({ figures: tenurePerTeam() });
const qaNotIn = () => yesNo(false, [], { people: some(notCheckedInToday(teamScope('QA'))) });

export const README_EXAMPLES: readonly Question[] = [
  q('PR067', 'admin', 'which seniors are in Development', () => seniorsInDev()),
  q('PR068', 'admin', 'who are the seniors in the dev team?', () => seniorsInDev()),
  q('PR069', 'admin', 'list senoir staff in Development', () => seniorsInDev()),
  q('PR070', 'admin', 'who scored above 85 last quarter', () => over85()),
  q('PR071', 'admin', 'in Q3, who got a score higher than 85?', () => over85()),
  q('PR072', 'admin', 'who scored above 85 in the last quater', () => over85()),
  q('PR073', 'admin', "is QA's attendance worse than DEV's this month", () => yesNo(qaWorseThanDev(), qaVsDev())),
  q('PR074', 'admin', "this month, is DEV's attendance better than QA's?", () => yesNo(qaWorseThanDev(), qaVsDev())),
  q('PR075', 'admin', 'is QA attendence worse than DEV this month', () => yesNo(qaWorseThanDev(), qaVsDev())),
  q('PR076', 'admin', 'who was late more than twice last month', () => lateOverTwice()),
  q('PR077', 'admin', 'in October, which people were late more than two times?', () => lateOverTwice()),
  q('PR078', 'admin', 'who was late more then twice last mth', () => lateOverTwice()),
  q('PR079', 'admin', 'anyone under 90% attendance last month', () => under90()),
  q('PR080', 'admin', 'who had an attendance rate below 90 percent in October?', () => under90()),
  q('PR081', 'admin', 'anyone undr 90% attendance last month', () => under90()),
  q('PR082', 'admin', 'hires and leavers this year', () => hiresAndLeavers()),
  q('PR083', 'admin', 'how many people joined and how many left this year?', () => hiresAndLeavers()),
  q('PR084', 'admin', 'hires & leavers so far this yr', () => hiresAndLeavers()),
  q('PR085', 'admin', 'average tenure by team', () => tenureByTeam()),
  q('PR086', 'admin', 'mean years of service per team', () => tenureByTeam()),
  q('PR087', 'admin', 'avg tenure per departmnet', () => tenureByTeam()),
  q('PR088', 'admin', 'has everyone in QA checked in today?', () => qaNotIn()),
  q('PR089', 'admin', 'is everybody in QA clocked in today?', () => qaNotIn()),
  q('PR090', 'admin', 'has evryone in QA checked in yet today', () => qaNotIn()),
];
