/*
 * practice48 — attendance and absence rates against a line: a team, the company, a person, a level, asked whether
 * they are above, below, at least or at most a line, written as 95%, 0.95, .9, 95 percent, 85pc or ninety-five per
 * cent. QA's rate last week and yesterday, many people's rates in August and last week sit exactly on a line (90 %,
 * 95 %, 80 %): "below 90 %" is then no, "at least 90 %" yes, "exactly 80 %" names them. "Attendance issues" is a
 * rate below ATTENDANCE_ALERT_RATE (0.9, API.md). The admin, both managers about their own team and four employees
 * about themselves ask; a manager's list is one that is the same with or without the manager.
 */
import { answer, people, rate, type Question } from '../../expectation';
import {
  absenceVs,
  ALL,
  AUG,
  LAST_WK,
  leaverFree,
  me,
  NOV_SO_FAR,
  OCT,
  peopleByRate,
  rateOnLine,
  rateVs,
  SEP,
  some,
  someoneOnRateLine,
  team,
  teamList,
  teamsByAbsence,
  teamsByRate,
  WK_45,
  YDAY,
  on,
  type Op,
  type Range,
} from '../../oracle/practice48-figures';
import type { Scope } from '../../oracle/attendance-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { q } from '../helpers';

const QA = team('QA');
const DEV = team('DEV');
/** "Is the rate past the line?": yes or no first, then the rate. */
const rateYesNo = (scope: Scope, range: Range, op: Op, line: number) => {
  const r = rateVs(scope, range, op, line);
  return yesNo(r.yes, [rate(r.rate)]);
};
/** The same, for a rate checked to sit exactly on the line. */
const onLineYesNo = (scope: Scope, range: Range, op: Op, line: number) => {
  rateOnLine(scope, range, line);
  return rateYesNo(scope, range, op, line);
};
/** The people of the scope past the line, someone sitting on it (the line itself is tested), leavers alike. */
const atLineList = (scope: Scope, range: Range, op: Op, line: number) => {
  someoneOnRateLine(scope, range, line);
  return people(some(leaverFree(scope, (s) => peopleByRate(s, range, op, line))));
};

