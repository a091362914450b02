/*
 * practice16 — attendance asked by HR (admin) with several constraints at once: a team and a level, a
 * period in many forms, a threshold, the team with the most or the fewest of something, two teams or two
 * periods compared, per-person averages. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure, team and person comes from the data set and the oracle.
 */
import { answer, count, figures, hours, people, rate, type Question } from '../../expectation';
import { peopleWhere, peopleWithRate, teamsByRate, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { lastWeekday, teamLabel, teamsWithExtreme, TEAM_CODES } from '../../oracle/practice11-figures';
import { rateIn, ratesAtEnd } from '../../oracle/practice15-figures';
import { FIRST_HALF_OCT, lastDaysWhere, perPerson, Q4_SO_FAR, SEPT_TO_NOV } from '../../oracle/practice16-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER } from '../helpers';

const r = (scope: Scope, range: readonly [string, string]) => rate(rateIn(scope, range));
const day = (d: string): [string, string] => [d, d];

export const ADMIN_ATTENDANCE: readonly Question[] = [
  q('H051', 'admin', 'which team had the most late arrivals in september', () => answer({ teams: teamsWithExtreme('late', ...SEPTEMBER, 'most') })),
  q('H052', 'admin', 'which team had the fewest absent days between 1 and 15 October', () =>
    answer({ teams: teamsWithExtreme('absent', ...FIRST_HALF_OCT, 'fewest') }),
  ),
  q('H053', 'admin', 'compare SEC and AI attendance between 1 and 15 october', () =>
    figures(r({ team: 'SEC' }, FIRST_HALF_OCT), r({ team: 'AI' }, FIRST_HALF_OCT)),
  ),
  q('H054', 'admin', 'mid-level attendance rate in DAT vs SEC last month', () => figures(r(levelIn('DAT', 'Mid'), OCTOBER), r(levelIn('SEC', 'Mid'), OCTOBER))),
  q('H055', 'admin', 'which juniors in AI missed any days from Sept to Nov', () => people(peopleWhere(levelIn('AI', 'Junior'), 'absent', ...SEPT_TO_NOV))),
  q('H056', 'admin', 'late arrivals per team in Q4 so far', () =>
    figures(...TEAM_CODES.map((team) => near(count(totals({ team }, ...Q4_SO_FAR).late), teamLabel(team)))),
  ),
  q('H057', 'admin', 'who was late more than 8 times since the start of the quarter', () => people(peopleWhere({}, 'late', ...Q4_SO_FAR, (v) => v > 8))),
  q('H058', 'admin', 'which seniors had attendance under 92% in september', () =>
    people(peopleWithRate(levelIn(undefined, 'Senior'), ...SEPTEMBER, (x) => x < 0.92)),
  ),
  q('H059', 'admin', 'average hours per person in AI last week', () => figures(hours(perPerson({ team: 'AI' }, 'hours', LAST_WEEK)))),
  q('H060', 'admin', 'who in DAT was absent on 16/10', () => people(peopleWhere({ team: 'DAT' }, 'absent', ...day('2025-10-16')))),
  q('H061', 'admin', 'which team had the lowest attendance from sept to nov', () => answer({ teams: teamsByRate(...SEPT_TO_NOV).slice(-1) })),
  q('H062', 'admin', 'dev vs qa late arrivals in october', () =>
    figures(count(totals({ team: 'DEV' }, ...OCTOBER).late), count(totals({ team: 'QA' }, ...OCTOBER).late)),
  ),
  q('H063', 'admin', 'seniors in SEC late more than twice in the last 30 days', () =>
    people(lastDaysWhere(30, levelIn('SEC', 'Senior'), 'late', (v) => v > 2)),
  ),
  q('H064', 'admin', 'Please tell me which leads were late on the 14th of October', () =>
    people(peopleWhere(levelIn(undefined, 'Lead'), 'late', ...day('2025-10-14'))),
  ),
  q('H065', 'admin', 'lowest 3 attendance rates among the mid-levels in Q4 so far', () =>
    people(ratesAtEnd(levelIn(undefined, 'Mid', true), Q4_SO_FAR, 3, 'lowest')),
  ),
  q('H066', 'admin', 'attendance rate for DAT from 2025-09-01 to 2025-09-30', () => figures(r({ team: 'DAT' }, SEPTEMBER))),
  q('H067', 'admin', 'which team had the most half days last week', () => answer({ teams: teamsWithExtreme('halfDay', ...LAST_WEEK, 'most') })),
  q('H068', 'admin', 'who in AI was late on thursday 13 november', () => people(peopleWhere({ team: 'AI' }, 'late', ...day('2025-11-13')))),
  q('H069', 'admin', 'how many people in SEC were late on monday', () => figures(count(peopleWhere({ team: 'SEC' }, 'late', ...day(lastWeekday(1))).length))),
  q('H070', 'admin', 'attendence rate for the juniors in the data team in septmber', () => figures(r(levelIn('DAT', 'Junior'), SEPTEMBER))),
  q('H071', 'admin', 'AI hours worked in october vs september', () =>
    figures(hours(totals({ team: 'AI' }, ...OCTOBER).hours), hours(totals({ team: 'AI' }, ...SEPTEMBER).hours)),
  ),
];
