/*
 * practice32 — precise yes-or-no checks against thresholds before signing off a month: rates against a line, counts
 * and days against a number, scores against a median, a quarter against the one before, the calendar of one day for one
 * team. Each is answered yes or no first, then the figure behind it; the oracle throws when a figure sits too near its
 * line for the answer to be sure.
 */
import { count, days, rate, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, totals } from '../../oracle/attendance-figures';
import { hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { lateDates, nonZero, yesNo } from '../../oracle/practice20-figures';
import { countBelow } from '../../oracle/practice21-figures';
import { hoursBelow } from '../../oracle/practice23-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { clearlyDiffer } from '../../oracle/practice29-figures';
import {
  against,
  agreedMeasure,
  annualGranted,
  dayOffFor,
  LAST_WEEK_OF_OCTOBER,
  NOV_1_TO_14,
  personLeave,
  Q3_WHOLE,
  rateOfScope,
  SEP_AND_OCT,
} from '../../oracle/practice32-figures';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, THIS_QUARTER } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };

export const YES_NO: readonly Question[] = [
  q('PG173', 'admin', 'Did QA drop below 90% attendance in October?', () => {
    const r = rateOfScope(QA, OCTOBER);
    return yesNo(!against(r, 0.9, 0.002), [rate(r)]);
  }),
  q('PG174', 'admin', 'Was company attendance for 1–14 November above 96%?', () => {
    const r = rateOfScope({}, NOV_1_TO_14);
    return yesNo(against(r, 0.96, 0.002), [rate(r)]);
  }),
  q('PG175', 'admin', 'Were there more than 15 days of absence in DEV in October?', () => {
    const n = totals(DEV, ...OCTOBER).absent;
    return yesNo(against(n, 15, 0), [days(n)]);
  }),
  q('PG176', 'admin', 'Did anyone in Security miss a day last week?', () => yesNo(totals({ team: 'SEC' }, ...LAST_WEEK).absent > 0, [])),
  q('PG177', 'admin', 'Has Sana Qureshi used more than half of her annual leave this year?', () => {
    const used = personLeave('AI-004', YEAR_TO_DATE, 'ANNUAL');
    return yesNo(against(used, annualGranted('AI-004') / 2, 0), [near(days(used), 'used|taken|had|day')]);
  }),
  q('PG178', 'admin', "Is the Data team's Q3 median above 75?", () => {
    const m = medianOf('2025-Q3', { team: 'DAT' });
    return yesNo(against(m, 75, 0.1), [score(m)]);
  }),
  q('PG179', 'admin', 'Did more than 10 people score below 70 in Q3?', () => {
    const n = countBelow('2025-Q3', 70);
    return yesNo(against(n, 10, 0), [near(count(n), 'people|employee|person|scor|below')]);
  }),
  q('PG180', 'admin', 'Was anyone late on 31 October?', () => {
    const who = peopleWhere({}, 'late', '2025-10-31', '2025-10-31');
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PG181', 'admin', "Did the AI team's average score improve from Q4 2024 to Q3 2025?", () => {
    const [before, after] = [meanOf('2024-Q4', { team: 'AI' }), meanOf('2025-Q3', { team: 'AI' })];
    return yesNo(clearlyDiffer(after, before, 0.1), [score(before), score(after)]);
  }),
  q('PG182', 'admin', 'Is Tom Becker at 95% attendance or better this quarter?', () => {
    const r = rateOfScope({ ids: ['DEV-002'] }, THIS_QUARTER);
    return yesNo(against(r, 0.95, 0.002), [rate(r)]);
  }),
  q('PG183', 'admin', 'Did Ben Carter miss more than 3 days between 1 Sep and 31 Oct?', () => {
    const n = measureOf('DEV-012', 'absent', ...SEP_AND_OCT);
    return yesNo(against(n, 3, 0), [days(n)]);
  }),
  q('PG184', 'admin', 'Is Friday 31 October a full working day?', () => yesNo(dayOffFor('2025-10-31', 'DEV') === 'none', [], { mentions: ['half'] })),
  q('PG185', 'admin', 'Did we hire anyone in Q3?', () => {
    const who = hiredBetween(...Q3_WHOLE);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PG186', 'admin', 'Did SEC have more late arrivals than AI in Q3?', () => {
    const [sec, ai] = [totals({ team: 'SEC' }, ...Q3_WHOLE).late, totals({ team: 'AI' }, ...Q3_WHOLE).late];
    return yesNo(clearlyDiffer(sec, ai, 0), [near(count(sec), teamLabel('SEC')), near(count(ai), teamLabel('AI'))]);
  }),
  q('PG187', 'DEV-001', 'Did anyone on my team work fewer than 30 hours last week?', () => {
    const who = hoursBelow(DEV, LAST_WEEK, 30);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PG188', 'DEV-001', "Is my team's attendance this month better than it was in October?", () => {
    const [nov, oct] = [rateOfScope(DEV, THIS_MONTH), rateOfScope(DEV, OCTOBER)];
    return yesNo(clearlyDiffer(nov, oct, 0.002), [rate(nov), rate(oct)]);
  }),
  q('PG189', 'QA-001', 'Was my team under 90% attendance in the last week of October?', () => {
    const r = agreedMeasure(QA, 'rate', LAST_WEEK_OF_OCTOBER);
    return yesNo(!against(r, 0.9, 0.002), [rate(r)]);
  }),
  q('PG190', 'QA-001', 'Did Zoe Adams have more than 2 days of absence in October?', () => {
    const n = measureOf('QA-009', 'absent', ...OCTOBER);
    return yesNo(against(n, 2, 0), [days(n)]);
  }),
  q('PG191', 'DEV-003', 'Was I late at all in Q3?', () => {
    const when = lateDates('DEV-003', Q3_WHOLE);
    return yesNo(when.length > 0, [], { dates: when });
  }),
  q('PG192', 'DAT-004', 'Have I worked more than 100 hours this month?', () => {
    const h = measureOf('DAT-004', 'hours', ...THIS_MONTH);
    return yesNo(against(h, 100, 1), [{ value: h, as: 'hours' }]);
  }),
  q('PG193', 'QA-003', 'Was my attendance above 95% in October?', () => {
    const r = rateOfScope({ ids: ['QA-003'] }, OCTOBER);
    return yesNo(against(r, 0.95, 0.002), [rate(r)]);
  }),
  q('PG194', 'SEC-004', 'Did I have any missing check-outs in October?', () => yesNo(measureOf('SEC-004', 'missingCheckOut', ...OCTOBER) > 0, [])),
  q('PG195', 'DEV-003', 'Is 1 December a day off for me?', () => yesNo(dayOffFor('2025-12-01', 'DEV') !== 'none', [])),
  q('PG196', 'SEC-004', 'Am I off on 1 December?', () => yesNo(dayOffFor('2025-12-01', 'SEC') === 'full', [])),
  q('PG197', 'DAT-004', 'was 13 october a working day', () => yesNo(dayOffFor('2025-10-13', 'DAT') === 'none', [], { mentions: ['Founders'] })),
  q('PG198', 'DEV-001', 'Is the QA Offsite a day off for my team?', () => yesNo(dayOffFor('2025-09-12', 'DEV') !== 'none', [])),
  q('PG199', 'QA-003', 'Is Christmas Eve a full working day for me?', () => yesNo(dayOffFor('2025-12-24', 'QA') === 'none', [], { mentions: ['half'] })),
  q('PG200', 'admin', 'Did DEV log more than 2,400 hours in October?', () => {
    const h = totals(DEV, ...OCTOBER).hours;
    return yesNo(against(h, 2400, 1), [{ value: h, as: 'hours' }]);
  }),
  q('PG201', 'QA-001', 'Did my team have more than 15 late arrivals in October?', () => {
    const n = totals(QA, ...OCTOBER).late;
    return yesNo(against(n, 15, 0), [near(count(nonZero(n)), 'late')]);
  }),
];
