/*
 * practice71 — the manager's roster and a few loose ends of the week: how many of a level the manager has (a level the
 * manager is not, so "my team" reads one way), who the seniors are, the newest person, a start date, a job title and
 * level, tenure in whole years; a member's rate since the start of the quarter, hours so far this week, a check-out
 * time; the approved leave still ahead in a team. Then names as a manager types them: a first name two people share
 * of whom the manager sees one (that one is meant), a misspelt full name, and one person's absent days.
 */
import type { Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import type { Position } from '../../dataset/people';
import { select } from '../../oracle/people-figures';
import { available, offIn } from '../../oracle/practice71-leave';
import { as, asDay, lastWeek, lastWeekday, monthBeforeLast, thisQuarter, thisWeek, todayOnward, yesterday } from '../../oracle/practice71-periods';
import { misspelt, onlyFirst, yearsOf } from '../../oracle/practice71-people';
import { absentDays, clock, nonEmpty, rateOf, solo, team, total } from '../../oracle/practice71-team';
import { q } from '../helpers';
import { answer, count, days, figures, hours, list, rate, years } from './shared';

/** Active people of a team at a level the asking manager does not hold. */
const level = (code: string, position: Position, asker: string): string[] => {
  if (person(asker).position === position) throw new Error(`${asker} is a ${position}`);
  const ids = select({ team: code, position }).map((p) => p.id);
  if (ids.length === 0) throw new Error('nobody at that level');
  return ids;
};
/** The active person of a team hired last (one clear newest). */
const newest = (code: string): string => {
  const sorted = select({ team: code }).sort((a, b) => b.hire.localeCompare(a.hire));
  if (sorted[0]!.hire === sorted[1]!.hire) throw new Error('two hired the same day');
  return sorted[0]!.id;
};

export const ROSTER: readonly Question[] = [
  q('QT166', 'DEV-001', 'how many juniors do I have on my team?', () => figures(count(level('DEV', 'Junior', 'DEV-001').length))),
  q('QT167', 'QA-001', 'which seniors are in my team', () => list(level('QA', 'Senior', 'QA-001'))),
  q('QT168', 'QA-001', "who's the newest person on my team?", () => list([newest('QA')])),
  q('QT169', 'QA-001', 'when did Leo Martins start', () => answer({ dates: [person('QA-008').hire] })),
  q('QT170', 'DEV-001', "what's chloe's job title and level", () => answer({ mentions: [person('DEV-013').title, person('DEV-013').position] })),
  q('QT171', 'DEV-001', 'how long has ravi been with us?', () => figures(years(yearsOf('DEV-014')))),
  q('QT172', 'DEV-001', "Tom Becker's attendance rate since the start of the quarter", () =>
    figures(rate(rateOf(solo('DEV-002'), as(thisQuarter(), '2025-10-01', '2025-11-19')))),
  ),
  q('QT173', 'DEV-001', 'how many hours has omar done this week', () =>
    figures(hours(total(solo('DEV-010'), as(thisWeek(), '2025-11-17', '2025-11-19'), 'hours'))),
  ),
  q('QT174', 'QA-001', 'what time did ivan leave on thursday?', () => answer({ mentions: [clock('QA-010', asDay(lastWeekday(4), '2025-11-13'), 'out')] })),
  q('QT175', 'admin', 'who in DEV has approved leave coming up', () => list(offIn(team('DEV'), as(todayOnward(), '2025-11-19', '2025-12-31'), true))),
  // Names as a manager types them.
  q('QT176', 'DEV-001', 'how many hours did chris put in last week', () =>
    figures(hours(total(solo(onlyFirst('Chris', 'DEV-001')), as(lastWeek(), '2025-11-10', '2025-11-16'), 'hours'))),
  ),
  q('QT177', 'QA-001', "chris's annual leave left?", () => figures(days(available(onlyFirst('Chris', 'QA-001'))))),
  q('QT178', 'DEV-001', 'hanah schmit check out time yesterday', () =>
    answer({ mentions: [clock(misspelt('Hanah Schmit', 'DEV-007'), asDay(yesterday(), '2025-11-18'), 'out')] }),
  ),
  q('QT179', 'DEV-001', 'which days was ben carter absent in september?', () =>
    answer({ dates: nonEmpty(absentDays('DEV-012', as(monthBeforeLast(), '2025-09-01', '2025-09-30'))) }),
  ),
];
