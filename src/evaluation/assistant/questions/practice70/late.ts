/*
 * practice70 — late arrivals and half days in combinations: a level within a team within a month, a team over an ISO
 * week or a quarter, a threshold over a quarter within a team, "exactly n" within a manager's team, the top n of the
 * company or the most in a team (ties kept), the team with the most, a total against a line, a team month by month or
 * two weeks side by side, the share of a group at least once, a day named by a holiday. A count over a period that
 * reaches today is asked only where today's open day changes nothing; every stated constraint is checked to matter.
 */
import type { Question } from '../../expectation';
import { EVERYONE, level, matters, mostTied, sum, team, teamHalf, teamLate, topBy, topTeam, whoWith, type Group } from '../../oracle/practice70-figures';
import { one, type Range } from '../../oracle/practice70-periods';
import { holidayNamed } from '../../oracle/practice70-calendar';
import { q } from '../helpers';
import { answer, AUG, count, countOf, figures, LASTDAY, LM, LW, MBL, OCT, people, Q3R, SEP, TM, TQ, WK, yesNo } from './shared';

const late = (g: Group, per: Range, asker?: string) => sum(g, per, 'late', asker);
const W44 = () => WK(44, '2025-10-27', '2025-11-02');
const W45 = () => WK(45, '2025-11-03', '2025-11-09');