export const RATES: readonly Question[] = [
  // QA last week: 45 of 50 expected days attended, exactly 90 %.
  q('PW001', 'admin', "was QA's attendance below 90% last week?", () => onLineYesNo(QA, LAST_WK, 'lt', 0.9)),
  q('PW002', 'admin', 'Did QA have attendance issues last week?', () => onLineYesNo(QA, LAST_WK, 'lt', 0.9)),
  q('PW003', 'admin', 'QA attendance last wk - did they hit at least 90 percent?', () => onLineYesNo(QA, LAST_WK, 'ge', 0.9)),
  q('PW004', 'admin', "is QA's absence rate over 10% for last week", () => {
    const a = absenceVs(QA, LAST_WK, 'gt', 0.1);
    rateOnLine(QA, LAST_WK, 0.9);
    return yesNo(a.yes, [rate(a.rate)]);
  }),

  // Teams against a line.
  q('PW005', 'admin', 'which teams were under 90% attendance in October?', () => answer({ teams: some(teamsByRate(OCT, 'lt', 0.9)) })),
  q('PW006', 'admin', 'departments below 0.95 attendance last month', () => answer({ teams: some(teamsByRate(OCT, 'lt', 0.95)) })),
  q('PW007', 'admin', 'which teams had attendance above ninety-five per cent in october', () => answer({ teams: some(teamsByRate(OCT, 'gt', 0.95)) })),
  q('PW008', 'admin', 'which teams had 100% attendance last week', () => answer({ teams: some(teamsByRate(LAST_WK, 'eq', 1)) })),
  q('PW009', 'admin', 'any team at a perfect 100 percent in wk 45?', () => answer({ teams: some(teamsByRate(WK_45, 'eq', 1)) })),
  q('PW010', 'admin', 'which teams had an absence rate over 5% last month', () => answer({ teams: some(teamsByAbsence(OCT, 'gt', 0.05)) })),

  // The company against a line.
  q('PW011', 'admin', 'quick one: was company wide attendence above 95 percent last wk?', () => rateYesNo(ALL, LAST_WK, 'gt', 0.95)),
  q('PW012', 'admin', 'was overall attendance at least 94% in October', () => rateYesNo(ALL, OCT, 'ge', 0.94)),
  q('PW013', 'admin', "did the company's attendance rate fall below 0.95 in October?", () => rateYesNo(ALL, OCT, 'lt', 0.95)),

  // People against a line; August had 20 working days, so 19 of them is exactly 95 %.
  q('PW014', 'admin', 'who in the dev team was under 95% attendance in August', () => atLineList(DEV, AUG, 'lt', 0.95)),
  q('PW015', 'admin', 'who in QA had at least 95% attendance in August?', () => atLineList(QA, AUG, 'ge', 0.95)),
  q('PW016', 'admin', "was Tom Becker's attendance below 95% in August?", () => onLineYesNo(me('DEV-002'), AUG, 'lt', 0.95)),
  q('PW017', 'admin', 'who in AI fell short of 100% attendance in August', () => atLineList(team('AI'), AUG, 'lt', 1)),
  q('PW018', 'admin', 'anyone under 80% attendance last mth?', () => people(some(leaverFree(ALL, (s) => peopleByRate(s, OCT, 'lt', 0.8))))),
  q('PW019', 'admin', 'who in DEV was below 0.9 attendance in September', () => people(some(peopleByRate(DEV, SEP, 'lt', 0.9)))),
  q('PW020', 'admin', 'who in SEC had perfect attendance in October?', () => atLineList(team('SEC'), OCT, 'eq', 1)),
  // Last week: five working days, so 4 of 5 is exactly 80 %.
  q('PW021', 'admin', 'who was below 80% attendance last week?', () => atLineList(ALL, LAST_WK, 'lt', 0.8)),
  q('PW022', 'admin', 'who was at 80% or less last week', () => atLineList(ALL, LAST_WK, 'le', 0.8)),
  q('PW023', 'admin', 'who had exactly 80% attendance last week', () => atLineList(ALL, LAST_WK, 'eq', 0.8)),
  q('PW024', 'admin', "is Chris Walker's attendance in October under seventy-five percent?", () => rateYesNo(me('QA-004'), OCT, 'lt', 0.75)),
  q('PW025', 'admin', 'was Daniel Okafor at 100% attendance in September?', () => onLineYesNo(me('DEV-008'), SEP, 'eq', 1)),
  q('PW026', 'admin', 'did lukas novak get above .9 attendance in october', () => rateYesNo(me('DEV-004'), OCT, 'gt', 0.9)),
  q('PW027', 'admin', 'zoe adams attendance oct - over 85pc?', () => rateYesNo(me('QA-009'), OCT, 'gt', 0.85)),

  // Priya Raman (DEV): her team, and herself.
  q('PW028', 'DEV-001', 'who on my team was under 95% attendance in August', () => {
    someoneOnRateLine(DEV, AUG, 0.95);
    return people(some(teamList('DEV-001', (s) => peopleByRate(s, AUG, 'lt', 0.95))));
  }),
  q('PW029', 'DEV-001', "was my team's attendance above 95% in October?", () => rateYesNo(DEV, OCT, 'gt', 0.95)),
  q('PW030', 'DEV-001', 'was my own attendance 95% or above in August?', () => onLineYesNo(me('DEV-001'), AUG, 'ge', 0.95)),
  q('PW031', 'DEV-001', 'who on my team had attendance below 90 percent last month', () =>
    people(some(teamList('DEV-001', (s) => peopleByRate(s, OCT, 'lt', 0.9)))),
  ),

  // Elena Petrova (QA): her team; yesterday 9 of 10 expected came in, exactly 90 %.
  q('PW032', 'QA-001', "was my team's attendance under 90% yesterday?", () => onLineYesNo(QA, on(YDAY), 'lt', 0.9)),
  q('PW033', 'QA-001', 'who on my team was below 0.95 in August', () => {
    someoneOnRateLine(QA, AUG, 0.95);
    return people(some(teamList('QA-001', (s) => peopleByRate(s, AUG, 'lt', 0.95))));
  }),
  q('PW034', 'QA-001', "did my team's absence rate go over 10% in October?", () => {
    const a = absenceVs(QA, OCT, 'gt', 0.1);
    return yesNo(a.yes, [rate(a.rate)]);
  }),

  // Employees about themselves.
  q('PW035', 'QA-003', 'was my attendance above 95% in August?', () => onLineYesNo(me('QA-003'), AUG, 'gt', 0.95)),
  q('PW036', 'DAT-004', 'was my attendance over 95% in September?', () => rateYesNo(me('DAT-004'), SEP, 'gt', 0.95)),
  q('PW037', 'SEC-004', 'did I have 100% attendance in October', () => onLineYesNo(me('SEC-004'), OCT, 'eq', 1)),
  q('PW038', 'DEV-003', 'is my attendance this month below ninety percent?', () => rateYesNo(me('DEV-003'), NOV_SO_FAR, 'lt', 0.9)),
];
