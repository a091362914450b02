/*
 * practice70 — hours worked in combinations: a level within a team within a month, a team over a week, two levels or
 * two teams side by side, the difference between two teams, each team side by side, a team's total against a line,
 * who in a team went over or under a line (someone expected at work with no record counts with 0), the most and the
 * fewest n. Hours are Σ (check-out − check-in) over the records; an open record (today, or a missing check-out) adds
 * nothing, so a span reaching today is the same without it. Every stated constraint is checked to matter.
 */
import type { Question } from '../../expectation';
import { EVERYONE, level, matters, solo, sum, team, topBy, under, whoWith, type Group } from '../../oracle/practice70-figures';
import { onlyOne } from '../../oracle/practice70-people';
import { as, daysOfThisMonth, type Range } from '../../oracle/practice70-periods';
import { q } from '../helpers';
import { figures, hours, LM, LW, OCT, people, SEP, WBL, WK, yesNo } from './shared';

const h = (g: Group, per: Range) => sum(g, per, 'hours');
const round2 = (v: number) => Math.round((v + Number.EPSILON) * 100) / 100;

export const HOURS: readonly Question[] = [
  q('QS111', 'admin', 'hours logged by the seniors in the data team in october', () =>
    figures(
      hours(
        matters(
          h(level('Senior', 'DAT'), OCT()),
          () => h(team('DAT'), OCT()),
          () => h(level('Senior'), OCT()),
          () => h(level('Senior', 'DAT'), SEP()),
        ),
      ),
    ),
  ),
  q('QS112', 'admin', 'total hours for securty last week', () =>
    figures(
      hours(
        matters(
          h(team('SEC'), LW()),
          () => h(EVERYONE, LW()),
          () => h(team('SEC'), WBL()),
        ),
      ),
    ),
  ),
  q('QS113', 'DEV-001', 'how many hours did my seniors put in last week?', () =>
    figures(hours(matters(h(level('Senior', 'DEV'), LW()), () => h(team('DEV'), LW())))),
  ),
  q('QS114', 'admin', 'hours worked by DEV juniors vs DEV seniors in october', () =>
    figures(hours(h(level('Junior', 'DEV'), OCT())), hours(h(level('Senior', 'DEV'), OCT()))),
  ),
  q('QS115', 'admin', 'how many more hours did AI log than SEC in september?', () => figures(hours(round2(h(team('AI'), SEP()) - h(team('SEC'), SEP()))))),
  q('QS116', 'QA-001', "were QA's total hours last week over 300?", () => {
    const v = h(team('QA'), LW());
    return yesNo(v > 300, [hours(v)]);
  }),
  q('QS117', 'admin', 'who in data worked more than 45 hours last week', () =>
    people(
      matters(
        whoWith(team('DAT'), LW(), 'hours', (v) => v > 45),
        () => whoWith(EVERYONE, LW(), 'hours', (v) => v > 45),
        () => whoWith(team('DAT'), LW(), 'hours', (v) => v > 40),
      ),
    ),
  ),
  q('QS118', 'admin', 'which of the testers worked fewer than 30 hours in wk 45?', () =>
    people(matters(under(team('QA'), WK(45, '2025-11-03', '2025-11-09'), 'hours', 30), () => under(team('QA'), LW(), 'hours', 30))),
  ),
  q('QS119', 'admin', 'the 3 who worked the most hours in october', () =>
    people(matters(topBy(EVERYONE, OCT(), 'hours', 3), () => topBy(EVERYONE, SEP(), 'hours', 3))),
  ),
  q('QS120', 'admin', 'fewest hours in security last month, bottom 2', () =>
    people(matters(topBy(team('SEC'), LM(), 'hours', 2, 'fewest'), () => topBy(EVERYONE, LM(), 'hours', 2, 'fewest'))),
  ),
  q('QS121', 'DEV-001', "omar's hours between the 3rd and the 14th", () =>
    figures(hours(h(solo(onlyOne('Omar')), as(daysOfThisMonth(3, 14), '2025-11-03', '2025-11-14')))),
  ),
];
