/*
 * practice70 — absences, missing check-outs, days on leave and single days, in combinations: a level within a team
 * within a month (a half day absent counts as half a day, as in the summaries), a threshold within a team, the team
 * with the fewest, each team side by side, who in a team had none (the people employed throughout the period with no
 * such day), a day named by a holiday or by its place in the month, one person a manager can see of two sharing a
 * first name, a person's days and times. Every stated constraint is checked to matter.
 */
import type { Question } from '../../expectation';
import {
  clock,
  EVERYONE,
  level,
  matters,
  nobodyHad,
  notInYet,
  solo,
  sum,
  team,
  TEAM_CODES,
  teamAbsent,
  topTeam,
  whoWith,
  wholeDaysAway,
  type Group,
} from '../../oracle/practice70-figures';
import { onlyOne } from '../../oracle/practice70-people';
import { holidayNamed, leaveDaysIn, offIn } from '../../oracle/practice70-calendar';
import { as, asDay, day, firstWorkingDay, one, since, weekOf, type Range } from '../../oracle/practice70-periods';
import { peopleIn, recordOf } from '../../oracle/attendance-figures';
import { q } from '../helpers';
import { answer, count, countOf, days, daysOf, figures, LASTDAY, LM, OCT, people, SEP, TM, TQ, Y } from './shared';

const absent = (g: Group, per: Range, asker?: string) => sum(g, per, 'absent', asker);
const missing = (g: Group, per: Range) => sum(g, per, 'missingCheckOut');
const FD = () => holidayNamed('Founders Day').date;
const SINCE_AUG = () => as(since('2025-08-01'), '2025-08-01', '2025-11-19');
const chrisSeenBy = (manager: 'DEV-001' | 'QA-001') => (manager === 'DEV-001' ? 'DEV-006' : 'QA-004');

