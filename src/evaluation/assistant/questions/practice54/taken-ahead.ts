/*
 * practice54 — leave taken so far against leave booked ahead. README: leave *taken* this year is the days gone by,
 * with the approved days still ahead said apart; leave under way today is split at today (Anna Berg's three days
 * start today: one taken, two ahead). Only approved leave is taken or booked; a pending request is waiting, not
 * booked. Leave is counted in days by the absence rule: holidays and weekends under it cost nothing, a half day a
 * half. People, a manager's team, a team and the whole company ask.
 */
import { days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { leaveOf, notStartedYet, onLeave } from '../../oracle/practice44-figures';
import { agreed } from '../../oracle/practice16-figures';
import {
  AFTER_TODAY,
  ahead,
  LAST_WEEK,
  nonZero,
  pending,
  some,
  splitAtToday,
  taken,
  takenThenAhead,
  withLeaveAhead,
  YEAR_SO_FAR,
} from '../../oracle/practice54-figures';
import { balance } from '../../oracle/leave-figures';
import { q } from '../helpers';

const ALL = {};
const only = (id: string) => ({ ids: [id] });
/** Nothing taken yet: what the person has is all ahead (checked). */
const nothingTakenYet = (id: string, code?: 'ANNUAL') => {
  const split = splitAtToday(only(id), code);
  if (split.taken !== 0) throw new Error(`${id} has taken leave already`);
  return nonZero(split.ahead);
};

export const TAKEN_AHEAD: readonly Question[] = [
  // One person: leave under way today, leave wholly ahead, a half day gone by.
  q('QC026', 'admin', 'Anna Berg: leave used so far vs still to come?', () => figures(...takenThenAhead(only('DAT-007')))),
  q('QC027', 'admin', 'has Maria Gonzalez actually taken any of her annual leave yet?', () => yesNo(false, [ahead(nothingTakenYet('DEV-005', 'ANNUAL'))])),
  q('QC028', 'admin', "felix wagner - annual leave taken so far and what's booked for later", () => figures(ahead(nothingTakenYet('AI-003', 'ANNUAL')))),
  q('QC029', 'DEV-003', 'how much leave have I used so far, and how much is still waiting for approval?', () =>
    figures(taken(nonZero(splitAtToday(only('DEV-003')).taken)), pending(balance('DEV-003', 'ANNUAL').pending)),
  ),
  q('QC030', 'QA-003', 'sick leave used so far this year?', () => figures(taken(nonZero(splitAtToday(only('QA-003'), 'SICK').taken)))),
  // Emma Clarke's only request is pending: nothing taken.
  q('QC031', 'SEC-004', 'have I taken any annual leave yet this year?', () => {
    if (splitAtToday(only('SEC-004'), 'ANNUAL').taken !== 0) throw new Error('SEC-004 has taken annual leave');
    return yesNo(false, []);
  }),
  q('QC032', 'DAT-004', 'have I had any leave at all this year?', () => {
    const split = splitAtToday(only('DAT-004'));
    if (split.taken + split.ahead !== 0) throw new Error('DAT-004 has leave');
    return yesNo(false, []);
  }),
  // A manager's team (the manager has taken none, so the figures are the same with or without her).
  q('QC033', 'DEV-001', 'how much annual leave has my team taken so far this year, and how much is booked for later?', () =>
    figures(...sameWithoutAsker({ team: 'DEV' }, 'DEV-001', (s) => takenThenAhead(s, 'ANNUAL'))),
  ),
  q('QC034', 'QA-001', 'annual leave across my team: used to date vs booked ahead', () =>
    figures(...sameWithoutAsker({ team: 'QA' }, 'QA-001', (s) => takenThenAhead(s, 'ANNUAL'))),
  ),
  // A team, everyone.
  q('QC035', 'admin', 'company-wide annual leave: days taken to date, and days still booked for the rest of the year', () =>
    figures(...takenThenAhead(ALL, 'ANNUAL')),
  ),
  q('QC036', 'admin', 'how many sick days have been used across the company so far this year?', () => figures(taken(nonZero(splitAtToday(ALL, 'SICK').taken)))),
  // Sana Qureshi's October week held Founders Day (four days, not five); Felix Wagner's Christmas leave is all ahead.
  q('QC037', 'admin', 'how much annual leave has the AI team taken this year, and how much is still ahead?', () =>
    figures(...takenThenAhead({ team: 'AI' }, 'ANNUAL')),
  ),
  // Who has leave after today: Anna Berg's leave under way counts (tomorrow and Friday are ahead).
  q('QC038', 'admin', 'who has approved leave coming up after today?', () => people(some(agreed([withLeaveAhead(ALL), onLeave(ALL, AFTER_TODAY)])))),
  q('QC039', 'admin', "whose approved leave hasn't started yet?", () => people(some(notStartedYet()))),
  // Sofia Rossi's afternoon off yesterday: half a day.
  q('QC040', 'DEV-001', 'sofia took yesterday afternoon off. how much annual leave has she used this year in total?', () =>
    figures(taken(nonZero(leaveOf('DEV-011', YEAR_SO_FAR, 'ANNUAL')))),
  ),
  // By kind, side by side; annual leave's days ahead are said apart, so the taken figure is the days gone by.
  q('QC041', 'admin', 'leave taken this year by kind - annual, sick, unpaid', () =>
    figures(
      near(days(nonZero(splitAtToday(ALL, 'ANNUAL').taken)), 'annual'),
      near(days(nonZero(splitAtToday(ALL, 'SICK').taken)), 'sick'),
      near(days(nonZero(splitAtToday(ALL, 'UNPAID').taken)), 'unpaid'),
    ),
  ),
  q('QC042', 'admin', "Mohammed Saleh's leave last week, how many days did he use?", () => figures(taken(nonZero(leaveOf('SEC-003', LAST_WEEK))))),
];
