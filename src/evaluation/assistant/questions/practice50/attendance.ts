/*
 * practice50 — attendance of people picked out by a description: the rate of a level, of a level in a team and of a
 * team's manager (a group of one) over a week, a month, this month and since August (API.md's absence rule: leave is
 * never absent, a half day off counts as half); the absence rate of a level; who of a level was late or absent, who
 * was late the most, who had 100 %, who was under a line, who was not late (among those employed throughout, README);
 * lists narrowed by when people were hired ("among the people hired this year", README: lists of who was late, absent
 * or on leave only); counts of late arrivals and absent days of a level. Every figure is the same over everyone the
 * description fits and over the current staff, and over a period to today with and without today.
 */
import { figures, people, rate, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import {
  awayDays,
  BEFORE_2020,
  groupAbsenceRate,
  groupMost,
  groupRate,
  groupRatePast,
  groupRates,
  groupTotal,
  groupWho,
  groupWhoNot,
  groupWhoPast,
  LAST_WK,
  lateN,
  none,
  NOV_SO_FAR,
  OCT,
  personRate,
  SEP,
  SINCE_AUG,
  some,
  teamOf,
  YEAR_2024,
  YEAR_SO_FAR,
  type Group,
} from '../../oracle/practice50-figures';
import { datesWith, othersOutside } from '../../oracle/practice43-figures';
import { measureOf } from '../../oracle/attendance-figures';
import { q } from '../helpers';

const SENIORS: Group = { position: 'Senior' };
const JUNIORS: Group = { position: 'Junior' };
const LEADS: Group = { position: 'Lead' };
const MANAGERS: Group = { position: 'Manager' };
const HIRED_THIS_YEAR: Group = { hired: YEAR_SO_FAR };

export const ATTENDANCE: readonly Question[] = [
  // Rates of a level.
  q('PY091', 'admin', 'attendence rate for the seniors in october', () => figures(rate(groupRate(SENIORS, OCT)))),
  q('PY092', 'admin', "what was the juniors' attendance rate last week", () => figures(rate(groupRate(JUNIORS, LAST_WK)))),
  q('PY093', 'admin', 'attendance of the leads in September', () => figures(rate(groupRate(LEADS, SEP)))),
  q('PY094', 'admin', "managers' attendance rate since August", () => figures(rate(groupRate(MANAGERS, SINCE_AUG)))),
  q('PY095', 'DEV-001', 'attendance rate of the juniors in DEV last month', () => figures(rate(groupRate({ team: 'DEV', position: 'Junior' }, OCT)))),
  q('PY096', 'QA-001', 'QA mid-levels attendance rate in oct', () => figures(rate(groupRate({ team: 'QA', position: 'Mid' }, OCT)))),
  q('PY097', 'admin', "how was the QA manager's attendance last month", () => figures(rate(groupRate({ team: 'QA', position: 'Manager' }, OCT)))),
  q('PY098', 'admin', 'absence rate of the seniors in SEC last month', () => figures(rate(groupAbsenceRate({ team: 'SEC', position: 'Senior' }, OCT)))),

  // Who of a level was late or absent.
  q('PY099', 'admin', 'juniors who came in late in october?', () => people(some(groupWho(JUNIORS, 'late', OCT)))),
  q('PY100', 'admin', 'wich seniors were absent in October', () => people(some(groupWho(SENIORS, 'absent', OCT)))),
  q('PY101', 'admin', 'any leads late last week?', () => yesNo(true, [], { people: some(groupWho(LEADS, 'late', LAST_WK)) })),
  q('PY102', 'admin', 'were any managers late this month', () => yesNo(true, [], { people: some(groupWho(MANAGERS, 'late', NOV_SO_FAR)) })),
  q('PY103', 'admin', 'which mid-level people were absent last week', () => people(some(groupWho({ position: 'Mid' }, 'absent', LAST_WK)))),
  q('PY104', 'admin', 'who was late the most among the seniors last month', () => people(some(groupMost(SENIORS, 'late', OCT)))),
  q('PY105', 'admin', 'which juniors had 100% attendance in October', () =>
    people(
      some(
        groupRates(JUNIORS, OCT)
          .filter((x) => x.rate === 1)
          .map((x) => x.id),
      ),
    ),
  ),
  q('PY106', 'admin', 'seniors under 95% attendance last month', () => people(some(groupRatePast(SENIORS, OCT, 'lt', 0.95)))),
  q('PY107', 'admin', 'which QA juniors were late more than 3 times since August', () =>
    people(some(groupWhoPast({ team: 'QA', position: 'Junior' }, 'late', SINCE_AUG, 'gt', 3))),
  ),
  q('PY108', 'admin', 'who in DAT at junior level was absent this month', () =>
    people(some(groupWho({ team: 'DAT', position: 'Junior' }, 'absent', NOV_SO_FAR))),
  ),
  q('PY109', 'admin', 'which leads were not late in October', () => people(some(groupWhoNot(LEADS, 'late', OCT)))),

  // Counts of a level.
  q('PY110', 'admin', 'how many late arrivals did the seniors have last month', () => figures(lateN(groupTotal(SENIORS, 'late', OCT)))),
  q('PY111', 'admin', 'total absent days for the juniors in October', () => figures(awayDays(groupTotal(JUNIORS, 'absent', OCT)))),

  // Lists narrowed by when people were hired.
  q('PY112', 'admin', 'who among the people hired this year was late in October', () => people(some(groupWho(HIRED_THIS_YEAR, 'late', OCT)))),
  q('PY113', 'admin', "of this year's hires, who was absent last week?", () => people(some(groupWho(HIRED_THIS_YEAR, 'absent', LAST_WK)))),
  q('PY114', 'admin', 'among the people hired in 2024, who was absent in october', () => people(some(groupWho({ hired: YEAR_2024 }, 'absent', OCT)))),
  q('PY115', 'admin', 'who was on leave last month among the people hired this year', () => people(none(groupWho(HIRED_THIS_YEAR, 'onLeave', OCT)))),
  q('PY116', 'admin', 'among staff hired before 2020, who was late in september', () => people(some(groupWho({ hired: BEFORE_2020 }, 'late', SEP)))),

  // The managers, about their own team.
  q('PY117', 'DEV-001', 'attendance rate of my seniors last week', () => figures(rate(groupRate(teamOf('DEV-001', SENIORS), LAST_WK)))),
  q('PY118', 'DEV-001', 'which of my juniors were absent in October', () => people(some(groupWho(teamOf('DEV-001', JUNIORS), 'absent', OCT)))),
  q('PY119', 'DEV-001', 'were any of my mid-levels late last week?', () =>
    yesNo(true, [], { people: some(groupWho(teamOf('DEV-001', { position: 'Mid' }), 'late', LAST_WK)) }),
  ),
  q('PY120', 'DEV-001', 'among the people on my team hired this year, who was late this month', () =>
    people(some(groupWho(teamOf('DEV-001', HIRED_THIS_YEAR), 'late', NOV_SO_FAR, 'DEV-001'))),
  ),
  q('PY121', 'QA-001', "my juniors' attendance this month", () => figures(rate(groupRate(teamOf('QA-001', JUNIORS), NOV_SO_FAR)))),
  q('PY122', 'QA-001', 'which seniors on my team were late this month', () => people(some(groupWho(teamOf('QA-001', SENIORS), 'late', NOV_SO_FAR)))),
  q('PY123', 'QA-001', "among my team's new starters this year, who was absent last week", () =>
    people(some(groupWho(teamOf('QA-001', HIRED_THIS_YEAR), 'absent', LAST_WK, 'QA-001'))),
  ),
  q('PY124', 'QA-001', 'which mid levels in my team had attendance below 90% last month', () =>
    people(some(groupRatePast(teamOf('QA-001', { position: 'Mid' }), OCT, 'lt', 0.9))),
  ),

  // Employees, about themselves.
  q('PY125', 'QA-003', 'what was my attendance rate last month', () => figures(rate(personRate('QA-003', OCT)))),
  q('PY126', 'DAT-004', 'was I late at all in October', () => {
    const late = some(datesWith('DAT-004', 'late', OCT));
    return yesNo(true, [], { dates: late });
  }),
  q('PY127', 'SEC-004', "what's my attendance rate this month", () => figures(rate(personRate('SEC-004', NOV_SO_FAR)))),
  q('PY128', 'DAT-004', 'my absence rate since august?', () => figures(rate(Math.round((1 - personRate('DAT-004', SINCE_AUG)) * 10_000) / 10_000))),
  q('PY129', 'QA-003', 'which seniors were late last week', () => othersOutside('seniors', 'senior', 'late')),
  q('PY130', 'QA-003', 'how many days was I absent last month', () => figures(awayDays(measureOf('QA-003', 'absent', ...OCT)))),
];