export const LATE: readonly Question[] = [
  // Counts for a level within a team.
  q('QS057', 'admin', 'how many late arrivals did the SEC seniors have in october', () =>
    figures(
      count(
        matters(
          late(level('Senior', 'SEC'), OCT()),
          () => late(team('SEC'), OCT()),
          () => late(level('Senior'), OCT()),
          () => late(level('Senior', 'SEC'), SEP()),
        ),
      ),
    ),
  ),
  q('QS058', 'admin', 'number of times DEV mids were late in sept', () =>
    figures(
      count(
        matters(
          late(level('Mid', 'DEV'), SEP()),
          () => late(team('DEV'), SEP()),
          () => late(level('Mid', 'DEV'), OCT()),
        ),
      ),
    ),
  ),
  q('QS059', 'QA-001', 'how many late arrivals did my juniors have this quarter?', () =>
    figures(
      count(
        matters(
          late(level('Junior', 'QA'), TQ()),
          () => late(team('QA'), TQ()),
          () => late(level('Junior', 'QA'), LM()),
        ),
      ),
    ),
  ),
  q('QS060', 'DEV-001', 'tardies for the seniors on my team in august', () =>
    figures(
      countOf(
        matters(
          late(level('Senior', 'DEV'), AUG()),
          () => late(team('DEV'), AUG()),
          () => late(level('Senior', 'DEV'), SEP()),
        ),
        'tard|late',
      ),
    ),
  ),
  q('QS061', 'admin', 'how many late arrivals in AI during wk 44', () =>
    figures(
      count(
        matters(
          late(team('AI'), W44()),
          () => late(EVERYONE, W44()),
          () => late(team('AI'), W45()),
        ),
      ),
    ),
  ),
  q('QS062', 'admin', 'how many different people in QA were late at least once last week?', () =>
    figures(
      count(
        matters(
          whoWith(team('QA'), LW(), 'late').length,
          () => late(team('QA'), LW()),
          () => whoWith(EVERYONE, LW(), 'late').length,
        ),
      ),
    ),
  ),
  // Thresholds and exact counts.
  q('QS063', 'admin', 'who in AI was late more than twice in october', () =>
    people(
      matters(
        whoWith(team('AI'), OCT(), 'late', (v) => v > 2),
        () => whoWith(team('AI'), OCT(), 'late'),
        () => whoWith(EVERYONE, OCT(), 'late', (v) => v > 2),
      ),
    ),
  ),
  q('QS064', 'admin', 'anyone in QA late more than 10 times in Q3?', () =>
    people(
      matters(
        whoWith(team('QA'), Q3R(), 'late', (v) => v > 10),
        () => whoWith(team('QA'), Q3R(), 'late', (v) => v > 12),
        () => whoWith(team('QA'), LM(), 'late', (v) => v > 10),
      ),
    ),
  ),
  q('QS065', 'admin', 'which juniors were late more than once last month?', () =>
    people(
      matters(
        whoWith(level('Junior'), LM(), 'late', (v) => v > 1),
        () => whoWith(EVERYONE, LM(), 'late', (v) => v > 1),
        () => whoWith(level('Junior'), LM(), 'late'),
      ),
    ),
  ),
  q('QS066', 'DEV-001', 'who on my team was late exactly twice last month', () =>
    people(
      matters(
        whoWith(team('DEV'), LM(), 'late', (v) => v === 2, 'DEV-001'),
        () => whoWith(team('DEV'), LM(), 'late', (v) => v >= 2),
      ),
    ),
  ),
  q('QS067', 'QA-001', 'which of my people were late 3 or more times in august', () =>
    people(
      matters(
        whoWith(team('QA'), AUG(), 'late', (v) => v >= 3, 'QA-001'),
        () => whoWith(team('QA'), SEP(), 'late', (v) => v >= 3),
      ),
    ),
  ),
  q('QS068', 'admin', 'did DEV have more than 15 late arrivals in october', () => {
    const v = late(team('DEV'), OCT());
    if (v === 15) throw new Error('on the line');
    return yesNo(v > 15, [count(v)]);
  }),
  // Rankings.
  q('QS069', 'admin', 'top 2 for lateness in october', () => people(matters(topBy(EVERYONE, OCT(), 'late', 2), () => topBy(EVERYONE, SEP(), 'late', 2)))),
  q('QS070', 'admin', 'who was late the most in security in Q3', () =>
    people(matters(mostTied(team('SEC'), Q3R(), 'late'), () => mostTied(EVERYONE, Q3R(), 'late'))),
  ),
  q('QS071', 'admin', 'the 2 latecomers with the most late days in AI last month', () =>
    people(matters(topBy(team('AI'), LM(), 'late', 2), () => topBy(EVERYONE, LM(), 'late', 2))),
  ),
  q('QS072', 'QA-001', 'who on my team was late the most last month?', () => people(mostTied(team('QA'), LM(), 'late', 'QA-001'))),
  q('QS073', 'admin', 'which team had the most late arrivals in wk 45?', () => {
    const t = matters(topTeam(W45(), teamLate, 'highest'), () => topTeam(W44(), teamLate, 'highest'));
    return answer({ teams: [t], figures: [count(late(team(t), W45()))] });
  }),
  // Side by side.
  q('QS074', 'admin', 'late arrivals month by month for AI from august to october', () =>
    figures(...[AUG(), SEP(), OCT()].map((m) => count(late(team('AI'), m)))),
  ),
  q('QS075', 'admin', 'Development late arrivals in wk 44 vs wk 45', () => figures(count(late(team('DEV'), W44())), count(late(team('DEV'), W45())))),
  q('QS076', 'admin', 'late arrivals for the seniors in september and october', () =>
    figures(count(late(level('Senior'), MBL())), count(late(level('Senior'), LM()))),
  ),
  // A day.
  q('QS077', 'admin', 'who in DEV came in late on the QA offsite?', () => people(whoWith(team('DEV'), one(holidayNamed('QA Offsite').date), 'late'))),
  q('QS078', 'admin', 'which seniors were late on monday?', () =>
    people(matters(whoWith(level('Senior'), LASTDAY(1, '2025-11-17'), 'late'), () => whoWith(EVERYONE, LASTDAY(1, '2025-11-17'), 'late'))),
  ),
  // Half days.
  q('QS079', 'admin', 'how many half days did the DAT juniors have last month', () =>
    figures(
      count(
        matters(
          sum(level('Junior', 'DAT'), LM(), 'halfDay'),
          () => sum(team('DAT'), LM(), 'halfDay'),
          () => sum(level('Junior'), LM(), 'halfDay'),
        ),
      ),
    ),
  ),
  q('QS080', 'admin', 'who had 2 or more half days in october?', () =>
    people(
      matters(
        whoWith(EVERYONE, OCT(), 'halfDay', (v) => v >= 2),
        () => whoWith(EVERYONE, OCT(), 'halfDay'),
      ),
    ),
  ),
  q('QS081', 'admin', 'which team had the most half days in september', () => {
    const t = topTeam(SEP(), teamHalf, 'highest');
    return answer({ teams: [t], figures: [count(sum(team(t), SEP(), 'halfDay'))] });
  }),
  q('QS082', 'QA-001', 'half days in QA this month so far', () =>
    figures(count(matters(sum(team('QA'), TM(), 'halfDay'), () => sum(team('QA'), LM(), 'halfDay')))),
  ),
];
