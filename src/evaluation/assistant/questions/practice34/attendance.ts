/*
 * practice34 — the HR business partner (the admin) pulling attendance for the quarterly review pack: rates of the
 * company, of teams and of levels over quarters, months, weeks and relative periods, counts of late arrivals, absences,
 * half days and missing check-outs, hours, thresholds, rankings of people and teams, and questions of two or three parts.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { checkedInToday, mostOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { isoWeek, MONTHS_SINCE_AUGUST, ratesAtEnd, rateIn, topBy } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { SINCE_AUGUST } from '../../oracle/practice18-figures';
import { lastDaysWhere } from '../../oracle/practice16-figures';
import { LAST_MONDAY, nonEmpty } from '../../oracle/practice20-figures';
import { absentDays, both, hoursBelow, WEEK_BEFORE_LAST } from '../../oracle/practice23-figures';
import { measureOver } from '../../oracle/practice24-figures';
import { absenceRatesOver, overClean, teamsUnder } from '../../oracle/practice29-figures';
import { clockAt, measurePerTeam, mostHours, ratePerTeam, teamByRate } from '../../oracle/practice31-figures';
import { perfectThroughout } from '../../oracle/practice32-figures';
import { Q3_RANGE, SEP_1_TO_OCT_15, SINCE_OCT_1, underLine } from '../../oracle/practice33-figures';
import { level, overAbsences } from '../../oracle/practice34-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const DAT: Scope = { team: 'DAT' };
const SEC: Scope = { team: 'SEC' };
const AI: Scope = { team: 'AI' };
const by = (team: string) => teamLabel(team);

export const ATTENDANCE: readonly Question[] = [
  q('PI001', 'admin', 'For the Q3 review pack: what was our company-wide attendance rate in Q3?', () => figures(rate(rateIn(ALL, Q3_RANGE)))),
  q('PI002', 'admin', 'attendance rate across the whole org so far this quarter', () => figures(rate(rateIn(ALL, THIS_QUARTER)))),
  q('PI003', 'admin', "How does DEV's attendance in Q3 compare with this quarter to date?", () =>
    figures(rate(rateIn(DEV, Q3_RANGE)), rate(rateIn(DEV, THIS_QUARTER))),
  ),
  q('PI004', 'admin', 'QA attendance in October vs September', () => figures(rate(rateIn(QA, OCTOBER)), rate(rateIn(QA, SEPTEMBER)))),
  q('PI005', 'admin', 'Flag any team that fell below 90% attendance in October.', () => ({ kind: 'answer', teams: teamsUnder(OCTOBER, 0.9) })),
  q('PI006', 'admin', 'Give me every team’s attendance rate for September so I can rank them.', () => figures(...ratePerTeam(SEPTEMBER))),
  q('PI007', 'admin', 'Which team has the weakest attendance so far this quarter?', () => {
    const worst = teamByRate(THIS_QUARTER, 'worst');
    return answer({ teams: [worst.team], figures: [rate(worst.rate)] });
  }),
  q('PI008', 'admin', 'Which department had the best attendance in August?', () => {
    const best = teamByRate(AUGUST, 'best');
    return answer({ teams: [best.team], figures: [rate(best.rate)] });
  }),
  q('PI009', 'admin', 'How many late arrivals have we had company-wide since 1 Oct?', () => figures(near(count(totals(ALL, ...SINCE_OCT_1).late), 'late'))),
  q('PI010', 'admin', 'Who was late more than 5 times in Q3?', () => people(overClean(ALL, 'late', Q3_RANGE, 5))),
  q('PI011', 'admin', 'Top 2 latecomers in Development this quarter', () => people(topBy(DEV, 'late', THIS_QUARTER, 2))),
  q('PI012', 'admin', 'Which seniors in DEV have had more than 2 absences since August?', () => people(overAbsences(level('DEV', 'Senior'), SINCE_AUGUST, 2))),
  q('PI013', 'admin', 'Absence rate for QA: Q3 against Q4 so far', () => figures(rate(absenceRate(QA, Q3_RANGE)), rate(absenceRate(QA, THIS_QUARTER)))),
  q('PI014', 'admin', 'How many days were lost to absence in Security last month?', () => figures(days(totals(SEC, ...OCTOBER).absent))),
  q('PI015', 'admin', 'Who in the AI team had perfect attendance in October?', () => people(perfectThroughout(AI, OCTOBER))),
  q('PI016', 'admin', 'Which employees dipped below 90% attendance in October?', () => people(nonEmpty(underLine(ALL, OCTOBER, 0.9)))),
  q('PI017', 'admin', 'The 3 lowest attendance rates in QA since 1 October', () => people(ratesAtEnd(QA, SINCE_OCT_1, 3, 'lowest'))),
  q('PI018', 'admin', 'How many missing check-outs so far this month?', () => figures(near(count(totals(ALL, ...THIS_MONTH).missingCheckOut), 'check'))),
  q('PI019', 'admin', 'Who forgot to check out in October?', () => people(nonEmpty(peopleWhere(ALL, 'missingCheckOut', ...OCTOBER)))),
  q('PI020', 'admin', 'Hours worked by each team last week', () => figures(...measurePerTeam('hours', LAST_WEEK, 'hours'))),
  q('PI021', 'admin', 'Who in the data team worked fewer than 30 hours last week?', () => people(nonEmpty(hoursBelow(DAT, LAST_WEEK, 30)))),
  q('PI022', 'admin', 'Which 3 people logged the most hours company-wide in October?', () => people(mostHours(ALL, OCTOBER, 3))),
  q('PI023', 'admin', 'Attendance rate of juniors vs seniors this quarter, company-wide', () =>
    figures(near(rate(rateIn(level(undefined, 'Junior'), THIS_QUARTER)), 'junior'), near(rate(rateIn(level(undefined, 'Senior'), THIS_QUARTER)), 'senior')),
  ),
  q('PI024', 'admin', 'what was attendance like for the mid-level people in SEC in september', () => figures(rate(rateIn(level('SEC', 'Mid'), SEPTEMBER)))),
  q('PI025', 'admin', 'Who was late on the day of the QA offsite?', () =>
    people(nonEmpty(peopleWhere(ALL, 'late', holidayDate('QA Offsite'), holidayDate('QA Offsite')))),
  ),
  q('PI026', 'admin', 'Who was on leave at some point last week?', () => people(nonEmpty(peopleWhere(ALL, 'onLeave', ...LAST_WEEK)))),
  q('PI027', 'admin', 'Company attendance rate for wk 44 and wk 45', () => figures(rate(rateIn(ALL, isoWeek(2025, 44))), rate(rateIn(ALL, isoWeek(2025, 45))))),
  q('PI028', 'admin', 'What was the attendance rate the week before last, company-wide?', () => figures(rate(rateIn(ALL, WEEK_BEFORE_LAST)))),
  q('PI029', 'admin', 'absence rate by month since August for the whole company', () =>
    figures(...absenceRatesOver(ALL, MONTHS_SINCE_AUGUST).map((r) => rate(r))),
  ),
  q('PI030', 'admin', 'Between 1 Sep and 15 Oct, which DEV mid-levels were late more than twice?', () =>
    people(overClean(level('DEV', 'Mid'), 'late', SEP_1_TO_OCT_15, 2)),
  ),
  q('PI031', 'admin', 'How many late arrivals did the leads rack up in Q3?', () =>
    figures(near(count(totals(level(undefined, 'Lead'), ...Q3_RANGE).late), 'late')),
  ),
  q('PI032', 'admin', 'In the past 7 days, who in QA has been absent?', () => people(nonEmpty(lastDaysWhere(7, QA, 'absent')))),
  q('PI033', 'admin', 'Attendance since the start of the month: AI vs the Data team', () =>
    figures(near(rate(rateIn(AI, THIS_MONTH)), by('AI')), near(rate(rateIn(DAT, THIS_MONTH)), by('DAT'))),
  ),
  q('PI034', 'admin', 'Who in Security or AI was absent yesterday?', () =>
    people(nonEmpty([...peopleWhere(SEC, 'absent', YESTERDAY, YESTERDAY), ...peopleWhere(AI, 'absent', YESTERDAY, YESTERDAY)])),
  ),
  q('PI035', 'admin', 'Which devs haven’t checked in yet today?', () => people(nonEmpty(notCheckedInToday(DEV)))),
  q('PI036', 'admin', 'How many people have checked in today across the company?', () => figures(near(count(checkedInToday(ALL).length), 'check|clock|in'))),
  q('PI037', 'admin', 'Who racked up the most absences in Q3?', () => people(nonEmpty(mostOf(ALL, 'absent', ...Q3_RANGE)))),
  q('PI038', 'admin', "Lukas Novak's late arrivals month by month since August", () =>
    figures(...measureOver({ ids: ['DEV-004'] }, 'late', MONTHS_SINCE_AUGUST).map((n) => near(count(n), 'late'))),
  ),
  q('PI039', 'admin', 'Which days was Chris Morgan absent in September?', () => answer({ dates: absentDays('DEV-006', SEPTEMBER) })),
  q('PI040', 'admin', "Zoe Adams' attendance rate this quarter against the QA average", () =>
    figures(rate(rateIn({ ids: ['QA-009'] }, THIS_QUARTER)), rate(rateIn(QA, THIS_QUARTER))),
  ),
  q('PI041', 'admin', 'What time did Marcus Lee clock in on Monday?', () => answer({ mentions: [clockAt('QA-002', LAST_MONDAY, 'in')] })),
  q('PI042', 'admin', 'Who in DEV has been late more than 3 times and absent more than once this quarter?', () =>
    people(nonEmpty(both(overClean(DEV, 'late', THIS_QUARTER, 3), overAbsences(DEV, THIS_QUARTER, 1)))),
  ),
  q('PI043', 'admin', 'Attendence rate for the Quality Asurance team last wk?', () => figures(rate(rateIn(QA, LAST_WEEK)))),
  q('PI044', 'admin', 'how many hrs did SEC log in Sept', () => figures(hours(totals(SEC, ...SEPTEMBER).hours))),
];
