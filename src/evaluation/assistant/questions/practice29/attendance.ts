/*
 * practice29 — the analyst's attendance cuts as the admin: a level within a team over a period, a cohort of
 * hires over a later period, thresholds over a period (teams under a line, people over a count), absence
 * rates, half days and missing check-outs of a part of the company. Periods: Q3 (tracked from 1 August, when
 * tracking starts), last month, September, last week, this quarter so far, year to date.
 */
import { count, days, figures, people, rate, refusal, type Question } from '../../expectation';
import { peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { cohort, HIRED_THIS_YEAR, overClean, Q3_TRACKED, Q4_SO_FAR, teamsAtOrAbove, teamsUnder } from '../../oracle/practice29-figures';
import { OCTOBER, q, SEPTEMBER } from '../helpers';

const ALL: Scope = {};
const HIRES_2025 = cohort(HIRED_THIS_YEAR);
const HIRED = ['hired', 'hire', 'joined'];
const LEFT_OUT = ['excluding', 'exclud', 'except', 'left out', 'without', 'not counting'];
const PEOPLE_COUNT = 'people|employee|person|hire|joiner|of them|staff|\\bwere\\b';

export const ATTENDANCE: readonly Question[] = [
  // A level within a team over a period.
  q('PD001', 'admin', 'attendance rate of the seniors in DAT in Q3', () => figures(rate(rateIn(levelIn('DAT', 'Senior'), Q3_TRACKED)))),
  q('PD002', 'admin', 'What was the attendance rate of the junior developers in the DEV team last month?', () =>
    figures(rate(rateIn(levelIn('DEV', 'Junior'), OCTOBER))),
  ),
  q('PD003', 'admin', 'attendance of the mid-level QA engineers in September', () => figures(rate(rateIn(levelIn('QA', 'Mid'), SEPTEMBER)))),
  q('PD004', 'admin', 'Attendance rate for Security seniors this quarter so far', () => figures(rate(rateIn(levelIn('SEC', 'Senior'), Q4_SO_FAR)))),
  q('PD005', 'admin', 'AI juniors attendance ytd', () => figures(rate(rateIn(levelIn('AI', 'Junior'), YEAR_TO_DATE)))),
  q('PD006', 'admin', 'attendance of all the leads company-wide last month', () => figures(rate(rateIn(levelIn(undefined, 'Lead'), OCTOBER)))),
  q('PD007', 'admin', 'What was the attendance rate of the managers in Q3?', () => figures(rate(rateIn(levelIn(undefined, 'Manager'), Q3_TRACKED)))),
  q('PD008', 'admin', 'How many late arrivals did the DEV seniors have in October?', () =>
    figures(near(count(nonZero(totals(levelIn('DEV', 'Senior'), ...OCTOBER).late)), 'late')),
  ),
  q('PD009', 'admin', 'absence rate of the mid-level staff in QA last quarter', () => figures(rate(absenceRate(levelIn('QA', 'Mid'), Q3_TRACKED)))),
  q('PD010', 'admin', 'days absent among AI mid levels in september', () =>
    figures(near(days(nonZero(totals(levelIn('AI', 'Mid'), ...SEPTEMBER).absent)), 'day|absen')),
  ),

  // A cohort over a later period.
  // Contract (docs/API.md): people picked by when they were hired narrow a list of who was late, absent or on leave; anything
  // else with them is refused naming them. "How many of them were late" is read as that list, counted (unsure: a count).
  q('PD011', 'admin', 'People hired this year: how many of them were late last month?', () => {
    const late = peopleWhere(HIRES_2025, 'late', ...OCTOBER);
    return people(late, near(count(late.length), PEOPLE_COUNT));
  }),
  q('PD012', 'admin', 'Which of this year’s hires were late in October?', () => people(peopleWhere(HIRES_2025, 'late', ...OCTOBER))),
  q('PD013', 'admin', 'attendance rate of everyone hired in 2025, last month', () => refusal(...HIRED)),
  q('PD014', 'admin', 'this years hires attendance in Q3', () => refusal(...HIRED)),
  q('PD015', 'admin', 'among the people hired this year, who was absent in September?', () => people(peopleWhere(HIRES_2025, 'absent', ...SEPTEMBER))),
  q('PD016', 'admin', 'Of the people hired before 2025, what was the attendance rate last month?', () => refusal(...HIRED)),

  // Thresholds with periods.
  q('PD017', 'admin', 'Which teams are below 95% attendance this quarter so far?', () => ({ kind: 'answer', teams: teamsUnder(Q4_SO_FAR, 0.95) })),
  q('PD018', 'admin', 'teams under 90 % in october', () => ({ kind: 'answer', teams: teamsUnder(OCTOBER, 0.9) })),
  q('PD019', 'admin', 'Which teams were at or above 96% attendance in September?', () => ({ kind: 'answer', teams: teamsAtOrAbove(SEPTEMBER, 0.96) })),
  q('PD020', 'admin', 'Who missed more than 3 days in September?', () => people(overClean(ALL, 'absent', SEPTEMBER, 3))),
  q('PD021', 'admin', 'who was late more than 4 times last month', () => people(overClean(ALL, 'late', OCTOBER, 4))),
  q('PD022', 'admin', 'who in DEV was late more than twice in October', () => people(overClean({ team: 'DEV' }, 'late', OCTOBER, 2))),
  q('PD023', 'admin', 'people in QA absent more than 2 days this quarter', () => people(overClean({ team: 'QA' }, 'absent', Q4_SO_FAR, 2))),
  q('PD024', 'admin', 'who forgot to check out this quarter', () => people(peopleWhere(ALL, 'missingCheckOut', ...Q4_SO_FAR))),
  q('PD025', 'admin', 'who had more than 2 half days since the start of the year', () => people(overClean(ALL, 'halfDay', YEAR_TO_DATE, 2))),

  // Exclusions: the contract answers a headcount, a list or scores with people left out and refuses any other figure,
  // naming the words.
  q('PD026', 'admin', 'DEV attendance last month excluding the manager', () => refusal(...LEFT_OUT)),
  q('PD027', 'admin', 'attendance rate of everyone except managers and leads in Q3', () => refusal(...LEFT_OUT)),
  q('PD028', 'admin', 'late arrivals last week, all teams, not counting juniors', () => refusal(...LEFT_OUT, 'not counting')),

  // Team rates side by side.
  q('PD029', 'admin', 'attendance rate of DAT and SEC in Q3', () =>
    figures(near(rate(rateIn({ team: 'DAT' }, Q3_TRACKED)), teamLabel('DAT')), near(rate(rateIn({ team: 'SEC' }, Q3_TRACKED)), teamLabel('SEC'))),
  ),
  q('PD030', 'admin', 'absence rate for the whole company this quarter so far', () => figures(rate(absenceRate(ALL, Q4_SO_FAR)))),
];
