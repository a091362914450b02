/*
 * practice31 — attendance rates and counts, asked by the admin and the two managers: a day, this week ("since
 * Monday"), the week before last, an ISO week ("wk 45"), a month, a quarter, ranges and relative phrases ("since 1
 * Oct", "month to date", "since the 10th"), each team, the best team, teams with attendance issues, the absence
 * rate, series by month or quarter, a period against another, counts of late arrivals, absent days, half days,
 * missed check-outs and people who clocked in.
 */
import { answer, count, days, figures, people, rate, type Question } from '../../expectation';
import { attendedOn, totals, type Scope } from '../../oracle/attendance-figures';
import { LAST_MONDAY } from '../../oracle/practice20-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { MONTHS_SINCE_AUGUST, rateIn } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { WEEK_BEFORE_LAST } from '../../oracle/practice23-figures';
import { MONTHS_THIS_QUARTER } from '../../oracle/practice26-figures';
import { clearlyDiffer, Q3_TRACKED, Q4_SO_FAR, ratesOver, teamsUnder } from '../../oracle/practice29-figures';
import { SINCE_THE_10TH, howManyPeople, OCT_1_TO_15, ratePerTeam, SINCE_OCT_1, teamByRate, WEEK_45 } from '../../oracle/practice31-figures';
import { whoOn } from '../../oracle/practice18-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const DAT: Scope = { team: 'DAT' };
const SEC: Scope = { team: 'SEC' };
const AI: Scope = { team: 'AI' };
const YDAY = [YESTERDAY, YESTERDAY] as const;

export const ATTENDANCE: readonly Question[] = [
  q('PF001', 'admin', 'company attendance month to date', () => figures(rate(rateIn(ALL, THIS_MONTH)))),
  q('PF002', 'admin', 'whats the attendence % for the testers this week', () => figures(rate(rateIn(QA, THIS_WEEK)))),
  q('PF003', 'admin', 'AI team attendance since 1 Oct', () => figures(rate(rateIn(AI, SINCE_OCT_1)))),
  q('PF004', 'admin', 'How did the data team do on attendance in Q3?', () => figures(rate(rateIn(DAT, Q3_TRACKED)))),
  q('PF005', 'admin', 'Development attendance rate the week before last', () => figures(rate(rateIn(DEV, WEEK_BEFORE_LAST)))),
  q('PF006', 'admin', 'attendance rate for each team in September', () => figures(...ratePerTeam(SEPTEMBER))),
  q('PF007', 'admin', 'Any teams with attendance issues in October?', () => answer({ teams: teamsUnder(OCTOBER, 0.9) })),
  q('PF008', 'admin', 'Which team had the best attendance in September?', () => {
    const best = teamByRate(SEPTEMBER, 'best');
    return answer({ teams: [best.team], figures: [rate(best.rate)] });
  }),
  q('PF009', 'admin', 'absence rate for Quality Assurance last month', () => figures(rate(absenceRate(QA, OCTOBER)))),
  q('PF010', 'admin', 'Which team had the highest absence rate in August?', () => {
    const worst = teamByRate(AUGUST, 'worst');
    return answer({ teams: [worst.team], figures: [rate(absenceRate({ team: worst.team }, AUGUST))] });
  }),
  q('PF011', 'admin', 'DEV attendance month by month since August', () => figures(...ratesOver(DEV, MONTHS_SINCE_AUGUST).map((r) => rate(r)))),
  q('PF012', 'admin', 'Attendance rate per quarter for AI this year', () => figures(rate(rateIn(AI, Q3_TRACKED)), rate(rateIn(AI, Q4_SO_FAR)))),
  q('PF013', 'admin', 'How much did company attendance move from last quarter to this quarter?', () => {
    // Each end is the figure to check; the move in points follows from them (its wording is free).
    const [before, after] = [rateIn(ALL, Q3_TRACKED), rateIn(ALL, Q4_SO_FAR)];
    return figures(rate(before), rate(after));
  }),
  q('PF014', 'admin', 'Was attendance better last week than the week before?', () => {
    const [last, before] = [rateIn(ALL, LAST_WEEK), rateIn(ALL, WEEK_BEFORE_LAST)];
    return yesNo(clearlyDiffer(last, before, 0.002), [rate(last), rate(before)]);
  }),
  q('PF015', 'admin', "How does QA's attendance compare with the company average this month?", () =>
    figures(rate(rateIn(QA, THIS_MONTH)), rate(rateIn(ALL, THIS_MONTH))),
  ),
  q('PF016', 'admin', 'How many late check-ins did we have yesterday in total?', () => figures(count(totals(ALL, ...YDAY).late))),
  q('PF017', 'admin', 'How many people in AI were late last week?', () => figures(count(howManyPeople(AI, 'late', LAST_WEEK)))),
  q('PF018', 'admin', 'Total days absent for Development in October', () => figures(days(totals(DEV, ...OCTOBER).absent))),
  q('PF019', 'admin', 'half-days in Security during August?', () => figures(count(totals(SEC, ...AUGUST).halfDay))),
  q('PF020', 'admin', 'How many missed check-outs were there company-wide in October?', () => figures(count(totals(ALL, ...OCTOBER).missingCheckOut))),
  q('PF021', 'admin', 'tardies in DAT this month', () => figures(near(count(totals(DAT, ...THIS_MONTH).late), 'late|tard'))),
  q('PF022', 'admin', 'any no-shows in QA yesterday?', () => people(whoOn(QA, 'absent', YESTERDAY))),
  q('PF023', 'admin', 'Security late arrivals month by month this quarter', () =>
    figures(...MONTHS_THIS_QUARTER.map(([from, to]) => near(count(totals(SEC, from, to).late), 'late|oct|nov'))),
  ),
  q('PF024', 'admin', 'How many people clocked in on Monday?', () => figures(count(attendedOn(ALL, LAST_MONDAY).length))),

  // Priya Raman, manager of DEV.
  q('PF025', 'DEV-001', 'How many of my team were in yesterday?', () =>
    figures(near(count(attendedOn(DEV, YESTERDAY).length), 'people|member|staff|employee|person|in\\b')),
  ),
  q('PF026', 'DEV-001', "my team's attendance in wk 45", () => figures(rate(rateIn(DEV, WEEK_45)))),
  q('PF027', 'DEV-001', 'my team’s attendance since Monday', () => figures(rate(rateIn(DEV, THIS_WEEK)))),
  q('PF028', 'DEV-001', 'What was the attendance rate of my seniors in September?', () => figures(rate(rateIn(levelIn('DEV', 'Senior'), SEPTEMBER)))),

  // Elena Petrova, manager of QA.
  q('PF029', 'QA-001', 'late arrivals on my team since the 10th', () => figures(count(totals(QA, ...SINCE_THE_10TH).late))),
  q('PF030', 'QA-001', 'attendance for my team between 1 and 15 October', () => figures(rate(rateIn(QA, OCT_1_TO_15)))),
  q('PF031', 'QA-001', 'attendance this month vs last month for my team', () => figures(rate(rateIn(QA, THIS_MONTH)), rate(rateIn(QA, OCTOBER)))),
  q('PF032', 'QA-001', 'absence rate of my team since the start of the quarter', () => figures(rate(absenceRate(QA, Q4_SO_FAR)))),
  q('PF033', 'QA-001', "Did my team's attendance go up from September to October?", () => {
    const [sep, oct] = [rateIn(QA, SEPTEMBER), rateIn(QA, OCTOBER)];
    return wentUp(sep, oct, [rate(sep), rate(oct)]);
  }),
];
