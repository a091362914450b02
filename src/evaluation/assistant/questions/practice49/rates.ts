/*
 * practice49 — the attendance rate and the absence rate, composed: a subject (a team, a level, a level of a team,
 * everyone, a person, a manager's team, oneself) with every kind of period (an ISO week, a range written with days,
 * a month, "since the start of the quarter", "the past two weeks", "the past 10 days", "the first week of
 * September", "the week before last") and an operation: look up, compare two subjects or two periods (yes or no
 * first), trend month by month or quarter by quarter, per team, rank (lowest 3, the best team), threshold. API.md:
 * a rate is pooled over the rated days, today (open) is never rated; README: "attendance issues" is a rate below 0.9;
 * the absence rate is the attendance rate taken from 1.
 */
import { answer, people, rate, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { leaverFree, peopleByRate, teamsByRate } from '../../oracle/practice48-figures';
import { absenceOver, perTeam, rateEntriesOf, rateFig, rateOver, ratesAcross, teamAtEnd, teamList, topN } from '../../oracle/practice49-ops';
import {
  apart,
  EVERYONE,
  FIRST_WEEK_OF_SEPTEMBER,
  LAST_10_DAYS,
  LAST_WEEK,
  level,
  MONTHS_SINCE_AUGUST,
  OCT_20_TO_28,
  OCTOBER,
  one,
  PAST_TWO_WEEKS,
  Q3_RANGE,
  Q4_SO_FAR,
  SEP_1_TO_15,
  SEPTEMBER,
  SINCE_AUGUST,
  some,
  team,
  THIS_MONTH,
  WEEK_BEFORE_LAST,
  WK_44,
  WK_45,
  clear,
  single,
  type When,
} from '../../oracle/practice49-figures';
import type { Scope } from '../../oracle/attendance-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const DAT = team('DAT');
const SEC = team('SEC');
const AI = team('AI');
const r = (scope: Scope, when: When) => rateFig(scope, when);
/** "Is A's rate better than B's?": yes or no first, then both rates, which must stand clearly apart. */
const better = (a: Scope, b: Scope, when: When) => {
  const [x, y] = [rateOver(a, when), rateOver(b, when)];
  return yesNo(apart(x, y, 0.0005), [rate(x), rate(y)]);
};

export const RATES: readonly Question[] = [
  // Look up: a level, a level of a team, everyone, a team, over each kind of period.
  q('PX030', 'admin', 'attendance rate for the DEV seniors in October', () => answer({ figures: [r(level('Senior', 'DEV'), single(OCTOBER))] })),
  q('PX031', 'admin', 'QA attendance 1 Sep to 15 Sep', () => answer({ figures: [r(QA, single(SEP_1_TO_15))] })),
  q('PX032', 'admin', 'absence rate in SEC last month', () => answer({ figures: [rate(absenceOver(SEC, single(OCTOBER)))] })),
  q('PX033', 'admin', 'company-wide attendance rate since the start of the quarter', () => answer({ figures: [r(EVERYONE, single(Q4_SO_FAR))] })),
  q('PX034', 'admin', 'what was the leads attendence rate in the past 10 days?', () => answer({ figures: [r(level('Lead'), single(LAST_10_DAYS))] })),

  // Per team, and trends.
  q('PX035', 'admin', 'september attendance % for each team', () => answer({ figures: perTeam((code) => rate(rateOver(team(code), single(SEPTEMBER)))) })),
  q('PX036', 'admin', 'absence rate by month since august for QA', () => answer({ figures: MONTHS_SINCE_AUGUST.map((m) => rate(absenceOver(QA, single(m)))) })),
  q('PX037', 'admin', 'SEC attendance rate per quarter', () => answer({ figures: ratesAcross(SEC, [Q3_RANGE, Q4_SO_FAR]) })),
  q('PX038', 'admin', 'wk 44 and wk 45 attendance for AI', () => answer({ figures: ratesAcross(AI, [WK_44, WK_45]) })),
  q('PX039', 'admin', "how much did DEV's attendance change from September to October?", () => answer({ figures: ratesAcross(DEV, [SEPTEMBER, OCTOBER]) })),

  // Compare: two teams, two levels, a team against the company, a person against their team, two periods.
  q('PX040', 'admin', "is DAT's attendance better than SEC's this month?", () => better(DAT, SEC, THIS_MONTH)),
  q('PX041', 'admin', 'seniors vs juniors attendance rate in October', () =>
    answer({ figures: [r(level('Senior'), single(OCTOBER)), r(level('Junior'), single(OCTOBER))] }),
  ),
  q('PX042', 'admin', "Lukas Novak's attendance vs the DEV average in October", () =>
    answer({ figures: [r(one('DEV-004'), single(OCTOBER)), r(DEV, single(OCTOBER))] }),
  ),
  q('PX043', 'admin', 'attendance this month vs last month for the leads', () =>
    answer({ figures: [r(level('Lead'), THIS_MONTH), r(level('Lead'), single(OCTOBER))] }),
  ),

  // Threshold and rank.
  q('PX044', 'admin', 'who in DAT was under 90% attendance in September?', () => people(some(leaverFree(DAT, (s) => peopleByRate(s, SEPTEMBER, 'lt', 0.9))))),
  q('PX045', 'admin', 'lowest 3 attendance rates among the juniors in October', () =>
    people(topN((s) => rateEntriesOf(s, OCTOBER), level('Junior'), 3, 'low')),
  ),
  q('PX046', 'admin', 'which team had the best attendance between 20 and 28 October?', () =>
    answer({ teams: [teamAtEnd((code) => rateOver(team(code), single(OCT_20_TO_28)), 'high')] }),
  ),
  q('PX047', 'admin', 'which teams were below 95% attendance over the past two weeks?', () => answer({ teams: some(teamsByRate(PAST_TWO_WEEKS, 'lt', 0.95)) })),
  q('PX048', 'admin', 'which team had the highest absence rate in the first week of September?', () =>
    answer({ teams: [teamAtEnd((code) => absenceOver(team(code), FIRST_WEEK_OF_SEPTEMBER), 'high')] }),
  ),

  // Priya Raman (DEV) and Elena Petrova (QA), about their team.
  q('PX049', 'DEV-001', 'my teams attendance by month since august', () => answer({ figures: ratesAcross(DEV, MONTHS_SINCE_AUGUST) })),
  q('PX050', 'DEV-001', 'attendance rate for the juniors on my team last month', () => answer({ figures: [r(level('Junior', 'DEV'), single(OCTOBER))] })),
  q('PX051', 'DEV-001', 'who on my team was below 95% attendance in September', () =>
    people(some(teamList('DEV-001', (s) => leaverFree(s, (t) => peopleByRate(t, SEPTEMBER, 'lt', 0.95))))),
  ),
  q('PX052', 'QA-001', "my team's absence rate last week vs the week before", () =>
    answer({ figures: [rate(absenceOver(QA, single(LAST_WEEK))), rate(absenceOver(QA, single(WEEK_BEFORE_LAST)))] }),
  ),
  q('PX053', 'QA-001', 'lowest 2 attendance rates on my team since August', () =>
    people(teamList('QA-001', (s) => topN((t) => rateEntriesOf(t, SINCE_AUGUST), s, 2, 'low'))),
  ),
  q('PX054', 'QA-001', "was my team's attendance in the past 10 days above 90%?", () => {
    const x = clear(rateOver(QA, single(LAST_10_DAYS)), 0.9, 0.0005);
    return yesNo(x > 0.9, [rate(x)]);
  }),

  // Employees, about themselves.
  q('PX055', 'DEV-003', 'whats my attendance been since the quarter started', () => answer({ figures: [r(one('DEV-003'), single(Q4_SO_FAR))] })),
  q('PX056', 'QA-003', 'what was my attendance in September compared with October', () =>
    answer({ figures: ratesAcross(one('QA-003'), [SEPTEMBER, OCTOBER]) }),
  ),
  q('PX057', 'DAT-004', 'what was my attendance rate last week', () => answer({ figures: [r(one('DAT-004'), single(LAST_WEEK))] })),
  q('PX058', 'SEC-004', 'my attendance month by month since August', () => answer({ figures: ratesAcross(one('SEC-004'), MONTHS_SINCE_AUGUST) })),
];