export const ABSENCE: readonly Question[] = [
  // Absent days.
  q('QS083', 'admin', 'how many days were the QA mids absent in october', () =>
    figures(
      days(
        matters(
          absent(level('Mid', 'QA'), OCT()),
          () => absent(team('QA'), OCT()),
          () => absent(level('Mid'), OCT()),
          () => absent(level('Mid', 'QA'), SEP()),
        ),
      ),
    ),
  ),
  q('QS084', 'admin', 'absences among the AI juniors this quarter?', () =>
    figures(
      daysOf(
        matters(
          absent(level('Junior', 'AI'), TQ()),
          () => absent(team('AI'), TQ()),
          () => absent(level('Junior', 'AI'), LM()),
        ),
        'absen|day',
      ),
    ),
  ),
  q('QS085', 'admin', 'which devs missed more than 3 days in september', () =>
    people(
      matters(
        whoWith(team('DEV'), SEP(), 'absent', (v) => v > 3),
        () => whoWith(team('DEV'), SEP(), 'absent'),
        () => whoWith(team('DEV'), OCT(), 'absent', (v) => v > 3),
      ),
    ),
  ),
  q('QS086', 'admin', 'was anyone in data absent more than 4 days in october?', () => {
    const ids = whoWith(team('DAT'), OCT(), 'absent', (v) => v > 4);
    return ids.length > 0 ? answer({ people: ids, mentions: ['yes'] }) : answer({ mentions: ['no'] });
  }),
  q('QS087', 'admin', 'how many people were absent at least 3 days last month', () =>
    figures(
      countOf(
        matters(whoWith(EVERYONE, LM(), 'absent', (v) => v >= 3).length, () => whoWith(EVERYONE, LM(), 'absent').length),
        'absen|people|employee|person',
      ),
    ),
  ),
  q('QS088', 'admin', 'which team had the fewest absences last month', () => {
    const t = matters(topTeam(LM(), teamAbsent, 'lowest'), () => topTeam(LM(), teamAbsent, 'highest'));
    return answer({ teams: [t], figures: [days(absent(team(t), LM()))] });
  }),
  q('QS089', 'admin', 'absent days by team in september', () => figures(...TEAM_CODES.map((t) => days(absent(team(t), SEP()))))),
  q('QS090', 'DEV-001', 'how many days was chris off in september?', () => figures(days(absent(solo(chrisSeenBy('DEV-001')), SEP())))),
  q('QS091', 'QA-001', "chris's absences last month - which days?", () => answer({ dates: wholeDaysAway(chrisSeenBy('QA-001'), LM()) })),
  // Who had none.
  q('QS092', 'QA-001', 'who in QA had no absences in october', () =>
    people(matters(nobodyHad(team('QA'), OCT(), 'absent', 'QA-001'), () => nobodyHad(team('QA'), SEP(), 'absent'))),
  ),
  q('QS093', 'admin', 'which security staff were never late in september', () =>
    people(matters(nobodyHad(team('SEC'), SEP(), 'late'), () => nobodyHad(team('SEC'), OCT(), 'late'))),
  ),
  q('QS094', 'DEV-001', 'which of my juniors had no half days in october', () =>
    people(matters(nobodyHad(level('Junior', 'DEV'), OCT(), 'halfDay'), () => nobodyHad(level('Junior', 'DEV'), SEP(), 'halfDay'))),
  ),
  // Days named by a holiday or a place in the month.
  q('QS095', 'admin', 'how many people checked in on the first working day of november', () => {
    const d = asDay(firstWorkingDay(11, 'DEV'), '2025-11-03');
    if (TEAM_CODES.some((t) => firstWorkingDay(11, t) !== d)) throw new Error("the teams' calendars differ");
    const ids = peopleIn(EVERYONE).filter((p) => recordOf(p.id, d)?.checkIn);
    return figures(countOf(ids.length, 'check|clock|people|employee'));
  }),
  q('QS096', 'admin', 'who was a no-show on thursday?', () => people(whoWith(EVERYONE, LASTDAY(4, '2025-11-13'), 'absent'))),
  q('QS097', 'admin', 'who in QA was absent last friday', () =>
    people(matters(whoWith(team('QA'), LASTDAY(5, '2025-11-14'), 'absent'), () => whoWith(EVERYONE, LASTDAY(5, '2025-11-14'), 'absent'))),
  ),
  q('QS098', 'admin', 'who was off yesterday in security', () => people(matters(whoWith(team('SEC'), Y(), 'absent'), () => whoWith(EVERYONE, Y(), 'absent')))),
  q('QS099', 'DEV-001', "who on my team hasn't checked in yet, juniors only", () =>
    people(matters(notInYet(level('Junior', 'DEV'), 'DEV-001'), () => notInYet(team('DEV'), 'DEV-001'))),
  ),
  // Missing check-outs.
  q('QS100', 'admin', 'how many missing check-outs did DEV have this month?', () =>
    figures(count(matters(missing(team('DEV'), TM()), () => missing(EVERYONE, TM())))),
  ),
  q('QS101', 'admin', 'who forgot to check out in october', () =>
    people(matters(whoWith(EVERYONE, OCT(), 'missingCheckOut'), () => whoWith(EVERYONE, TM(), 'missingCheckOut'))),
  ),
  q('QS102', 'QA-001', 'who on my team forgot to clock out since the start of the month', () =>
    people(whoWith(team('QA'), TM(), 'missingCheckOut', (v) => v > 0, 'QA-001')),
  ),
  q('QS103', 'admin', 'missing check-outs among seniors since august', () =>
    figures(count(matters(missing(level('Senior'), SINCE_AUG()), () => missing(EVERYONE, since('2025-08-01'))))),
  ),
  // Leave days.
  q('QS104', 'admin', 'how many days of leave did the data team take in september', () =>
    figures(
      days(
        matters(
          leaveDaysIn(team('DAT'), SEP()),
          () => leaveDaysIn(EVERYONE, SEP()),
          () => leaveDaysIn(team('DAT'), OCT()),
        ),
      ),
    ),
  ),
  q('QS105', 'admin', 'who in DEV was on leave in october?', () => people(matters(offIn(team('DEV'), OCT()), () => offIn(EVERYONE, OCT())))),
  q('QS106', 'admin', 'who was out on leave the week of founders day', () => people(offIn(EVERYONE, weekOf(FD())))),
  q('QS107', 'admin', 'who was on leave on 12 september', () => people(offIn(EVERYONE, one(day('2025-09-12'))))),
  // Times.
  q('QS108', 'QA-001', 'what time did marcus check out on 10 november?', () => answer({ mentions: [clock(onlyOne('Marcus'), day('2025-11-10'), 'out')] })),
  q('QS109', 'DEV-001', 'what time did Omar clock in on the first working day of november', () =>
    answer({ mentions: [clock(onlyOne('Omar'), asDay(firstWorkingDay(11, 'DEV'), '2025-11-03'), 'in')] }),
  ),
  q('QS110', 'admin', 'how late was ai-003 on 13 november', () => {
    const rec = recordOf('AI-003', day('2025-11-13'));
    if (rec?.status !== 'late') throw new Error('not late that day');
    return answer({ mentions: [clock('AI-003', '2025-11-13', 'in')] });
  }),
];
