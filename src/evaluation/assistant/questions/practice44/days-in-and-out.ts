/*
 * practice44 — a person's (or a team's) days in, on leave and absent over a month, as payroll reconciles them. By
 * the absence rule: absent is what was expected and not attended on closed days (a half day away a half, leave and
 * holidays never absent); leave is the halves taken off by approved leave and not already by a holiday. "Days worked"
 * or "in" is asked only of people whose every record that month was a plain present day (no late or half-day record),
 * so that an answer giving the statuses apart states the same figure; a figure that would be 0 is not asked for.
 */
import { days, figures, type Figure, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import {
  ALL,
  AUGUST,
  employedThroughout,
  leaveDaysOf,
  leaveOf,
  NOVEMBER,
  NOVEMBER_SO_FAR,
  nonZero,
  OCTOBER,
  personOf,
  plainDaysIn,
  SEPTEMBER,
  SINCE_AUGUST,
  sumOf,
  team,
  type Range,
  YEAR_2025,
  YEAR_SO_FAR,
} from '../../oracle/practice44-figures';
import { agreed } from '../../oracle/practice16-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { q } from '../helpers';

const IN = 'work|in\\b|office|came|present|attend';
const ON_LEAVE = 'leave|annual|sick|unpaid';
const AWAY = 'absen|away|missed|off';
const worked = (id: string, range: Range): Figure => near(days(plainDaysIn(id, range)), IN);
const leave = (id: string, range: Range): Figure => near(days(nonZero(leaveOf(id, range))), ON_LEAVE);
const absent = (id: string, range: Range): Figure => near(days(nonZero(personOf(id, 'absent', range))), AWAY);

export const DAYS_IN_AND_OUT: readonly Question[] = [
  // All three at once.
  q('PS135', 'admin', 'Sana Qureshi in October: days worked, days on leave, days absent?', () =>
    figures(worked('AI-004', OCTOBER), leave('AI-004', OCTOBER), absent('AI-004', OCTOBER)),
  ),
  q('PS136', 'admin', 'Lucas Moreau in September - days of leave and days absent', () => figures(leave('SEC-005', SEPTEMBER), absent('SEC-005', SEPTEMBER))),
  q('PS137', 'DEV-001', 'Hannah Schmidt in September: sick days and absences', () =>
    figures(near(days(nonZero(leaveOf('DEV-007', SEPTEMBER, 'SICK'))), 'sick|leave'), absent('DEV-007', SEPTEMBER)),
  ),
  q('PS138', 'DEV-001', 'Sofia Rossi in October: days in vs days absent', () => figures(worked('DEV-011', OCTOBER), absent('DEV-011', OCTOBER))),
  q('PS139', 'QA-003', 'In October, how many days was I in and how many was I absent?', () => figures(worked('QA-003', OCTOBER), absent('QA-003', OCTOBER))),
  // Days worked.
  q('PS140', 'DEV-003', 'how many days did I work in September?', () => figures(worked('DEV-003', SEPTEMBER))),
  q('PS141', 'SEC-004', 'how many days did I work last month?', () => figures(worked('SEC-004', OCTOBER))),
  q('PS142', 'admin', 'how many days was Anna Berg in the office in August', () => figures(worked('DAT-007', AUGUST))),
  q('PS143', 'DEV-001', 'how many days did Ravi work in August?', () => figures(worked('DEV-014', AUGUST))),
  // Days on leave.
  q('PS144', 'DEV-003', 'how much leave did I take in october', () => figures(leave('DEV-003', OCTOBER))),
  // "Off sick" is sick leave; the whole month and the month so far agree (the day is gone by).
  q('PS145', 'QA-003', 'how many days was I off sick this month', () =>
    figures(near(days(nonZero(agreed([leaveOf('QA-003', NOVEMBER_SO_FAR, 'SICK'), leaveOf('QA-003', NOVEMBER, 'SICK')]))), 'sick|leave')),
  ),
  q('PS146', 'admin', "Daniel Okafor's unpaid leave in October, in days", () => figures(near(days(nonZero(leaveOf('DEV-008', OCTOBER, 'UNPAID'))), ON_LEAVE))),
  q('PS147', 'admin', 'how many days was Mohammed Saleh on leave this month?', () =>
    figures(near(days(nonZero(agreed([leaveOf('SEC-003', NOVEMBER_SO_FAR), leaveOf('SEC-003', NOVEMBER)]))), ON_LEAVE)),
  ),
  // Days absent.
  q('PS148', 'DAT-004', 'how many days have I been absent since August?', () => figures(absent('DAT-004', SINCE_AUGUST))),
  q('PS149', 'DEV-001', 'how many days was Ben Carter absent in October?', () => figures(absent('DEV-012', OCTOBER))),
  q('PS150', 'QA-001', 'how many days was zoe absent in october', () => figures(absent('QA-009', OCTOBER))),
  // Ethan Hughes left on 30 September: September is wholly inside his employment.
  q('PS151', 'admin', 'how many days was Ethan Hughes absent in September?', () => figures(absent(employedThroughout('SEC-008', SEPTEMBER), SEPTEMBER))),
  // Teams and the company: leave and absence side by side, never pooled.
  q('PS152', 'admin', 'DEV in October: days absent vs days on leave', () =>
    figures(near(days(nonZero(sumOf(team('DEV'), 'absent', OCTOBER))), AWAY), near(days(nonZero(leaveDaysOf(team('DEV'), OCTOBER))), ON_LEAVE)),
  ),
  // Elena Petrova was in every day of September: the team's figure is the same with or without her.
  q('PS153', 'QA-001', 'days of absence for my team in September', () =>
    figures(near(days(nonZero(sameWithoutAsker(team('QA'), 'QA-001', (s) => sumOf(s, 'absent', SEPTEMBER)))), AWAY)),
  ),
  q('PS154', 'admin', 'company-wide, how many days on leave and how many absent in September?', () =>
    figures(near(days(nonZero(leaveDaysOf(ALL, SEPTEMBER))), ON_LEAVE), near(days(nonZero(sumOf(ALL, 'absent', SEPTEMBER))), AWAY)),
  ),
  // Leave taken by kind, side by side.
  q('PS155', 'admin', 'leave taken in September by type', () =>
    figures(
      near(days(nonZero(leaveDaysOf(ALL, SEPTEMBER, 'ANNUAL'))), 'annual'),
      near(days(nonZero(leaveDaysOf(ALL, SEPTEMBER, 'SICK'))), 'sick'),
      near(days(nonZero(leaveDaysOf(ALL, SEPTEMBER, 'UNPAID'))), 'unpaid'),
    ),
  ),
  q('PS156', 'admin', 'how many sick days have been taken this year?', () =>
    figures(near(days(nonZero(agreed([leaveDaysOf(ALL, YEAR_SO_FAR, 'SICK'), leaveDaysOf(ALL, YEAR_2025, 'SICK')]))), 'sick|leave|day')),
  ),
  q('PS157', 'admin', 'For payroll: days of unpaid leave taken in October?', () =>
    figures(near(days(nonZero(leaveDaysOf(ALL, OCTOBER, 'UNPAID'))), 'unpaid|leave|day')),
  ),
];
